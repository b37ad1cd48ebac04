import { ZONE_FIREWALL_FORMATS, type ZoneFirewallFormat } from '../../../../../shared/export';
import type { Checklist } from '../../../../../electron/services/documents/checklist/checklist';
import { ZONE_FIREWALL_RENDERERS } from '../../../../../electron/services/documents/firewalls/zone-firewalls';
import {
  parseAsa,
  parseCheckpoint,
  parseFortigate,
  parsePanos,
  unzipCheckpoint,
  type ParsedConfig,
} from './parse-configs';

export const VENDORS = ZONE_FIREWALL_FORMATS;

/** Each vendor's limits, as the vendors document them (see golden.test.ts). */
export const LIMITS: Record<ZoneFirewallFormat, { object: number; rule: number }> = {
  panos: { object: 63, rule: 63 },
  fortigate: { object: 63, rule: 35 },
  asa: { object: 64, rule: 64 },
  checkpoint: { object: 63, rule: 63 },
};

/** The file as text: the zip of Check Point as its files one after the other, each under its name. */
export async function renderText(
  format: ZoneFirewallFormat,
  checklist: Checklist,
): Promise<string> {
  const { bytes } = await ZONE_FIREWALL_RENDERERS[format](checklist);
  if (format !== 'checkpoint') return new TextDecoder().decode(bytes);
  const { files } = await unzipCheckpoint(bytes);
  return Object.entries(files)
    .map(([name, text]) => `==> ${name} <==\n${text}`)
    .join('\n');
}

export async function renderParsed(
  format: ZoneFirewallFormat,
  checklist: Checklist,
): Promise<ParsedConfig> {
  const { bytes } = await ZONE_FIREWALL_RENDERERS[format](checklist);
  const text = new TextDecoder().decode(bytes);
  switch (format) {
    case 'panos':
      return parsePanos(text);
    case 'fortigate':
      return parseFortigate(text);
    case 'asa':
      return parseAsa(text);
    case 'checkpoint':
      return parseCheckpoint(await unzipCheckpoint(bytes));
  }
}
