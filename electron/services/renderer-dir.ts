import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The renderer build (dist/renderer with its index.html), looked for from this module's folder
 * upwards, so the same code finds it from electron/… under tsx and from dist/… when bundled.
 */
export function findRendererDir(from: string): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'dist', 'renderer');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}
