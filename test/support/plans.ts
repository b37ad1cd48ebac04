import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleDocument, type ExampleName } from './examples';

/**
 * A cluster of three OE nodes oe1 to oe3 on the loopback addresses 127.0.0.<first> and the next
 * two: every probe between its hosts stays on this machine. A plan document (before validation).
 */
export function loopbackCluster(name: string, first: number) {
  return {
    schemaVersion: 1,
    project: { name, productVersion: '7.2.0', os: 'linux' },
    installation: 'cluster',
    nodes: [1, 2, 3].map((n) => ({ name: `oe${n}`, address: `127.0.0.${first + n - 1}` })),
  };
}

/** An example plan's document with an edit, written to a new temporary folder; returns its path. */
export function editedPlanFile(
  example: ExampleName,
  edit: (doc: any) => void,
  fileName = 'p.json',
): string {
  const doc = structuredClone(exampleDocument(example));
  edit(doc);
  const path = join(mkdtempSync(join(tmpdir(), 'oe-plan-')), fileName);
  writeFileSync(path, JSON.stringify(doc));
  return path;
}
