/** The plan file format this planner writes. */
export const SCHEMA_VERSION = 2;
/** The oldest it reads: older plans are brought up to SCHEMA_VERSION by migrate.ts. */
export const OLDEST_SCHEMA_VERSION = 1;
