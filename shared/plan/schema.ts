import { z } from 'zod';
import {
  CLIENT_KINDS,
  DEFAULT_PRINTER_PORTS,
  EXTERNAL_KINDS,
  FEATURE_IDS,
  INSTALLATION_TYPES,
  PORT_PARAMETERS,
  PRINTER_PROTOCOLS,
  ZONES,
} from '../catalog';
import type { IssueCode, IssueParams } from '../i18n';
import { CONTROL } from './control';
import { IMPORT_FIELDS } from '../hosts-import/fields';
import { checkEndpointAddress, isHostname, isIpAddress } from './addresses';
import { PLAN_LIMITS } from './limits';
import { OLDEST_SCHEMA_VERSION, SCHEMA_VERSION } from './schema-version';
import { isSupportedVersion, NEWEST_VERSION, OLDEST_VERSION } from './versions';

export { OLDEST_SCHEMA_VERSION, SCHEMA_VERSION };

/** A check names its issue code as the message; fromZod turns it into texts (shared/i18n). */
const issue = (code: IssueCode, params?: IssueParams) => ({ message: code, params });

const oneLine = (value: string, ctx: z.RefinementCtx) => {
  const found = CONTROL.exec(value);
  if (!found) return;
  const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  ctx.addIssue({
    code: 'custom',
    ...issue('control-character', { character: `U+${code}`, position: found.index + 1 }),
  });
};

const name = z.string().trim().min(1, issue('name-empty')).max(80).superRefine(oneLine);

const text = z.string().trim().max(200).superRefine(oneLine).default('');

/** A list of at most `maximum` entries (shared/plan/limits.ts says why). */
const list = <T extends z.ZodType>(item: T, maximum: number) =>
  z.array(item).max(maximum, issue('too-many'));

export const Port = z
  .number()
  .int()
  .min(1, issue('port-too-low'))
  .max(65535, issue('port-too-high'));

/** A host's name and FQDN are what DNS and a firewall take: RFC 1123 host names. */
const rfc1123 = (value: string, ctx: z.RefinementCtx) => {
  if (value && !CONTROL.test(value) && !isHostname(value)) {
    ctx.addIssue({ code: 'custom', ...issue('host-name-invalid', { value }) });
  }
};

/** What a host runs: how a campaign reaches it (SSH or WinRM). */
export const HOST_SYSTEMS = ['linux', 'windows'] as const;

export const HostSchema = z.strictObject({
  name: name.superRefine(rfc1123),
  /** Absent: the OE servers' operating system for OE servers, Linux for every other host. */
  os: z.enum(HOST_SYSTEMS).optional(),
  fqdn: z.string().trim().max(253).superRefine(rfc1123).optional(),
  address: z
    .string()
    .trim()
    .max(100)
    .optional()
    .refine((v) => !v || isIpAddress(v), issue('ip-address-invalid')),
});

const endpointAddress = z
  .string()
  .trim()
  .max(100)
  .superRefine((value, ctx) => {
    const check = checkEndpointAddress(value);
    if (!check.ok) ctx.addIssue({ code: 'custom', ...issue(check.code, check.params) });
  });

const addresses = list(endpointAddress, PLAN_LIMITS.addresses).min(1, issue('addresses-empty'));

export const PlacementSchema = z.strictObject({
  on: z.enum(['oe-nodes', 'management-server', 'dedicated']),
  hosts: list(HostSchema, PLAN_LIMITS.placementHosts).default([]),
});

export const ClientGroupSchema = z.strictObject({
  name,
  kind: z.enum(CLIENT_KINDS),
  addresses,
});

export const PrinterNetworkSchema = z.strictObject({
  name,
  addresses,
  protocols: list(z.enum(PRINTER_PROTOCOLS), PRINTER_PROTOCOLS.length * 4).min(
    1,
    issue('protocols-empty'),
  ),
});

export const IslandSiteSchema = z.strictObject({
  name,
  checkoutHosts: list(HostSchema, PLAN_LIMITS.checkoutHosts).min(1, issue('checkout-hosts-empty')),
  printerNetworks: list(PrinterNetworkSchema, PLAN_LIMITS.islandPrinterNetworks).default([]),
});

