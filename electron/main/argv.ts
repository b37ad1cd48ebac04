import { resolve } from 'node:path';

/**
 * A plan file named on a command line (the first launch's or a second one's): the last argument
 * that ends in .json or .oeplan (the extension Windows and macOS associate) and is not an option. Electron's and Chromium's own arguments start with "-".
 */
export function planFileFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  const candidates = argv.slice(1).filter((a) => !a.startsWith('-') && /\.(json|oeplan)$/i.test(a));
  const last = candidates.at(-1);
  return last ? resolve(workingDirectory, last) : null;
}
