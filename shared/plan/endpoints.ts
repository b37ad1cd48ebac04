import type { PrinterProtocol, Role, Zone } from '../catalog';
import { isCidr } from './addresses';
import type { Host, Placement, Plan, PrinterNetwork } from './schema';

/** A concrete source or destination of traffic: one host, or one address/network of a group. */
export interface Endpoint {
  /** Unique within a plan; the same host has the same key in every role it plays. */
  key: string;
  name: string;
  /** IP address, CIDR network, or host name where no address is known. */
  address: string;
  zone: Zone;
  kind: 'host' | 'network';
  /** The island site it belongs to, if any: island flows stay inside their site. */
  site?: string;
  protocols?: readonly PrinterProtocol[];
}

export function hostAddress(host: Host): string {
  return host.address || host.fqdn || host.name;
}

function hostEndpoint(host: Host, zone: Zone, site?: string): Endpoint {
  return {
    key: `host:${host.name}`,
    name: host.name,
    address: hostAddress(host),
    zone,
    kind: 'host',
    site,
  };
}

function addressEndpoints(
  prefix: string,
  groupName: string,
  list: readonly string[],
  zone: Zone,
  extra: Partial<Endpoint> = {},
): Endpoint[] {
  return list.map((address) => ({
    key: `${prefix}:${groupName}:${address}`,
    name: groupName,
    address,
    zone,
    kind: isCidr(address) ? 'network' : 'host',
    ...extra,
  }));
}

function printerEndpoints(
  networks: readonly PrinterNetwork[],
  zone: Zone,
  site?: string,
): Endpoint[] {
  return networks.flatMap((net) =>
    addressEndpoints(site ? `island-printers:${site}` : 'printers', net.name, net.addresses, zone, {
      site,
      protocols: net.protocols,
    }),
  );
}

function placed(plan: Plan, placement: Placement): Endpoint[] {
  switch (placement.on) {
    case 'oe-nodes':
      return plan.nodes.map((n) => hostEndpoint(n, 'oe-nodes'));
    case 'management-server':
      return plan.managementServer ? [hostEndpoint(plan.managementServer, 'management')] : [];
    case 'dedicated':
      return placement.hosts.map((h) => hostEndpoint(h, 'management'));
  }
}

/** The hosts and networks that play a role in a plan. */
export function endpointsOf(plan: Plan, role: Role): Endpoint[] {
  switch (role) {
    case 'oe-node':
      return plan.nodes.map((n) => hostEndpoint(n, 'oe-nodes'));
    case 'management-server':
      return plan.managementServer ? [hostEndpoint(plan.managementServer, 'management')] : [];
    case 'load-balancer':
      return plan.loadBalancer ? [hostEndpoint(plan.loadBalancer, 'oe-nodes')] : [];
    case 'sapwin-server':
      return plan.sapwinServer ? [hostEndpoint(plan.sapwinServer, 'management')] : [];
    case 'elasticsearch':
    case 'kibana':
      return placed(plan, plan.placement.elastic);
    case 'mongodb':
      return placed(plan, plan.placement.mongodb);
    case 'keycloak':
      return placed(plan, plan.placement.keycloak);
    case 'printers':
      return printerEndpoints(plan.printerNetworks, 'printers');
    case 'island-checkout':
      return plan.islandSites.flatMap((s) =>
        s.checkoutHosts.map((h) => hostEndpoint(h, 'islands', s.name)),
      );
    case 'island-printers':
      return plan.islandSites.flatMap((s) =>
        printerEndpoints(s.printerNetworks, 'islands', s.name),
      );
    case 'prometheus':
    case 'dpf':
    case 'sap':
    case 'identity-provider':
      return plan.externalSystems
        .filter((e) => e.kind === role)
        .map((e) => hostEndpoint(e, 'external'));
    default:
      return plan.clientGroups
        .filter((g) => g.kind === role)
        .flatMap((g) => addressEndpoints('client', g.name, g.addresses, 'clients'));
  }
}
