import type { Evidence, FeatureId, Role, Transport, Zone } from '../catalog';

/** What a connection carries and why: the facts a flow and its host rules share. */
export interface Connection {
  port: number;
  protocol: Transport;
  service: string;
  appProtocol: string;
  purpose: string;
  /**
   * Features that switch it on in the plan ([]: needed by the installation itself); switching
   * them off removes it.
   */
  features: FeatureId[];
  /** How well the vendor backs it; of a merged host rule, the strongest of its claims. */
  evidence: Evidence;
  /** Source URLs. */
  sources: string[];
}

/** Role to role: who connects to whom, on which port, and why. */
export interface Flow extends Connection {
  id: string;
  from: Role;
  to: Role;
  catalogId: string;
  note?: string;
  /** The vendor's own words the claim rests on, verbatim. */
  quote?: string;
}

/** One concrete source to one concrete destination host or network. */
export interface HostRule extends Connection {
  /** Stable across edits that keep the endpoints: probe results are keyed by it. */
  id: string;
  source: string;
  sourceName: string;
  sourceZone: Zone;
  sourceKey: string;
  destination: string;
  destinationName: string;
  destinationZone: Zone;
  destinationKey: string;
  catalogIds: string[];
}

export interface EndpointRef {
  key: string;
  name: string;
  address: string;
  zone: Zone;
}

/** Host rules merged the way a network team writes them. */
export interface FirewallRule {
  /** FW-001…: its place in the list, for people (it moves when rules before it come or go). */
  id: string;
  /**
   * What it is: a hash of its host rules' ids, the same in every revision that has exactly these
   * host rules. Change statuses and status sheets are matched by it (`fw:` + key).
   */
  key: string;
  /** The one zone of all its sources and the one zone of all its destinations. */
  sourceZone: Zone;
  destinationZone: Zone;
  from: EndpointRef[];
  to: EndpointRef[];
  protocol: Transport;
  /** Ports with contiguous runs as ranges, e.g. "2118-2119,8080-8082". */
  ports: string;
  portList: number[];
  services: string[];
  purpose: string;
  /** Features that require some of its host rules. */
  features: FeatureId[];
  /** The weakest evidence among its host rules: one inferred pair makes the rule worth a question. */
  evidence: Evidence;
  sources: string[];
  hostRuleIds: string[];
}

export interface ZoneCell {
  sourceZone: Zone;
  destinationZone: Zone;
  /** e.g. ["443/tcp", "1898-1899/tcp", "53/udp"] */
  ports: string[];
  ruleCount: number;
}

export interface ZoneGrid {
  zones: Zone[];
  cells: ZoneCell[];
}

export interface Matrix {
  flows: Flow[];
  hostRules: HostRule[];
  firewallRules: FirewallRule[];
  zoneGrid: ZoneGrid;
}

export const LEVELS = ['flows', 'hosts', 'firewall', 'zones'] as const;
export type Level = (typeof LEVELS)[number];
