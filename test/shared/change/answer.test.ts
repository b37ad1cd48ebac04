import { describe, expect, it } from 'vitest';
import { Refusal } from '../../../shared/api/refusal';
import {
  CHANGE_COLUMNS,
  dayOf,
  readAnswer,
  requestSheet,
  statusOfWord,
  STATUS_WORDS,
  type AnswerGrid,
  type ChangeColumn,
} from '../../../shared/change';
import { textIn } from '../../../shared/i18n';
import { computeMatrix, firewallStatusKey } from '../../../shared/matrix';
import { RULE_STATUSES, type Plan } from '../../../shared/plan';
import { examplePlan } from '../../support/examples';

// The network team's answer as rows of text, matched back to the plan's rules: what they may write,
// how rows that cannot be used are reported, and when the whole sheet is refused.

const NOW = new Date('2026-12-05T10:00:00Z');
const plan = examplePlan('cluster-3-islands');
const matrix = computeMatrix(plan);
const identity = { planId: '', planName: plan.project.name, revision: '7' };

function sheet(
  p: Plan = plan,
  locale: 'en' | 'de' = 'de',
  level: 'firewall' | 'hosts' = 'firewall',
) {
  const s = requestSheet(p, computeMatrix(p), locale, level, {
    ...identity,
    planName: p.project.name,
  });
  return { headings: s.headings, rows: [...s.rows['4'], ...s.rows['6']] };
}

const col = (c: ChangeColumn) => CHANGE_COLUMNS.indexOf(c);

function answer(grids: AnswerGrid[], target: Partial<Parameters<typeof readAnswer>[1]> = {}) {
  return readAnswer(
    grids,
    { plan, matrix, importedBy: 'tech', now: NOW, ...target },
    'answer.xlsx',
  );
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(Refusal);
    return textIn('en', (e as Refusal).text);
  }
  throw new Error('not refused');
}

describe('the Status column’s words', () => {
  it('understands each status in both languages and the usual shorthands', () => {
    const expected: Record<string, string> = {
      genehmigt: 'approved',
      Approved: 'approved',
      x: 'approved',
      OK: 'approved',
      done: 'opened',
      erledigt: 'opened',
      geöffnet: 'opened',
      abgelehnt: 'rejected',
      rejected: 'rejected',
      offen: 'requested',
      beantragt: 'requested',
      verifiziert: 'verified',
      ' Genehmigt. ': 'approved',
    };
    for (const [word, status] of Object.entries(expected))
      expect(statusOfWord(word), word).toBe(status);
    for (const status of RULE_STATUSES) expect(STATUS_WORDS[status]).toContain(status);
  });

  it('does not guess: "open", "maybe" and formulas are not a status', () => {
    for (const word of ['open', 'vielleicht', '=1+1', '', 'approved?']) {
      expect(statusOfWord(word), word).toBeUndefined();
    }
  });

  it('reads a day as ISO, German or with a time, and refuses an impossible one', () => {
    expect(dayOf('2026-12-04')).toBe('2026-12-04');
    expect(dayOf('04.12.2026')).toBe('2026-12-04');
    expect(dayOf('4.12.26')).toBe('2026-12-04');
    expect(dayOf('2026-12-04T00:00:00.000Z')).toBe('2026-12-04');
    // A date typed into a text column comes back as the spreadsheet's day number.
    expect(dayOf('46359')).toBe('2026-12-03');
    expect(dayOf('31.02.2026')).toBeUndefined();
    expect(dayOf('next week')).toBeUndefined();
  });
});

