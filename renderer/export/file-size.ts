import { LOCALE_PROFILES, type Locale } from '../../shared/i18n';

/** "96 kB", "1.4 MB" in the UI language: enough to tell a file's size at a glance. */
export function fileSize(bytes: number, locale: Locale): string {
  const [unit, value] =
    bytes < 1000
      ? (['byte', bytes] as const)
      : bytes < 1_000_000
        ? (['kilobyte', bytes / 1000] as const)
        : (['megabyte', bytes / 1_000_000] as const);
  return new Intl.NumberFormat(LOCALE_PROFILES[locale].intlTag, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: unit === 'megabyte' ? 1 : 0,
  }).format(value);
}
