import type { Locale } from './translator';

/** The Intl locale of each language: en-GB writes day-month dates and a 24-hour clock, like de-DE. */
export const INTL_TAG = { en: 'en-GB', de: 'de-DE' } as const satisfies Record<Locale, string>;

const numbers = new Map<Locale, Intl.NumberFormat>();

/** "1,234" or "1.234". */
export function formatNumber(locale: Locale, n: number): string {
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(INTL_TAG[locale])));
  return format.format(n);
}

/** A date and time in the reader's language and the machine's time zone. */
export function formatDateTime(
  locale: Locale,
  date: Date,
  style: { dateStyle?: 'long' | 'medium' | 'short'; timeStyle?: 'short' } = {
    dateStyle: 'medium',
    timeStyle: 'short',
  },
): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], style).format(date);
}
