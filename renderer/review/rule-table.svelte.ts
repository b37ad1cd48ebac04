import { untrack } from 'svelte';
import { unlessSuperseded } from '../lib/worker-client';
import type { MatrixService } from '../matrix/matrix-service.svelte';
import type { DisplayRow, RuleLevel, RuleQuery, SortKey, ZonePairOption } from '../matrix/protocol';
import {
  ariaSort,
  columnsOf,
  FIRST_QUERY,
  levelChange,
  rowWindow,
  sortChange,
  spacers,
} from './rule-window';

/** Typing in the search box asks for rows once the user pauses this long. */
const SEARCH_DELAY_MS = 150;

let tables = 0;

/**
 * The review's rule table without its markup: the query (level, filters, sort), the scroll window
 * and the rows of that window, fetched from the matrix worker whenever the query, the window, the
 * matrix or the probe results change. Created while its component initialises: it fetches in an
 * effect of that component.
 */
export class RuleTable {
  query: RuleQuery = $state({ ...FIRST_QUERY });
  /** What is in the search box; the query follows it after a pause. */
  searchText = $state('');
  scrollTop = $state(0);
  viewportHeight = $state(560);
  /** The scrolling element, so that a new query starts at the top. */
  viewport: HTMLElement | undefined = $state();

  rows: DisplayRow[] = $state.raw([]);
  /** The index of the first row in `rows`. */
  start = $state(0);
  /** Rows of the view, group headings included. */
  total = $state(0);
  /** Rules that match the filter. */
  matched = $state(0);
  zonePairs: ZonePairOption[] = $state.raw([]);

  readonly window = $derived(rowWindow(this.scrollTop, this.viewportHeight));
  readonly spacers = $derived(spacers(this.start, this.rows.length, this.total));
  readonly columns = $derived(columnsOf(this.query.level));

  /** A newer request of this table supersedes the older one: the user scrolled or filtered on. */
  readonly #key = `rule-table-${++tables}`;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly matrix: MatrixService) {
    $effect(() => {
      const { start, end } = this.window;
      // A new matrix, or new probe results, changes the rows of the same window.
      void this.matrix.summary?.generation;
      void this.matrix.probeVersion;
      this.matrix.rows(this.query, start, end, this.#key).then((reply) => {
        this.rows = reply.rows;
        this.start = reply.start;
        this.total = reply.total;
        this.matched = reply.matched;
        this.zonePairs = reply.zonePairs;
      }, unlessSuperseded);
    });
    $effect(() => () => clearTimeout(this.#searchTimer));
  }

  /** A change of the query shows its first rows. */
  set(change: Partial<RuleQuery>): void {
    Object.assign(this.query, change);
    untrack(() => {
      if (this.viewport) this.viewport.scrollTop = 0;
      this.scrollTop = 0;
    });
  }

  search(text: string): void {
    this.searchText = text;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => this.set({ search: text }), SEARCH_DELAY_MS);
  }

  sortBy(key: SortKey): void {
    this.set(sortChange(this.query, key));
  }

  showLevel(level: RuleLevel): void {
    this.set(levelChange(level));
  }

  ariaSort(key: SortKey): 'ascending' | 'descending' | 'none' {
    return ariaSort(this.query, key);
  }
}
