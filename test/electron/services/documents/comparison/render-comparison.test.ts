import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import {
  renderComparison,
  type ComparisonFormat,
} from '../../../../../electron/services/documents/comparison/render-comparison';
import { compareMatrices, type ComparisonLevel } from '../../../../../shared/compare';
import type { Locale } from '../../../../../shared/i18n';
import { computeMatrix } from '../../../../../shared/matrix';
import { examplePlan } from '../../../../support/examples';
import { artefactDir, GENERATED_AT, hasTool } from '../support';

const POPPLER = hasTool('pdftotext', ['-v']) && hasTool('pdfinfo', ['-v']);
const work = mkdtempSync(join(tmpdir(), 'oe-comparison-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// cluster-3-islands without remote printing, then with it: the change that test/shared/compare
// checks by hand (20 host rules added; as firewall rules 3 added and the mesh rule changed).
const before = computeMatrix(
  examplePlan(
    'cluster-3-islands',
    (d) => (d.features = d.features.filter((f: string) => f !== 'remote-printing')),
  ),
);
const after = computeMatrix(examplePlan('cluster-3-islands'));

function render(format: ComparisonFormat, level: ComparisonLevel, locale: Locale = 'en') {
  return renderComparison({
    before: { name: 'Output cluster Frankfurt', detail: 'revision 1' },
    after: { name: 'Output cluster Frankfurt', detail: 'revision 2' },
    comparison: compareMatrices(before, after, level),
    format,
    locale,
    baseName: 'frankfurt-rev1-vs-rev2',
    generatedAt: GENERATED_AT,
  });
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the comparison as CSV, parsed back', () => {
  it('one row per changed host rule, the change first', async () => {
    const file = await render('csv', 'hosts');
    expect(file.fileName).toBe('frankfurt-rev1-vs-rev2-hosts-en.csv');
    const rows: Record<string, string>[] = parse(text(file.bytes), { bom: true, columns: true });
    expect(rows).toHaveLength(20);
    expect(new Set(rows.map((r) => r['Change']))).toEqual(new Set(['added']));
    // 2119 from the islands and, as a service port of the cluster table, in the mesh.
    expect(rows.filter((r) => r['Port'] === '2119')).toHaveLength(12);
    expect(rows.filter((r) => r['Port'] === '2118')).toHaveLength(6);
    expect(rows.map((r) => r['Source zone'])).toContain('islands');
    expect(rows.every((r) => r['What changed'] === '')).toBe(true);
  });

  it('firewall rules: the changed mesh rule says what changed, before → after', async () => {
    const file = await render('csv', 'firewall');
    const rows: Record<string, string>[] = parse(text(file.bytes), { bom: true, columns: true });
    expect(rows.map((r) => `${r['Change']} ${r['ID']}`)).toEqual([
      'changed FW-005',
      'added FW-011',
      'added FW-012',
      'added FW-013',
    ]);
    const mesh = rows[0]!;
    expect(mesh['What changed']).toMatch(
      /^port: 53,1898,.*,2108,2138,.*\/tcp → 53,1898,.*,2108,2118-2119,2138,.*\/tcp; /,
    );
    expect(mesh['What changed']).toContain('requiredBy: – → remote-printing');
  });

  it('German: headings in German, ";" for German Excel, values as in English', async () => {
    const file = await render('csv', 'firewall', 'de');
    const rows: Record<string, string>[] = parse(text(file.bytes), {
      bom: true,
      columns: true,
      delimiter: ';',
    });
    expect(Object.keys(rows[0]!).slice(0, 3)).toEqual(['Änderung', 'ID', 'Quellzone']);
    expect(rows[1]!['Änderung']).toBe('added');
  });
});

describe.skipIf(!POPPLER)('the comparison as PDF, parsed back', () => {
  it('firewall rules: counts, one table per zone pair, the mesh rule’s new port', async () => {
    const file = await render('pdf', 'firewall');
    const path = join(work, file.fileName);
    writeFileSync(path, file.bytes);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      path,
      join(artefactDir('comparison'), 'remote-printing-firewall'),
    ]);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('Plan comparison');
    expect(pdfText).toContain('revision 1');
    expect(pdfText).toContain('From OE nodes to OE nodes');
    expect(pdfText).toContain('0 added · 0 removed · 1 changed');
    expect(pdfText).toContain('From Islands to Islands');
    for (const id of ['FW-005', 'FW-011', 'FW-012', 'FW-013']) expect(pdfText).toContain(id);
    expect(pdfText).toContain('added 2118-2119/tcp');
    expect(pdfText).toContain('was –, now remote-printing');
    expect(pdfText).toContain('Page 1 of 1');
  });

  it('German host rules over two pages, each page numbered', async () => {
    const file = await render('pdf', 'hosts', 'de');
    const path = join(work, file.fileName);
    writeFileSync(path, file.bytes);
    const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('Planvergleich');
    expect(pdfText).toContain(`Seite 1 von ${file.pageCount}`);
    expect(pdfText).toContain(`Seite ${file.pageCount} von ${file.pageCount}`);
    expect(pdfText.match(/\+ hinzugekommen/g)).toHaveLength(20);
  });
});

describe('the comparison as text', () => {
  it('Markdown: a section per zone pair with its counts', async () => {
    const md = text((await render('md', 'firewall')).bytes);
    expect(md).toContain('3 added · 0 removed · 1 changed');
    expect(md).toContain('## From Islands to OE nodes (1 added · 0 removed · 0 changed)');
    expect(md).toContain(
      'Port: added 2118-2119/tcp; Service: added seal-mainland-checkout; Required by: – → Remote printing',
    );
  });

  it('JSON: the rules with their columns named', async () => {
    const json = JSON.parse(text((await render('json', 'firewall')).bytes));
    expect([json.added, json.removed, json.changed]).toEqual([3, 0, 1]);
    expect(json.rules[1]).toMatchObject({ change: 'added', rule: { id: 'FW-011', port: '2119' } });
    expect(json.rules[0].fields.map((f: { field: string }) => f.field)).toEqual([
      'port',
      'service',
      'requiredBy',
    ]);
  });

  it('no difference says so', async () => {
    const md = text(
      (
        await renderComparison({
          before: { name: 'A', detail: 'a.json' },
          after: { name: 'A', detail: 'a.json' },
          comparison: compareMatrices(after, after, 'hosts'),
          format: 'md',
          locale: 'en',
          baseName: 'a-vs-a',
        })
      ).bytes,
    );
    expect(md).toContain('No difference: both plans need the same rules.');
  });
});