export const ExternalSystemSchema = HostSchema.extend({ kind: z.enum(EXTERNAL_KINDS) });

const printerPorts = Object.fromEntries(
  PRINTER_PROTOCOLS.map((p) => [p, Port.default(DEFAULT_PRINTER_PORTS[p])]),
) as { [P in (typeof PRINTER_PROTOCOLS)[number]]: z.ZodDefault<typeof Port> };

export const ParametersSchema = z.strictObject({
  dpfApiPort: Port.default(PORT_PARAMETERS.dpfApiPort.default),
  dpfCallbackPort: Port.default(PORT_PARAMETERS.dpfCallbackPort.default),
  sapSystemNumber: z
    .string()
    .regex(/^\d\d$/, issue('sap-system-number'))
    .default('00'),
  sapSnc: z.boolean().default(false),
  identityProviderPort: Port.default(PORT_PARAMETERS.identityProviderPort.default),
  printerPorts: z.strictObject(printerPorts).prefault({}),
});

export const ProjectSchema = z.strictObject({
  name,
  customer: text,
  site: text,
  productVersion: z
    .string()
    .trim()
    .max(40)
    .refine(
      isSupportedVersion,
      issue('product-version', {
        oldest: OLDEST_VERSION,
        newest: NEWEST_VERSION.replace('.99', '.x'),
      }),
    ),
  os: z.enum(['linux', 'windows']),
});

/** A calendar day, YYYY-MM-DD (a change's requested date, a temporary rule's expiry). */
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const day = z.string().trim().regex(DAY, issue('date-invalid'));

/** Someone the network team can reach about the change. */
export const ContactSchema = z.strictObject({
  name: text,
  email: z
    .string()
    .trim()
    .max(200)
    .refine((v) => v === '' || /^[^\s@]+@[^\s@]+$/.test(v), issue('email-invalid'))
    .default(''),
  phone: z
    .string()
    .trim()
    .max(40)
    .refine((v) => v === '' || /^\+?[0-9 ()/.-]+$/.test(v), issue('phone-invalid'))
    .default(''),
});

/** The change the network team works on: who asks, who answers, which ticket, by when. */
export const ChangeSchema = z.strictObject({
  /** The change or ticket number in the customer's change tool. */
  ticket: text,
  /** YYYY-MM-DD, or empty while nobody has asked for a date. */
  requestedDate: z
    .string()
    .trim()
    .refine((v) => v === '' || DAY.test(v), issue('date-invalid'))
    .default(''),
  technician: ContactSchema.prefault({}),
  networkContact: ContactSchema.prefault({}),
});

/** A feature whose rules are only needed for a while (installation or test), and until when. */
export const TemporaryFeatureSchema = z.strictObject({
  feature: z.enum(FEATURE_IDS),
  reason: z.enum(['installation', 'test']),
  until: day,
});

/** Where a rule stands in the network team's change process. */
export const RULE_STATUSES = ['requested', 'approved', 'rejected', 'opened', 'verified'] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

export const RuleStatusSchema = z.strictObject({
  status: z.enum(RULE_STATUSES),
  /** Who set it (the approver's name, or the importing technician). */
  by: text,
  /** When, as an ISO 8601 date or date-time. */
  at: z.string().trim().max(40).default(''),
  /** Why a rule was rejected; a comment otherwise. */
  reason: text,
});

/** A spreadsheet column's heading as an import mapping names it. */
const heading = z.string().trim().min(1).max(100).superRefine(oneLine);

/** A firewall zone's name as the customer's firewall knows it: letters, digits, - _ . */
const zoneName = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]{0,30}$/, issue('zone-name-invalid'));

const VENDOR_PLACEMENT =
  'Default: on the management server in a cluster that has one (the vendor recommends it), otherwise on the OE nodes.';

/**
 * Where the Elastic Stack and SEAL Keycloak go when the plan does not say: the vendor installs the
 * log data modules on the management server and recommends Keycloak there too (installation
 * requirements); a cluster has one (cluster overview). Elsewhere, as before, on the OE nodes.
 */
