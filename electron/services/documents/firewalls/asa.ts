import type { Zone } from '../../../../shared/catalog';
import type { Checklist } from '../checklist/checklist';
import { ipv4Mask } from './fortigate';
import {
  commentText,
  headerLines,
  isGroup,
  zoneConfiguration,
  type AddressObject,
  type AddressRef,
  type ServiceObject,
  type ZoneConfiguration,
} from './zone-objects';

// Cisco ASA (CLI configuration guide, "object network", "object-group network", "access-list
// extended"): objects and object groups share one namespace, so every name here is claimed in one
// Namespace; one access list per source zone, bound by the customer to its interface.

/** Object and object-group names: at most 64 characters; we stay at 63 like the others. */
export const ASA_NAMING = { objectMax: 63, ruleMax: 63 } as const;

function objectLines(a: AddressObject): string[] {
  const description = a.label === a.name ? [] : [` description ${commentText(a.label, 200)}`];
  if (a.kind === 'fqdn') return [`object network ${a.name}`, ` fqdn ${a.ip}`, ...description];
  const value =
    a.family === 'ipv6'
      ? a.kind === 'host'
        ? ` host ${a.ip}`
        : ` subnet ${a.ip}/${a.prefix}`
      : a.kind === 'host'
        ? ` host ${a.ip}`
        : ` subnet ${a.ip} ${ipv4Mask(a.prefix)}`;
  return [`object network ${a.name}`, value, ...description];
}

const member = (r: AddressRef): string =>
  isGroup(r) ? ` group-object ${r.name}` : ` network-object object ${r.name}`;
const single = (r: AddressRef): string =>
  isGroup(r) ? `object-group ${r.name}` : `object ${r.name}`;
const port = (s: ServiceObject): string =>
  s.from === s.to ? `eq ${s.from}` : `range ${s.from} ${s.to}`;

function body(config: ZoneConfiguration): string[] {
  const out: string[] = [];
  for (const a of config.addresses) out.push(...objectLines(a));
  for (const g of config.groups) {
    out.push(
      `object-group network ${g.name}`,
      ` description ${commentText(g.label, 200)}`,
      ...g.members.map((m) => ` network-object object ${m.name}`),
    );
  }

  const aclOf = new Map<Zone, string>();
  const acl = (zone: Zone): string => {
    let name = aclOf.get(zone);
    if (!name) aclOf.set(zone, (name = config.objectNames.claim(`${config.zoneNames[zone]}_in`)));
    return name;
  };
  const entries: string[] = [];
  for (const r of config.rules) {
    const side = (refs: readonly AddressRef[], tag: string): string => {
      if (refs.length === 1) return single(refs[0]!);
      const name = config.objectNames.claim(`${r.rule.id}_${tag}`);
      out.push(`object-group network ${name}`, ...refs.map(member));
      return `object-group ${name}`;
    };
    const source = side(r.sources, 'src');
    const destination = side(r.destinations, 'dst');
    let service = port(r.services[0]!);
    if (r.services.length > 1) {
      const name = config.objectNames.claim(`${r.rule.id}_services`);
      out.push(
        `object-group service ${name} ${r.rule.protocol}`,
        ...r.services.map((s) => ` port-object ${port(s)}`),
      );
      service = `object-group ${name}`;
    }
    const list = acl(r.sourceZone);
    entries.push(
      `access-list ${list} remark ${r.comment.slice(0, 100)}`,
      `access-list ${list} extended permit ${r.rule.protocol} ${source} ${destination} ${service}`,
    );
  }
  out.push(...entries);
  if (aclOf.size > 0) out.push('!', `! ${commentText(config.t('firewalls.asaAccessGroups'))}`);
  for (const [zone, name] of aclOf) {
    out.push(`! access-group ${name} in interface <${config.zoneNames[zone]}>`);
  }
  return out;
}

export function asaCommands(checklist: Checklist): string {
  const config = zoneConfiguration(checklist, ASA_NAMING);
  const lines = body(config);
  const header = headerLines(config, 'Cisco ASA', [config.t('firewalls.asaPaste')]).map((l) =>
    l ? `! ${l}` : '!',
  );
  return `${[...header, '!', ...lines].join('\n')}\n`;
}
