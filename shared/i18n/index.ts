import i18next, { type TFunction } from 'i18next';
import { de } from './de';
import { en } from './en';

export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];
export const MESSAGES = { en, de } as const;

/** A translate function for one locale; keys are dotted paths like "columns.source". */
export function translator(locale: Locale): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: false,
    initAsync: false,
    resources: { en: { translation: en }, de: { translation: de } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance.t;
}

export function columnHeadings(locale: Locale, columns: readonly string[]): string[] {
  const t = translator(locale);
  return columns.map((c) => t(`columns.${c}`));
}
