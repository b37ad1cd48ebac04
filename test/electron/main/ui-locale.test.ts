import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../shared/i18n';
import { menuTemplate } from '../../../electron/main/menu';
import { uiLocale } from '../../../electron/main/ui-locale';

describe('the language chosen in the UI, on the Node side', () => {
  it('starts with the system’s and tells its listeners each real change', () => {
    const locale = uiLocale('en');
    const heard: Locale[] = [];
    locale.onChange((l) => heard.push(l));
    expect(locale.current).toBe('en');
    locale.set('en');
    locale.set('de');
    locale.set('de');
    locale.set('en');
    expect(heard).toEqual(['de', 'en']);
    expect(locale.current).toBe('en');
  });

  it('gives the menu German labels after setLocale("de") and English after "en"', () => {
    const locale = uiLocale('en');
    const labels = () =>
      menuTemplate({
        appName: 'Planner',
        platform: 'linux',
        locale: locale.current,
        isPackaged: true,
        recentPlans: [],
        send: () => undefined,
      }).map((m) => m.label);
    locale.set('de');
    expect(labels()).toEqual(['&Datei', '&Bearbeiten', '&Ansicht']);
    locale.set('en');
    expect(labels()).toEqual(['&File', '&Edit', '&View']);
  });
});
