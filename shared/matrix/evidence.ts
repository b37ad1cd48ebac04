import { EVIDENCE_LEVELS, type Evidence } from '../catalog';

// EVIDENCE_LEVELS runs from strongest (seed) to weakest (inferred).
const rank = (e: Evidence) => EVIDENCE_LEVELS.indexOf(e);

export const strongest = (a: Evidence, b: Evidence): Evidence => (rank(a) <= rank(b) ? a : b);
export const weakest = (a: Evidence, b: Evidence): Evidence => (rank(a) >= rank(b) ? a : b);
