import { noteText, purposeText, translator, type Locale } from '../../../../shared/i18n';
import type { Plan } from '../../../../shared/plan';
import {
  evidenceSplit,
  openQuestionsFigure,
  portsText,
  type PresalesSummary,
} from '../../../../shared/summary';
import { markdownTable } from '../markdown';
import { formatCount, formatPercent, zoneLabel } from '../document-text';

/** What every pre-sales renderer reads: the plan, its summary, and what the PDF prints. */
export interface PresalesInput {
  plan: Plan;
  summary: PresalesSummary;
  locale: Locale;
  /** The stored plan's revision, or the plan's fingerprint. */
  revision: string;
  generatedAt: Date;
}

/** "3 open questions for the vendor (covering 41 rules)": counted per claim, not per rule. */
const figureOf = (summary: PresalesSummary, locale: Locale): string =>
  openQuestionsFigure(locale, summary.openQuestions.length, summary.openQuestionRules);

/** The pre-sales summary as Markdown. */
export function presalesMarkdown({ plan, summary, locale }: PresalesInput): string {
  const t = translator(locale);
  const { project } = plan;
  const split = evidenceSplit(summary.byEvidence);
  const count = (n: number) => formatCount(n, locale);
  const share = (n: number, percent: number) => `${count(n)} (${formatPercent(percent, locale)})`;
  const facts = [
    project.customer,
    project.site,
    t('presales.installation', {
      installation: t(`checklist.installations.${plan.installation}`),
      version: project.productVersion,
    }),
    plan.change.technician.name,
  ].filter(Boolean);
  return [
    `# ${t('presales.title')}: ${project.name}\n`,
    `${facts.join(' · ')}\n`,
    `## ${t('presales.figures')}\n`,
    markdownTable(
      [
        t('presales.firewallRules'),
        t('presales.hostRules'),
        t('presales.documented'),
        t('presales.inferred'),
      ],
      [
        [
          count(summary.firewallRules),
          count(summary.hostRules),
          share(split.documented, split.documentedPercent),
          share(split.inferred, split.inferredPercent),
        ],
      ],
    ),
    `## ${t('presales.servers')}\n`,
    `${summary.servers.map((s) => `- **${t(`presales.roles.${s.role}`)} (${s.names.length})**: ${s.names.join(', ')}`).join('\n')}\n`,
    `## ${t('presales.components')}\n`,
    `${summary.components.map((c) => `- **${t(`presales.componentNames.${c.component}`)}**: ${c.hosts.join(', ')}`).join('\n')}\n`,
    `## ${t('presales.openings')}\n`,
    `${t('presales.openingsIntro')}\n`,
    markdownTable(
      [
        t('comparison.zonePair'),
        t('presales.ports'),
        t('presales.firewallRules'),
        t('presales.hostRules'),
      ],
      summary.openings.map((o) => [
        t('checklist.pairHeading', {
          from: zoneLabel(t, o.sourceZone),
          to: zoneLabel(t, o.destinationZone),
        }),
        portsText(o.ports),
        count(o.firewallRules),
        count(o.hostRules),
      ]),
    ),
    `## ${t('presales.openQuestions')}\n`,
    `${t('presales.openQuestionsIntro')}\n`,
    summary.openQuestions.length === 0
      ? `${t('presales.noOpenQuestions')}\n`
      : `**${figureOf(summary, locale)}**\n\n${markdownTable(
          [t('presales.claim'), t('presales.ports'), t('presales.note'), t('presales.hostRules')],
          summary.openQuestions.map((q) => [
            purposeText(locale, q.purpose),
            q.ports,
            noteText(locale, q.note),
            count(q.hostRules),
          ]),
        )}`,
  ].join('\n');
}

/** The pre-sales summary as JSON: the plan's facts, the summary, the evidence split. */
export function presalesJson({ plan, summary, locale }: PresalesInput): string {
  const { project, installation } = plan;
  const document = {
    plan: {
      name: project.name,
      customer: project.customer,
      site: project.site,
      installation,
      productVersion: project.productVersion,
    },
    ...summary,
    evidence: evidenceSplit(summary.byEvidence),
    // As the Markdown and the PDF say it, in the document's language.
    openQuestionsFigure: figureOf(summary, locale),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
