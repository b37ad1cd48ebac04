import { z } from 'zod';
import { NONCE } from '../probes/banner';

/** What `campaign` writes beside the playbook, so an import knows the campaign's plan, nonce and hosts. */
export const CampaignManifest = z.strictObject({
  kind: z.literal('oe-port-planner/campaign'),
  version: z.literal(1),
  planName: z.string(),
  planFingerprint: z.string(),
  nonce: z.string().regex(NONCE),
  createdAt: z.string().datetime(),
  /** The hosts that probe: each should send back one report. */
  probers: z.array(z.string()),
  /** The hosts a responder runs on. */
  responders: z.array(z.string()),
  /** Client groups: no host of the campaign probes from them. */
  clientGroups: z.array(z.string()).default([]),
});
export type CampaignManifest = z.output<typeof CampaignManifest>;

export const MANIFEST_FILE = 'campaign.json';
export const REPORTS_FOLDER = 'reports';
