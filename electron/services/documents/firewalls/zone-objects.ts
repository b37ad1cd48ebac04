import type { TFunction } from 'i18next';
import { ZONES, type Transport, type Zone } from '../../../../shared/catalog';
import { DEFAULT_ZONE_NAMES } from '../../../../shared/export';
import { purposeText, translator } from '../../../../shared/i18n';
import type { EndpointRef } from '../../../../shared/matrix';
import { isCidr, isIpAddress } from '../../../../shared/plan/addresses';
import { APP_VERSION, PRODUCT_NAME } from '../../app-version';
import type { Checklist, ChecklistRule } from '../checklist/checklist';
import { oneLine } from '../scripts/inbound';

// What every zone firewall format is made of: the plan's firewall rules as objects with names a
// vendor accepts (addresses, groups, services), its zones under the customer's names, and the
// header. Each vendor's file (panos.ts, fortigate.ts, asa.ts, checkpoint.ts) only writes them.

/** A vendor's rules for names: how long, and which names it keeps for itself. */
export interface NamingRules {
  /** Objects: addresses, groups, services. */
  objectMax: number;
  /** Security rules or policies. */
  ruleMax: number;
}

/** Names that mean something to one of the vendors' parsers ("any" in a rule, "host" in ASA). */
const RESERVED = new Set([
  'any',
  'all',
  'none',
  'host',
  'object',
  'object-group',
  'interface',
  'range',
  'eq',
  'default',
  'application-default',
  'service-http',
  'service-https',
]);

/**
 * Letters, digits, "_", "-" and "." only, starting with a letter: every vendor takes these
 * unquoted, and no shell, CSV or CLI parser reads anything into them. Umlauts become their ASCII
 * spelling ("Müller" → "Mueller"), anything else a "_".
 */
export function safeName(text: string): string {
  const ascii = text
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const name = ascii.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^[_.-]+|[_.-]+$/g, '');
  if (name === '') return 'obj';
  return /^[A-Za-z]/.test(name) ? name : `obj_${name}`;
}

/** Unique names in one namespace, each cut to the vendor's limit; a collision takes a suffix "_2". */
export class Namespace {
  readonly #taken = new Set<string>();
  constructor(readonly max: number) {}

  /**
   * A new name from any text: safe, at most `max` characters, not yet taken (case-insensitively).
   * A tail (an address) is kept whole where it fits: the text before it is what gets shortened.
   */
  claim(text: string, tail = ''): string {
    const end = tail ? `_${safeName(tail).replace(/^obj_/, '')}`.slice(0, this.max - 8) : '';
    const cut = (head: string, room: number) =>
      safeName(head)
        .slice(0, Math.max(1, room))
        .replace(/[_.-]+$/, '');
    const base = cut(text, this.max - end.length) + end;
    let name = base;
    for (let n = 2; this.#taken.has(name.toLowerCase()) || RESERVED.has(name.toLowerCase()); n++) {
      const suffix = `_${n}`;
      name = cut(text, this.max - end.length - suffix.length) + end + suffix;
    }
    this.#taken.add(name.toLowerCase());
    return name;
  }

  has(name: string): boolean {
    return this.#taken.has(name.toLowerCase());
  }
}

export type AddressFamily = 'ipv4' | 'ipv6';

/** One address of the plan: a host (IP), a network (CIDR) or a name the firewall resolves (FQDN). */
export interface AddressObject {
  name: string;
  kind: 'host' | 'network' | 'fqdn';
  /** undefined for a name. */
  family?: AddressFamily;
  /** The IP address, the network address, or the name. */
  ip: string;
  /** Prefix length: 32 or 128 for a host. */
  prefix: number;
  /** As the plan writes it. */
  address: string;
  /** The plan's host or group it belongs to, for a comment. */
  label: string;
}

/** A plan group (client group, printer network) with several addresses. */
export interface AddressGroup {
  name: string;
  members: AddressObject[];
  label: string;
}

export type AddressRef = AddressObject | AddressGroup;
export const isGroup = (ref: AddressRef): ref is AddressGroup => 'members' in ref;

/** One port or one range of ports of one transport. */
export interface ServiceObject {
  name: string;
  protocol: Transport;
  from: number;
  to: number;
}

