import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checklistPdf } from '../../../../../electron/services/documents/checklist/checklist-pdf';
import type { Locale } from '../../../../../shared/i18n';
import { exampleChecklist, hasTool } from '../support';

const POPPLER = hasTool('pdftotext', ['-v']);
const work = mkdtempSync(join(tmpdir(), 'oe-pdf-language-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The checklist of the example with every feature as text, pages joined. */
async function pdfText(locale: Locale): Promise<string> {
  const { bytes } = await checklistPdf(
    exampleChecklist('single-every-feature', { locale }),
    'hosts',
  );
  const file = join(work, `${locale}.pdf`);
  writeFileSync(file, bytes);
  // Without -layout: a wrapped cell reads as running text.
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
}

describe.skipIf(!POPPLER)('the PDF checklist’s rule texts in the reader’s language', () => {
  it('names purposes, services and features in German, and in English for English', async () => {
    const [german, english] = await Promise.all([pdfText('de'), pdfText('en')]);
    for (const text of [
      'Auftragsannahme über LPR',
      'Druckaufträge an die Drucker',
      'Geräteüberwachung',
      'Drucker (socket)',
    ]) {
      expect(german).toContain(text);
    }
    for (const text of ['Job intake via LPR', 'Print jobs to printers', 'LPR intake']) {
      expect(english).toContain(text);
      expect(german).not.toContain(text);
    }
    expect(german).toContain('24. November 2026');
  });
});
