import { describe, expect, it } from 'vitest';
import { LOCALES, MESSAGES } from '../../../shared/i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}.${k}` : k),
  );
}

const ENGLISH = keys(MESSAGES.en).sort();

describe.each(LOCALES)('the %s texts', (locale) => {
  it('have every English key and no other, and no empty text', () => {
    const own = keys(MESSAGES[locale]).sort();
    expect(
      own.filter((k) => !ENGLISH.includes(k)),
      `${locale} keys without English`,
    ).toEqual([]);
    expect(
      ENGLISH.filter((k) => !own.includes(k)),
      `English keys without ${locale}`,
    ).toEqual([]);
    for (const key of ENGLISH) {
      const text = key
        .split('.')
        .reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], MESSAGES[locale]);
      expect(String(text).trim(), `${locale}: ${key}`).not.toBe('');
    }
  });
});
