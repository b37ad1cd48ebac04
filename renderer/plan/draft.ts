import type { PlanDocument } from '../../shared/api/contract';
import {
  migratePlanDocument,
  ParametersSchema,
  SCHEMA_VERSION,
  type Plan,
} from '../../shared/plan';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v : []);
const defaultParameters = () => ParametersSchema.parse({});

function placement(value: unknown) {
  const p = isRecord(value) ? value : {};
  return { ...p, on: p.on ?? 'oe-nodes', hosts: list(p.hosts) };
}

/**
 * A placement the technician has not chosen stays absent, so that the plan gets the vendor's
 * default (vendorPlacement), which follows the installation type and the management server.
 */
function chosenPlacement(value: unknown) {
  return value === undefined ? undefined : placement(value);
}

function printerNetwork(value: Record<string, unknown>) {
  return { ...value, addresses: list(value.addresses), protocols: list(value.protocols) };
}

const withoutAbsent = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));

/**
 * The document as the wizard edits it: every container the forms bind to is present, defaults that
 * the schema would fill in are filled in, except the placements of the Elastic Stack and Keycloak:
 * their default depends on the rest of the plan, so an unchosen one stays absent (the forms treat
 * `placement.elastic` and `placement.keycloak` as optional). Values are kept as they are, wrong ones too, so that
 * validation names them next to their field instead of them silently disappearing.
 */
const contact = (value: unknown) => ({
  name: '',
  email: '',
  phone: '',
  ...(isRecord(value) ? value : {}),
});

export function toDraft(document: PlanDocument): Plan {
  // Takes the document over (it arrives fresh from the API): copying a large plan costs a frame.
  // A plan of an older schema version is edited as the current version has it.
  const d = migratePlanDocument(document) as PlanDocument;
  const project = isRecord(d.project) ? d.project : {};
  const placements = isRecord(d.placement) ? d.placement : {};
  const parameters = isRecord(d.parameters) ? d.parameters : {};
  const change = isRecord(d.change) ? d.change : {};
  const defaults = defaultParameters();
  const draft = {
    ...d,
    schemaVersion: d.schemaVersion ?? SCHEMA_VERSION,
    project: { name: '', customer: '', site: '', productVersion: '', ...project },
    installation: d.installation ?? 'single',
    nodes: list(d.nodes),
    placement: withoutAbsent({
      ...placements,
      elastic: chosenPlacement(placements.elastic),
      mongodb: placement(placements.mongodb),
      keycloak: chosenPlacement(placements.keycloak),
    }),
    clientGroups: list(d.clientGroups).map((g) => ({ ...g, addresses: list(g.addresses) })),
    printerNetworks: list(d.printerNetworks).map(printerNetwork),
    islandSites: list(d.islandSites).map((s) => ({
      ...s,
      checkoutHosts: list(s.checkoutHosts),
      printerNetworks: list(s.printerNetworks).map(printerNetwork),
    })),
    externalSystems: list(d.externalSystems),
    parameters: {
      ...defaults,
      ...parameters,
      printerPorts: {
        ...defaults.printerPorts,
        ...(isRecord(parameters.printerPorts) ? parameters.printerPorts : {}),
      },
    },
    features: list(d.features),
    change: {
      ticket: '',
      ...change,
      technician: contact(change.technician),
      networkContact: contact(change.networkContact),
    },
    temporary: list(d.temporary),
    statuses: isRecord(d.statuses) ? d.statuses : {},
    zoneNames: isRecord(d.zoneNames) ? d.zoneNames : {},
  };
  // The forms treat it as a Plan; what does not fit the schema is reported by validatePlan.
  return draft as unknown as Plan;
}

/** A name not yet used in a list: "Client group 3". */
export function nextName(prefix: string, taken: readonly { name?: unknown }[]): string {
  const names = new Set(taken.map((t) => String(t.name ?? '').toLowerCase()));
  for (let i = taken.length + 1; ; i++) {
    const name = `${prefix}${i}`;
    if (!names.has(name.toLowerCase())) return name;
  }
}

/** Addresses pasted or typed in one box: one per line, or separated by commas, semicolons or spaces. */
export function parseAddressList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((a) => a.trim())
    .filter((a) => a.length > 0);
}
