import type { Sheet, SheetRow } from './sheet';

// The first sheet of an XLSX workbook as rows of text, without a spreadsheet library: an XLSX file
// is a zip archive of XML parts, and every face (Node, Chromium, a worker) can inflate its entries
// with DecompressionStream. Cells are read as Excel shows them as text; formulas by their last value.

interface Inflater {
  new (format: 'deflate-raw'): unknown;
}
const { DecompressionStream, Response, Blob } = globalThis as unknown as {
  DecompressionStream: Inflater;
  Response: new (body: unknown) => { arrayBuffer(): Promise<ArrayBuffer>; text(): Promise<string> };
  Blob: new (parts: Uint8Array[]) => { stream(): { pipeThrough(s: unknown): unknown } };
};

/** Entries of the zip archive by name: where their data starts, its size, how it is stored. */
function zipEntries(
  bytes: Uint8Array,
): Map<string, { offset: number; size: number; method: number }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, { offset: number; size: number; method: number }>();
  const names = new TextDecoderLike();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('damaged zip directory');
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const localName = view.getUint16(local + 26, true);
    const localExtra = view.getUint16(local + 28, true);
    entries.set(name, { offset: local + 30 + localName + localExtra, size, method });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

class TextDecoderLike {
  readonly #decoder = new (
    globalThis as unknown as { TextDecoder: new () => { decode(b: Uint8Array): string } }
  ).TextDecoder();
  decode(bytes: Uint8Array): string {
    return this.#decoder.decode(bytes);
  }
}

async function entryText(
  bytes: Uint8Array,
  entries: ReturnType<typeof zipEntries>,
  name: string,
): Promise<string | undefined> {
  const entry = entries.get(name);
  if (!entry) return undefined;
  const data = bytes.subarray(entry.offset, entry.offset + entry.size);
  if (entry.method === 0) return new TextDecoderLike().decode(data);
  if (entry.method !== 8) throw new Error(`${name} is compressed in a way XLSX files are not`);
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(
          e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
        )
      : ENTITIES[e.toLowerCase()]!,
  );

/** The text of an <si> or <is>: its <t> runs joined (rich text has several). */
const runsText = (xml: string) =>
  [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1]!)).join('');

const columnIndex = (reference: string) => {
  const letters = /^[A-Z]+/.exec(reference)?.[0] ?? 'A';
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
};

export async function readXlsxSheet(bytes: Uint8Array): Promise<Sheet> {
  const entries = zipEntries(bytes);
  const workbook = (await entryText(bytes, entries, 'xl/workbook.xml')) ?? '';
  const relations = (await entryText(bytes, entries, 'xl/_rels/workbook.xml.rels')) ?? '';
  const firstId = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)?.[1];
  const target = [...relations.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((r) => r.includes(`Id="${firstId}"`));
  const targetPath = target && /Target="([^"]+)"/.exec(target)?.[1];
  const sheetPath = targetPath
    ? targetPath.startsWith('/')
      ? targetPath.slice(1)
      : `xl/${targetPath}`
    : 'xl/worksheets/sheet1.xml';
  const sheetXml = await entryText(bytes, entries, sheetPath);
  if (sheetXml === undefined) throw new Error('the workbook has no sheet');
  const shared = [
    ...((await entryText(bytes, entries, 'xl/sharedStrings.xml')) ?? '').matchAll(
      /<si>([\s\S]*?)<\/si>/g,
    ),
  ].map((m) => runsText(m[1]!));

  const rows: SheetRow[] = [];
  for (const rowMatch of sheetXml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const row = Number(/\br="(\d+)"/.exec(rowMatch[1]!)?.[1] ?? rows.length + 1);
    const cells: string[] = [];
    for (const cell of (rowMatch[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cell[1]!;
      const body = cell[2] ?? '';
      const reference = /\br="([A-Z]+\d*)"/.exec(attributes)?.[1];
      const column = reference ? columnIndex(reference) : cells.length;
      const type = /\bt="(\w+)"/.exec(attributes)?.[1];
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const said =
        type === 's'
          ? (shared[Number(value)] ?? '')
          : type === 'inlineStr'
            ? runsText(body)
            : type === 'b'
              ? value === '1'
                ? 'TRUE'
                : 'FALSE'
              : unescapeXml(value ?? '');
      while (cells.length < column) cells.push('');
      cells[column] = said;
    }
    if (cells.some((c) => c.trim() !== '')) rows.push({ row, cells });
  }
  return { format: 'xlsx', rows };
}
