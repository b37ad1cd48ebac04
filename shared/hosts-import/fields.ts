/** What a spreadsheet column can hold for the plan (the plan remembers the mapping by these). */
export const IMPORT_FIELDS = ['name', 'address', 'protocol', 'port', 'site'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
