import type { en } from './en';

// Plural forms are separate keys (name_one, name_other); callers name the base key and pass count.
type Base<K extends string> = K extends `${infer B}_${'one' | 'other'}` ? B : K;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${Base<K>}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every text's key, as a dotted path ("ui.home.title"). */
export type MessageKey = Leaves<typeof en>;
export type Vars = Record<string, string | number>;

/** Texts shaped like the English ones: the same keys, any words. */
export type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };
/** A whole dictionary of one language. */
export type Messages = Texts<typeof en>;
