import type { FeatureId } from '../catalog/model';
import { en } from './en';
import { LOCALE_PROFILES, type Locale } from './profiles';
import { translator } from './translator';

export const featureLabel = (locale: Locale, id: FeatureId): string =>
  translator(locale)(`features.${id}.label`);

export const featureDescription = (locale: Locale, id: FeatureId): string =>
  translator(locale)(`features.${id}.description`);

// The catalog keeps its English words as data (merges and notes key on them); these sections of
// the dictionary translate them, keyed by the English text. A test keeps both in step.
type Section = 'purposes' | 'services' | 'notes';
const keysOf = (section: Section) =>
  new Map<string, string>(Object.entries(en[section]).map(([key, text]) => [text, key]));
const KEYS = {
  purposes: keysOf('purposes'),
  services: keysOf('services'),
  notes: keysOf('notes'),
};

/** English catalog purposes, each with its key under purposes.<key>. */
export const PURPOSE_KEYS: ReadonlyMap<string, string> = KEYS.purposes;
export const SERVICE_KEYS: ReadonlyMap<string, string> = KEYS.services;
export const NOTE_KEYS: ReadonlyMap<string, string> = KEYS.notes;

// "Print jobs to printers (ipps)": the phrase, and a detail in brackets that stays as written.
const WITH_DETAIL = /^(.*) (\([^()]+\))$/;

function phrase(locale: Locale, section: Section, text: string): string {
  const t = translator(locale);
  const key = KEYS[section].get(text);
  if (key) return t(`${section}.${key}`);
  const [, base = '', detail = ''] = WITH_DETAIL.exec(text) ?? [];
  const baseKey = KEYS[section].get(base);
  return baseKey ? `${t(`${section}.${baseKey}`)} ${detail}` : text;
}

/** A rule's purpose in the reader's language; merged rules join several with "; ". */
export function purposeText(locale: Locale, purpose: string): string {
  if (LOCALE_PROFILES[locale].sourceLanguage) return purpose;
  return purpose
    .split('; ')
    .map((p) => phrase(locale, 'purposes', p))
    .join('; ');
}

/** A service's name in the reader's language; the product's own names ("seal-checkin") stay. */
export function serviceText(locale: Locale, services: string): string {
  if (LOCALE_PROFILES[locale].sourceLanguage) return services;
  return services
    .split(', ')
    .map((s) => phrase(locale, 'services', s))
    .join(', ');
}

/** Why a claim is inferred, or what it rests on, in the reader's language. */
export function noteText(locale: Locale, note: string): string {
  if (LOCALE_PROFILES[locale].sourceLanguage) return note;
  const key = KEYS.notes.get(note);
  return key ? translator(locale)(`notes.${key}`) : note;
}
