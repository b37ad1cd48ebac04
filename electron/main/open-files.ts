import { app } from 'electron';
import { Refusal } from '../../shared/api/contract';
import type { Backend } from '../services/backend';
import { planFileFromArgv } from './argv';
import type { Windows } from './windows';

/**
 * Plan files given to the app: on the first launch's command line, by a second launch (which
 * then quits, and this window comes to the front), or by the OS (macOS open-file, recent documents).
 * Each is imported into the library and shown; a broken file is reported in the window.
 */
export function setupOpenFiles(backend: Backend, windows: Windows): void {
  async function openFile(path: string): Promise<void> {
    windows.focus();
    try {
      const plan = await backend.importPlanFile(path);
      windows.send({ kind: 'open-plan', id: plan.id });
    } catch (e) {
      const error =
        e instanceof Refusal
          ? e.toError()
          : { code: 'internal' as const, message: (e as Error).message };
      windows.send({ kind: 'error', error });
    }
  }

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = planFileFromArgv(argv, workingDirectory);
    if (file) void openFile(file);
    else windows.focus();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openFile(path);
  });
  const first = planFileFromArgv(process.argv, process.cwd());
  if (first) void openFile(first);
}