describe('reading the answer', () => {
  it('sets statuses from a German sheet whose columns, rows and order the network team changed', () => {
    const { headings, rows } = sheet();
    const edited = rows.map((r) => [...r]);
    edited[0]![col('status')] = 'genehmigt';
    edited[0]![col('approver')] = 'N. Etz';
    edited[0]![col('date')] = '04.12.2026';
    edited[1]![col('status')] = 'abgelehnt';
    edited[1]![col('comment')] = 'Nicht nötig, läuft über den Proxy';
    edited[2]![col('status')] = 'x';
    // Row 4 is deleted; the rest reversed; columns in another order (comment first).
    const kept = [edited[0]!, edited[1]!, edited[2]!, ...edited.slice(4)].reverse();
    const order = [
      col('comment'),
      ...CHANGE_COLUMNS.map((_, i) => i).filter((i) => i !== col('comment')),
    ];
    const grid: AnswerGrid = {
      name: 'IPv4-Regeln',
      rows: [order.map((i) => headings[i]!), ...kept.map((r) => order.map((i) => r[i]!))],
    };
    const result = answer([grid]);
    const key = (i: number) => rows[i]![col('ruleKey')]!;
    expect(result.refused).toEqual([]);
    expect(result.used).toBe(rows.length - 1);
    expect(result.statuses[key(0)]).toEqual({
      status: 'approved',
      by: 'N. Etz',
      at: '2026-12-04',
      reason: '',
    });
    expect(result.statuses[key(1)]).toMatchObject({
      status: 'rejected',
      by: 'tech',
      at: NOW.toISOString(),
      reason: 'Nicht nötig, läuft über den Proxy',
    });
    expect(result.statuses[key(2)]!.status).toBe('approved');
    expect(result.statuses[key(3)]).toBeUndefined();
    // Untouched rows were requested: the sheet is the request.
    expect(result.statuses[key(4)]!.status).toBe('requested');
    expect(result.changes.map((c) => c.ruleId)).toEqual(
      [...result.changes.map((c) => c.ruleId)].sort(),
    );
  });

  it('reports every row it cannot use, by sheet and row number, and uses the others', () => {
    const { headings, rows } = sheet(plan, 'en');
    const edited = rows.map((r) => [...r]);
    edited[0]![col('status')] = 'maybe';
    edited[1]![col('ruleKey')] = '';
    edited[2]![col('status')] = '';
    edited[3]![col('date')] = 'next Tuesday';
    const duplicate = [...edited[4]!];
    duplicate[col('status')] = 'rejected';
    const result = answer([
      { name: 'IPv4 rules', rows: [headings, ...edited, duplicate, ['', '', '']] },
    ]);
    const said = result.refused.map(
      (n) => `${n.sheet} ${n.row} ${n.ruleId}: ${textIn('en', n.text)}`,
    );
    expect(said).toEqual([
      `IPv4 rules 2 FW-001: the status "maybe" is not understood: write requested, approved, rejected, opened or verified`,
      `IPv4 rules 3 FW-002: no rule key (the Rule key column is empty): the row cannot be matched to a rule`,
      `IPv4 rules 4 FW-003: no status given: the rule keeps its status`,
      `IPv4 rules 5 FW-004: the date "next Tuesday" is not understood: write it as 2026-12-31 or 31.12.2026`,
      `IPv4 rules ${rows.length + 2} FW-005: rule FW-005 is answered again (first in row 6): this row is not used`,
    ]);
    expect(result.used).toBe(rows.length - 4);
  });

  it('keeps formula payloads in the approver and comment as text, on one line, cut to what the plan keeps', () => {
    const { headings, rows } = sheet(plan, 'en');
    const edited = rows.map((r) => [...r]);
    edited[0]![col('status')] = 'rejected';
    edited[0]![col('approver')] = '=HYPERLINK("http://evil","x")';
    edited[0]![col('comment')] = "'=1+1\r\n@SUM(1)\u0007\u202Eevil";
    edited[1]![col('status')] = 'approved';
    edited[1]![col('comment')] = 'x'.repeat(5000);
    const result = answer([{ name: 's', rows: [headings, ...edited] }]);
    const entry = result.statuses[rows[0]![col('ruleKey')]!]!;
    expect(entry.by).toBe('=HYPERLINK("http://evil","x")');
    expect(entry.reason).toBe('=1+1 @SUM(1)evil');
    const long = result.statuses[rows[1]![col('ruleKey')]!]!;
    expect(long.reason).toHaveLength(200);
    expect(result.notes.map((n) => n.row)).toEqual([3]);
  });

  it('matches host rules of a host-level sheet, and an About sheet without the columns is passed over', () => {
    const { headings, rows } = sheet(plan, 'en', 'hosts');
    const edited = rows.map((r) => [...r]);
    edited[0]![col('status')] = 'verified';
    const result = answer([
      {
        name: 'About',
        rows: [
          ['Plan', plan.project.name],
          ['Revision', '7'],
        ],
      },
      { name: 'IPv4 rules', rows: [headings, ...edited] },
    ]);
    expect(result.statuses[matrix.hostRules[0]!.id]!.status).toBe('verified');
  });

  it('takes the less advanced status of a rule’s IPv4 and IPv6 rows', () => {
    const mixed = examplePlan('cluster-5-every-feature');
    const mixedMatrix = computeMatrix(mixed);
    const s = requestSheet(mixed, mixedMatrix, 'en', 'firewall', {
      ...identity,
      planName: mixed.project.name,
    });
    const v6 = s.rows['6'].find((r) =>
      s.rows['4'].some((v4) => v4[col('ruleKey')] === r[col('ruleKey')]),
    )!;
    const v4 = s.rows['4'].find((r) => r[col('ruleKey')] === v6[col('ruleKey')])!;
    const rows = [
      [...v4.slice(0, col('status')), 'opened', ...v4.slice(col('status') + 1)],
      [...v6.slice(0, col('status')), 'approved', ...v6.slice(col('status') + 1)],
    ];
    const result = readAnswer(
      [{ name: 'rules', rows: [s.headings, ...rows] }],
      { plan: mixed, matrix: mixedMatrix, importedBy: 'tech', now: NOW },
      'answer.csv',
    );
    expect(result.refused).toEqual([]);
    expect(result.used).toBe(2);
    expect(result.statuses[v4[col('ruleKey')]!]!.status).toBe('approved');
  });

  it('refuses a sheet of another plan and changes nothing', () => {
    const other = examplePlan('cluster-3-islands', (d) => (d.project.name = 'Other plan'));
    const { headings, rows } = sheet(other, 'en');
    expect(refusal(() => answer([{ name: 's', rows: [headings, ...rows] }]))).toBe(
      'This sheet belongs to the plan "Other plan", not to "Output cluster Frankfurt": nothing was changed. Import it into the plan it was exported from.',
    );
    // In the library the id decides, even after a rename.
    const stored = requestSheet(plan, matrix, 'en', 'firewall', { ...identity, planId: 'abc' });
    const grid = { name: 's', rows: [stored.headings, ...stored.rows['4']] };
    expect(refusal(() => answer([grid], { planId: 'def' }))).toMatch(/^This sheet belongs to/);
    expect(answer([grid], { planId: 'abc' }).used).toBe(stored.rows['4'].length);
  });

  it('refuses a sheet of an older revision whose rules differ, naming the rules', () => {
    // The older revision had a Kibana rule more (on the management server's 5601).
    const older = examplePlan('cluster-3-islands', (d) => {
      d.clientGroups.push({
        name: 'Auditors',
        kind: 'admin-workstations',
        addresses: ['198.51.100.7'],
      });
    });
    const { headings, rows } = sheet(older, 'en');
    const gone = rows
      .filter(
        (r) => !matrix.firewallRules.some((f) => firewallStatusKey(f.key) === r[col('ruleKey')]),
      )
      .map((r) => r[col('ruleId')]);
    expect(gone.length).toBeGreaterThan(0);
    const said = refusal(() => answer([{ name: 's', rows: [headings, ...rows] }]));
    expect(said).toContain('This sheet was made from revision 7, whose rules differ');
    for (const id of gone) expect(said).toContain(id);
    expect(said).toContain('Nothing was changed');
  });

  it('refuses what is no change request: no Rule key and Status columns', () => {
    expect(
      refusal(() =>
        answer([
          {
            name: 'Sheet1',
            rows: [
              ['a', 'b'],
              ['=1+1', 'x'],
            ],
          },
        ]),
      ),
    ).toMatch(/^answer\.xlsx is not a change request sheet of this planner/);
  });
});
