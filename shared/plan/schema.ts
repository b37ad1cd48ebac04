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
import { checkEndpointAddress, isHostname, isIpAddress } from './addresses';
import { isSupportedVersion, NEWEST_VERSION, OLDEST_VERSION } from './versions';

export const SCHEMA_VERSION = 1;

/** Every custom check carries a hint: how to fix it. */
const hint = (fix: string) => ({ params: { fix } });

const name = z
  .string()
  .trim()
  .min(1, { message: 'is empty', ...hint('give it a name') })
  .max(80, { message: 'is longer than 80 characters', ...hint('shorten it') });

const text = z.string().trim().max(200).default('');

export const Port = z
  .number({ message: 'is not a number' })
  .int({ message: 'is not a whole number' })
  .min(1, { message: 'is below 1', ...hint('ports run from 1 to 65535') })
  .max(65535, { message: 'is above 65535', ...hint('ports run from 1 to 65535') });

export const HostSchema = z.strictObject({
  name,
  fqdn: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || isHostname(v), {
      message: 'is not a valid host name',
      ...hint('use letters, digits and hyphens in dot-separated labels, like oe1.example.com'),
    }),
  address: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || isIpAddress(v), {
      message: 'is not a valid IPv4 or IPv6 address',
      ...hint('write it like 10.1.2.3 or 2001:db8::10'),
    }),
});

const endpointAddress = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const check = checkEndpointAddress(value);
    if (!check.ok)
      ctx.addIssue({ code: 'custom', message: check.problem, params: { fix: check.fix } });
  });

const addresses = z
  .array(endpointAddress)
  .min(1, { message: 'has no address', ...hint('add at least one host address or CIDR network') });

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
  protocols: z
    .array(z.enum(PRINTER_PROTOCOLS))
    .min(1, { message: 'has no printer protocol', ...hint('choose at least one, e.g. socket') }),
});

export const IslandSiteSchema = z.strictObject({
  name,
  checkoutHosts: z.array(HostSchema).min(1, {
    message: 'has no island checkout host',
    ...hint('add the host that runs the island checkout'),
  }),
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
    .regex(/^\d\d$/, {
      message: 'is not a two-digit SAP system number',
      ...hint('write it like 00 or 42'),
    })
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
    .refine(isSupportedVersion, {
      message: `is not a product version from ${OLDEST_VERSION} to ${NEWEST_VERSION.replace('.99', '.x')}`,
      ...hint('write it like 7.2.0'),
    }),
  os: z.enum(['linux', 'windows']),
});

export const PlanSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION, {
    message: `is not ${SCHEMA_VERSION}`,
    ...hint('this plan was written by another version of the planner; export it again from there'),
  }),
  project: ProjectSchema,
  installation: z.enum(INSTALLATION_TYPES),
  nodes: z.array(HostSchema).min(1, { message: 'has no OE node', ...hint('add the OE server') }),
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
