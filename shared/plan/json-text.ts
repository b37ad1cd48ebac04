import { text, type Text } from '../i18n';
import { MAX_DEPTH, MAX_DOCUMENT_CHARS } from './limits';

export type JsonText = { ok: true; value: unknown } | { ok: false; text: Text };

const lineAt = (source: string, index: number) => source.slice(0, index).split('\n').length;

/**
 * Where JSON text first nests brackets deeper than `max` outside its strings, or -1: a cheap scan
 * before JSON.parse, so that no text makes the parser or the checks after it recurse without bound.
 */
export function deeperThanAt(source: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return -1;
}

/**
 * Parse a file's JSON text; on failure say where (line and column), since JSON.parse names only a
 * position. The reason itself is the JavaScript engine's, in English. Text larger or deeper than
 * any plan or report is refused before it is parsed.
 */
export function parseJsonText(fileName: string, content: string): JsonText {
  const source = content.replace(/^\uFEFF/, '');
  if (source.length > MAX_DOCUMENT_CHARS) {
    const mib = (n: number) => Math.ceil(n / 1024 / 1024);
    return {
      ok: false,
      text: text('cli.jsonTooLarge', {
        file: fileName,
        size: mib(source.length),
        maximum: mib(MAX_DOCUMENT_CHARS),
      }),
    };
  }
  const deep = deeperThanAt(source, MAX_DEPTH);
  if (deep >= 0) {
    return {
      ok: false,
      text: text('cli.jsonTooDeep', {
        file: fileName,
        maximum: MAX_DEPTH,
        line: lineAt(source, deep),
      }),
    };
  }
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (e) {
    const message = (e as Error).message;
    const position = /position (\d+)/.exec(message);
    if (!position)
      return { ok: false, text: text('cli.notJson', { file: fileName, reason: message }) };
    const before = source.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    const reason = message.replace(/\s*(in JSON )?at position \d+.*$/, '');
    return { ok: false, text: text('cli.notJsonAt', { file: fileName, line, column, reason }) };
  }
}
