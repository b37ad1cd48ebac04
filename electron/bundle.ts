// Bundles the Node side into dist/: the Electron main process (ESM), the preload (one CommonJS file,
// as the sandbox requires) and the command line (ESM with a shebang, package.json "bin").
// better-sqlite3 (a native module) and electron stay external; everything else is inlined.
import { build, type BuildOptions } from 'esbuild';
import { chmod, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

// Bundled CommonJS dependencies call require() and read __dirname (pdfmake does); an ESM bundle has neither.
const ESM_REQUIRE =
  "import { createRequire as __createRequire } from 'node:module'; import { dirname as __pathDirname } from 'node:path'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __pathDirname(__filename);";

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
  legalComments: 'none',
};

/** The three bundles, written under outDir (dist/ for the app). */
export function bundles(outDir: string): Record<string, BuildOptions> {
  const entry = (path: string) => [join(ROOT, path)];
  return {
    main: {
      ...common,
      entryPoints: entry('electron/main/main.ts'),
      outfile: join(outDir, 'electron/main.js'),
      format: 'esm',
      banner: { js: ESM_REQUIRE },
    },
    preload: {
      ...common,
      // The sandboxed preload has no Node: only require('electron') is left in it.
      platform: 'browser',
      entryPoints: entry('electron/preload/preload.ts'),
      outfile: join(outDir, 'electron/preload.cjs'),
      format: 'cjs',
      minify: true,
    },
    // One file a technician copies onto a headless server beside the plan. What only some commands
    // need (the document libraries, the server) is imported lazily, so validate, matrix and catalog
    // compile it but do not run it.
    cli: {
      ...common,
      entryPoints: entry('electron/cli/main.ts'),
      outfile: join(outDir, 'cli/oe-ports.js'),
      format: 'esm',
      banner: { js: `#!/usr/bin/env node\n${ESM_REQUIRE}` },
    },
  };
}

export async function bundleAll(outDir: string, only: readonly string[] = []): Promise<string[]> {
  const written: string[] = [];
  for (const [name, options] of Object.entries(bundles(outDir))) {
    if (only.length > 0 && !only.includes(name)) continue;
    // A folder of chunks from an earlier build that split the command line would be stale.
    if (name === 'cli') await rm(join(outDir, 'cli/chunks'), { recursive: true, force: true });
    await build(options);
    written.push(String(options.outfile));
  }
  await chmod(join(outDir, 'cli/oe-ports.js'), 0o755).catch(() => undefined);
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const written = await bundleAll(join(ROOT, 'dist'), process.argv.slice(2));
  for (const file of written) console.log(`bundled ${file.slice(ROOT.length + 1)}`);
  console.log(`bundles done in ${Date.now() - started} ms`);
}
