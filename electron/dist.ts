// `npm run dist`: the desktop packages for this OS through electron-builder's API. The configuration is
// checked offline first; when packaging cannot go on (typically: Electron cannot be downloaded), one
// line says why, without a stack trace, and the exit code is 1.
import { build, type Configuration } from 'electron-builder';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import config from '../electron-builder.config';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

// validateConfiguration is not re-exported by electron-builder: reach it through electron-builder's own
// app-builder-lib (no hoisting assumed), the one electron-builder's build() runs.
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const { validateConfiguration } = fromBuilder(
  'app-builder-lib/out/util/config/config',
) as typeof import('app-builder-lib/out/util/config/config');
const { DebugLogger } = fromBuilder('builder-util') as typeof import('builder-util');

/** electron-builder's own schema check, offline: null when valid, else its first finding in one line. */
export async function packagingConfigProblem(config: Configuration): Promise<string | null> {
  try {
    await validateConfiguration(config, new DebugLogger(false));
    return null;
  } catch (e) {
    // A schema finding opens with a generic sentence; the findings follow as " - configuration.x" lines.
    const lines = linesOf(e);
    return lines.find((l) => l.startsWith('- '))?.slice(2) ?? lines[0] ?? 'invalid';
  }
}

/** What `npm run build` must have produced before there is anything to package. */
const BUILD_OUTPUTS = [
  'dist/electron/main.js',
  'dist/electron/preload.cjs',
  'dist/renderer/index.html',
];

/** One line for a failed packaging run: what failed and what to do, never a stack trace. */
export function packagingFailure(error: unknown): string {
  const message = firstLine(error);
  if (isDownloadFailure(error)) {
    return `Cannot package: electron-builder could not download Electron or its packaging tools (${message}). The configuration is valid; run \`npm run dist\` on a machine with internet access.`;
  }
  return `Cannot package: ${message}`;
}

function linesOf(error: unknown): string[] {
  const text = error instanceof Error ? error.message : String(error);
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

const firstLine = (error: unknown) => linesOf(error)[0] ?? 'unknown error';

// Network failures of @electron/get and electron-builder's own downloader (errno codes, HTTP status).
const DOWNLOAD_FAILURE =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up|getaddrinfo|HTTPError|Response code \d+|status code \d+|download/i;

function isDownloadFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return DOWNLOAD_FAILURE.test(`${typeof code === 'string' ? code : ''} ${firstLine(error)}`);
}

async function main(): Promise<number> {
  const problem = await packagingConfigProblem(config);
  if (problem) {
    console.error(`The packaging configuration is invalid: ${problem}`);
    return 1;
  }
  const missing = BUILD_OUTPUTS.filter((path) => !existsSync(join(ROOT, path)));
  if (missing.length > 0) {
    console.error(`Cannot package: ${missing.join(', ')} missing; run \`npm run build\` first.`);
    return 1;
  }
  const artifacts = await build({ projectDir: ROOT, config, publish: 'never' });
  for (const file of artifacts) console.log(`packaged ${file}`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const code = await main().catch((e: unknown) => {
    console.error(packagingFailure(e));
    return 1;
  });
  // Explicitly: electron-builder's temp-file cleanup (async-exit-hook) exits with 0 on 'beforeExit'.
  process.exit(code);
}
