import type { RuleLevel, RuleQuery, SortKey } from '../matrix/protocol';

// The rule table's query and its scroll window as plain functions: the table class holds the
// state, these decide what follows from it.

/** Every row has the same height, so the visible rows follow from the scroll position alone. */
export const ROW_HEIGHT = 52;
/** Rows fetched beyond each edge of the viewport, so that scrolling shows no blank rows. */
export const OVERSCAN = 8;

export const FIRST_QUERY: RuleQuery = {
  level: 'firewall',
  search: '',
  evidence: '',
  zonePair: '',
  sort: 'id',
  descending: false,
  groupByZonePair: false,
  probe: '',
  status: '',
};

/** The rows to fetch for a viewport scrolled to `scrollTop`: [start, end). */
export function rowWindow(
  scrollTop: number,
  viewportHeight: number,
): { start: number; end: number } {
  const first = Math.floor(scrollTop / ROW_HEIGHT);
  return {
    start: Math.max(0, first - OVERSCAN),
    end: first + Math.ceil(viewportHeight / ROW_HEIGHT) + OVERSCAN,
  };
}

/** The empty space above and below the rows shown, in pixels: the scroll bar stays true. */
export function spacers(
  start: number,
  shown: number,
  total: number,
): { before: number; after: number } {
  return {
    before: start * ROW_HEIGHT,
    after: Math.max(0, total - start - shown) * ROW_HEIGHT,
  };
}

/** A click on a column heading: the same column turns the order around, another sorts upwards. */
export function sortChange(query: RuleQuery, key: SortKey): Partial<RuleQuery> {
  return query.sort === key ? { descending: !query.descending } : { sort: key, descending: false };
}

/** Another level has other zone pairs, and only host rules have probe results. */
export const levelChange = (level: RuleLevel): Partial<RuleQuery> => ({
  level,
  zonePair: '',
  probe: '',
});

export function ariaSort(query: RuleQuery, key: SortKey): 'ascending' | 'descending' | 'none' {
  if (query.sort !== key) return 'none';
  return query.descending ? 'descending' : 'ascending';
}

export type ColumnName =
  'id' | 'from' | 'to' | 'port' | 'service' | 'neededFor' | 'evidence' | 'status' | 'probe';

export interface Column {
  name: ColumnName;
  /** The sort key of a sortable column. */
  key: SortKey | null;
  className: string;
}

/**
 * The columns of a level. Host rule ids are long keys for the probes, not for reading: only
 * firewall rules show theirs. Probes are keyed by host rule: only host rules show a probe status;
 * both levels show their change status.
 */
export function columnsOf(level: RuleLevel): Column[] {
  return [
    ...(level === 'firewall' ? [{ name: 'id', key: 'id', className: 'c-id' } as const] : []),
    { name: 'from', key: 'source', className: 'c-from' },
    { name: 'to', key: 'destination', className: 'c-to' },
    { name: 'port', key: 'port', className: 'c-port' },
    { name: 'service', key: 'service', className: 'c-service' },
    { name: 'neededFor', key: null, className: 'c-needed' },
    { name: 'evidence', key: 'evidence', className: 'c-evidence' },
    { name: 'status', key: null, className: 'c-status' },
    ...(level === 'hosts' ? [{ name: 'probe', key: null, className: 'c-probe' } as const] : []),
  ];
}
