import ipaddr from 'ipaddr.js';
import type { IssueParams } from '../i18n';

// Address syntax a firewall accepts: dotted-quad IPv4, IPv6, CIDR networks, RFC 1123 host names.

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;

/** An RFC 1123 host name; one trailing dot (a fully qualified name's root) is allowed. */
export function isHostname(value: string): boolean {
  const name = value.endsWith('.') ? value.slice(0, -1) : value;
  if (name.length > 253 || /^[\d.]+$/.test(name)) return false;
  return name.split('.').every((label) => LABEL.test(label));
}

export function isIpAddress(value: string): boolean {
  return (
    ipaddr.IPv4.isValidFourPartDecimal(value) || (value.includes(':') && ipaddr.IPv6.isValid(value))
  );
}

/** An address that fails names its issue: code and values for the texts in shared/i18n. */
export type CidrCheck =
  | { ok: true }
  | { ok: false; code: 'cidr-invalid' | 'cidr-host-bits' | 'address-invalid'; params: IssueParams };

export function checkCidr(value: string): CidrCheck {
  const [address = '', prefix = '', ...rest] = value.split('/');
  const bad = { ok: false as const, code: 'cidr-invalid' as const, params: { value } };
  if (rest.length > 0 || !isIpAddress(address) || !/^\d{1,3}$/.test(prefix)) return bad;
  let parsed: [ipaddr.IPv4 | ipaddr.IPv6, number];
  try {
    // Parse by family: ipaddr.parseCIDR tries IPv6 first, which is slow for IPv4 networks.
    parsed = address.includes(':') ? ipaddr.IPv6.parseCIDR(value) : ipaddr.IPv4.parseCIDR(value);
  } catch {
    return bad;
  }
  const [ip, bits] = parsed;
  const network =
    ip.kind() === 'ipv4'
      ? ipaddr.IPv4.networkAddressFromCIDR(value)
      : ipaddr.IPv6.networkAddressFromCIDR(value);
  if (network.toString() !== ip.toString()) {
    return {
      ok: false,
      code: 'cidr-host-bits',
      params: { value, network: `${network.toString()}/${bits}` },
    };
  }
  return { ok: true };
}

export function isCidr(value: string): boolean {
  return value.includes('/');
}

/** Where traffic may come from or go to: one host (IP or name) or a network (CIDR). */
export function checkEndpointAddress(value: string): CidrCheck {
  if (isCidr(value)) return checkCidr(value);
  if (isIpAddress(value) || isHostname(value)) return { ok: true };
  return { ok: false, code: 'address-invalid', params: { value } };
}

type Ip = ipaddr.IPv4 | ipaddr.IPv6;

/** An IP address as one family: an IPv4-mapped IPv6 address (::ffff:10.0.0.1) is its IPv4 address. */
function parseIp(value: string): Ip | undefined {
  if (!isIpAddress(value)) return undefined;
  // By family, as checkCidr does: ipaddr.process tries IPv6 first, which is slow for IPv4.
  if (!value.includes(':')) return ipaddr.IPv4.parse(value);
  const ip = ipaddr.IPv6.parse(value);
  return ip.isIPv4MappedAddress() ? ip.toIPv4Address() : ip;
}

/** An address or network as a range: its network address and prefix length; undefined for a name. */
export function parseRange(value: string): [Ip, number] | undefined {
  if (!isCidr(value)) {
    const ip = parseIp(value);
    return ip && [ip, ip.kind() === 'ipv4' ? 32 : 128];
  }
  if (!checkCidr(value).ok) return undefined;
  const [ip, bits] = value.includes(':')
    ? ipaddr.IPv6.parseCIDR(value)
    : ipaddr.IPv4.parseCIDR(value);
  // A mapped IPv6 network (::ffff:10.0.0.0/120) is the IPv4 network it maps.
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96) {
    return [(ip as ipaddr.IPv6).toIPv4Address(), bits - 96];
  }
  return [ip, bits];
}

/**
 * The one spelling of an address that two spellings of it share, to compare them: IPv6 in RFC 5952
 * form, an IPv4-mapped IPv6 address as IPv4, a network by its canonical address and prefix, a
 * host name in lower case without a trailing dot.
 */
export function canonicalAddress(value: string): string {
  const range = parseRange(value.trim());
  if (range) {
    const [ip, bits] = range;
    const text = ip.kind() === 'ipv6' ? (ip as ipaddr.IPv6).toRFC5952String() : ip.toString();
    return isCidr(value) ? `${text}/${bits}` : text;
  }
  return value.trim().toLowerCase().replace(/\.$/, '');
}

/** Does network `outer` hold all of `inner` (an address or network)? Both as parseRange gives them. */
export function rangeContains(outer: [Ip, number], inner: [Ip, number]): boolean {
  return (
    outer[0].kind() === inner[0].kind() &&
    outer[1] <= inner[1] &&
    inner[0].match(outer as [ipaddr.IPv4, number] & [ipaddr.IPv6, number])
  );
}

/** How many addresses an entry covers: 1 for an address or a name, 2^(bits) for a network. */
export function addressCount(value: string): bigint {
  const range = isCidr(value) ? parseRange(value) : undefined;
  if (!range) return 1n;
  const [ip, bits] = range;
  return 1n << BigInt((ip.kind() === 'ipv4' ? 32 : 128) - bits);
}
