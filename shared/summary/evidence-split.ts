import type { Evidence } from '../catalog';

/** Documented (vendor port list or other vendor docs) against inferred: counts and whole percents. */
export interface EvidenceSplit {
  documented: number;
  inferred: number;
  /** Whole percent of host rules; the two add up to 100 (0 and 0 without rules). */
  documentedPercent: number;
  inferredPercent: number;
}

export function evidenceSplit(byEvidence: Record<Evidence, number>): EvidenceSplit {
  const documented = byEvidence.seed + byEvidence.docs;
  const inferred = byEvidence.inferred;
  const total = documented + inferred;
  const documentedPercent = total === 0 ? 0 : Math.round((documented / total) * 100);
  return {
    documented,
    inferred,
    documentedPercent,
    inferredPercent: total === 0 ? 0 : 100 - documentedPercent,
  };
}