/** "515" or "8300-8302", as PAN-OS, FortiGate and Check Point write a port range. */
export const portText = (s: ServiceObject): string =>
  s.from === s.to ? String(s.from) : `${s.from}-${s.to}`;

export interface ZoneRule {
  rule: ChecklistRule;
  /** The rule's name on the firewall: its id first, then its purpose, cut to the vendor's limit. */
  name: string;
  sourceZone: Zone;
  destinationZone: Zone;
  sources: AddressRef[];
  destinations: AddressRef[];
  services: ServiceObject[];
  /** One line: the rule id, the purpose in the export's language, and the evidence. */
  comment: string;
}

export interface ZoneConfiguration {
  checklist: Checklist;
  t: TFunction;
  zoneNames: Record<Zone, string>;
  /** In order of first use. */
  addresses: AddressObject[];
  groups: AddressGroup[];
  services: ServiceObject[];
  rules: ZoneRule[];
  /** Every object's name so far: a vendor claims the names of its own extra objects here. */
  objectNames: Namespace;
}

function familyOf(ip: string): AddressFamily {
  return ip.includes(':') ? 'ipv6' : 'ipv4';
}

function addressObject(endpoint: EndpointRef, name: string, label: string): AddressObject {
  const { address } = endpoint;
  if (isCidr(address)) {
    const [ip = '', prefix = ''] = address.split('/');
    return {
      name,
      kind: 'network',
      family: familyOf(ip),
      ip,
      prefix: Number(prefix),
      address,
      label,
    };
  }
  if (isIpAddress(address)) {
    const family = familyOf(address);
    return {
      name,
      kind: 'host',
      family,
      ip: address,
      prefix: family === 'ipv4' ? 32 : 128,
      address,
      label,
    };
  }
  return { name, kind: 'fqdn', ip: address, prefix: 0, address, label };
}

/** The plan host or group an endpoint belongs to: its key without the address a group adds. */
const groupKey = (e: EndpointRef): string =>
  e.key.endsWith(`:${e.address}`) ? e.key.slice(0, -(e.address.length + 1)) : e.key;

/** Contiguous runs of a sorted port list. */
function portRuns(ports: readonly number[]): [number, number][] {
  const sorted = [...new Set(ports)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const port of sorted) {
    const last = runs.at(-1);
    if (last && port === last[1] + 1) last[1] = port;
    else runs.push([port, port]);
  }
  return runs;
}

