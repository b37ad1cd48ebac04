import { en } from './en';
import type { MessageKey } from './keys';
import type { Locale } from './profiles';
import { translator } from './translator';

/** A value a text names: a number, a name as written, another text, or a list of texts ("; "). */
export type TextValue = string | number | Text | readonly Text[];

/** A text as data: its key and values, said in whichever language the face reading it speaks. */
export interface Text {
  key: MessageKey;
  vars?: Readonly<Record<string, TextValue>>;
}

export const text = (key: MessageKey, vars?: Text['vars']): Text =>
  vars ? { key, vars } : { key };

const valueIn = (locale: Locale, value: TextValue): string | number =>
  typeof value !== 'object'
    ? value
    : Array.isArray(value)
      ? (value as readonly Text[]).map((v) => textIn(locale, v)).join('; ')
      : textIn(locale, value as Text);

/** Whether a dotted path names a text of the dictionary (a plural one by its base name). */
export function isMessageKey(key: string): key is MessageKey {
  const parts = key.split('.');
  const last = parts.pop()!;
  let node: unknown = en;
  for (const part of parts) {
    node =
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  if (typeof node !== 'object' || node === null) return false;
  const section = node as Record<string, unknown>;
  return typeof section[last] === 'string' || typeof section[`${last}_other`] === 'string';
}

/** The text in one language. */
export function textIn(locale: Locale, { key, vars = {} }: Text): string {
  const values = Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, valueIn(locale, v)]));
  return translator(locale)(key, values);
}

/** An error whose message is a text: English as its message (logs), `text` for each face to say. */
export class TextError extends Error {
  constructor(readonly text: Text) {
    super(textIn('en', text));
  }
}
