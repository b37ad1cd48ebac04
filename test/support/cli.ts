import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

/** What a run of the command line left: its exit code and everything it wrote. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Variables set (or, with undefined, unset) for the run only, e.g. LANG. */
  env?: Record<string, string | undefined>;
}

/** Runs in process one after the other: they share process.stdout, process.env and the locale. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Run the command line in this process, as `oe-ports ARGS` would: `runCli` of
 * electron/cli/program.ts with stdout and stderr captured and the environment of the run set for
 * its duration only. Nothing of a run (locale, variables, writers) is left for the next one.
 */
export function cli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const run = queue.then(() => runCaptured(args, options));
  queue = run.catch(() => undefined);
  return run;
}

async function runCaptured(args: readonly string[], options: CliOptions): Promise<CliResult> {
  const saved = Object.fromEntries(
    Object.keys(options.env ?? {}).map((name) => [name, process.env[name]]),
  );
  // Loaded on first use: the end-to-end tests import this module for runCli alone.
  const { cliLocale, setCliLocale } = await import('../../electron/cli/language');
  const { runCli: runCliInProcess } = await import('../../electron/cli/program');
  for (const [name, value] of Object.entries(options.env ?? {})) setVariable(name, value);
  const locale = cliLocale();
  const listeners = signalListeners();
  const stdout = capture(process.stdout);
  const stderr = capture(process.stderr);
  let code: number;
  try {
    code = await runCliInProcess(args);
  } finally {
    stdout.restore();
    stderr.restore();
    setCliLocale(locale);
    for (const [name, value] of Object.entries(saved)) setVariable(name, value);
  }
  // A command that leaves a signal handler behind would change how the next one stops.
  const left = signalListeners();
  if (left !== listeners) {
    throw new Error(
      `oe-ports ${args.join(' ')} left signal handlers behind: ${listeners} → ${left}`,
    );
  }
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const signalListeners = () =>
  `SIGINT ${process.listenerCount('SIGINT')}, SIGTERM ${process.listenerCount('SIGTERM')}`;

function setVariable(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

/** Everything written to a stream (strings or bytes), as UTF-8 text; the terminal sees none of it. */
function capture(stream: NodeJS.WriteStream): { text: () => string; restore: () => void } {
  const chunks: Buffer[] = [];
  const write = stream.write;
  stream.write = ((
    chunk: string | Uint8Array,
    encoding?: BufferEncoding | ((error?: Error | null) => void),
    callback?: (error?: Error | null) => void,
  ) => {
    chunks.push(
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
        : Buffer.from(chunk),
    );
    const done = typeof encoding === 'function' ? encoding : callback;
    if (done) queueMicrotask(() => done(null));
    return true;
  }) as typeof stream.write;
  return {
    text: () => Buffer.concat(chunks).toString('utf8'),
    restore: () => {
      stream.write = write;
    },
  };
}

/** The single file `npm run build` writes: what technicians copy to the servers. */
export const BUILT_CLI = join(ROOT, 'dist/cli/oe-ports.js');

const newestSource = (): number =>
  Math.max(
    statSync(join(ROOT, 'package.json')).mtimeMs,
    ...['electron', 'shared'].flatMap((folder) =>
      readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.ts'))
        .map((name) => statSync(join(ROOT, folder, name)).mtimeMs),
    ),
  );

/**
 * The built single file, bundled again first when it is missing or older than a source (as
 * `npm run build` would); written beside it and renamed, so that a run in parallel never reads half.
 */
export async function builtCli(): Promise<string> {
  if (existsSync(BUILT_CLI) && statSync(BUILT_CLI).mtimeMs >= newestSource()) return BUILT_CLI;
  const { bundles } = await import('../../electron/bundle');
  const { build } = await import('esbuild');
  const temporary = join(ROOT, 'dist/cli', `.oe-ports.${process.pid}.${Date.now()}.js`);
  mkdirSync(join(ROOT, 'dist/cli'), { recursive: true });
  await build({ ...bundles(join(ROOT, 'dist')).cli, outfile: temporary });
  chmodSync(temporary, 0o755);
  renameSync(temporary, BUILT_CLI);
  return BUILT_CLI;
}

const builtEnv = (env: CliOptions['env'] = {}): NodeJS.ProcessEnv => {
  const merged: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete merged[name];
    else merged[name] = value;
  }
  return merged;
};

/**
 * Run the built single file in a child process with the Node of this project, as a technician
 * would: for what needs a process of its own (a signal, a resource limit, the bundle itself).
 * `before` is a shell command run first in that process (e.g. `ulimit -f 8`).
 */
export async function runBuiltCli(
  args: readonly string[],
  options: CliOptions & { before?: string } = {},
): Promise<CliResult> {
  const file = await builtCli();
  const [command, argv] = options.before
    ? ['bash', ['-c', `${options.before}; exec "$@"`, 'bash', process.execPath, file, ...args]]
    : [process.execPath, [file, ...args]];
  return await new Promise((resolve, reject) => {
    const child = spawn(command, argv, { cwd: ROOT, env: builtEnv(options.env) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({ code: code ?? 128 + (signal ? constants.signals[signal] : 0), stdout, stderr }),
    );
  });
}

export interface SpawnedRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The command line from its sources in a child process through tsx (seconds per run): for the
 * end-to-end tests. A vitest test uses `cli` (in process) or `runBuiltCli` (the built file).
 */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {},
): SpawnedRun {
  const result = spawnSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    [join(ROOT, 'electron/cli/main.ts'), ...args],
    {
      cwd: options.cwd ?? ROOT,
      encoding: 'utf8',
      input: options.input,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      timeout: 60_000,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
