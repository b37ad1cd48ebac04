// A spreadsheet's bytes as text: UTF-8 (with or without BOM), UTF-16 with its BOM (PowerShell's
// "Unicode"), otherwise Windows-1252, the code page of a German or English Windows.

export type SpreadsheetEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

interface Decoder {
  decode(bytes: Uint8Array): string;
}
// WHATWG TextDecoder exists in every face (Node, Chromium, the worker); shared has no DOM types.
const { TextDecoder } = globalThis as unknown as {
  TextDecoder: new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;
};

const starts = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

export function decodeSpreadsheet(bytes: Uint8Array): {
  text: string;
  encoding: SpreadsheetEncoding;
} {
  if (starts(bytes, 0xef, 0xbb, 0xbf)) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (starts(bytes, 0xff, 0xfe)) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (starts(bytes, 0xfe, 0xff)) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: every byte is a character in Windows-1252 ("Büro" saved by Excel as CSV).
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
