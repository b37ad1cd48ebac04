import { noteText, purposeText, translator, type Locale } from '../../../../shared/i18n';
import { computeMatrix } from '../../../../shared/matrix';
import type { Plan } from '../../../../shared/plan';
import {
  evidenceSplit,
  portsText,
  presalesSummary,
  type PresalesSummary,
} from '../../../../shared/summary';
import { planFingerprint } from '../checklist/checklist';
import { markdownTable } from '../markdown';
import { formatCount, formatPercent, zoneLabel } from '../document-text';
import { fileSlug } from '../checklist/checklist-export';

export const PRESALES_FORMATS = ['md', 'json', 'pdf'] as const;
export type PresalesFormat = (typeof PRESALES_FORMATS)[number];

export interface PresalesRequest {
  plan: Plan;
  format: PresalesFormat;
  locale: Locale;
  /** The stored plan's revision; without it the plan's fingerprint. */
  revision?: string;
  generatedAt?: Date;
}

/** A rendered file: what the command line writes and the app hands to a download. */
export interface RenderedFile {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
  /** The rules it is about: the plan's firewall rules, or the changed rules of a comparison. */
  ruleCount: number;
  /** PDF only. */
  pageCount?: number;
}

function presalesMarkdown(plan: Plan, summary: PresalesSummary, locale: Locale): string {
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
    project.technician,
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
      : markdownTable(
          [t('presales.claim'), t('presales.ports'), t('presales.note'), t('presales.hostRules')],
          summary.openQuestions.map((q) => [
            purposeText(locale, q.purpose),
            q.ports,
            noteText(locale, q.note),
            count(q.hostRules),
          ]),
        ),
  ].join('\n');
}

/** The pre-sales summary of a valid plan as Markdown, JSON or a one-page PDF. */
export async function renderPresales(request: PresalesRequest): Promise<RenderedFile> {
  const { plan, format, locale } = request;
  const summary = presalesSummary(plan, computeMatrix(plan));
  const ruleCount = summary.firewallRules;
  const base = `${fileSlug(plan.project.name)}-presales-${locale}`;
  const encode = (text: string) => new TextEncoder().encode(text);
  switch (format) {
    case 'md':
      return {
        fileName: `${base}.md`,
        mediaType: 'text/markdown; charset=utf-8',
        bytes: encode(presalesMarkdown(plan, summary, locale)),
        ruleCount,
      };
    case 'json': {
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
      };
      return {
        fileName: `${base}.json`,
        mediaType: 'application/json',
        bytes: encode(`${JSON.stringify(document, null, 2)}\n`),
        ruleCount,
      };
    }
    case 'pdf': {
      // Loaded on use, as the checklist's: pdfmake would slow every other command's start.
      const { presalesPdf } = await import('./presales-pdf');
      const pdf = await presalesPdf({
        plan,
        summary,
        locale,
        revision: request.revision?.trim() || planFingerprint(plan),
        generatedAt: request.generatedAt ?? new Date(),
      });
      return {
        fileName: `${base}.pdf`,
        mediaType: 'application/pdf',
        bytes: pdf.bytes,
        ruleCount,
        pageCount: pdf.pageCount,
      };
    }
  }
}
