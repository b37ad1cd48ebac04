import { CATALOG } from '../../shared/catalog';

/** The vendor's sentences, verbatim, behind each purpose a claim quotes them for. */
const QUOTES = new Map<string, string>(
  CATALOG.flatMap((row) =>
    row.flows.flatMap((f): [string, string][] => (f.quote ? [[f.purpose, f.quote]] : [])),
  ),
);

/** The vendor's words a rule rests on (its purposes joined by "; "), each once. */
export const vendorQuotes = (purpose: string): string[] => [
  ...new Set(purpose.split('; ').flatMap((p) => QUOTES.get(p) ?? [])),
];
