import type { Transport } from '../../../../shared/catalog';
import { formatPortRanges } from '../../../../shared/matrix';
import { describeSource, headerComment, ruleComment, type HostScript } from './inbound';

/** Our own table: flushing it never touches anyone else's rules. */
export const NFT_TABLE = 'oe_port_planner';

const FAMILY_MATCH = { ipv4: 'ip saddr', ipv6: 'ip6 saddr' } as const;

const set = (items: readonly string[]) => `{ ${items.join(', ')} }`;

/** Planned ports per transport, minus those a source without an address needs: those stay open. */
function closablePorts(
  script: HostScript,
): Record<Transport, { closed: number[]; open: number[] }> {
  const result = {
    tcp: { closed: new Set<number>(), open: new Set<number>() },
    udp: { closed: new Set<number>(), open: new Set<number>() },
  };
  for (const r of script.rules) {
    for (const port of r.rule.portList) result[r.rule.protocol].closed.add(port);
    if (r.unaddressed.length > 0)
      for (const port of r.rule.portList) result[r.rule.protocol].open.add(port);
  }
  const split = (p: { closed: Set<number>; open: Set<number> }) => ({
    closed: [...p.closed].filter((port) => !p.open.has(port)),
    open: [...p.open],
  });
  return { tcp: split(result.tcp), udp: split(result.udp) };
}

/**
 * A complete `nft -f` file. Planned ports accept only the planned sources and drop everyone else;
 * every other port is left alone (input policy accept), so SSH and the host's other services keep
 * working. A strict line, commented out, drops the rest too.
 */
export function nftablesScript(script: HostScript): string {
  const { t } = script;
  const out = [
    '#!/usr/sbin/nft -f',
    ...headerComment(script, [
      t('scripts.nftPolicy'),
      t('scripts.nftOtherTables'),
      t('scripts.removeNft', { table: NFT_TABLE }),
    ]),
    '',
    '# Create the table if it is missing, so that deleting it never fails; then build it anew.',
    `table inet ${NFT_TABLE}`,
    `delete table inet ${NFT_TABLE}`,
    '',
    `table inet ${NFT_TABLE} {`,
    '\tchain input {',
    '\t\ttype filter hook input priority filter; policy accept;',
    '\t\tct state established,related accept',
    '\t\tiif lo accept',
  ];
  if (script.rules.length === 0) out.push('', `\t\t# ${t('scripts.noRules')}`);
  for (const r of script.rules) {
    const { rule } = r;
    out.push('', ...ruleComment(r, t).map((l) => `\t\t# ${l}`));
    for (const s of r.unaddressed) {
      out.push(`\t\t# ${t('scripts.noAddress', { name: s.name, address: s.address })}`);
    }
    for (const family of ['ipv4', 'ipv6'] as const) {
      const sources = r.addresses.filter((a) => a.family === family);
      if (sources.length === 0) continue;
      out.push(
        `\t\t# ${sources.map((a) => describeSource(a.endpoint)).join(', ')}`,
        `\t\t${FAMILY_MATCH[family]} ${set([...new Set(sources.map((a) => a.address))])} ${rule.protocol} dport ${set(rule.ports.split(','))} accept`,
      );
    }
  }
  const ports = closablePorts(script);
  if (script.rules.length > 0)
    out.push('', '\t\t# Planned ports: every source not accepted above is dropped.');
  for (const protocol of ['tcp', 'udp'] as const) {
    const { closed, open } = ports[protocol];
    if (closed.length > 0) {
      out.push(`\t\t${protocol} dport ${set(formatPortRanges(closed).split(','))} drop`);
    }
    if (open.length > 0) {
      out.push(
        `\t\t# ${t('scripts.openToAll', { ports: `${formatPortRanges(open)}/${protocol}` })}`,
      );
    }
  }
  out.push(
    '',
    '\t\t# Every other port: left to the rest of the ruleset. SSH and DHCP replies stay open.',
    '\t\ttcp dport 22 accept',
    '\t\tudp dport { 68, 546 } accept',
    `\t\t# ${t('scripts.nftStrict')}`,
    '\t\t# meta l4proto { tcp, udp } drop',
    '\t}',
    '}',
  );
  return `${out.join('\n')}\n`;
}
