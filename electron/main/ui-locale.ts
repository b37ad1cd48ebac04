import type { Locale } from '../../shared/i18n';

/** The language chosen in the UI (its header switch), which the native menu and dialogs speak. */
export interface UiLocale {
  readonly current: Locale;
  /** Called by the renderer at start and on each switch; listeners hear only real changes. */
  set(locale: Locale): void;
  onChange(listener: (locale: Locale) => void): void;
}

/** Starts with the system's language, as the UI does until the user picks one. */
export function uiLocale(initial: Locale): UiLocale {
  let current = initial;
  const listeners: Array<(locale: Locale) => void> = [];
  return {
    get current() {
      return current;
    },
    set(locale) {
      if (locale === current) return;
      current = locale;
      for (const listener of listeners) listener(locale);
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
