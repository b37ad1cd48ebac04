// `npm run dist`: the desktop packages for this OS through electron-builder's API. The configuration is
// checked offline first; when packaging cannot go on (typically: Electron cannot be downloaded), one
// line says why, without a stack trace, and the exit code is 1.
import type { Configuration } from 'electron-builder';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

// validateConfiguration is not re-exported by electron-builder: reach it through electron-builder's own
// app-builder-lib (no hoisting assumed), the one electron-builder's build() runs.
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const { validateConfiguration } = fromBuilder(
  'app-builder-lib/out/util/config/config',
) as typeof import('app-builder-lib/out/util/config/config');
const { DebugLogger } = fromBuilder('builder-util') as typeof import('builder-util');

/** electron-builder's own schema check, offline; throws its InvalidConfigurationError on a bad option. */
export async function validatePackaging(config: Configuration): Promise<void> {
  await validateConfiguration(config, new DebugLogger(false));
}

/** What `npm run build` must have produced before anything can be packaged. */
export const BUILD_OUTPUTS = [
  'dist/electron/main.js',
  'dist/electron/preload.cjs',
  'dist/renderer/index.html',
] as const;

export function missingBuildOutputs(root: string): string[] {
  return BUILD_OUTPUTS.filter((path) => !existsSync(join(root, path)));
}

/** One line for a failed packaging run: what failed and what to do, never a stack trace. */
export function packagingFailure(error: unknown): string {
  const message = firstLine(error);
  if (isDownloadFailure(error)) {
    return `Cannot package: Electron could not be downloaded (${message}). The configuration is valid; run \`npm run dist\` on a machine with internet access.`;
  }
  return `Cannot package: ${message}`;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? 'unknown error'
  );
}

// Network failures of @electron/get and electron-builder's own downloader (errno codes, HTTP status).
const DOWNLOAD_FAILURE =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up|getaddrinfo|HTTPError|Response code \d+|status code \d+|download/i;

function isDownloadFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return DOWNLOAD_FAILURE.test(`${typeof code === 'string' ? code : ''} ${firstLine(error)}`);
}

async function main(): Promise<number> {
  const { default: config } = await import('../electron-builder.config');
  try {
    await validatePackaging(config);
  } catch (e) {
    console.error(`The packaging configuration is invalid: ${firstLine(e)}`);
    return 1;
  }
  const missing = missingBuildOutputs(ROOT);
  if (missing.length > 0) {
    console.error(`Cannot package: ${missing.join(', ')} missing; run \`npm run build\` first.`);
    return 1;
  }
  const { build } = await import('electron-builder');
  try {
    const artifacts = await build({ projectDir: ROOT, config, publish: 'never' });
    for (const file of artifacts) console.log(`packaged ${file}`);
    return 0;
  } catch (e) {
    console.error(packagingFailure(e));
    return 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
