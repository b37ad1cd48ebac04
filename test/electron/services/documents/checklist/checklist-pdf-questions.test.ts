import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChecklistLevel } from '../../../../../electron/services/documents/checklist/checklist';
import { checklistPdf } from '../../../../../electron/services/documents/checklist/checklist-pdf';
import { MESH_SENTENCE } from '../../../../../shared/catalog/flows';
import type { Locale } from '../../../../../shared/i18n';
import { openQuestions } from '../../../../../shared/summary';
import { exampleChecklist, hasTool } from '../support';

const POPPLER = hasTool('pdftotext', ['-v']);
if (!POPPLER) console.warn('PDF question tests skipped: pdftotext not found (poppler-utils)');

const work = mkdtempSync(join(tmpdir(), 'oe-pdf-questions-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The checklist of cluster-3-islands as text: the pages up to the appendix, and the appendix. */
async function render(level: ChecklistLevel, locale: Locale) {
  const checklist = exampleChecklist('cluster-3-islands', { locale });
  const { bytes } = await checklistPdf(checklist, level);
  const file = join(work, `${level}-${locale}.pdf`);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  });
  const heading =
    locale === 'de' ? 'Offene Fragen an den Hersteller' : 'Open questions for the vendor';
  const at = text.lastIndexOf(`\n${heading}\n`);
  // Words only, one space between: table cells and line breaks do not split a phrase.
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return {
    checklist,
    text,
    heading,
    rows: text.slice(0, at),
    appendix: flat(text.slice(at)),
    questions: openQuestions(checklist.plan, checklist.matrix).questions,
  };
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe.skipIf(!POPPLER)('the open questions of the PDF checklist', () => {
  it('asks each question once, in the appendix, with its rule count and its rows', async () => {
    const { checklist, text, heading, rows, appendix, questions } = await render('firewall', 'en');
    expect(questions).toHaveLength(5);
    expect(occurrences(text, `\n${heading}\n`)).toBe(1);
    questions.forEach((q, i) => {
      expect(occurrences(appendix, `Question ${i + 1} `)).toBe(1);
      expect(occurrences(appendix, q.purpose)).toBe(1);
      const covered = new Set(q.ruleIds);
      const ids = checklist.rules.firewall
        .filter((r) => r.hostRuleIds.some((id) => covered.has(id)))
        .map((r) => r.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(appendix).toContain(
        `Covers ${q.hostRules} host rule${q.hostRules === 1 ? '' : 's'} (checklist rows: ${ids.join(', ')})`,
      );
    });
    expect(rows.replace(/\s+/g, ' ')).toContain(
      '5 open questions for the vendor (covering 20 rules): see the appendix.',
    );
    // The hand-checked counts of test/shared/summary/presales.test.ts.
    expect(questions.map((q) => q.hostRules)).toEqual([6, 3, 6, 3, 2]);
    // No row repeats the question: rows point to it by number, the old warning is gone.
    expect(rows).not.toMatch(
      /to confirm with the vendor|confirm with SEAL Systems or by a probe before opening the row/,
    );
    for (const rule of checklist.rules.firewall.filter((r) => r.evidence === 'inferred'))
      expect(rule.hostRuleIds.some((id) => questions.some((q) => q.ruleIds.includes(id)))).toBe(
        true,
      );
    const inferredRows = checklist.rules.firewall.filter((r) => r.evidence === 'inferred').length;
    const [firewallRows, hostRows] = rows.split('Appendix: the host rules');
    expect(firewallRows!.match(/\bquestions? \d/g)?.length).toBe(inferredRows);
    // The host rules' appendix points to the same questions, asked nowhere else.
    const inferredHostRules = checklist.rules.hosts.filter((r) => r.evidence === 'inferred').length;
    expect(hostRows!.match(/\bquestions? \d/g)?.length).toBe(inferredHostRules);
  });

  it('names the host rules of each question at the host level, without internal ids', async () => {
    const { appendix, questions } = await render('hosts', 'en');
    expect(appendix).toContain('Covers 6 host rules: lej-island to oe1, drs-island to oe1');
    expect(appendix).not.toMatch(/\bhost:/);
    expect(questions.reduce((n, q) => n + q.hostRules, 0)).toBe(20);
  });

  it('quotes the vendor’s mesh sentence and cites this planner’s modeling in words', async () => {
    const { text, appendix } = await render('firewall', 'en');
    expect(appendix).toContain(`“${MESH_SENTENCE}”`);
    expect(appendix).toContain('For: Cluster communication between OE nodes.');
    expect(appendix).toContain(
      'this planner’s modeling: where the vendor is silent; each open question gives the reasoning',
    );
    expect(text).not.toContain('/work/');
  });

  it('speaks German in the German checklist', async () => {
    const { text, rows, appendix, questions } = await render('firewall', 'de');
    expect(appendix).toContain(
      'Frage 1 Remote Printing: Insel-Checkouts holen Aufträge vom Festland',
    );
    expect(appendix).toContain('Betrifft 6 Host-Regeln (Zeilen der Checkliste: FW-011)');
    expect(appendix).toContain('Betrifft 2 Host-Regeln (Zeilen der Checkliste: FW-012, FW-013)');
    expect(appendix).toContain(`„${MESH_SENTENCE}“`);
    expect(appendix).toContain('Modellierung dieses Planers: wo der Hersteller nichts sagt');
    expect(rows).toMatch(/\bFrage \d/);
    expect(rows.replace(/\s+/g, ' ')).toContain(
      '5 offene Fragen an den Hersteller (betrifft 20 Regeln): siehe Anhang.',
    );
    expect(occurrences(appendix, 'Frage ')).toBeGreaterThanOrEqual(questions.length);
    // No English words of this planner's own in the German document.
    for (const english of [
      'this planner’s modeling',
      'Where the vendor is silent',
      'question',
      'Covers',
    ])
      expect(text).not.toContain(english);
  });
});
