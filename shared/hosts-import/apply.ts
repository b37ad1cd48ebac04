import type { PrinterProtocol } from '../catalog';
import { PLAN_LIMITS } from '../plan/limits';
import type { ClientGroup, Plan, PrinterNetwork } from '../plan/schema';
import type { ImportAccounting, ImportedRow, ImportTarget } from './accounting';
import type { ImportField } from './columns';
import type { SummaryNetwork } from './summaries';

/** What the plan remembers of the last import into printers or clients: field → column heading. */
export type RememberedMapping = Partial<Record<ImportField, string>>;

/** The mapping's key in the plan's importMappings: island printers share the printers' mapping. */
export const mappingKey = (target: ImportTarget): 'printers' | 'clients' =>
  target.into === 'clients' ? 'clients' : 'printers';

/** A name not yet in `taken` (case does not matter): "Name", else "Name (2)", "Name (3)"… */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = `${name.slice(0, 80 - suffix.length)}${suffix}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

const addProtocols = (network: PrinterNetwork, added: readonly PrinterProtocol[]) => ({
  ...network,
  protocols: [...network.protocols, ...added.filter((p) => !network.protocols.includes(p))],
});

/**
 * The plan with the accounted rows in it: each imported printer its own entry (or inside an
 * accepted summary network), protocols added where rows merged, client addresses in their group,
 * and the mapping remembered. Returns a new document; the one given is not changed.
 */
export function applyImport<P extends Plan>(
  plan: P,
  target: ImportTarget,
  accounting: ImportAccounting,
  accepted: readonly SummaryNetwork[],
  remember: RememberedMapping,
): P {
  const summarised = new Map<number, SummaryNetwork>();
  for (const summary of accepted) for (const row of summary.rows) summarised.set(row, summary);
  const imported = accounting.outcomes.filter(
    (o): o is { outcome: 'imported' } & ImportedRow => o.outcome === 'imported',
  );
  const importMappings = { ...(plan.importMappings ?? {}), [mappingKey(target)]: remember };
  if (target.into === 'clients') {
    return {
      ...plan,
      clientGroups: clientGroups(plan.clientGroups ?? [], imported, summarised),
      importMappings,
    };
  }

  const printerList = (networks: readonly PrinterNetwork[], site: number | undefined) => {
    const taken = new Set(networks.map((n) => n.name.toLowerCase()));
    const merges = accounting.outcomes.filter(
      (o) => o.outcome === 'merged' && o.site === site && o.added.length > 0,
    ) as Extract<ImportAccounting['outcomes'][number], { outcome: 'merged' }>[];
    const list = networks.map((network) => {
      const added = merges.filter((m) => m.into === network.name).flatMap((m) => m.added);
      return added.length > 0 ? addProtocols(network, added) : network;
    });
    const done = new Set<SummaryNetwork>();
    for (const row of imported) {
      if (row.site !== site) continue;
      const summary = summarised.get(row.row);
      if (summary) {
        if (done.has(summary)) continue;
        done.add(summary);
        list.push({
          name: uniqueName(summary.network, taken),
          addresses: [summary.network],
          protocols: [...summary.protocols],
        });
      } else {
        list.push({
          name: uniqueName(row.name, taken),
          addresses: [row.address],
          protocols: [...row.protocols],
        });
      }
    }
    return list;
  };
  const touched = new Set(imported.map((r) => r.site));
  for (const o of accounting.outcomes) if (o.outcome === 'merged') touched.add(o.site);
  return {
    ...plan,
    printerNetworks: touched.has(undefined)
      ? printerList(plan.printerNetworks ?? [], undefined)
      : plan.printerNetworks,
    islandSites: plan.islandSites?.map((site, s) =>
      touched.has(s)
        ? { ...site, printerNetworks: printerList(site.printerNetworks ?? [], s) }
        : site,
    ),
    importMappings,
  };
}

function clientGroups(
  groups: readonly ClientGroup[],
  imported: readonly ImportedRow[],
  summarised: Map<number, SummaryNetwork>,
): ClientGroup[] {
  const list = groups.map((g) => ({ ...g, addresses: [...g.addresses] }));
  const byName = new Map(list.map((g) => [g.name.toLowerCase(), g]));
  const done = new Set<SummaryNetwork>();
  for (const row of imported) {
    let group = byName.get(row.name.toLowerCase());
    if (!group) {
      group = { name: row.name, kind: row.kind, addresses: [] };
      list.push(group);
      byName.set(row.name.toLowerCase(), group);
    }
    const summary = summarised.get(row.row);
    if (!summary) group.addresses.push(row.address);
    else if (!done.has(summary)) {
      done.add(summary);
      group.addresses.push(summary.network);
    }
  }
  return list;
}

/**
 * Lists the import would fill past the plan's limits: confirming is refused until they fit. A plan
 * document as written may leave a list out (its default is empty).
 */
export function overLimits(plan: Plan): { path: string; count: number; maximum: number }[] {
  const over: { path: string; count: number; maximum: number }[] = [];
  const check = (path: string, count: number, maximum: number) => {
    if (count > maximum) over.push({ path, count, maximum });
  };
  check('printerNetworks', plan.printerNetworks?.length ?? 0, PLAN_LIMITS.printerNetworks);
  check('clientGroups', plan.clientGroups?.length ?? 0, PLAN_LIMITS.clientGroups);
  plan.clientGroups?.forEach((g, i) =>
    check(`clientGroups[${i}].addresses`, g.addresses?.length ?? 0, PLAN_LIMITS.addresses),
  );
  plan.islandSites?.forEach((s, i) =>
    check(
      `islandSites[${i}].printerNetworks`,
      s.printerNetworks?.length ?? 0,
      PLAN_LIMITS.islandPrinterNetworks,
    ),
  );
  return over;
}
