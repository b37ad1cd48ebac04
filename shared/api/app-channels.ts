import { z } from 'zod';
import { LOCALES } from '../i18n';
import { channel } from './channel';

// The app itself: what it is, and what the Node side should know of the choices made in the UI.

export interface AppInfo {
  version: string;
  mode: 'desktop' | 'browser';
  dataDir: string;
}

export const APP_CHANNELS = {
  'app.info': channel<AppInfo>()(z.strictObject({})),
  /**
   * The language chosen in the UI (at start and on each switch): the desktop app's menu and dialogs
   * follow it. Browser mode has no native menu, so there it does nothing; that is not an error.
   */
  'app.setLocale': channel<null>()(z.strictObject({ locale: z.enum(LOCALES) })),
} as const;
