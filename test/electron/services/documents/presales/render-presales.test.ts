import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPresales } from '../../../../../electron/services/documents/presales/render-presales';
import { LOCALES, type Locale } from '../../../../../shared/i18n';
import { EXAMPLES, examplePlan, type ExampleName } from '../../../../support/examples';
import { artefactDir, GENERATED_AT, hasTool } from '../support';

const POPPLER = hasTool('pdftotext', ['-v']) && hasTool('pdfinfo', ['-v']);
if (!POPPLER)
  console.warn('pre-sales PDF tests skipped: poppler-utils (pdfinfo, pdftotext) missing');

const work = mkdtempSync(join(tmpdir(), 'oe-presales-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function pdf(name: ExampleName, locale: Locale) {
  const file = await renderPresales({
    plan: examplePlan(name),
    format: 'pdf',
    locale,
    revision: '7',
    generatedAt: GENERATED_AT,
  });
  const path = join(work, file.fileName);
  writeFileSync(path, file.bytes);
  const pages = Number(
    /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1],
  );
  // Without -layout: cells come out one per line, so figures can be found as whole lines.
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return { file, path, pages, text, lines: text.split('\n').map((l) => l.trim()) };
}

describe.skipIf(!POPPLER)('the pre-sales PDF', () => {
  for (const name of EXAMPLES) {
    for (const locale of LOCALES) {
      it(`${name} (${locale}) fits on one A4 page`, async () => {
        const { pages, file, path } = await pdf(name, locale);
        expect(pages).toBe(1);
        expect(file.pageCount).toBe(1);
        expect(file.fileName).toMatch(new RegExp(`-presales-${locale}\\.pdf$`));
        const size = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
        expect(size).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
      });
    }
  }

  it('carries the hand-checked figures of cluster-3-islands', async () => {
    const { text, lines, path } = await pdf('cluster-3-islands', 'en');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      path,
      join(artefactDir('presales'), 'cluster-3-islands-en'),
    ]);
    // test/shared/summary/presales.test.ts checks these by hand: 13 firewall rules, 247 host rules,
    // 223 + 4 = 227 documented (92 %), 20 inferred (8 %).
    for (const figure of ['13', '247', '227', '20', '92% of host rules', '8% of host rules'])
      expect(lines).toContain(figure);
    expect(text).toContain('Pre-sales summary');
    expect(text).toContain('Output cluster Frankfurt');
    expect(text).toContain('OE nodes (3): oe1, oe2, oe3');
    expect(text).toContain('Island checkout hosts (2): lej-island, drs-island');
    expect(text).toContain('SEAL Keycloak: mgmt');
    expect(text).toContain('From Islands to OE nodes');
    expect(text).toContain('Open questions: to confirm with the vendor');
    expect(text).toContain('5 open questions for the vendor (covering 20 rules)');
    expect(text).toContain('Log shipping and queries to Elasticsearch');
    expect(text).toContain('Page 1 of 1');
    expect(text).toContain('Plan revision: 7');
  });

  it('speaks German with German numbers', async () => {
    const { text, lines } = await pdf('cluster-5-every-feature', 'de');
    expect(text).toContain('Presales-Übersicht');
    expect(text).toContain('Offene Fragen: mit dem Hersteller zu klären');
    expect(text).toMatch(/\d+ offene Fragen an den Hersteller \(betrifft [\d.]+ Regeln\)/);
    // The claims in the reader's language (the catalog keeps them in English).
    expect(text).toContain('Cluster-Kommunikation von Elasticsearch');
    // 1,161 host rules in German digit grouping.
    expect(lines).toContain('1.161');
    expect(text).toContain('Seite 1 von 1');
  });
});

describe('the pre-sales summary as text', () => {
  it('Markdown: the figures, servers, openings and open questions', async () => {
    const file = await renderPresales({
      plan: examplePlan('cluster-3-islands'),
      format: 'md',
      locale: 'en',
    });
    const md = new TextDecoder().decode(file.bytes);
    expect(md).toContain('# Pre-sales summary: Output cluster Frankfurt');
    expect(md).toContain('| 13 | 247 | 227 (92%) | 20 (8%) |');
    expect(md).toContain('- **OE nodes (3)**: oe1, oe2, oe3');
    expect(md).toContain('| From Islands to OE nodes | 2119/tcp | 1 | 6 |');
    expect(md).toMatch(
      /\| OE services and MongoDB replica set reach the database \| 27017\/tcp \| .* \| 6 \|/,
    );
  });

  it('JSON: the summary with the documented and inferred split', async () => {
    const file = await renderPresales({
      plan: examplePlan('cluster-3-islands'),
      format: 'json',
      locale: 'en',
    });
    const json = JSON.parse(new TextDecoder().decode(file.bytes));
    expect(json.plan.name).toBe('Output cluster Frankfurt');
    expect(json.hostRules).toBe(247);
    expect(json.firewallRules).toBe(13);
    expect(json.evidence).toEqual({
      documented: 227,
      inferred: 20,
      documentedPercent: 92,
      inferredPercent: 8,
    });
    // One per claim: the two island printer protocols rest on one.
    expect(json.openQuestions).toHaveLength(5);
  });

  it('counts open questions per claim, not per rule, in both languages (Markdown, JSON)', async () => {
    const figures = {
      en: '5 open questions for the vendor (covering 20 rules)',
      de: '5 offene Fragen an den Hersteller (betrifft 20 Regeln)',
    };
    for (const locale of ['en', 'de'] as const) {
      const render = (format: 'md' | 'json') =>
        renderPresales({ plan: examplePlan('cluster-3-islands'), format, locale });
      const md = new TextDecoder().decode((await render('md')).bytes);
      expect(md).toContain(`**${figures[locale]}**`);
      // Each question once: the claim's row appears a single time.
      expect(md.split('27017/tcp |').length - 1).toBe(1);
      const json = JSON.parse(new TextDecoder().decode((await render('json')).bytes));
      expect(json.openQuestionsFigure).toBe(figures[locale]);
      expect(json.openQuestionRules).toBe(20);
      expect(json.openQuestions.map((q: { hostRules: number }) => q.hostRules)).toEqual([
        6, 3, 6, 3, 2,
      ]);
    }
  });

  it('a plan without inferred rules says there is nothing to confirm', async () => {
    const file = await renderPresales({
      plan: examplePlan('single-minimal'),
      format: 'md',
      locale: 'de',
    });
    expect(new TextDecoder().decode(file.bytes)).toContain(
      'Keine: jede Regel stützt sich auf Herstellerdokumentation.',
    );
  });
});
