import type { Transport } from '../catalog/model';

// The one line the responder sends and the prober recognises, e.g.
// OEPP/1 plan=Output%20cluster%20Frankfurt host=oe2 port=2119/tcp seen=192.0.2.11
// and, from a campaign's responder, its nonce: ... seen=192.0.2.11 nonce=k3V9x2QpLm7ZtR4a
// Values are percent-encoded, so a banner is one line of printable ASCII whatever the names hold.

export const BANNER_PREFIX = 'OEPP/1';

/** A banner is at most this long (the prober stops reading there). */
export const MAX_BANNER_BYTES = 1024;

/** A UDP probe is this big; the responder answers only datagrams at least as big as its banner. */
export const UDP_PROBE_BYTES = 1200;

/** Names are cut to this many encoded characters, so a banner always fits in one UDP answer. */
const MAX_FIELD = 240;

export interface Banner {
  plan: string;
  host: string;
  port: number;
  protocol: Transport;
  /** The source address the responder saw. */
  seen: string;
  /** The campaign the responder was started for; probes of that campaign accept only it. */
  nonce?: string;
}

/** A campaign's nonce: letters, digits, - and _, 8 to 64 of them (fits a banner unencoded). */
export const NONCE = /^[A-Za-z0-9_-]{8,64}$/;

/** A name as the banner carries it: encoded and cut to MAX_FIELD without splitting a character. */
function field(value: string): string {
  let encoded = encodeURIComponent(value);
  let chars = [...value];
  while (encoded.length > MAX_FIELD) {
    chars = chars.slice(0, -1);
    encoded = encodeURIComponent(chars.join(''));
  }
  return encoded;
}

/** An address as both sides compare it: IPv4-mapped IPv6 unwrapped, lower case, no zone. */
export function normalizeAddress(address: string): string {
  const plain = address.toLowerCase().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
  return mapped ? mapped[1]! : plain;
}

export function formatBanner(banner: Banner): string {
  return `${BANNER_PREFIX} plan=${field(banner.plan)} host=${field(banner.host)} port=${banner.port}/${banner.protocol} seen=${field(normalizeAddress(banner.seen))}${banner.nonce ? ` nonce=${banner.nonce}` : ''}\n`;
}

const LINE =
  /^OEPP\/1 plan=([!-~]{1,240}) host=([!-~]{1,240}) port=(\d{1,5})\/(tcp|udp) seen=([!-~]{1,240})(?: nonce=([A-Za-z0-9_-]{8,64}))?$/;

/** The banner in a probe's answer, or undefined when the answer is not one of ours. */
export function parseBanner(text: string): Banner | undefined {
  const match = LINE.exec(text.replace(/\r?\n$/, ''));
  if (!match) return undefined;
  try {
    const port = Number(match[3]);
    if (port < 1 || port > 65535) return undefined;
    return {
      plan: decodeURIComponent(match[1]!),
      host: decodeURIComponent(match[2]!),
      port,
      protocol: match[4] as Transport,
      seen: decodeURIComponent(match[5]!),
      ...(match[6] ? { nonce: match[6] } : {}),
    };
  } catch {
    return undefined; // malformed percent-encoding: not ours
  }
}

/**
 * Does the banner come from the responder the prober expected (same plan, host, port, and the
 * campaign's nonce when the prober has one)?
 */
export function bannerMatches(
  banner: Banner,
  expected: { plan: string; host: string; port: number; protocol: Transport; nonce?: string },
): boolean {
  return (
    (expected.nonce === undefined || banner.nonce === expected.nonce) &&
    field(banner.plan) === field(expected.plan) &&
    field(banner.host).toLowerCase() === field(expected.host).toLowerCase() &&
    banner.port === expected.port &&
    banner.protocol === expected.protocol
  );
}
