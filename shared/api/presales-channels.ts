import { z } from 'zod';
import { LOCALES } from '../i18n';
import { channel } from './channel';
import type { SavedFile } from './saved-file';
import type { RenderedExportFile } from './export-channels';
import { PlanId } from './ids';

// The pre-sales summary of a stored plan as a one-page PDF. The summary itself is computed where the
// plan is edited (the renderer's matrix worker), from the same shared/summary.

export const PresalesRequest = z.strictObject({ id: PlanId, locale: z.enum(LOCALES) });

export const PRESALES_CHANNELS = {
  /** The PDF with its content (base64), for a download in browser mode; ruleCount: firewall rules. */
  'presales.render': channel<RenderedExportFile>()(PresalesRequest),
  /** Desktop: the native save dialog, then writes the PDF; null when the user cancels. */
  'presales.saveFile': channel<SavedFile | null>()(PresalesRequest, { desktopOnly: true }),
} as const;
