import type { TFunction } from 'i18next';
import { CATALOG, SOURCES, type CatalogRow } from '../../../../shared/catalog';
import { noteText, purposeText, type Locale } from '../../../../shared/i18n';
import type { HostRule, Matrix } from '../../../../shared/matrix';
import type { OpenQuestion } from '../../../../shared/summary';
import type { ChecklistLevel, ChecklistRule } from '../checklist/checklist';
import { formatCount, type SourceIndex } from '../document-text';
import { COLOR } from './theme';
import type { PageWriter, Run } from './writer';

const heading = (writer: PageWriter, title: string, intro: string): void => {
  writer.ensure(80);
  writer.y += 18;
  writer.paragraph([{ text: title, font: 'bold', size: 16, color: COLOR.band }], { after: 2 });
  writer.paragraph([{ text: intro, size: 8.5, color: COLOR.muted }], { after: 6 });
};

/** "oe1 to mgmt": a host rule as the rows of the checklist show it, without its internal id. */
const hostRuleText = (t: TFunction, rule: HostRule): string =>
  t('checklist.hostRuleFromTo', { from: rule.sourceName, to: rule.destinationName });

/**
 * The appendix: each open question once, with its reasoning, the rows that rest on it and its
 * sources. The rows only point to it ("question 3").
 */
export function writeOpenQuestions(
  writer: PageWriter,
  t: TFunction,
  locale: Locale,
  level: ChecklistLevel,
  questions: readonly OpenQuestion[],
  matrix: Matrix,
  rules: readonly ChecklistRule[],
  sources: SourceIndex,
): void {
  heading(writer, t('checklist.openQuestions'), t('checklist.openQuestionsIntro'));
  if (questions.length === 0) {
    writer.paragraph([{ text: t('presales.noOpenQuestions'), color: COLOR.muted }], { after: 8 });
    return;
  }
  const hostRules = new Map(matrix.hostRules.map((r) => [r.id, r]));
  const indent = 22;
  const body = { x: writer.left + indent, width: writer.width - indent };
  questions.forEach((q, i) => {
    const covered = new Set(q.ruleIds);
    const rows =
      level === 'firewall'
        ? rules.filter((r) => r.hostRuleIds.some((id) => covered.has(id))).map((r) => r.id)
        : q.ruleIds.flatMap((id) => {
            const rule = hostRules.get(id);
            return rule ? [hostRuleText(t, rule)] : [];
          });
    writer.ensure(48);
    writer.y += 6;
    const title: Run[] = [
      { text: `${t('checklist.question', { number: i + 1 })}  `, font: 'bold', size: 10 },
      { text: purposeText(locale, q.purpose), font: 'bold', size: 10, color: COLOR.band },
      { text: `   ${q.ports}`, size: 8.5, color: COLOR.muted },
    ];
    writer.paragraph(title, { after: 2 });
    if (q.note) {
      writer.paragraph([{ text: noteText(locale, q.note), font: 'italic', size: 8.5 }], {
        ...body,
        after: 2,
      });
    }
    const key =
      level === 'firewall' ? 'checklist.questionFirewallRules' : 'checklist.questionHostRules';
    writer.paragraph(
      [
        {
          text: t(key, {
            count: q.hostRules,
            formatted: formatCount(q.hostRules, locale),
            rules: rows.join(', '),
          }),
          size: 8,
        },
      ],
      { ...body, after: 2 },
    );
    writer.paragraph(
      [
        {
          text: t('checklist.questionSources', {
            sources: sources
              .cite(q.sources)
              .sort((a, b) => a - b)
              .join(', '),
          }),
          size: 8,
          color: COLOR.muted,
        },
      ],
      { ...body, after: 4 },
    );
  });
}

const ROWS = new Map<string, CatalogRow>(CATALOG.map((row) => [row.id, row]));

/** The vendor's sentences the plan's rules rest on, each once, with what they support. */
export function vendorWords(
  matrix: Matrix,
): { quote: string; purposes: string[]; sources: string[] }[] {
  const words = new Map<string, { purposes: Set<string>; sources: Set<string> }>();
  for (const rule of matrix.hostRules) {
    const purposes = rule.purpose.split('; ');
    for (const id of rule.catalogIds) {
      for (const flow of ROWS.get(id)?.flows ?? []) {
        if (!flow.quote || !purposes.includes(flow.purpose)) continue;
        let entry = words.get(flow.quote);
        if (!entry) words.set(flow.quote, (entry = { purposes: new Set(), sources: new Set() }));
        entry.purposes.add(flow.purpose);
        for (const source of flow.sources) entry.sources.add(SOURCES[source].url);
      }
    }
  }
  return [...words].map(([quote, e]) => ({
    quote,
    purposes: [...e.purposes],
    sources: [...e.sources],
  }));
}

/** The vendor's words, verbatim, before the list of sources they come from. */
export function writeVendorWords(
  writer: PageWriter,
  t: TFunction,
  locale: Locale,
  matrix: Matrix,
  sources: SourceIndex,
): void {
  const words = vendorWords(matrix);
  if (words.length === 0) return;
  heading(writer, t('checklist.vendorWords'), t('checklist.vendorWordsIntro'));
  for (const w of words) {
    writer.ensure(30);
    writer.paragraph(
      [{ text: t('checklist.quoted', { quote: w.quote }), font: 'italic', size: 9 }],
      { after: 2 },
    );
    writer.paragraph(
      [
        {
          text: t('checklist.vendorWordsFor', {
            purposes: w.purposes.map((p) => purposeText(locale, p)).join('; '),
            sources: sources
              .cite(w.sources)
              .sort((a, b) => a - b)
              .join(', '),
          }),
          size: 8,
          color: COLOR.muted,
        },
      ],
      { after: 6 },
    );
  }
}
