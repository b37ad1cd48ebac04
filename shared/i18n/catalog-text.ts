import type { FeatureId } from '../catalog/model';
import { en } from './en';
import { translator, type Locale } from './translator';

export const featureLabel = (locale: Locale, id: FeatureId): string =>
  translator(locale)(`features.${id}.label`);

export const featureDescription = (locale: Locale, id: FeatureId): string =>
  translator(locale)(`features.${id}.description`);

/** The key of each English catalog purpose; the catalog keeps the English text as its data. */
export const PURPOSE_KEYS = new Map<string, keyof typeof en.purposes>(
  Object.entries(en.purposes).map(([key, text]) => [text, key as keyof typeof en.purposes]),
);

// "Print jobs to printers (ipps)": the purpose, and a protocol that stays as written.
const WITH_DETAIL = /^(.*) (\([^()]+\))$/;

function onePurpose(locale: Locale, purpose: string): string {
  const key = PURPOSE_KEYS.get(purpose);
  if (key) return translator(locale)(`purposes.${key}`);
  const [, base = '', detail = ''] = WITH_DETAIL.exec(purpose) ?? [];
  const baseKey = PURPOSE_KEYS.get(base);
  return baseKey ? `${translator(locale)(`purposes.${baseKey}`)} ${detail}` : purpose;
}

/** A rule's purpose in the reader's language; merged rules join several with "; ". */
export function purposeText(locale: Locale, purpose: string): string {
  if (locale === 'en') return purpose;
  return purpose
    .split('; ')
    .map((p) => onePurpose(locale, p))
    .join('; ');
}
