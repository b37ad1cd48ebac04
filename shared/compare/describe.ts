import { formatPortRanges } from '../matrix/port-ranges';
import type { HostRule } from '../matrix/model';
import { isFeatureId, type Zone } from '../catalog';
import { featureLabel, translator, type Locale } from '../i18n';
import { listDelta, type FieldChange } from './comparison';

export interface ChangeLine {
  sign: '+' | '-';
  rules: number;
  ports: string;
  sourceZone: Zone;
  sources: number;
  destinationZone: Zone;
  destinations: number;
}

/**
 * Rules grouped the way a technician reads a change: by transport and zone pair, counting the
 * distinct named sources and destinations ("+3 rules: 2119/tcp from 2 island sites to 3 OE nodes").
 */
export function changeLines(sign: '+' | '-', rules: readonly HostRule[]): ChangeLine[] {
  const groups = new Map<string, HostRule[]>();
  for (const r of rules) {
    const key = `${r.protocol}|${r.sourceZone}|${r.destinationZone}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()].map((list) => {
    const first = list[0]!;
    return {
      sign,
      rules: list.length,
      ports: `${formatPortRanges(list.map((r) => r.port))}/${first.protocol}`,
      sourceZone: first.sourceZone,
      sources: new Set(list.map((r) => r.sourceName)).size,
      destinationZone: first.destinationZone,
      destinations: new Set(list.map((r) => r.destinationName)).size,
    };
  });
}

/** "+3 rules: 2119/tcp from 2 island sites to 3 OE nodes", in the given language. */
export function describeChangeLine(locale: Locale, line: ChangeLine): string {
  const t = translator(locale);
  return t('changes.line', {
    sign: line.sign,
    rules: t('changes.rules', { count: line.rules }),
    ports: line.ports,
    sources: t(`zoneCounts.${line.sourceZone}`, { count: line.sources }),
    destinations: t(`zoneCounts.${line.destinationZone}`, { count: line.destinations }),
  });
}

/** "Port: added 2118/tcp" for a list, "Destination: 192.0.2.20 → 192.0.2.21" for a single value. */
/** The features a rule is required by, named as the wizard names them ("IPP printing", not "ipps"). */
function featureNames(locale: Locale, list: string): string {
  return list
    .split(/,\s*/)
    .filter(Boolean)
    .map((id) => (isFeatureId(id) ? featureLabel(locale, id) : id))
    .join(', ');
}

export function describeFieldChange(locale: Locale, given: FieldChange): string {
  const t = translator(locale);
  const label = t(`columns.${given.field}`);
  const change =
    given.field === 'requiredBy'
      ? {
          ...given,
          before: featureNames(locale, given.before),
          after: featureNames(locale, given.after),
        }
      : given;
  const delta = listDelta(change);
  const parts = delta
    ? [
        ...(delta.added.length > 0
          ? [t('comparison.gained', { items: delta.added.join(', ') })]
          : []),
        ...(delta.removed.length > 0
          ? [t('comparison.lost', { items: delta.removed.join(', ') })]
          : []),
      ]
    : [];
  return parts.length > 0
    ? `${label}: ${parts.join('; ')}`
    : `${label}: ${change.before || '–'} → ${change.after || '–'}`;
}