/** The configuration every vendor writes: the plan's firewall rules, named by the vendor's rules. */
export function zoneConfiguration(checklist: Checklist, naming: NamingRules): ZoneConfiguration {
  const t = translator(checklist.locale);
  const zoneNames = Object.fromEntries(
    ZONES.map((z) => [z, checklist.plan.zoneNames[z] ?? DEFAULT_ZONE_NAMES[z]]),
  ) as Record<Zone, string>;
  const objectNames = new Namespace(naming.objectMax);
  const ruleNames = new Namespace(naming.ruleMax);
  const rules = checklist.rules.firewall;

  // Every endpoint of every rule, grouped by the plan host or group it belongs to.
  const members = new Map<string, Map<string, EndpointRef>>();
  for (const rule of rules) {
    for (const e of [...rule.from, ...rule.to]) {
      let group = members.get(groupKey(e));
      if (!group) members.set(groupKey(e), (group = new Map()));
      group.set(e.key, e);
    }
  }

  const addresses: AddressObject[] = [];
  const groups: AddressGroup[] = [];
  const byEndpoint = new Map<string, AddressObject>();
  const groupOf = new Map<string, AddressGroup>();
  for (const [key, endpoints] of members) {
    const list = [...endpoints.values()];
    const label = list[0]!.name;
    const objects = list.map((e) => {
      const name =
        list.length === 1 ? objectNames.claim(e.name) : objectNames.claim(e.name, e.address);
      const object = addressObject(e, name, label);
      byEndpoint.set(e.key, object);
      addresses.push(object);
      return object;
    });
    if (objects.length > 1) {
      const group = { name: objectNames.claim(`${label}_group`), members: objects, label };
      groups.push(group);
      groupOf.set(key, group);
    }
  }

  /** A side of a rule: a group where all its addresses are there, its addresses otherwise. */
  const side = (endpoints: readonly EndpointRef[]): AddressRef[] => {
    const refs: AddressRef[] = [];
    const seen = new Set<string>();
    const present = new Set(endpoints.map((e) => byEndpoint.get(e.key)!));
    const whole = new Map<AddressGroup, boolean>();
    for (const e of endpoints) {
      const group = groupOf.get(groupKey(e));
      let complete = false;
      if (group) {
        complete = whole.get(group) ?? group.members.every((m) => present.has(m));
        whole.set(group, complete);
      }
      const ref = complete ? group! : byEndpoint.get(e.key)!;
      if (!seen.has(ref.name)) refs.push(ref);
      seen.add(ref.name);
    }
    return refs;
  };

  const services = new Map<string, ServiceObject>();
  const zoneRules = rules.map((rule): ZoneRule => {
    const ruleServices = portRuns(rule.portList).map(([from, to]) => {
      const key = `${rule.protocol}:${from}-${to}`;
      let service = services.get(key);
      if (!service) {
        const name = objectNames.claim(`${rule.protocol}-${from === to ? from : `${from}-${to}`}`);
        services.set(key, (service = { name, protocol: rule.protocol, from, to }));
      }
      return service;
    });
    const purpose = purposeText(checklist.locale, rule.purpose);
    return {
      rule,
      // Named in English whatever the export's language: a rule keeps its name on the firewall.
      name: ruleNames.claim(`${rule.id}_${rule.purpose}`),
      sourceZone: rule.from[0]!.zone,
      destinationZone: rule.to[0]!.zone,
      sources: side(rule.from),
      destinations: side(rule.to),
      services: ruleServices,
      comment: commentText(`${rule.id}: ${purpose} (${t('columns.evidence')}: ${rule.evidence})`),
    };
  });

  return {
    checklist,
    t,
    zoneNames,
    addresses,
    groups,
    services: [...services.values()],
    rules: zoneRules,
    objectNames,
  };
}

/**
 * Free text inside a quoted CLI argument or a comment line: one line, no quote or backslash that
 * could end the argument, no "?" (the vendors' CLIs answer it with help), printable ASCII only.
 */
export function commentText(text: string, max = 1000): string {
  return safeAscii(oneLine(text))
    .replace(/["\\?`$]/g, "'")
    .replace(/[^\x20-\x7e]/g, '_')
    .slice(0, max)
    .trim();
}

function safeAscii(text: string): string {
  return text
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .replace(/[„“”]/g, "'")
    .replace(/[‘’]/g, "'")
    .replace(/[–—]/g, '-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** The opening comment of every format, one line each, without the vendor's comment mark. */
export function headerLines(
  config: ZoneConfiguration,
  vendor: string,
  notes: readonly string[],
): string[] {
  const { checklist, t } = config;
  const { project, change } = checklist.plan;
  const zones = [...new Set(config.rules.flatMap((r) => [r.sourceZone, r.destinationZone]))]
    .sort((a, b) => ZONES.indexOf(a) - ZONES.indexOf(b))
    .map((z) => `${z} = ${config.zoneNames[z]}`);
  return [
    t('firewalls.title', { vendor }),
    t('firewalls.plan', { name: project.name }),
    ...(project.customer ? [t('firewalls.customer', { customer: project.customer })] : []),
    ...(change.ticket ? [t('firewalls.ticket', { ticket: change.ticket })] : []),
    t('firewalls.revision', { revision: checklist.revision }),
    t('firewalls.generated', {
      date: checklist.generatedAt.toISOString(),
      tool: PRODUCT_NAME,
      version: APP_VERSION,
    }),
    '',
    t('firewalls.review'),
    ...notes,
    ...(zones.length > 0
      ? [t('firewalls.zones', { zones: zones.join(', ') })]
      : [t('firewalls.noRules')]),
    t('firewalls.counts', {
      rules: config.rules.length,
      addresses: config.addresses.length,
      services: config.services.length,
    }),
  ].map(headerText);
}

/**
 * A comment line keeps the reader's language (umlauts included), but stays one line and holds no
 * "?": the vendors' CLIs answer a "?" with help even in a pasted comment.
 */
export const headerText = (line: string): string =>
  oneLine(line)
    .replace(/[?\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .slice(0, 400)
    .trimEnd();
