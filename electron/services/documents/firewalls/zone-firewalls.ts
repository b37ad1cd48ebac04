import type { ZoneFirewallFormat } from '../../../../shared/export';
import type { Checklist } from '../checklist/checklist';
import { utf8, type RenderedBody } from '../document-file';
import { asaCommands } from './asa';
import { fortigateCommands } from './fortigate';
import { panosCommands } from './panos';

/** Each zone firewall format from the checklist's firewall rules, whatever level was asked for. */
export const ZONE_FIREWALL_RENDERERS: Record<
  ZoneFirewallFormat,
  (checklist: Checklist) => Promise<RenderedBody>
> = {
  panos: async (checklist) => utf8(panosCommands(checklist)),
  fortigate: async (checklist) => utf8(fortigateCommands(checklist)),
  asa: async (checklist) => utf8(asaCommands(checklist)),
  // Loaded on use, as the PDF and XLSX libraries are: only a Check Point export needs the zip.
  checkpoint: async (checklist) => ({
    bytes: await (await import('./checkpoint')).checkpointZip(checklist),
  }),
};
