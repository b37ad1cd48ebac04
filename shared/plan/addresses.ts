import ipaddr from 'ipaddr.js';
import type { IssueParams } from '../i18n';

// Address syntax a firewall accepts: dotted-quad IPv4, IPv6, CIDR networks, RFC 1123 host names.

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;

export function isHostname(value: string): boolean {
  if (value.length > 253 || /^[\d.]+$/.test(value)) return false;
  return value.split('.').every((label) => LABEL.test(label));
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
