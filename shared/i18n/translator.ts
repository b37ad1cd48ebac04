import i18next, { type TFunction } from 'i18next';
import { de } from './de';
import { en } from './en';

export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];
export const MESSAGES = { en, de } as const;
const translators = new Map<Locale, TFunction>();

/** A translate function for one locale (made once); keys are dotted paths like "columns.source". */
export function translator(locale: Locale): TFunction {
  let t = translators.get(locale);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({
      lng: locale,
      fallbackLng: false,
      initAsync: false,
      resources: { en: { translation: en }, de: { translation: de } },
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    t = instance.t;
    translators.set(locale, t);
  }
  return t;
}

/** The planner's language for a system language tag ("de-AT", "de_DE.UTF-8"): German or English. */
export function localeOf(tag: string | undefined): Locale {
  return tag?.trim().toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function columnHeadings(locale: Locale, columns: readonly string[]): string[] {
  const t = translator(locale);
  return columns.map((c) => t(`columns.${c}`));
}
