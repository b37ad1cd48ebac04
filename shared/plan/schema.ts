import { z } from 'zod';
import {
  CLIENT_KINDS,
  DEFAULT_PRINTER_PORTS,
  EXTERNAL_KINDS,
  FEATURE_IDS,
  INSTALLATION_TYPES,
  PORT_PARAMETERS,
  PRINTER_PROTOCOLS,
} from '../catalog';
import type { IssueCode, IssueParams } from '../i18n';
import { CONTROL } from './control';
import { checkEndpointAddress, isHostname, isIpAddress } from './addresses';
import { PLAN_LIMITS } from './limits';
import { isSupportedVersion, NEWEST_VERSION, OLDEST_VERSION } from './versions';

export const SCHEMA_VERSION = 1;

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

export const HostSchema = z.strictObject({
  name: name.superRefine(rfc1123),
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
  technician: text,
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
