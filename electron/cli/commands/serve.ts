import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_VERSION } from '../../services/app-version';
import { resolveDataDir } from '../../services/data-dir';
import { findRendererDir } from '../../services/renderer-dir';
import { Refusal } from '../../../shared/api/refusal';
import { text } from '../../../shared/i18n';
import { say } from '../language';

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new Refusal('bad-request', text('cli.serve.badPort', { port: value }));
  }
  return port;
}

/** Resolves when SIGINT or SIGTERM arrives. */
function untilStopped(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'browser mode: serve the planner on 127.0.0.1 with a per-run token, print its URL, run until Ctrl+C',
    )
    .option(
      '--data-dir <dir>',
      'the folder of the plans library (default: OE_PLANNER_DATA, or the user data folder)',
    )
    .option('--port <port>', 'the port to listen on (default: a free one)', parsePort)
    .action(async (options: { dataDir?: string; port?: number }) => {
      // OE_PLANNER_RENDERER names another renderer build (tests, packaging).
      const override = process.env.OE_PLANNER_RENDERER;
      const staticDir = override
        ? existsSync(join(override, 'index.html'))
          ? override
          : null
        : findRendererDir(dirname(fileURLToPath(import.meta.url)));
      if (!staticDir) {
        throw new Refusal('bad-request', text('cli.serve.notBuilt'));
      }
      const dataDir = resolveDataDir({ flag: options.dataDir });
      let server;
      try {
        // The server, its plans library and the document libraries load only for serve.
        const { startServer } = await import('../../services/http/server');
        server = await startServer({
          dataDir,
          staticDir,
          port: options.port ?? 0,
          version: APP_VERSION,
        });
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') {
          throw new Refusal('bad-request', text('cli.serve.inUse', { port: String(options.port) }));
        }
        if (code === 'EACCES' && options.port !== undefined) {
          throw new Refusal(
            'bad-request',
            text('cli.serve.privileged', { port: String(options.port) }),
          );
        }
        throw e;
      }
      // The URL alone on stdout, so scripts (and the end-to-end tests) can read it.
      process.stdout.write(`${server.url}\n`);
      process.stderr.write(`${say('cli.serve.started', { version: APP_VERSION, dataDir })}\n`);
      const signal = await untilStopped();
      await server.close();
      process.stderr.write(`${say('cli.serve.stopped', { signal })}\n`);
    });
}
