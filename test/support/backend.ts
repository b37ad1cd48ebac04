import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import {
  dispatch,
  type ArgsOf,
  type ChannelName,
  type Envelope,
  type ResultOf,
} from '../../shared/api/contract';
import { createBackend, type Backend, type BackendOptions } from '../../electron/services/backend';

/** The channels of a backend as the dispatch answers them: the envelope, or the value (or throw). */
export function channels(backend: () => Pick<Backend, 'handlers'>) {
  const call = <C extends ChannelName>(name: C, args: ArgsOf<C>) =>
    dispatch(backend().handlers, name, args) as Promise<Envelope<ResultOf<C>>>;
  async function value<C extends ChannelName>(name: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
    const envelope = await call(name, args);
    if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
    return envelope.value;
  }
  return { call, value };
}

export interface TestBackend extends ReturnType<typeof channels> {
  /** The running backend (set up before each test or the file). */
  readonly backend: Backend;
  /** Its temporary folder; the plans library is in `data` below it. */
  readonly dir: string;
}

/**
 * A backend (browser mode unless said) over a fresh plans library in a temporary folder, set up
 * for each test or once for the file, closed and removed afterwards.
 */
export function useBackend(
  options: {
    per?: 'test' | 'file';
    prefix?: string;
    backend?: Omit<Partial<BackendOptions>, 'dataDir'>;
    /** Run after the backend starts, e.g. to import a plan every test begins with. */
    setup?: (t: TestBackend) => Promise<void>;
  } = {},
): TestBackend {
  let backend: Backend | undefined;
  let dir: string | undefined;
  const t: TestBackend = {
    ...channels(() => t.backend),
    get backend() {
      if (!backend) throw new Error('the backend runs only inside a test');
      return backend;
    },
    get dir() {
      if (!dir) throw new Error('the backend runs only inside a test');
      return dir;
    },
  };
  const [before, after] = options.per === 'file' ? [beforeAll, afterAll] : [beforeEach, afterEach];
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), options.prefix ?? 'oe-backend-'));
    backend = createBackend({
      mode: 'browser',
      version: '1.2.3',
      ...options.backend,
      dataDir: join(dir, 'data'),
    });
    await options.setup?.(t);
  });
  after(async () => {
    await backend?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    backend = undefined;
    dir = undefined;
  });
  return t;
}
