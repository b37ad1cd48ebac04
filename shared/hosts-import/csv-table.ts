import type { SheetRow } from './sheet';

// Comma-, semicolon- or tab-separated text as a spreadsheet shows it: quoted fields, doubled quotes,
// line breaks inside quotes, CRLF or LF. Row numbers count every line a spreadsheet shows, so that
// "row 7" in a refusal is row 7 when the technician opens the file.

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Fields per delimiter on the first lines (outside quotes): the one that splits them evenly wins. */
export function detectDelimiter(text: string): Delimiter {
  const lines = text
    .split(/\r?\n/, 12)
    .filter((line) => line.trim() !== '' && !line.startsWith('#TYPE') && !/^sep=/i.test(line));
  const explicit = /^sep=(.)/i.exec(text);
  if (explicit && (DELIMITERS as readonly string[]).includes(explicit[1]!)) {
    return explicit[1] as Delimiter;
  }
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const even = counts.filter((c) => c === first).length;
    const score = even * 1000 + first;
    if (score > bestScore) [best, bestScore] = [delimiter, score];
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) count++;
  }
  return count;
}

/** The records of the text; a PowerShell `#TYPE` line and an Excel `sep=` line are no data. */
export function parseCsv(text: string, delimiter: Delimiter = detectDelimiter(text)): SheetRow[] {
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let row = 1;
  let lines = 0;
  const end = () => {
    cells.push(cell);
    cell = '';
    const first = cells[0] ?? '';
    const skipped =
      (cells.length === 1 && (first.startsWith('#TYPE') || /^sep=.$/i.test(first))) ||
      cells.every((c) => c.trim() === '');
    if (!skipped) rows.push({ row, cells });
    cells = [];
    row += lines + 1;
    lines = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        // A line break inside quotes stays in the cell (and is refused there as a control character).
        if (c === '\n') lines++;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      end();
    } else cell += c;
  }
  if (cell !== '' || cells.length > 0) end();
  return rows;
}
