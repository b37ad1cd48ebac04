import type { Zone } from '../catalog';
import type { FormatOf } from './documents';

/** The zone firewall configurations: made from the firewall rules whatever level is asked for. */
export const ZONE_FIREWALL_FORMATS = [
  'panos',
  'fortigate',
  'asa',
  'checkpoint',
] as const satisfies readonly FormatOf<'checklist'>[];
export type ZoneFirewallFormat = (typeof ZONE_FIREWALL_FORMATS)[number];
export const isZoneFirewallFormat = (format: string): format is ZoneFirewallFormat =>
  (ZONE_FIREWALL_FORMATS as readonly string[]).includes(format);

/** The zones' names on a zone firewall where the plan gives none of its own (plan.zoneNames). */
export const DEFAULT_ZONE_NAMES: Readonly<Record<Zone, string>> = {
  clients: 'oe_clients',
  'oe-nodes': 'oe_nodes',
  management: 'oe_management',
  islands: 'oe_islands',
  printers: 'oe_printers',
  external: 'oe_external',
};
