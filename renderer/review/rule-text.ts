import type { Zone } from '../../shared/catalog';
import { featureLabel, purposeText, serviceText } from '../../shared/i18n';
import { detailIn } from '../../shared/probes/model';
import { language, t } from '../lib/i18n.svelte';
import type { EndpointText, RuleProbe, RuleRow } from '../matrix/protocol';

// How the rule table words a rule's cells, in the UI's language.

export const zoneNames = (zones: readonly Zone[]) => zones.map((z) => t(`zones.${z}`)).join(' + ');

export const pairLabel = (p: { sourceZones: Zone[]; destinationZones: Zone[] }) =>
  `${zoneNames(p.sourceZones)} → ${zoneNames(p.destinationZones)}`;

const endpointLabel = (e: EndpointText) =>
  e.name === e.address ? e.name : `${e.name} (${e.address})`;

/** The first endpoints, then "and N more". */
export function endpoints(list: readonly EndpointText[], count: number, shown = 2): string {
  const text = list.slice(0, shown).map(endpointLabel).join(', ');
  return count > shown ? `${text} ${t('ui.review.andMore', { count: count - shown })}` : text;
}

export const fullEndpoints = (list: readonly EndpointText[], count: number) =>
  endpoints(list, count, list.length);

export const neededFor = (row: RuleRow) =>
  row.features.length > 0
    ? row.features.map((f) => featureLabel(language.locale, f)).join(', ')
    : t('ui.review.always');

export const purposeOf = (row: RuleRow) => purposeText(language.locale, row.purpose);

export const servicesOf = (row: RuleRow) => serviceText(language.locale, row.services);

export const probeTitle = (probe: RuleProbe) =>
  t('ui.probes.review.probedBy', {
    status: t(`checklist.probe.${probe.status}`),
    time: language.date(probe.probedAt),
    host: probe.probeHost,
    detail: detailIn(language.locale, probe),
  });
