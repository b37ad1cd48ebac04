import { LOCALES, translator, type Locale } from '../../shared/i18n';
import type { en } from '../../shared/i18n/en';

// Plural forms are separate keys (name_one, name_other); callers name the base key and pass count.
type Base<K extends string> = K extends `${infer B}_${'one' | 'other'}` ? B : K;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${Base<K>}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<typeof en>;
export type Vars = Record<string, string | number>;

const STORAGE_KEY = 'planner.locale';
const translators = { en: translator('en'), de: translator('de') } as const;

function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored && (LOCALES as readonly string[]).includes(stored)) return stored as Locale;
  return navigator.language.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** The UI language; reading `locale` inside t() makes every text re-render when it changes. */
class Language {
  locale = $state<Locale>(initialLocale());

  constructor() {
    document.documentElement.lang = this.locale;
  }

  set(locale: Locale): void {
    this.locale = locale;
    localStorage.setItem(STORAGE_KEY, locale);
    document.documentElement.lang = locale;
  }

  t = (key: MessageKey, vars?: Vars): string => translators[this.locale](key, vars ?? {});
}

export const language = new Language();
export const t = language.t;
