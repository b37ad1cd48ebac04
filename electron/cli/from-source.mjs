// `npm run cli`: the command line of this checkout, as fast as the built one. It runs the bundle
// dist/cli/oe-ports.js, and first bundles it again (electron/bundle.ts, about a second) only when it
// is missing or older than a source it is made of. Plain JavaScript, so that no TypeScript loader
// has to start on every run: tsx alone takes longer than the whole command line.
import { spawnSync } from 'node:child_process';
import module from 'node:module';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const BUNDLE = join(ROOT, 'dist/cli/oe-ports.js');
/** What the bundle is made of: the Node side, the core, and the package's version and libraries. */
const SOURCES = ['electron', 'shared', 'package.json', 'package-lock.json'];

const modified = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? -1;

/** The newest modification time under a path (a file, or a folder walked recursively). */
function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return -1;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    latest = Math.max(latest, newest(join(path, entry.name)));
  }
  return latest;
}

const built = modified(BUNDLE);
if (built < 0 || SOURCES.some((source) => newest(join(ROOT, source)) > built)) {
  // What the bundler says goes to stderr: stdout belongs to the command (JSON, CSV, a URL).
  const bundling = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'electron/bundle.ts'), 'cli'],
    { cwd: ROOT, stdio: ['ignore', 2, 2] },
  );
  if (bundling.status !== 0) process.exit(bundling.status ?? 1);
}

// Node keeps the bundle's compiled code between runs (in the system's temporary folder), so the
// 8 MB single file is not compiled again on every command.
module.enableCompileCache?.();
await import(pathToFileURL(BUNDLE).href);
