import type { Evidence } from '../../../../shared/catalog';
import type { RuleStatus } from '../../../../shared/plan/schema';
import type { ProbeStatus } from '../../../../shared/probes/model';
import type { CustomTableLayout, StyleDictionary } from 'pdfmake/interfaces';

/** A4 landscape: the rule tables need the width. */
export const PAGE = {
  margins: [36, 54, 36, 44] as [number, number, number, number],
  contentWidth: 841.89 - 72,
} as const;

/** The document's colors: a dark blue for structure, amber for what still needs confirming. */
export const COLOR = {
  ink: '#1d2430',
  muted: '#5b6575',
  rule: '#c9d1dc',
  band: '#1f3a5f',
  bandText: '#ffffff',
  zebra: '#f4f6f9',
  inferredFill: '#fff1d6',
  evidence: { seed: '#1f7a4d', docs: '#2e6da4', inferred: '#b45309' } satisfies Record<
    Evidence,
    string
  >,
  status: {
    requested: '#2e6da4',
    approved: '#1f7a4d',
    rejected: '#b91c1c',
    opened: '#1f7a4d',
    verified: '#1f7a4d',
  } satisfies Record<RuleStatus, string>,
  probe: {
    verified: '#1f7a4d',
    open: '#1f7a4d',
    reachable: '#2e6da4',
    blocked: '#b91c1c',
    unreachable: '#b91c1c',
    unresolved: '#b45309',
    'open-or-filtered': '#5b6575',
    untested: '#8a93a3',
    mixed: '#b45309',
  } satisfies Record<ProbeStatus | 'mixed', string>,
} as const;

/** The cover's styles (pdfmake); the pages after it use the same colors through the PageWriter. */
export const STYLES: StyleDictionary = {
  title: { fontSize: 28, bold: true, color: COLOR.band },
  subtitle: { fontSize: 13, color: COLOR.muted },
  projectName: { fontSize: 20, bold: true, color: COLOR.ink },
  h2: { fontSize: 11, bold: true, color: COLOR.band, margin: [0, 10, 0, 4] },
  label: { fontSize: 8, color: COLOR.muted },
  value: { fontSize: 10, color: COLOR.ink },
  bigNumber: { fontSize: 22, bold: true, color: COLOR.band },
};

/** The cover's tables: thin horizontal rules, no vertical ones, like the tables after it. */
export const RULE_TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.6 : 0.3),
  vLineWidth: () => 0,
  hLineColor: () => COLOR.rule,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};
