import {
  formatDateTime,
  formatNumber,
  LOCALES,
  localeOf,
  translator,
  type Locale,
  type MessageKey,
  type Vars,
} from '../../shared/i18n';

export type { MessageKey, Vars };

const STORAGE_KEY = 'planner.locale';

/** The language chosen in the header before, or else the system's. */
function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored && (LOCALES as readonly string[]).includes(stored)) return stored as Locale;
  return localeOf(navigator.language);
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

  t = (key: MessageKey, vars?: Vars): string => translator(this.locale)(key, vars ?? {});

  /** A count as the language writes it ("1,234" or "1.234"). */
  number = (n: number | bigint): string => formatNumber(this.locale, n);

  /** A date and time as the language writes it; medium date and short time unless told. */
  date = (when: Date | string, style?: Parameters<typeof formatDateTime>[2]): string =>
    formatDateTime(this.locale, new Date(when), style);
}

export const language = new Language();
export const t = language.t;
