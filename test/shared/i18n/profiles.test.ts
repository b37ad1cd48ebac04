import { describe, expect, it } from 'vitest';
import {
  afterColon,
  formatNumber,
  LOCALE_PROFILES,
  LOCALES,
  localeOf,
  MESSAGES,
} from '../../../shared/i18n';

describe('the language profiles', () => {
  it('has one profile per language, and English first: the fallback and the catalog’s language', () => {
    expect(Object.keys(LOCALE_PROFILES).sort()).toEqual([...LOCALES].sort());
    expect(LOCALES[0]).toBe('en');
    expect(LOCALES.filter((locale) => LOCALE_PROFILES[locale].sourceLanguage)).toEqual(['en']);
  });

  it.each(LOCALES)(
    '%s: an Intl locale of its own language, its texts and its own name',
    (locale) => {
      const { intlTag, messages, name } = LOCALE_PROFILES[locale];
      expect(Intl.getCanonicalLocales(intlTag)).toEqual([intlTag]);
      expect(new Intl.Locale(intlTag).language).toBe(locale);
      expect(messages).toBe(MESSAGES[locale]);
      expect(name.trim()).not.toBe('');
      expect(new Set(LOCALES.map((l) => LOCALE_PROFILES[l].name)).size).toBe(LOCALES.length);
    },
  );

  it('writes what today’s exports and documents write', () => {
    expect(LOCALE_PROFILES.en).toMatchObject({
      name: 'English',
      intlTag: 'en-GB',
      csvDelimiter: ',',
      capitalAfterColon: false,
    });
    expect(LOCALE_PROFILES.de).toMatchObject({
      name: 'Deutsch',
      intlTag: 'de-DE',
      csvDelimiter: ';',
      capitalAfterColon: true,
    });
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
    expect(formatNumber('de', 1234.5)).toBe('1.234,5');
  });

  it('begins a sentence after a colon as the language does', () => {
    expect(afterColon('en', 'add one node')).toBe('add one node');
    expect(afterColon('de', 'fügen Sie einen Knoten hinzu')).toBe('Fügen Sie einen Knoten hinzu');
  });

  it('chooses the language of a system tag, else English', () => {
    for (const locale of LOCALES) {
      expect(localeOf(locale)).toBe(locale);
      expect(localeOf(` ${LOCALE_PROFILES[locale].intlTag.toUpperCase()} `)).toBe(locale);
    }
    expect(localeOf('de-AT')).toBe('de');
    expect(localeOf('de_DE.UTF-8')).toBe('de');
    expect(localeOf('en_US.UTF-8')).toBe('en');
    expect(localeOf('ja-JP')).toBe('en');
    expect(localeOf('')).toBe('en');
    expect(localeOf(undefined)).toBe('en');
  });
});
