import i18next, { type TFunction } from 'i18next';
import type { Messages } from './keys';
import { LOCALE_PROFILES, LOCALES, type Locale } from './profiles';

/** Every language's texts, by locale. */
export const MESSAGES = Object.fromEntries(
  LOCALES.map((locale) => [locale, LOCALE_PROFILES[locale].messages]),
) as Readonly<Record<Locale, Messages>>;
const RESOURCES = Object.fromEntries(
  LOCALES.map((locale) => [locale, { translation: MESSAGES[locale] }]),
);
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
      resources: RESOURCES,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    t = instance.t;
    translators.set(locale, t);
  }
  return t;
}

export function columnHeadings(locale: Locale, columns: readonly string[]): string[] {
  const t = translator(locale);
  return columns.map((c) => t(`columns.${c}`));
}
