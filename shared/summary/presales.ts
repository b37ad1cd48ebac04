import { EVIDENCE_LEVELS, type Evidence, type Zone } from '../catalog';
import type { Matrix } from '../matrix/model';
import type { Placement, Plan } from '../plan/schema';
import { openQuestions, type OpenQuestion } from './open-questions';

export interface ServerCount {
  role:
    | 'oe-node'
    | 'management-server'
    | 'dedicated'
    | 'load-balancer'
    | 'island-checkout'
    | 'sapwin-server';
  names: string[];
}

export interface ComponentToInstall {
  component:
    | 'output-engine'
    | 'mongodb'
    | 'elastic-stack'
    | 'seal-keycloak'
    | 'easyprima'
    | 'island-checkout'
    | 'seal-convert-sapwin';
  hosts: string[];
}

export interface Opening {
  sourceZone: Zone;
  destinationZone: Zone;
  ports: string[];
  hostRules: number;
  firewallRules: number;
}

export interface PresalesSummary {
  servers: ServerCount[];
  components: ComponentToInstall[];
  hostRules: number;
  firewallRules: number;
  byEvidence: Record<Evidence, number>;
  openings: Opening[];
  /** One per inferred claim, not per rule: to confirm with the vendor before the installation. */
  openQuestions: OpenQuestion[];
  /** Host rules that rest on an open question, each counted once. */
  openQuestionRules: number;
}

function placedOn(plan: Plan, placement: Placement): string[] {
  if (placement.on === 'oe-nodes') return plan.nodes.map((n) => n.name);
  if (placement.on === 'management-server')
    return plan.managementServer ? [plan.managementServer.name] : [];
  return placement.hosts.map((h) => h.name);
}

/** What a proposal needs: servers, components, firewall changes, and what is still to confirm. */
export function presalesSummary(plan: Plan, matrix: Matrix): PresalesSummary {
  const on = new Set(plan.features);
  const dedicated = [
    ...new Set(
      Object.values(plan.placement).flatMap((p) =>
        p.on === 'dedicated' ? p.hosts.map((h) => h.name) : [],
      ),
    ),
  ];
  const servers: ServerCount[] = [
    { role: 'oe-node' as const, names: plan.nodes.map((n) => n.name) },
    {
      role: 'management-server' as const,
      names: plan.managementServer ? [plan.managementServer.name] : [],
    },
    { role: 'dedicated' as const, names: dedicated },
    { role: 'load-balancer' as const, names: plan.loadBalancer ? [plan.loadBalancer.name] : [] },
    {
      role: 'island-checkout' as const,
      names: plan.islandSites.flatMap((s) => s.checkoutHosts.map((h) => h.name)),
    },
    { role: 'sapwin-server' as const, names: plan.sapwinServer ? [plan.sapwinServer.name] : [] },
  ].filter((s) => s.names.length > 0);

  const components: ComponentToInstall[] = [
    { component: 'output-engine' as const, hosts: plan.nodes.map((n) => n.name) },
    { component: 'mongodb' as const, hosts: placedOn(plan, plan.placement.mongodb) },
    { component: 'elastic-stack' as const, hosts: placedOn(plan, plan.placement.elastic) },
    {
      component: 'seal-keycloak' as const,
      hosts: on.has('seal-keycloak') ? placedOn(plan, plan.placement.keycloak) : [],
    },
    {
      component: 'easyprima' as const,
      hosts: plan.managementServer ? [plan.managementServer.name] : [],
    },
    {
      component: 'island-checkout' as const,
      hosts: on.has('remote-printing')
        ? plan.islandSites.flatMap((s) => s.checkoutHosts.map((h) => h.name))
        : [],
    },
    {
      component: 'seal-convert-sapwin' as const,
      hosts: plan.sapwinServer ? [plan.sapwinServer.name] : [],
    },
  ].filter((c) => c.hosts.length > 0);

  const byEvidence = Object.fromEntries(EVIDENCE_LEVELS.map((e) => [e, 0])) as Record<
    Evidence,
    number
  >;
  for (const r of matrix.hostRules) byEvidence[r.evidence]++;

  const firewallByPair = new Map<string, number>();
  for (const r of matrix.firewallRules) {
    const key = `${r.sourceZone}>${r.destinationZone}`;
    firewallByPair.set(key, (firewallByPair.get(key) ?? 0) + 1);
  }
  const openings = matrix.zoneGrid.cells.map((c) => ({
    sourceZone: c.sourceZone,
    destinationZone: c.destinationZone,
    ports: c.ports,
    hostRules: c.ruleCount,
    firewallRules: firewallByPair.get(`${c.sourceZone}>${c.destinationZone}`) ?? 0,
  }));

  const questions = openQuestions(plan, matrix);

  return {
    servers,
    components,
    hostRules: matrix.hostRules.length,
    firewallRules: matrix.firewallRules.length,
    byEvidence,
    openings,
    openQuestions: questions.questions,
    openQuestionRules: questions.hostRules,
  };
}
