import type { TFunction } from 'i18next';
import type { Content } from 'pdfmake/interfaces';
import { EVIDENCE_LEVELS, type Evidence } from '../../../../shared/catalog';
import { PROBE_STATUSES, type ProbeStatus } from '../../../../shared/probes/model';
import { openQuestions, openQuestionsFigure } from '../../../../shared/summary';
import type { Checklist, ChecklistLevel } from '../checklist/checklist';
import { coverageLine } from './coverage-line';
import { COLOR, PAGE, RULE_TABLE_LAYOUT } from './theme';
import { formatCount, formatDate, formatDay } from '../document-text';
import type { Contact } from '../../../../shared/plan';

/** A contact on one line: name, e-mail, phone; what is missing is left out. */
const contactLines = (contact: Contact): string =>
  [contact.name, contact.email, contact.phone.replace(/ /g, '\u00a0')]
    .filter((v) => v !== '')
    .join(' · ');
const joined = (...values: string[]) => values.filter((v) => v !== '').join(' · ');

function facts(t: TFunction, checklist: Checklist, level: ChecklistLevel): Content {
  const { project, change } = checklist.plan;
  const levelText =
    level === 'firewall' && checklist.rules.hosts.length > 0
      ? t('ruleChange.firewallWithHosts')
      : t(`checklist.levels.${level}`);
  const rows: [string, string][] = [
    // Two facts a row: the cover keeps to one page with the change's contacts on it.
    [`${t('checklist.customer')}, ${t('checklist.site')}`, joined(project.customer, project.site)],
    [
      t('checklist.installation'),
      joined(
        t(`checklist.installations.${checklist.plan.installation}`),
        `PLOSSYS Output Engine ${project.productVersion}`,
      ),
    ],
    [t('ruleChange.ticket'), change.ticket],
    [
      t('ruleChange.requestedDate'),
      change.requestedDate ? formatDay(change.requestedDate, checklist.locale) : '',
    ],
    [t('checklist.technician'), contactLines(change.technician)],
    [t('ruleChange.networkContact'), contactLines(change.networkContact)],
    [t('checklist.date'), formatDate(checklist.generatedAt, checklist.locale)],
    [t('checklist.revision'), checklist.revision],
    [t('checklist.level'), levelText],
  ];
  return {
    table: {
      widths: [110, '*'],
      body: rows.map(([label, value]) => [
        { text: label, style: 'label', margin: [0, 2, 0, 1] },
        { text: value || '–', style: 'value', margin: [0, 1, 0, 1] },
      ]),
    },
    layout: RULE_TABLE_LAYOUT,
  };
}

function numberCard(value: number, label: string, locale: Checklist['locale']): Content {
  return {
    stack: [
      { text: formatCount(value, locale), style: 'bigNumber' },
      { text: label, style: 'label' },
    ],
  };
}

function evidenceCounts(checklist: Checklist, level: ChecklistLevel): Record<Evidence, number> {
  const counts = { seed: 0, docs: 0, inferred: 0 };
  for (const r of checklist.rules[level]) counts[r.evidence]++;
  return counts;
}

/** "5 open questions for the vendor (covering 20 rules): see the appendix", when there are any. */
function openQuestionsLine(t: TFunction, checklist: Checklist): Content[] {
  const { questions, hostRules } = openQuestions(checklist.plan, checklist.matrix);
  if (questions.length === 0) return [];
  return [
    {
      text: t('checklist.openQuestionsSeeAppendix', {
        figure: openQuestionsFigure(checklist.locale, questions.length, hostRules),
      }),
      style: 'label',
      color: COLOR.evidence.inferred,
      margin: [0, 3, 0, 0],
    },
  ];
}

