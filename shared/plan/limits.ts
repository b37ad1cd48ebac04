import { planIssue, type PlanIssue } from './issues';

/**
 * How big a plan may be, and why (docs/plan-format.md, "Limits"). The vendor names no upper bound
 * for a cluster; these are the sizes the matrix benchmark (test/bench, "large plan") computes in a
 * few seconds and a few hundred megabytes, so that no plan file can make any face run out of memory.
 */
export const PLAN_LIMITS = {
  /** The large benchmark plan's 63 nodes; real clusters have 3, 5 or 7. */
  nodes: 63,
  clientGroups: 1000,
  printerNetworks: 2000,
  islandSites: 500,
  /** Per island site: its checkout hosts and its printer networks. */
  checkoutHosts: 20,
  islandPrinterNetworks: 200,
  externalSystems: 100,
  /** Dedicated hosts of one component (Elastic, MongoDB, Keycloak). */
  placementHosts: 63,
  /** Addresses of one client group or printer network. */
  addresses: 1000,
  features: 100,
  /**
   * The rules a plan may expand to, counted before rules that several flows need are merged: the
   * large benchmark plan counts 718,232 (its matrix holds 651,326).
   */
  hostRules: 800_000,
  /** Rules with a change status (a status sheet at host level for a plan of many sites). */
  statuses: 50_000,
} as const;

/** A plan document (file, stored plan, HTTP body) is at most this many characters of JSON. */
export const MAX_DOCUMENT_CHARS = 16 * 1024 * 1024;
/** A plan nests six levels (islandSites[].printerNetworks[].addresses[]); more is no plan. */
export const MAX_DEPTH = 16;
/** Objects, lists and values in one document: far above the largest plan the limits allow. */
export const MAX_VALUES = 500_000;

export type DocumentShape = { ok: true } | { ok: false; issue: PlanIssue };

/**
 * Depth and size of an arbitrary value, without recursion (a value nested 100,000 levels deep
 * must not overflow the stack): the first container past MAX_DEPTH, or the count past MAX_VALUES.
 */
export function checkDocumentShape(input: unknown): DocumentShape {
  const stack: { value: unknown; depth: number; path: string }[] = [
    { value: input, depth: 0, path: '' },
  ];
  let values = 0;
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    if (++values > MAX_VALUES) {
      return {
        ok: false,
        issue: planIssue('error', '', 'document-too-large', { maximum: MAX_VALUES }),
      };
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) {
      return {
        ok: false,
        issue: planIssue('error', path, 'too-deep', { maximum: MAX_DEPTH }),
      };
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], depth: depth + 1, path: `${path}[${i}]` });
      }
    } else {
      for (const key of Object.keys(value)) {
        const child = (value as Record<string, unknown>)[key];
        stack.push({ value: child, depth: depth + 1, path: path ? `${path}.${key}` : key });
      }
    }
  }
  return { ok: true };
}
