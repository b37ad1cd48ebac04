import type { TFunction } from 'i18next';
import { translator } from '../../../../shared/i18n';
import type { EndpointRef } from '../../../../shared/matrix';
import { isCidr, isIpAddress } from '../../../../shared/plan/addresses';
import type { Checklist, ChecklistRule } from '../checklist/checklist';
import { planHosts, type TopologyEntry } from '../checklist/plan-topology';

export type AddressFamily = 'ipv4' | 'ipv6';

export interface SourceAddress {
  address: string;
  family: AddressFamily;
  endpoint: EndpointRef;
}

/** One firewall rule as a host sees it: who may come in, on which ports. */
export interface InboundRule {
  rule: ChecklistRule;
  addresses: SourceAddress[];
  /** Sources known only by name: a firewall needs an address, so the script says so instead. */
  unaddressed: EndpointRef[];
}

export interface HostScript {
  host: TopologyEntry;
  rules: InboundRule[];
  t: TFunction;
  /** The comment block every script opens with, one line per entry. */
  header: string[];
}

/** Comments and quoted strings hold one line: a line break in a plan name must not end them. */
export const oneLine = (text: string): string => text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');

function familyOf(address: string): AddressFamily | undefined {
  const ip = isCidr(address) ? address.split('/')[0]! : address;
  if (!isIpAddress(ip)) return undefined;
  return ip.includes(':') ? 'ipv6' : 'ipv4';
}

function inboundRules(checklist: Checklist, host: TopologyEntry): InboundRule[] {
  return checklist.rules.firewall
    .filter((rule) => rule.to.some((e) => e.key === host.key))
    .map((rule) => {
      // A host's traffic to itself never reaches its firewall; the merged rule may still list it.
      const sources = rule.from.filter((e) => e.key !== host.key);
      const addresses: SourceAddress[] = [];
      const unaddressed: EndpointRef[] = [];
      for (const endpoint of sources) {
        const family = familyOf(endpoint.address);
        if (family) addresses.push({ address: endpoint.address, family, endpoint });
        else unaddressed.push(endpoint);
      }
      return { rule, addresses, unaddressed };
    })
    .filter((r) => r.addresses.length + r.unaddressed.length > 0);
}

function header(checklist: Checklist, host: TopologyEntry, t: TFunction): string[] {
  const { project } = checklist.plan;
  return [
    t('scripts.title', { host: host.name, address: host.addresses.join(', ') }),
    t('scripts.plan', { name: project.name }),
    ...(project.customer ? [t('scripts.customer', { customer: project.customer })] : []),
    t('scripts.revision', { revision: checklist.revision }),
    t('scripts.generated', { date: checklist.generatedAt.toISOString() }),
    '',
    t('scripts.scope'),
    t('scripts.rerun'),
    t('scripts.review'),
  ].map(oneLine);
}

/** A script's opening comment: the header, then what the reader of this format must know. */
export const headerComment = (script: HostScript, notes: readonly string[]): string[] =>
  [...script.header, ...notes].map((line) => (line ? `# ${line}` : '#'));

/** What every script format writes for one host: its inbound rules and the header. */
export function hostScripts(checklist: Checklist, hostName?: string): HostScript[] {
  const t = translator(checklist.locale);
  const hosts = planHosts(checklist.plan).filter(
    (h) => hostName === undefined || h.name === hostName,
  );
  return hosts.map((host) => ({
    host,
    rules: inboundRules(checklist, host),
    t,
    header: header(checklist, host, t),
  }));
}

/** The comment lines that tell where a rule comes from: id, ports, purpose, evidence, sources. */
export function ruleComment(r: InboundRule, t: TFunction): string[] {
  const { rule } = r;
  return [
    `${rule.id}  ${rule.ports}/${rule.protocol}  ${rule.purpose}  [${t('columns.evidence')}: ${rule.evidence}]`,
    ...rule.sources.map((url) => `  ${url}`),
  ].map(oneLine);
}

/** "Office PCs (192.0.2.0/25)": for the comments next to addresses. */
export const describeSource = (s: EndpointRef): string => oneLine(`${s.name} (${s.address})`);

/** The description a firewall stores with a rule: purpose, evidence, source URLs. */
export const ruleDescription = (rule: ChecklistRule, t: TFunction): string =>
  oneLine(`${rule.purpose}. ${t('columns.evidence')}: ${rule.evidence}. ${rule.sources.join(' ')}`);
