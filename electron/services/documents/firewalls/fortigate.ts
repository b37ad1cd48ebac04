import type { Checklist } from '../checklist/checklist';
import {
  commentText,
  headerLines,
  isGroup,
  portText,
  zoneConfiguration,
  type AddressObject,
  type AddressRef,
  type ZoneConfiguration,
} from './zone-objects';

// FortiOS CLI (CLI Reference, "config firewall address", "addrgrp", "service custom", "policy"):
// IPv4 and IPv6 addresses in their own tables, one policy per firewall rule from zone to zone.

/** FortiOS: policy names at most 35 characters, object names at most 63 (older releases' limits). */
export const FORTIGATE_NAMING = { objectMax: 63, ruleMax: 35 } as const;

const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(' ');

/** A name has no family; it goes with the IPv4 addresses, as FortiOS keeps FQDN objects there. */
const isV6 = (a: AddressObject): boolean => a.family === 'ipv6';

/** A group of one family is a group; a mixed one is written as its members. */
function expand(refs: readonly AddressRef[]): AddressObject[] | AddressRef[] {
  return refs.flatMap((r) =>
    isGroup(r) && new Set(r.members.map(isV6)).size > 1 ? r.members : [r],
  );
}
const refIsV6 = (r: AddressRef): boolean => (isGroup(r) ? isV6(r.members[0]!) : isV6(r));

function block(out: string[], table: string, entries: readonly [string, string[]][]): void {
  if (entries.length === 0) return;
  out.push(`config ${table}`);
  for (const [name, settings] of entries) {
    out.push(`    edit "${name}"`, ...settings.map((s) => `        ${s}`), '    next');
  }
  out.push('end');
}

function addressSettings(a: AddressObject): string[] {
  if (a.kind === 'fqdn') return ['set type fqdn', `set fqdn "${a.ip}"`];
  if (isV6(a)) return [`set ip6 ${a.ip}/${a.prefix}`];
  return [`set subnet ${a.ip} ${ipv4Mask(a.prefix)}`];
}

export function ipv4Mask(prefix: number): string {
  const bits = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return [24, 16, 8, 0].map((shift) => (bits >>> shift) & 0xff).join('.');
}

function body(config: ZoneConfiguration): string[] {
  const out: string[] = [];
  const addresses = (v6: boolean) =>
    config.addresses
      .filter((a) => isV6(a) === v6)
      .map((a): [string, string[]] => [
        a.name,
        [
          ...addressSettings(a),
          ...(a.label === a.name ? [] : [`set comment "${commentText(a.label, 255)}"`]),
        ],
      ]);
  block(out, 'firewall address', addresses(false));
  block(out, 'firewall address6', addresses(true));
  const groups = (v6: boolean) =>
    config.groups
      .filter((g) => new Set(g.members.map(isV6)).size === 1 && isV6(g.members[0]!) === v6)
      .map((g): [string, string[]] => [
        g.name,
        [`set member ${quoted(g.members.map((m) => m.name))}`],
      ]);
  block(out, 'firewall addrgrp', groups(false));
  block(out, 'firewall addrgrp6', groups(true));
  block(
    out,
    'firewall service custom',
    config.services.map((s) => [s.name, [`set ${s.protocol}-portrange ${portText(s)}`]]),
  );
  const serviceGroups: [string, string[]][] = [];
  const serviceOf = new Map<string, string>();
  for (const r of config.rules) {
    if (r.services.length === 1) continue;
    const name = config.objectNames.claim(`${r.rule.id}_services`);
    serviceOf.set(r.rule.id, name);
    serviceGroups.push([name, [`set member ${quoted(r.services.map((s) => s.name))}`]]);
  }
  block(out, 'firewall service group', serviceGroups);

  out.push('config firewall policy');
  for (const r of config.rules) {
    const sources = expand(r.sources);
    const destinations = expand(r.destinations);
    const v4 = (refs: readonly AddressRef[]) => refs.filter((x) => !refIsV6(x)).map((x) => x.name);
    const v6 = (refs: readonly AddressRef[]) => refs.filter(refIsV6).map((x) => x.name);
    const settings = [
      `set name "${r.name}"`,
      `set srcintf "${config.zoneNames[r.sourceZone]}"`,
      `set dstintf "${config.zoneNames[r.destinationZone]}"`,
      ...(v4(sources).length > 0 ? [`set srcaddr ${quoted(v4(sources))}`] : []),
      ...(v4(destinations).length > 0 ? [`set dstaddr ${quoted(v4(destinations))}`] : []),
      ...(v6(sources).length > 0 ? [`set srcaddr6 ${quoted(v6(sources))}`] : []),
      ...(v6(destinations).length > 0 ? [`set dstaddr6 ${quoted(v6(destinations))}`] : []),
      'set action accept',
      'set schedule "always"',
      `set service "${serviceOf.get(r.rule.id) ?? r.services[0]!.name}"`,
      'set logtraffic all',
      `set comments "${r.comment}"`,
    ];
    // edit 0: FortiOS gives a new policy the next free id, so no existing policy is overwritten.
    out.push('    edit 0', ...settings.map((s) => `        ${s}`), '    next');
  }
  out.push('end');
  return out;
}

export function fortigateCommands(checklist: Checklist): string {
  const config = zoneConfiguration(checklist, FORTIGATE_NAMING);
  const lines = body(config);
  const header = headerLines(config, 'Fortinet FortiGate (FortiOS)', [
    config.t('firewalls.fortigatePaste'),
  ]).map((l) => (l ? `# ${l}` : '#'));
  return `${[...header, '', ...(config.rules.length > 0 ? lines : [])].join('\n')}\n`;
}
