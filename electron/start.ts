// `npm start`: launch the desktop app with the Electron binary of node_modules/electron, or say in
// one line why it cannot (the binary is downloaded on first launch, which some machines cannot do).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type ElectronBinary = { path: string } | { missing: string };

/** Where the Electron binary is, read as electron's own index.js does, but never downloading it. */
export function findElectronBinary(
  electronDir: string,
  env: NodeJS.ProcessEnv,
  exists: (path: string) => boolean = existsSync,
): ElectronBinary {
  const pathFile = join(electronDir, 'path.txt');
  const executable = exists(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const path = join(dist, executable || 'electron');
  if ((executable || env.ELECTRON_OVERRIDE_DIST_PATH) && exists(path)) return { path };
  return { missing: path };
}

/** Electron's own lazy download, quietly; the first line of its error when it fails. */
function download(electronDir: string): string | null {
  const run = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (run.status === 0) return null;
  const reason = `${run.stderr}\n${run.stdout}`.split('\n').find((l) => l.trim() !== '');
  return reason?.trim() ?? (run.error?.message || `exit ${run.status}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  let binary = findElectronBinary(electronDir, process.env);
  if ('missing' in binary) {
    const failed = download(electronDir);
    binary = findElectronBinary(electronDir, process.env);
    if ('missing' in binary) {
      console.error(
        `The desktop app cannot start: the Electron binary is missing and could not be downloaded (${failed ?? binary.missing}). Run \`npm run serve\` to use the planner in your browser instead.`,
      );
      process.exit(1);
    }
  }
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary.path, ['.', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
