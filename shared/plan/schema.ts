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
import { checkEndpointAddress, isHostname, isIpAddress } from './addresses';
import { isSupportedVersion, NEWEST_VERSION, OLDEST_VERSION } from './versions';

export const SCHEMA_VERSION = 1;

/** A check names its issue code as the message; fromZod turns it into texts (shared/i18n). */
const issue = (code: IssueCode, params?: IssueParams) => ({ message: code, params });

const name = z.string().trim().min(1, issue('name-empty')).max(80);

const text = z.string().trim().max(200).default('');

export const Port = z
  .number()
  .int()
  .min(1, issue('port-too-low'))
  .max(65535, issue('port-too-high'));

export const HostSchema = z.strictObject({
  name,
  fqdn: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || isHostname(v), issue('host-name-invalid')),
  address: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || isIpAddress(v), issue('ip-address-invalid')),
});

const endpointAddress = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const check = checkEndpointAddress(value);
    if (!check.ok) ctx.addIssue({ code: 'custom', ...issue(check.code, check.params) });
  });

const addresses = z.array(endpointAddress).min(1, issue('addresses-empty'));

export const PlacementSchema = z.strictObject({
  on: z.enum(['oe-nodes', 'management-server', 'dedicated']),
  hosts: z.array(HostSchema).default([]),
});

export const ClientGroupSchema = z.strictObject({
  name,
  kind: z.enum(CLIENT_KINDS),
  addresses,
});

export const PrinterNetworkSchema = z.strictObject({
  name,
  addresses,
  protocols: z.array(z.enum(PRINTER_PROTOCOLS)).min(1, issue('protocols-empty')),
});

export const IslandSiteSchema = z.strictObject({
  name,
  checkoutHosts: z.array(HostSchema).min(1, issue('checkout-hosts-empty')),
  printerNetworks: z.array(PrinterNetworkSchema).default([]),
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
    .refine(
      isSupportedVersion,
      issue('product-version', {
        oldest: OLDEST_VERSION,
        newest: NEWEST_VERSION.replace('.99', '.x'),
      }),
    ),
  os: z.enum(['linux', 'windows']),
});

export const PlanSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  project: ProjectSchema,
  installation: z.enum(INSTALLATION_TYPES),
  nodes: z.array(HostSchema).min(1, issue('nodes-empty')),
  managementServer: HostSchema.optional(),
  placement: z
    .object({
      elastic: PlacementSchema.prefault({ on: 'oe-nodes' }),
      mongodb: PlacementSchema.prefault({ on: 'oe-nodes' }),
      keycloak: PlacementSchema.prefault({ on: 'oe-nodes' }),
    })
    .prefault({}),
  loadBalancer: HostSchema.optional(),
  clientGroups: z.array(ClientGroupSchema).default([]),
  printerNetworks: z.array(PrinterNetworkSchema).default([]),
  islandSites: z.array(IslandSiteSchema).default([]),
  externalSystems: z.array(ExternalSystemSchema).default([]),
  parameters: ParametersSchema.prefault({}),
  features: z.array(z.enum(FEATURE_IDS)).default([]),
});

export type Plan = z.output<typeof PlanSchema>;
export type PlanInput = z.input<typeof PlanSchema>;
export type Host = z.output<typeof HostSchema>;
export type Placement = z.output<typeof PlacementSchema>;
export type ClientGroup = z.output<typeof ClientGroupSchema>;
export type PrinterNetwork = z.output<typeof PrinterNetworkSchema>;
export type IslandSite = z.output<typeof IslandSiteSchema>;
export type ExternalSystem = z.output<typeof ExternalSystemSchema>;
export type PlanParameters = z.output<typeof ParametersSchema>;
