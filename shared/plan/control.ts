/**
 * Control characters (line breaks, tabs, C1, bidirectional overrides) in a one-line field: a line
 * break splits a spreadsheet row and can start a formula there; an override reverses what a
 * reviewer reads. None belongs in a name.
 */
export const CONTROL = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

const CONTROLS = new RegExp(CONTROL.source, 'gu');
const SHOWN_CHARS = 40;

/**
 * A name as a message shows it beside the field it names: on one line, its control characters as
 * visible escapes (U+000A), cut after 40 characters. A refused name must not break the terminal's
 * line or steer it (an escape sequence) where the message quotes it.
 */
export function shownName(name: string): string {
  const trimmed = name.trim();
  const cut = trimmed.length > SHOWN_CHARS ? `${trimmed.slice(0, SHOWN_CHARS)}…` : trimmed;
  return cut.replace(
    CONTROLS,
    (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  );
}