export function vendorPlacement(plan: { installation: string; managementServer?: unknown }): {
  on: 'oe-nodes' | 'management-server';
  hosts: [];
} {
  return {
    on: plan.installation === 'cluster' && plan.managementServer ? 'management-server' : 'oe-nodes',
    hosts: [],
  };
}

export const PlanSchema = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    project: ProjectSchema,
    installation: z.enum(INSTALLATION_TYPES),
    nodes: list(HostSchema, PLAN_LIMITS.nodes).min(1, issue('nodes-empty')),
    managementServer: HostSchema.optional(),
    placement: z
      .object({
        elastic: PlacementSchema.optional().describe(VENDOR_PLACEMENT),
        mongodb: PlacementSchema.prefault({ on: 'oe-nodes' }),
        keycloak: PlacementSchema.optional().describe(VENDOR_PLACEMENT),
      })
      .prefault({}),
    loadBalancer: HostSchema.optional(),
    /** A separate Windows server for seal-convert-sapwin, as the vendor recommends. */
    sapwinServer: HostSchema.optional(),
    clientGroups: list(ClientGroupSchema, PLAN_LIMITS.clientGroups).default([]),
    printerNetworks: list(PrinterNetworkSchema, PLAN_LIMITS.printerNetworks).default([]),
    islandSites: list(IslandSiteSchema, PLAN_LIMITS.islandSites).default([]),
    externalSystems: list(ExternalSystemSchema, PLAN_LIMITS.externalSystems).default([]),
    parameters: ParametersSchema.prefault({}),
    features: list(z.enum(FEATURE_IDS), PLAN_LIMITS.features).default([]),
    change: ChangeSchema.prefault({}),
    temporary: list(TemporaryFeatureSchema, PLAN_LIMITS.features).default([]),
    /**
     * Each rule's change status, by rule key: a host rule's id, or `fw:` and a firewall rule's
     * key (shared/matrix, FirewallRule.key). A rule whose endpoints or ports change gets a new key,
     * so an approval never carries over to a rule nobody approved.
     */
    statuses: z
      .record(z.string().max(400), RuleStatusSchema)
      .refine((r) => Object.keys(r).length <= PLAN_LIMITS.statuses, issue('too-many'))
      .default({}),
    /** The customer's names for the plan's zones on their zone firewalls. */
    zoneNames: z.partialRecord(z.enum(ZONES), zoneName).default({}),
    /**
     * The columns the last spreadsheet import into printers or clients used, by field (name,
     * address, protocol, port, site): the column's heading, or "#3" for a file without headings.
     */
    importMappings: z
      .partialRecord(
        z.enum(['printers', 'clients']),
        z.partialRecord(z.enum(IMPORT_FIELDS), heading),
      )
      .optional(),
    /**
     * The plans library's id of this plan, written by the planner (not typed): probe reports and
     * status sheets carry it and are matched to this plan by it, never by its name.
     */
    planId: z.string().min(1).max(100).optional(),
  })
  .transform((plan) => ({
    ...plan,
    placement: {
      elastic: plan.placement.elastic ?? vendorPlacement(plan),
      mongodb: plan.placement.mongodb,
      keycloak: plan.placement.keycloak ?? vendorPlacement(plan),
    },
  }));

export type Plan = z.output<typeof PlanSchema>;
export type PlanInput = z.input<typeof PlanSchema>;
export type Host = z.output<typeof HostSchema>;
export type Placement = z.output<typeof PlacementSchema>;
export type ClientGroup = z.output<typeof ClientGroupSchema>;
export type PrinterNetwork = z.output<typeof PrinterNetworkSchema>;
export type IslandSite = z.output<typeof IslandSiteSchema>;
export type ExternalSystem = z.output<typeof ExternalSystemSchema>;
export type PlanParameters = z.output<typeof ParametersSchema>;
export type Contact = z.output<typeof ContactSchema>;
export type Change = z.output<typeof ChangeSchema>;
export type TemporaryFeature = z.output<typeof TemporaryFeatureSchema>;
export type RuleStatusEntry = z.output<typeof RuleStatusSchema>;
export type HostSystem = (typeof HOST_SYSTEMS)[number];
