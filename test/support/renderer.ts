import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A stand-in renderer build for browser mode in `dir/renderer` (index.html, assets/app.js and the
 * `files` given, relative to it), and beside it `dir/secret.txt`, which must never be served.
 * Returns the renderer folder.
 */
export function stubRenderer(dir: string, files: Record<string, string> = {}): string {
  const staticDir = join(dir, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Planner</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("planner")');
  for (const [path, content] of Object.entries(files))
    writeFileSync(join(staticDir, path), content);
  writeFileSync(join(dir, 'secret.txt'), 'SECRET outside the renderer');
  return staticDir;
}
