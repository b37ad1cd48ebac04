import { describe, expect, it } from 'vitest';
import type { RuleQuery } from '../../../renderer/matrix/protocol';
import {
  ariaSort,
  columnsOf,
  FIRST_QUERY,
  levelChange,
  OVERSCAN,
  ROW_HEIGHT,
  rowWindow,
  sortChange,
  spacers,
} from '../../../renderer/review/rule-window';

const query = (change: Partial<RuleQuery> = {}): RuleQuery => ({ ...FIRST_QUERY, ...change });

describe('the rule table’s scroll window', () => {
  it('fetches the rows in view and a margin on each side, none before the first', () => {
    const visible = Math.ceil(560 / ROW_HEIGHT);
    expect(rowWindow(0, 560)).toEqual({ start: 0, end: visible + OVERSCAN });
    const first = 100;
    expect(rowWindow(first * ROW_HEIGHT + ROW_HEIGHT / 2, 560)).toEqual({
      start: first - OVERSCAN,
      end: first + visible + OVERSCAN,
    });
  });

  it('keeps the scroll bar true with space for the rows not fetched', () => {
    expect(spacers(0, 0, 0)).toEqual({ before: 0, after: 0 });
    expect(spacers(40, 30, 1000)).toEqual({
      before: 40 * ROW_HEIGHT,
      after: (1000 - 40 - 30) * ROW_HEIGHT,
    });
    // The view shrank under the window (a filter): nothing below, never a negative height.
    expect(spacers(40, 30, 50).after).toBe(0);
  });
});

describe('the rule table’s query', () => {
  it('starts with firewall rules by id, unfiltered', () => {
    const { level, sort, descending, groupByZonePair, ...filters } = FIRST_QUERY;
    expect({ level, sort, descending, groupByZonePair }).toEqual({
      level: 'firewall',
      sort: 'id',
      descending: false,
      groupByZonePair: false,
    });
    expect(Object.values(filters)).toEqual(['', '', '', '', '']);
  });

  it('turns the order around on the sorted column, sorts upwards on another', () => {
    expect(sortChange(query(), 'id')).toEqual({ descending: true });
    expect(sortChange(query({ descending: true }), 'id')).toEqual({ descending: false });
    expect(sortChange(query({ descending: true }), 'port')).toEqual({
      sort: 'port',
      descending: false,
    });
    expect(ariaSort(query(), 'id')).toBe('ascending');
    expect(ariaSort(query({ descending: true }), 'id')).toBe('descending');
    expect(ariaSort(query(), 'port')).toBe('none');
  });

  it('drops the zone pair and probe filters with the level, and keeps the others', () => {
    const before = query({
      zonePair: 'clients>oe-nodes',
      probe: 'blocked',
      search: '631',
      status: 'approved',
    });
    expect({ ...before, ...levelChange('hosts') }).toEqual(
      query({ level: 'hosts', search: '631', status: 'approved' }),
    );
  });

  it('shows ids for firewall rules, the change status at both levels, probe status for host rules only', () => {
    const names = (level: 'firewall' | 'hosts') => columnsOf(level).map((c) => c.name);
    const shared = ['from', 'to', 'port', 'service', 'neededFor', 'evidence', 'status'];
    expect(names('firewall')).toEqual(['id', ...shared]);
    expect(names('hosts')).toEqual([...shared, 'probe']);
    for (const level of ['firewall', 'hosts'] as const)
      for (const column of columnsOf(level))
        expect(column.key === null).toBe(
          column.name === 'neededFor' || column.name === 'probe' || column.name === 'status',
        );
  });
});
