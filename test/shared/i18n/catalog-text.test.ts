import { describe, expect, it } from 'vitest';
import { CATALOG, FEATURE_IDS } from '../../../shared/catalog';
import {
  featureDescription,
  featureLabel,
  LOCALE_PROFILES,
  LOCALES,
  MESSAGES,
  NOTE_KEYS,
  noteText,
  PURPOSE_KEYS,
  purposeText,
  SERVICE_KEYS,
  serviceText,
} from '../../../shared/i18n';

const PURPOSES = [...new Set(CATALOG.flatMap((row) => row.flows.map((f) => f.purpose)))];
const SERVICES = [...new Set(CATALOG.map((row) => row.service))];
const NOTES = [...new Set(CATALOG.flatMap((row) => row.flows.flatMap((f) => f.note ?? [])))];
/** Names of products and their parts: the same in every language. */
const PRODUCT_NAMES = ['PLOSSYS Administrator', 'SEAL NATS', 'SAP oData Print API'];
const base = (purpose: string) => purpose.replace(/ \([^()]+\)$/, '');
/** The languages the catalog's English words are translated into. */
const TRANSLATED = LOCALES.filter((locale) => !LOCALE_PROFILES[locale].sourceLanguage);

describe('catalog texts in every language', () => {
  it('names and describes every feature in every language', () => {
    expect(Object.keys(MESSAGES.en.features).sort()).toEqual([...FEATURE_IDS].sort());
    for (const id of FEATURE_IDS) {
      for (const locale of LOCALES) {
        expect(featureLabel(locale, id)).not.toBe(`features.${id}.label`);
      }
      for (const locale of TRANSLATED) {
        expect(featureDescription(locale, id)).not.toBe(featureDescription('en', id));
      }
    }
    expect(featureLabel('de', 'remote-printing')).toBe('Remote Printing');
    expect(featureLabel('en', 'remote-printing')).toBe('Remote printing');
  });

  it('has a text in every language for every purpose of the catalog, and none for a purpose it lacks', () => {
    for (const purpose of PURPOSES) {
      expect(PURPOSE_KEYS.has(purpose) || PURPOSE_KEYS.has(base(purpose)), purpose).toBe(true);
      for (const locale of TRANSLATED) {
        expect(purposeText(locale, purpose), `${locale}: ${purpose}`).not.toBe(purpose);
      }
      expect(purposeText('en', purpose)).toBe(purpose);
    }
    const used = new Set(PURPOSES.map(base));
    expect([...PURPOSE_KEYS.keys()].filter((text) => !used.has(text))).toEqual([]);
  });

  it('has a text in every language for every note of the catalog (why a claim is inferred), and none it lacks', () => {
    expect(NOTES.length).toBeGreaterThan(10);
    for (const note of NOTES) {
      expect(NOTE_KEYS.has(note), note).toBe(true);
      for (const locale of TRANSLATED) {
        expect(noteText(locale, note), `${locale}: ${note}`).not.toBe(note);
      }
      expect(noteText('en', note)).toBe(note);
    }
    expect([...NOTE_KEYS.keys()].filter((text) => !NOTES.includes(text))).toEqual([]);
    expect(noteText('de', 'That only Elasticsearch nodes use 9300 is our modeling.')).toBe(
      'Dass nur Elasticsearch-Knoten 9300 nutzen, ist unsere Modellierung.',
    );
  });

  it('keeps a protocol in brackets, and translates each purpose of a merged rule', () => {
    expect(purposeText('de', 'Print jobs to printers (ipps)')).toBe(
      'Druckaufträge an die Drucker (ipps)',
    );
    expect(purposeText('de', 'Cluster communication between OE nodes; Job intake via IPP')).toBe(
      'Cluster-Kommunikation zwischen den OE-Knoten; Auftragsannahme über IPP',
    );
  });

  it('names the catalog’s descriptive services in every language; the product’s own names stay', () => {
    for (const service of SERVICES) {
      const descriptive = service.includes(' ') && !PRODUCT_NAMES.includes(service);
      for (const locale of TRANSLATED) {
        if (descriptive) expect(serviceText(locale, service), service).not.toBe(service);
        else expect(serviceText(locale, service)).toBe(service);
      }
      expect(serviceText('en', service)).toBe(service);
    }
    const used = new Set(SERVICES.map(base));
    expect([...SERVICE_KEYS.keys()].filter((text) => !used.has(text))).toEqual([]);
    expect(serviceText('de', 'Printer (socket), seal-checkin')).toBe(
      'Drucker (socket), seal-checkin',
    );
    expect(serviceText('de', 'SAP gateway (RFC)')).toBe('SAP-Gateway (RFC)');
  });
});
