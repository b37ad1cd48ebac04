import { z } from 'zod';
import { LOCALES } from '../i18n/profiles';
import { channel } from './channel';
import type { RenderedExportFile } from './export-channels';
import { PlanId } from './ids';

// The Probes step's "Verify from every host": a campaign's reports, from a folder or a zip the
// renderer has read, imported at once.

/** What importing a campaign did: how many reports and results, and the coverage per rule. */
export interface CampaignImportSummary {
  nonce: string;
  reports: number;
  /** Results stored: the newest per rule and source host. */
  imported: number;
  /** Rules a campaign host is the source of, and what their newest probe found. */
  rules: number;
  verified: number;
  blocked: number;
  other: number;
  notRun: number;
  /** Hosts that should have probed and sent no report. */
  hostsNotRun: string[];
}

/** All of a campaign's files together stay within what one report may be. */
const MAX_CAMPAIGN_CHARS = 10_000_000;

export const CAMPAIGN_CHANNELS = {
  /**
   * The campaign of the stored plan as one zip (the folder `oe-ports campaign` writes: inventory,
   * playbook, README, the plan with its library id, the single-file command line, campaign.json).
   */
  'probes.writeCampaign': channel<RenderedExportFile>()(
    z.strictObject({
      id: PlanId,
      locale: z.enum(LOCALES),
      ttlMinutes: z.number().int().min(1).max(1440).default(30),
    }),
  ),
  /** campaign.json and the reports of a campaign folder (or zip): stored together, or none. */
  'probes.importCampaign': channel<CampaignImportSummary>()(
    z.strictObject({
      id: PlanId,
      files: z
        .array(z.strictObject({ name: z.string().max(255), content: z.string() }))
        .min(1, { message: 'is empty: choose the campaign folder or a zip of it' })
        .max(1000)
        .refine(
          (files) => files.reduce((sum, f) => sum + f.content.length, 0) <= MAX_CAMPAIGN_CHARS,
          { message: 'is larger than 10 MB together: import the reports folder of one campaign' },
        ),
    }),
  ),
} as const;
