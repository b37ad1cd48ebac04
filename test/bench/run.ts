// `npm run bench`: every benchmark prints its figures (and ratios to a peer tool measured in the same run).
// Each module exports `default async function (print: (line: string) => void): Promise<void>`.
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const modules = (await readdir(here)).filter((f) => f.endsWith('.bench.ts')).sort();
for (const file of modules) {
  const name = file.replace(/\.bench\.ts$/, '');
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n## ${name}`);
  const bench = (await import(join(here, file))) as {
    default: (print: (line: string) => void) => Promise<void>;
  };
  await bench.default((line) => console.log(line));
}
