import type { TFunction } from 'i18next';
import { SOURCES, type Zone } from '../../../shared/catalog';
import { LOCALE_PROFILES, type Locale } from '../../../shared/i18n';
import type { EndpointRef } from '../../../shared/matrix';

const DATE_LOCALE = (locale: Locale): string => LOCALE_PROFILES[locale].intlTag;

export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(DATE_LOCALE(locale), {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(date);
}

/** A probe's time on paper: short, in the reader's language and the machine's time zone. */
export function formatShortDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(DATE_LOCALE(locale), {
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** Formatters are costly to make and a document asks for hundreds of values: one per kind and locale. */
function formatter<F>(make: (tag: string) => F): (locale: Locale) => F {
  const made = new Map<Locale, F>();
  return (locale) => {
    let f = made.get(locale);
    if (!f) made.set(locale, (f = make(DATE_LOCALE(locale))));
    return f;
  };
}
const dayFormat = formatter(
  (tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }),
);
const countFormat = formatter((tag) => new Intl.NumberFormat(tag));

/** A day (YYYY-MM-DD) as the reader's language writes it, the same anywhere on earth. */
export function formatDay(day: string, locale: Locale): string {
  return dayFormat(locale).format(new Date(`${day}T00:00:00Z`));
}

export function formatCount(n: number, locale: Locale): string {
  return countFormat(locale).format(n);
}

/** A whole percent (0 to 100) as the reader's language writes it: "7%", "7 %". */
export function formatPercent(percent: number, locale: Locale): string {
  return new Intl.NumberFormat(DATE_LOCALE(locale), { style: 'percent' }).format(percent / 100);
}

export const zoneLabel = (t: TFunction, zone: Zone): string => t(`zones.${zone}`);

/** "Clients, OE nodes": the zones of a list of endpoints, each once. */
export function zonesLabel(t: TFunction, endpoints: readonly EndpointRef[]): string {
  return [...new Set(endpoints.map((e) => e.zone))].map((z) => zoneLabel(t, z)).join(', ');
}

/** Numbers source URLs in the order they first appear: the evidence column cites them as [n]. */
export class SourceIndex {
  private readonly numbers = new Map<string, number>();

  cite(urls: readonly string[]): number[] {
    return urls.map((url) => {
      let n = this.numbers.get(url);
      if (n === undefined) this.numbers.set(url, (n = this.numbers.size + 1));
      return n;
    });
  }

  get urls(): string[] {
    return [...this.numbers.keys()];
  }
}

/** The words that stand for this planner's own modeling among the source URLs. */
export const PLANNER_MODELING = SOURCES['planner-modeling'].url;

/** A source as the reader sees it: a URL as it is, this planner's modeling in the reader's words. */
export const sourceLabel = (t: TFunction, url: string): string =>
  url === PLANNER_MODELING ? t('checklist.plannerModeling') : url;
