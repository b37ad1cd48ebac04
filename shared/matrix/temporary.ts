import type { FeatureId } from '../catalog';
import type { TemporaryFeature } from '../plan/schema';

/** The plan's temporary features by id, with the day each one ends (YYYY-MM-DD). */
export type TemporaryUntil = ReadonlyMap<FeatureId, string>;

export const temporaryFeatures = (temporary: readonly TemporaryFeature[]): TemporaryUntil =>
  new Map(temporary.map((t) => [t.feature, t.until]));

/**
 * Until when a rule is needed, when only temporary features need it: every feature requiring it
 * is temporary, and it is needed until the last of them ends. Undefined for a lasting rule (one the
 * installation itself needs, or one a lasting feature needs).
 */
export function temporaryUntil(
  features: readonly FeatureId[],
  temporary: TemporaryUntil,
): string | undefined {
  if (features.length === 0) return undefined;
  let until = '';
  for (const f of features) {
    const day = temporary.get(f);
    if (day === undefined) return undefined;
    if (day > until) until = day;
  }
  return until;
}

/** A rule made of several host rules is temporary when each of them is, until the last ends. */
export function latestUntil(days: readonly (string | undefined)[]): string | undefined {
  let until = '';
  for (const day of days) {
    if (day === undefined) return undefined;
    if (day > until) until = day;
  }
  return until || undefined;
}
