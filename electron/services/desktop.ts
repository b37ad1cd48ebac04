import type { Locale } from '../../shared/i18n';

// What only the desktop app has, as the services see it: electron/main implements it with Electron's
// dialogs, and passes it to createBackend (./backend); every service that saves a file takes it from
// there. A module of its own, so that the services need not import the composition root.

/** The kind of file a save dialog offers, e.g. { name: 'PDF checklist', extensions: ['pdf'] }. */
export interface SaveFilter {
  name: string;
  extensions: string[];
}

/** What only the desktop app has: native dialogs and the OS's recent documents. */
export interface DesktopServices {
  /** The native open dialog: the chosen path, or null when cancelled. */
  chooseFileToOpen(): Promise<string | null>;
  /** The native save dialog, starting at defaultName (a plan file unless filter says otherwise): the chosen path, or null when cancelled. */
  chooseFileToSave(defaultName: string, filter?: SaveFilter): Promise<string | null>;
  /** The native folder dialog (an export of several files): the chosen folder, or null when cancelled. */
  chooseFolder(title: string): Promise<string | null>;
  addRecentDocument(path: string): void;
  /** The language chosen in the UI: the native menu and dialogs speak it from now on. */
  setLocale?(locale: Locale): void;
}
