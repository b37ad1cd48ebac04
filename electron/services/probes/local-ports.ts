import type { Transport } from '../../../shared/catalog/model';
import { text } from '../../../shared/i18n';
import { because, type LocalPortResult, type PortOwner } from '../../../shared/probes/model';
import type { ListenPort } from '../../../shared/probes/scope';
import { tryBind } from './bind-test';
import { describeOwner, excludedPortRanges, portOwners } from './process-owner';
import type { ExcludedPortRange } from './process-owner-windows';

export interface LocalCheckOptions {
  /** Where the service will bind: the host's planned address if local, else the wildcard. */
  address: string;
  signal?: AbortSignal;
  onResult?: (result: LocalPortResult, progress: { done: number; total: number }) => void;
}

const WINDOWS = process.platform === 'win32';
const IS_ADMIN = process.getuid?.() === 0;
/** Why the owner is unknown: missing rights, or (as root) a process this system view does not show. */
const OWNER_HIDDEN = text(
  IS_ADMIN
    ? 'probeReasons.hiddenNamespace'
    : WINDOWS
      ? 'probeReasons.hiddenAdministrator'
      : 'probeReasons.hiddenRoot',
);

function ownersText(owners: readonly PortOwner[]): string {
  return owners.map(describeOwner).join('; ');
}

async function checkPort(
  port: ListenPort,
  address: string,
  excluded: ExcludedPortRange[],
): Promise<Omit<LocalPortResult, 'port' | 'protocol' | 'services' | 'ruleIds'>> {
  const base = { address, owners: [] as PortOwner[] };
  const range = excluded.find((r) => r.start <= port.port && port.port <= r.end);
  if (range) {
    return {
      ...base,
      status: 'excluded-range',
      ...because(
        text('probeReasons.excluded', {
          start: range.start,
          end: range.end,
          why: text(
            range.administered ? 'probeReasons.excludedByAdmin' : 'probeReasons.excludedByWindows',
          ),
        }),
      ),
    };
  }
  const outcome = await tryBind(address, port.port, port.protocol);
  if (outcome.ok) return { ...base, status: 'free', detail: '' };
  const owners =
    outcome.code === 'EADDRINUSE' || outcome.code === 'EACCES' || outcome.code === 'EPERM'
      ? await portOwners(port.port, port.protocol)
      : [];
  if (outcome.code === 'EADDRINUSE' || owners.length > 0) {
    const known = owners.some((o) => o.pid !== undefined);
    return {
      ...base,
      status: 'in-use',
      owners,
      ...because(
        !owners.length
          ? text('probeReasons.inUseUnknown', { hidden: OWNER_HIDDEN })
          : known
            ? text('probeReasons.inUseBy', { owners: ownersText(owners) })
            : text('probeReasons.inUseByHidden', {
                owners: ownersText(owners),
                hidden: OWNER_HIDDEN,
              }),
      ),
    };
  }
  if (outcome.code === 'EACCES' || outcome.code === 'EPERM') {
    return {
      ...base,
      status: 'permission-denied',
      ...because(
        text(WINDOWS ? 'probeReasons.needsAdministrator' : 'probeReasons.needsRoot', {
          port: port.port,
        }),
      ),
    };
  }
  return {
    ...base,
    status: 'bind-failed',
    ...because(text('probeReasons.bindFailed', { code: outcome.code, message: outcome.message })),
  };
}

/** Bind-test every port this host must listen on, one after another (each takes a moment). */
export async function checkLocalPorts(
  ports: readonly ListenPort[],
  options: LocalCheckOptions,
): Promise<LocalPortResult[]> {
  const excluded: Record<Transport, ExcludedPortRange[]> = {
    tcp: await excludedPortRanges('tcp'),
    udp: await excludedPortRanges('udp'),
  };
  const results: LocalPortResult[] = [];
  for (const port of ports) {
    if (options.signal?.aborted) break;
    const found = await checkPort(port, options.address, excluded[port.protocol]);
    const result: LocalPortResult = {
      port: port.port,
      protocol: port.protocol,
      ...found,
      services: port.services,
      ruleIds: port.ruleIds,
    };
    results.push(result);
    options.onResult?.(result, { done: results.length, total: ports.length });
  }
  return results;
}
