import { isFeatureId } from '../catalog';
import { featureLabel, translator, type Locale, type MessageKey } from '../i18n';
import { shownName } from './control';

const FIELDS: Record<string, MessageKey> = {
  schemaVersion: 'ui.paths.schemaVersion',
  project: 'ui.steps.project',
  name: 'ui.paths.name',
  customer: 'ui.project.customer',
  site: 'ui.project.site',
  technician: 'ui.project.technician',
  change: 'ui.project.change',
  ticket: 'ui.project.ticket',
  requestedDate: 'ui.project.requestedDate',
  networkContact: 'ui.project.networkContact',
  email: 'ui.project.email',
  phone: 'ui.project.phone',
  productVersion: 'ui.project.productVersion',
  os: 'ui.project.os',
  installation: 'ui.topology.installation',
  managementServer: 'ui.topology.managementServer',
  loadBalancer: 'ui.topology.loadBalancer',
  placement: 'ui.topology.placement',
  elastic: 'ui.components.elastic',
  mongodb: 'ui.components.mongodb',
  keycloak: 'ui.components.keycloak',
  fqdn: 'ui.host.fqdn',
  address: 'ui.host.address',
  kind: 'ui.paths.kind',
  parameters: 'ui.parameters.title',
  printerPorts: 'ui.parameters.printerPorts',
  dpfApiPort: 'ui.parameters.dpfApiPort',
  dpfCallbackPort: 'ui.parameters.dpfCallbackPort',
  sapSystemNumber: 'ui.parameters.sapSystemNumber',
  sapSnc: 'ui.parameters.sapSnc',
  identityProviderPort: 'ui.parameters.identityProviderPort',
};

/** Lists: the list's name, and one item's ("Client group {{n}}"). */
const LISTS: Record<string, [MessageKey, MessageKey]> = {
  nodes: ['ui.topology.nodes', 'ui.topology.node'],
  hosts: ['ui.paths.hosts', 'ui.paths.host'],
  clientGroups: ['ui.clients.groups', 'ui.clients.group'],
  addresses: ['ui.addresses.label', 'ui.addresses.item'],
  printerNetworks: ['ui.printers.networks', 'ui.printers.network'],
  protocols: ['ui.printers.protocols', 'ui.printers.protocols'],
  islandSites: ['ui.islands.sites', 'ui.islands.site'],
  checkoutHosts: ['ui.islands.checkoutHosts', 'ui.islands.checkoutHost'],
  externalSystems: ['ui.externals.title', 'ui.externals.system'],
  features: ['ui.steps.features', 'ui.paths.feature'],
};

type Token = string | number;
const tokens = (path: string): Token[] =>
  [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : m[1]!,
  );

/**
 * A field path as the wizard labels it: "nodes[1].address" → "OE node 2 › IP address"; with the
 * plan (or its document as typed), an entry also by its name, a feature by its own name.
 */
export function describePath(locale: Locale, path: string, plan?: unknown): string {
  const t = translator(locale);
  const parts: string[] = [];
  const list = tokens(path);
  let value: unknown = plan ?? {};
  for (let i = 0; i < list.length; i++) {
    const token = list[i]!;
    const next = list[i + 1];
    if (typeof token === 'number') continue;
    value = (value as Record<string, unknown> | undefined)?.[token];
    const listKeys = LISTS[token];
    if (listKeys && typeof next === 'number') {
      const item = (value as unknown[] | undefined)?.[next];
      value = item;
      if (token === 'features' && isFeatureId(item)) {
        parts.push(featureLabel(locale, item));
        continue;
      }
      const name = (item as { name?: unknown } | undefined)?.name;
      const label = t(listKeys[1], { n: next + 1 });
      parts.push(typeof name === 'string' && name.trim() ? `${label} (${shownName(name)})` : label);
    } else if (listKeys) {
      parts.push(t(listKeys[0]));
    } else {
      parts.push(FIELDS[token] ? t(FIELDS[token]) : token);
    }
  }
  return parts.join(' › ') || t('ui.paths.plan');
}
