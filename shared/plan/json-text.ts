import { text, type Text } from '../i18n';

export type JsonText = { ok: true; value: unknown } | { ok: false; text: Text };

/**
 * Parse a file's JSON text; on failure say where (line and column), since JSON.parse names only a
 * position. The reason itself is the JavaScript engine's, in English.
 */
export function parseJsonText(fileName: string, content: string): JsonText {
  const source = content.replace(/^\uFEFF/, '');
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
