import { isAppUrl } from './app-url';

// The window's security decisions as plain functions, so they are tested without Electron.

/** The app never navigates away from its own page: every other navigation or redirect is denied. */
export const mayNavigate = (url: string): boolean => isAppUrl(url);

/** Links the system browser may open: http and https only (no file:, javascript:, custom schemes). */
export function externalLink(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** What the renderer may ask for: nothing (camera, notifications, clipboard-read, ...). */
export const mayGrantPermission = (_permission: string): boolean => false;

export interface SenderFrame {
  url: string;
  /** null for the main frame. */
  parent: unknown;
}

/**
 * An IPC message is ours when it comes from the main frame of one of our windows and that frame
 * shows our app. A frame that navigated elsewhere, an iframe, or another webContents is refused.
 */
export function isTrustedSender(
  frame: SenderFrame | null | undefined,
  senderId: number,
  ourWindowContents: ReadonlySet<number>,
): boolean {
  if (!frame || frame.parent !== null) return false;
  return ourWindowContents.has(senderId) && isAppUrl(frame.url);
}
