import { LOCALE_PROFILES, type Locale } from './profiles';

const intlTag = (locale: Locale): string => LOCALE_PROFILES[locale].intlTag;

const numbers = new Map<Locale, Intl.NumberFormat>();

/** "1,234" or "1.234"; a bigint too (an IPv6 network's addresses). */
export function formatNumber(locale: Locale, n: number | bigint): string {
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(intlTag(locale))));
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
  return new Intl.DateTimeFormat(intlTag(locale), style).format(date);
}
