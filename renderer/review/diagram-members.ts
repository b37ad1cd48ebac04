import type { Zone } from '../../shared/catalog';
import type { Host, Plan } from '../../shared/plan';
import { t } from '../lib/i18n.svelte';
import { MAX_LINES, type ZoneMembers } from './diagram-layout';

const hostLine = (h: Host) => (h.address || h.fqdn ? `${h.name}  ${h.address || h.fqdn}` : h.name);
const addresses = (list: readonly string[]) =>
  list.length === 1 ? list[0]! : t('ui.diagram.addresses', { count: list.length });

/** A zone's members: only the lines its box shows are written (a large plan has thousands). */
function members<T>(zone: Zone, list: readonly T[], line: (member: T) => string): ZoneMembers {
  return { zone, lines: list.slice(0, MAX_LINES).map(line), count: list.length };
}

/** What each zone box lists: the plan's hosts and networks, one line each. */
export function zoneMembers(plan: Plan): ZoneMembers[] {
  const management: string[] = [];
  if (plan.managementServer) management.push(hostLine(plan.managementServer));
  for (const [component, placement] of Object.entries(plan.placement)) {
    if (placement.on !== 'dedicated') continue;
    for (const host of placement.hosts) {
      const line = `${hostLine(host)}  (${t(`ui.components.${component as 'elastic'}`)})`;
      if (!management.includes(line)) management.push(line);
    }
  }
  return [
    members('clients', plan.clientGroups, (g) => `${g.name}  ${addresses(g.addresses)}`),
    {
      zone: 'oe-nodes',
      lines: [
        ...plan.nodes.map(hostLine),
        ...(plan.loadBalancer
          ? [`${hostLine(plan.loadBalancer)}  (${t('ui.diagram.loadBalancer')})`]
          : []),
      ],
    },
    { zone: 'management', lines: management },
    members(
      'islands',
      plan.islandSites,
      (s) =>
        `${s.name}: ${s.checkoutHosts.map((h) => h.name).join(', ')}${
          s.printerNetworks.length
            ? ` + ${t('ui.diagram.printerNetworks', { count: s.printerNetworks.length })}`
            : ''
        }`,
    ),
    members(
      'printers',
      plan.printerNetworks,
      (n) => `${n.name}  ${addresses(n.addresses)}  ${n.protocols.join('/')}`,
    ),
    members(
      'external',
      plan.externalSystems,
      (e) => `${hostLine(e)}  (${t(`ui.externalKinds.${e.kind}`)})`,
    ),
  ];
}
