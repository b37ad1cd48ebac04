import { execFile } from 'node:child_process';

/**
 * A system tool's output, or undefined when it is missing or fails. Decoded as latin1:
 * the parsers need digits and ASCII, and localized consoles write other code pages.
 */
export function runCommand(file: string, args: readonly string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { encoding: 'latin1', timeout: 15_000, windowsHide: true, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout) => resolve(error && !stdout ? undefined : stdout),
    );
  });
}
