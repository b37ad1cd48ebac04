// A new language is its dictionary folder (shared/i18n/<locale>/, typed against English), its
// import, its place in LOCALES and its profile below; the compiler names anything missing.
import { de } from './de';
import { en } from './en';
import type { Messages } from './keys';

/** The planner's languages, the one list: English first, the fallback and the language of logs. */
export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/** What a language decides besides its words; every face reads these instead of testing a locale. */
export interface LocaleProfile {
  /** Its own name, as the language switch and the Export step offer it in every language. */
  name: string;
  /** Its texts (the dictionary folder shared/i18n/<locale>/). */
  messages: Messages;
  /** The Intl locale its numbers and dates are written in, also a PDF's language. */
  intlTag: string;
  /** What separates a CSV export's fields unless the user chooses: what this language's Excel reads. */
  csvDelimiter: ',' | ';';
  /** Whether a whole sentence after a colon begins with a capital ("Abhilfe: Prüfen Sie …"). */
  capitalAfterColon: boolean;
  /** The catalog's words and the probe status ids are written in it: they are shown as written. */
  sourceLanguage: boolean;
}

export const LOCALE_PROFILES = {
  // en-GB writes day-month dates and a 24-hour clock, like de-DE.
  en: {
    name: 'English',
    messages: en,
    intlTag: 'en-GB',
    csvDelimiter: ',',
    capitalAfterColon: false,
    sourceLanguage: true,
  },
  de: {
    name: 'Deutsch',
    messages: de,
    intlTag: 'de-DE',
    csvDelimiter: ';',
    capitalAfterColon: true,
    sourceLanguage: false,
  },
} as const satisfies Record<Locale, LocaleProfile>;

/** The planner's language for a system language tag ("de-AT", "de_DE.UTF-8"), else English. */
export function localeOf(tag: string | undefined): Locale {
  const lower = tag?.trim().toLowerCase() ?? '';
  return LOCALES.find((locale) => lower.startsWith(locale)) ?? LOCALES[0];
}

/** A sentence that follows a colon ("Fix: …"), begun as the language begins it. */
export const afterColon = (locale: Locale, sentence: string): string =>
  LOCALE_PROFILES[locale].capitalAfterColon
    ? sentence.charAt(0).toUpperCase() + sentence.slice(1)
    : sentence;
