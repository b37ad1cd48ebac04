import semver from 'semver';

/** The product versions the catalog describes. */
export const OLDEST_VERSION = '5.0.0';
export const NEWEST_VERSION = '7.2.99';

export function isSupportedVersion(version: string): boolean {
  return (
    semver.valid(version) !== null &&
    semver.gte(version, OLDEST_VERSION) &&
    semver.lte(version, NEWEST_VERSION)
  );
}

/** true when `version` has what appeared in `since` (no `since`: always). */
export function hasVersion(version: string, since: string | undefined): boolean {
  return since === undefined || semver.gte(version, since);
}