function summary(t: TFunction, checklist: Checklist, level: ChecklistLevel): Content {
  const { locale } = checklist;
  const hosts = checklist.topology.filter((e) => e.isHost).length;
  const evidence = evidenceCounts(checklist, level);
  // Probes test host rules: counted there, untested ones included.
  const byStatus = new Map<ProbeStatus, number>();
  for (const r of checklist.rules.hosts) {
    const s = r.probe.status as ProbeStatus;
    byStatus.set(s, (byStatus.get(s) ?? 0) + 1);
  }
  const probed = checklist.rules.hosts.length - (byStatus.get('untested') ?? 0);
  return {
    stack: [
      { text: t('checklist.summary'), style: 'h2', margin: [0, 0, 0, 6] },
      {
        columns: [
          numberCard(hosts, t('checklist.hosts'), locale),
          numberCard(checklist.matrix.zoneGrid.zones.length, t('checklist.zoneCount'), locale),
          numberCard(checklist.rules.hosts.length, t('checklist.hostRules'), locale),
          numberCard(checklist.rules.firewall.length, t('checklist.firewallRules'), locale),
        ],
      },
      {
        text: `${t('checklist.byEvidence')} (${t(`checklist.levels.${level}`)})`,
        style: 'h2',
      },
      {
        columns: EVIDENCE_LEVELS.map((e) => ({
          text: [
            {
              text: `${t(`checklist.evidenceMark.${e}`)}  `,
              bold: true,
              color: COLOR.evidence[e],
            },
            { text: `${formatCount(evidence[e], locale)}  `, bold: true },
            { text: t(`evidence.${e}`), style: 'label' },
          ],
        })),
      },
      ...openQuestionsLine(t, checklist),
      { text: t('checklist.probed'), style: 'h2' },
      probed === 0
        ? { text: t('checklist.probedNone'), style: 'label' }
        : {
            text: PROBE_STATUSES.filter((s) => byStatus.has(s)).flatMap((s) => [
              {
                text: `${formatCount(byStatus.get(s)!, locale)} `,
                bold: true,
                color: COLOR.probe[s],
              },
              { text: `${t(`checklist.probe.${s}`)}    `, style: 'label' },
            ]),
          },
      ...coverageLine(t, checklist, level),
    ],
  };
}

/** What the evidence marks and probe states mean; on the cover, where the reader starts. */
export function legend(t: TFunction): Content {
  return {
    columns: [
      {
        width: '50%',
        stack: [
          { text: t('checklist.legend'), style: 'h2' },
          { text: t('checklist.legendIntro'), style: 'label', margin: [0, 0, 0, 4] },
          ...EVIDENCE_LEVELS.map((e) => ({
            margin: [0, 1, 8, 1] as [number, number, number, number],
            fillColor: e === 'inferred' ? COLOR.inferredFill : undefined,
            table: {
              widths: [14, '*'],
              body: [
                [
                  { text: t(`checklist.evidenceMark.${e}`), bold: true, color: COLOR.evidence[e] },
                  {
                    text: [
                      { text: `${t(`evidence.${e}`)}: `, bold: true },
                      t(`checklist.evidenceExplained.${e}`),
                    ],
                    fontSize: 8,
                  },
                ],
              ],
            },
            layout: {
              ...RULE_TABLE_LAYOUT,
              hLineWidth: () => 0,
              fillColor: () => (e === 'inferred' ? COLOR.inferredFill : null),
            },
          })),
        ],
      },
      {
        width: '50%',
        stack: [
          { text: t('checklist.probeLegend'), style: 'h2' },
          ...PROBE_STATUSES.map((s) => ({
            fontSize: 8,
            margin: [0, 0.5, 0, 0.5] as [number, number, number, number],
            text: [
              { text: `${t(`checklist.probe.${s}`)}: `, bold: true, color: COLOR.probe[s] },
              t(`checklist.probeExplained.${s}`),
            ],
          })),
        ],
      },
    ],
  };
}

export function cover(t: TFunction, checklist: Checklist, level: ChecklistLevel): Content {
  return [
    {
      canvas: [{ type: 'rect', x: 0, y: 0, w: PAGE.contentWidth, h: 4, color: COLOR.band }],
      margin: [0, 0, 0, 14],
    },
    { text: t('checklist.title'), style: 'title' },
    { text: t('checklist.subtitle'), style: 'subtitle', margin: [0, 2, 0, 18] },
    { text: checklist.plan.project.name, style: 'projectName', margin: [0, 0, 0, 12] },
    {
      columns: [
        { width: '45%', stack: [facts(t, checklist, level)] },
        { width: '5%', text: '' },
        { width: '50%', stack: [summary(t, checklist, level)] },
      ],
    },
    {
      canvas: [
        {
          type: 'line',
          x1: 0,
          y1: 0,
          x2: PAGE.contentWidth,
          y2: 0,
          lineWidth: 0.5,
          lineColor: COLOR.rule,
        },
      ],
      margin: [0, 18, 0, 0],
    },
    legend(t),
  ];
}
