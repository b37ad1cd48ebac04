import type { Checklist } from '../checklist/checklist';
import {
  headerLines,
  portText,
  zoneConfiguration,
  type AddressRef,
  type ZoneConfiguration,
} from './zone-objects';

// PAN-OS configure-mode `set` commands (PAN-OS CLI Quick Start, "set rulebase security rules"):
// address, address-group, service, service-group, then one security rule per firewall rule.

/** Object and rule names: at most 63 characters (PAN-OS 9.0 and later). */
export const PANOS_NAMING = { objectMax: 63, ruleMax: 63 } as const;
/** Commands per paste: a terminal that drops input past its buffer loses a whole batch at most. */
export const PANOS_BATCH = 50;

const list = (names: readonly string[]): string =>
  names.length === 1 ? names[0]! : `[ ${names.join(' ')} ]`;

const refNames = (refs: readonly AddressRef[]): string[] => refs.map((r) => r.name);

function commands(config: ZoneConfiguration): string[] {
  const out: string[] = [];
  for (const a of config.addresses) {
    out.push(
      a.kind === 'fqdn'
        ? `set address ${a.name} fqdn ${a.ip}`
        : `set address ${a.name} ip-netmask ${a.ip}/${a.prefix}`,
    );
  }
  for (const g of config.groups) {
    out.push(`set address-group ${g.name} static ${list(g.members.map((m) => m.name))}`);
  }
  for (const s of config.services) {
    out.push(`set service ${s.name} protocol ${s.protocol} port ${portText(s)}`);
  }
  for (const r of config.rules) {
    let service = r.services[0]!.name;
    if (r.services.length > 1) {
      service = config.objectNames.claim(`${r.rule.id}_services`);
      out.push(`set service-group ${service} members ${list(r.services.map((s) => s.name))}`);
    }
    out.push(
      [
        `set rulebase security rules ${r.name}`,
        `from ${config.zoneNames[r.sourceZone]}`,
        `to ${config.zoneNames[r.destinationZone]}`,
        `source ${list(refNames(r.sources))}`,
        `destination ${list(refNames(r.destinations))}`,
        'application any',
        `service ${service}`,
        'action allow',
        `description "${r.comment}"`,
      ].join(' '),
    );
  }
  return out;
}

export function panosCommands(checklist: Checklist): string {
  const config = zoneConfiguration(checklist, PANOS_NAMING);
  const all = commands(config);
  const batches = Math.max(1, Math.ceil(all.length / PANOS_BATCH));
  const out = headerLines(config, 'Palo Alto Networks PAN-OS', [
    config.t('firewalls.panosPaste', { size: PANOS_BATCH }),
  ]).map((l) => (l ? `# ${l}` : '#'));
  for (let b = 0; b < batches; b++) {
    out.push(
      '',
      `# ---- ${b + 1}/${batches} ----`,
      ...all.slice(b * PANOS_BATCH, (b + 1) * PANOS_BATCH),
    );
  }
  return `${out.join('\n')}\n`;
}
