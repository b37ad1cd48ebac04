import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_VERSION } from '../../electron/services/app-version';
import { startServer, type RunningServer } from '../../electron/services/http/server';

export const RENDERER_DIR = join(import.meta.dirname, '../../dist/renderer');

/** Browser mode's real server over a data folder of its own; restartable on the same folder. */
export class BrowserBackend {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'oe-planner-e2e-'));
  #server: RunningServer | null = null;

  get url(): string {
    if (!this.#server) throw new Error('the backend is not running');
    return this.#server.url;
  }

  async start(): Promise<string> {
    this.#server = await startServer({
      dataDir: this.dataDir,
      staticDir: RENDERER_DIR,
      port: 0,
      version: APP_VERSION,
    });
    return this.#server.url;
  }

  async stop(): Promise<void> {
    await this.#server?.close();
    this.#server = null;
  }

  /** Stop and start again on the same data folder: a new port and a new token. */
  async restart(): Promise<string> {
    await this.stop();
    return this.start();
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
