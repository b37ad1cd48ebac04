import { describe, expect, it } from 'vitest';
import {
  bannerMatches,
  formatBanner,
  normalizeAddress,
  parseBanner,
  UDP_PROBE_BYTES,
} from '../../../shared/probes/banner';

const banner = {
  plan: 'Output cluster Frankfurt = Müller',
  host: 'oe2',
  port: 2119,
  protocol: 'tcp' as const,
  seen: '::ffff:192.0.2.11',
};

describe('the responder banner', () => {
  it('is one line of printable ASCII that the prober reads back to the same names', () => {
    const line = formatBanner(banner);
    expect(line).toMatch(/^OEPP\/1 plan=\S+ host=oe2 port=2119\/tcp seen=192\.0\.2\.11\n$/);
    expect(line).toMatch(/^[\x20-\x7e]+\n$/);
    expect(parseBanner(line)).toEqual({ ...banner, seen: '192.0.2.11' });
  });

  it('is not recognised in other answers, so a foreign service never counts as verified', () => {
    for (const answer of [
      'HTTP/1.1 400 Bad Request',
      'SSH-2.0-OpenSSH_9.2',
      'OEPP/1 plan=x host=y port=99999/tcp seen=1.2.3.4',
      'OEPP/1 plan=%E0%A4%A host=y port=80/tcp seen=1.2.3.4',
      'OEPP/1 plan=x host=y port=80/sctp seen=1.2.3.4',
      '',
    ]) {
      expect(parseBanner(answer), answer).toBeUndefined();
    }
  });

  it('fits in one UDP answer and still matches when the names are as long as a plan allows', () => {
    const long = { ...banner, plan: '€'.repeat(80), host: 'ü'.repeat(80), seen: 'fe80::1:2:3:4' };
    const line = formatBanner(long);
    expect(Buffer.byteLength(line)).toBeLessThan(UDP_PROBE_BYTES);
    const parsed = parseBanner(line)!;
    expect(bannerMatches(parsed, long)).toBe(true);
  });

  it('matches only the expected plan, host (any case) and port', () => {
    const parsed = parseBanner(formatBanner(banner))!;
    expect(bannerMatches(parsed, { ...banner, host: 'OE2' })).toBe(true);
    expect(bannerMatches(parsed, { ...banner, host: 'oe3' })).toBe(false);
    expect(bannerMatches(parsed, { ...banner, plan: 'Another plan' })).toBe(false);
    expect(bannerMatches(parsed, { ...banner, port: 2118 })).toBe(false);
    expect(bannerMatches(parsed, { ...banner, protocol: 'udp' })).toBe(false);
  });

  it('compares addresses the way sockets report them', () => {
    expect(normalizeAddress('::FFFF:10.1.2.3')).toBe('10.1.2.3');
    expect(normalizeAddress('fe80::1%eth0')).toBe('fe80::1');
    expect(normalizeAddress('2001:DB8::1')).toBe('2001:db8::1');
  });

  it('carries a campaign’s nonce, and a probe of that campaign verifies only its own responders', () => {
    const expected = { plan: banner.plan, host: 'oe2', port: 2119, protocol: 'tcp' as const };
    const ours = parseBanner(formatBanner({ ...banner, nonce: 'k3V9x2QpLm7ZtR4a' }))!;
    expect(ours.nonce).toBe('k3V9x2QpLm7ZtR4a');
    expect(bannerMatches(ours, { ...expected, nonce: 'k3V9x2QpLm7ZtR4a' })).toBe(true);
    expect(bannerMatches(ours, { ...expected, nonce: 'an0therCampaign1' })).toBe(false);
    const plain = parseBanner(formatBanner(banner))!;
    expect(bannerMatches(plain, { ...expected, nonce: 'k3V9x2QpLm7ZtR4a' })).toBe(false);
    // A probe without a campaign accepts any of the plan's responders, as before.
    expect(bannerMatches(ours, expected)).toBe(true);
    expect(parseBanner(`${formatBanner(banner).trimEnd()} nonce=x=1+1`)).toBeUndefined();
  });
});
