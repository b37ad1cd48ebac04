import { Refusal } from '../../../shared/api/refusal';
import { text, type Text } from '../../../shared/i18n';
import { computeMatrix, formatPortRanges, type HostRule } from '../../../shared/matrix';
import { findPlanHost, planHosts, type Plan, type PlanHost } from '../../../shared/plan';
import {
  because,
  type LocalPortReport,
  type LocalPortResult,
  type ProbeReport,
} from '../../../shared/probes/model';
import { listenPorts, reachTargets } from '../../../shared/probes/scope';
import { reportFingerprint } from '../../../shared/probes/fingerprint';
import { plannedLocalAddress, wildcardAddress } from './local-address';
import { checkLocalPorts, type LocalCheckOptions } from './local-ports';
import { probeReachability, type ReachOptions } from './reachability';
import { startResponder, type Responder, type ResponderOptions } from './responder';

// The probe services over a plan: what the command line and the app call. Each takes the plan
// and the name of the host this machine is; scope (which rules, which ports) comes from the matrix.

/** The name given for this machine is not a host of the plan (the `host` argument). */
export class UnknownPlanHost extends Refusal {
  constructor(
    readonly given: string,
    readonly hosts: readonly string[],
  ) {
    super('bad-request', text('errors.notPlanHost', { host: given, hosts: hosts.join(', ') }), {
      field: 'host',
    });
  }
}

/** "515/tcp is in use by nc (PID 42) on 0.0.0.0; 53/tcp, 53/udp are …": one part per reason. */
function describeBlocking(blocking: readonly LocalPortResult[]): Text {
  const byReason = new Map<string, LocalPortResult[]>();
  for (const r of blocking) byReason.set(r.detail, [...(byReason.get(r.detail) ?? []), r]);
  const parts = [...byReason.values()].map((results) => {
    const ports = (['tcp', 'udp'] as const)
      .map((protocol) => {
        const list = results.filter((r) => r.protocol === protocol).map((r) => r.port);
        return list.length ? `${formatPortRanges(list)}/${protocol}` : '';
      })
      .filter(Boolean);
    const first = results[0]!;
    return text('probeReasons.portsBlocked', {
      count: results.length,
      ports: ports.join(', '),
      why: first.reason ?? first.detail,
    });
  });
  return text('errors.responderBlocked', { ports: parts });
}

/**
 * The responder will not start: a planned port is not free (results say which and why; 'in-use'),
 * or the host has no inbound rule to answer (the user chose another host than they meant).
 */
export class ResponderRefused extends Refusal {
  constructor(
    readonly blocking: readonly LocalPortResult[],
    text: Text = describeBlocking(blocking),
  ) {
    super(blocking.length > 0 ? 'in-use' : 'bad-request', text);
  }
}

export interface PlanProbeScope {
  rules: HostRule[];
  host: PlanHost;
  /** The host's planned address, if this machine has it. */
  localAddress?: string;
  /** Where services would bind: the planned address if local, else all addresses. */
  bindAddress: string;
  notes: Text[];
}

/** The plan's host rules and the named host; throws UnknownPlanHost for a name not in the plan. */
export function planHost(plan: Plan, hostName: string): { rules: HostRule[]; host: PlanHost } {
  // Every host of the plan may be "this machine", also one that no rule names yet.
  const host = findPlanHost(plan, hostName);
  if (!host)
    throw new UnknownPlanHost(
      hostName,
      planHosts(plan).map((h) => h.name),
    );
  return { rules: computeMatrix(plan).hostRules, host };
}

/** Which host this machine is, and where it binds and sends from. */
export async function planProbeScope(plan: Plan, hostName: string): Promise<PlanProbeScope> {
  const { rules, host } = planHost(plan, hostName);
  const localAddress = await plannedLocalAddress(host.address);
  const notes = localAddress
    ? []
    : [text('probeNotes.notPlannedAddress', { host: host.name, address: host.address })];
  return {
    rules,
    host,
    ...(localAddress ? { localAddress } : {}),
    bindAddress: localAddress ?? (await wildcardAddress()),
    notes,
  };
}

/** Is every port this host must listen on free here? */
export async function checkPlanLocalPorts(
  plan: Plan,
  hostName: string,
  options: Omit<LocalCheckOptions, 'address'> = {},
): Promise<LocalPortReport> {
  const scope = await planProbeScope(plan, hostName);
  const checkedAt = new Date().toISOString();
  const results = await checkLocalPorts(listenPorts(scope.rules, scope.host.name), {
    ...options,
    address: scope.bindAddress,
  });
  return {
    kind: 'oe-port-planner/local-port-check',
    version: 1,
    planName: plan.project.name,
    probeHost: scope.host.name,
    checkedAt,
    platform: process.platform,
    results,
    notes: scope.notes,
  };
}

/** Probe every host rule whose source is this host; network destinations come back untested. */
export async function probePlanReachability(
  plan: Plan,
  hostName: string,
  options: Omit<ReachOptions, 'probeHost' | 'localAddress'> & { nonce?: string } = {},
): Promise<ProbeReport> {
  const { nonce, ...reach } = options;
  const scope = await planProbeScope(plan, hostName);
  const { targets, untestable } = reachTargets(
    scope.rules,
    plan.project.name,
    scope.host.name,
    nonce,
  );
  const startedAt = new Date().toISOString();
  const run = await probeReachability(targets, {
    ...reach,
    probeHost: scope.host.name,
    ...(scope.localAddress ? { localAddress: scope.localAddress } : {}),
  });
  const untested = untestable.map((u) => ({
    ruleId: u.ruleId,
    status: 'untested' as const,
    ...because(u.reason),
    probedAt: startedAt,
    probeHost: scope.host.name,
    sourceAddress: '',
    nat: false,
  }));
  return {
    kind: 'oe-port-planner/probe-results',
    version: 1,
    planName: plan.project.name,
    planFingerprint: reportFingerprint(plan),
    ...(nonce ? { nonce } : {}),
    ...(plan.planId ? { planId: plan.planId } : {}),
    probeHost: scope.host.name,
    startedAt,
    finishedAt: new Date().toISOString(),
    results: [...run.results, ...untested],
    ...(run.cancelled ? { cancelled: true } : {}),
    settings: run.settings,
    notes: [...scope.notes, ...run.notes],
  };
}

export interface PlanResponder extends Responder {
  hostName: string;
  notes: Text[];
}

/** Check the host's planned inbound ports, then answer probes on them until the TTL. */
export async function startPlanResponder(
  plan: Plan,
  hostName: string,
  options: Pick<ResponderOptions, 'ttlMs' | 'signal' | 'onEvent' | 'nonce'> = {},
): Promise<PlanResponder> {
  const scope = await planProbeScope(plan, hostName);
  const ports = listenPorts(scope.rules, scope.host.name);
  if (ports.length === 0) {
    throw new ResponderRefused([], text('errors.responderNoRules', { host: scope.host.name }));
  }
  const check = await checkLocalPorts(ports, { address: scope.bindAddress });
  const blocking = check.filter((r) => r.status !== 'free');
  if (blocking.length > 0) throw new ResponderRefused(blocking);
  const responder = await startResponder({
    ...options,
    planName: plan.project.name,
    hostName: scope.host.name,
    address: scope.bindAddress,
    ports: ports.map(({ port, protocol }) => ({ port, protocol })),
  });
  return Object.assign(responder, { hostName: scope.host.name, notes: scope.notes });
}
