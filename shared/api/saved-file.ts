// What a desktop-only "save" channel of any area answers (plans, comparison, pre-sales).

/** Where the desktop app wrote a file the user chose in the native save dialog. */
export interface SavedFile {
  path: string;
}
