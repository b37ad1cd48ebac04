import { expect, it } from 'vitest';
import { MESSAGES } from '../../../shared/i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}.${k}` : k),
  );
}

it('has every text in English and German, and no empty one', () => {
  const en = keys(MESSAGES.en).sort();
  const de = keys(MESSAGES.de).sort();
  expect(
    de.filter((k) => !en.includes(k)),
    'German keys without English',
  ).toEqual([]);
  expect(
    en.filter((k) => !de.includes(k)),
    'English keys without German',
  ).toEqual([]);
  for (const locale of ['en', 'de'] as const) {
    for (const key of en) {
      const text = key
        .split('.')
        .reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], MESSAGES[locale]);
      expect(String(text).trim(), `${locale}: ${key}`).not.toBe('');
    }
  }
});
