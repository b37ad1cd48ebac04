import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const EXAMPLES = join(import.meta.dirname, '../../../docs/examples');

/** An example plan's document, to change before writing it as a file to import. */
export function example(name: string): Record<string, any> {
  return JSON.parse(readFileSync(join(EXAMPLES, `${name}.oeplan.json`), 'utf8'));
}

/** Write a plan file the way a user would have it on disk; returns its path. */
export function planFile(fileName: string, content: string | object): string {
  const dir = mkdtempSync(join(tmpdir(), 'oe-planner-files-'));
  const path = join(dir, fileName);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

export const examplePath = (name: string) => join(EXAMPLES, `${name}.oeplan.json`);
