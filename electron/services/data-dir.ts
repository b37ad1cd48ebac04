import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_FOLDER = 'oe-port-planner';

export interface DataDirSources {
  /** --data-dir */
  flag?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
  /** Where to go when neither the flag nor the variable is set (the desktop app: Electron's userData). */
  fallback?: string;
}

/** The OS's place for user data, as Electron's appData would be. */
export function userDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (platform === 'win32')
    return join(env.APPDATA || join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), APP_FOLDER);
}

/** --data-dir, then OE_PLANNER_DATA, then the fallback or the OS's user data folder. */
export function resolveDataDir(sources: DataDirSources = {}): string {
  const env = sources.env ?? process.env;
  if (sources.flag) return resolve(sources.flag);
  if (env.OE_PLANNER_DATA) return resolve(env.OE_PLANNER_DATA);
  return sources.fallback ?? userDataDir(env, sources.platform, sources.home);
}

/** The value of --data-dir DIR or --data-dir=DIR on a command line. */
export function dataDirFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data-dir') return argv[i + 1];
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return undefined;
}
