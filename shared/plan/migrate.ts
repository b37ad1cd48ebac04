import { SCHEMA_VERSION } from './schema-version';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 1 to 2: the technician's name moves from `project.technician` into the change's
 * contacts (`change.technician.name`), beside the e-mail and phone the network team asks for.
 * Everything else version 2 adds (ticket, network contact, temporary features, rule statuses, zone
 * names, a host's OS) is optional.
 */
function fromVersion1(document: Record<string, unknown>): Record<string, unknown> {
  const { technician, ...project } = isRecord(document.project)
    ? document.project
    : { technician: undefined };
  const migrated: Record<string, unknown> = { ...document, schemaVersion: 2 };
  if (isRecord(document.project)) migrated.project = project;
  if (technician !== undefined && technician !== '' && !('change' in document)) {
    migrated.change = { technician: { name: technician } };
  }
  return migrated;
}

/**
 * A plan document of an older schema version as the current version has it, or the document
 * itself (a current one, a newer one, or no plan at all: validation names what is wrong).
 */
export function migratePlanDocument(document: unknown): unknown {
  if (!isRecord(document) || document.schemaVersion === SCHEMA_VERSION) return document;
  if (document.schemaVersion === 1) return fromVersion1(document);
  return document;
}
