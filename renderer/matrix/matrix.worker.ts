import { FEATURES } from '../../shared/catalog';
import { computeMatrix, type Matrix } from '../../shared/matrix';
import { hasErrors, validatePlan, type Plan } from '../../shared/plan';
import { presalesSummary, whatIfAddNodes } from '../../shared/summary';
import { answerRequests, type MessageEnd } from '../lib/worker-client';
import { previewToggle } from './feature-preview';
import type { CheckReply, FromWorker, MatrixRequests, ToWorker } from './protocol';
import { RuleCoverage } from './rule-coverage';
import { RuleViews, type ProbesByRule } from './rule-view';

// The matrix of the plan being edited, computed off the window's thread.

interface Current {
  generation: number;
  plan: Plan;
  matrix: Matrix;
  views: RuleViews;
  coverage: RuleCoverage;
  /** Features whose preview is still to compute for this generation. */
  previewsLeft: number;
}

interface Check {
  generation: number;
  planText: string;
  answer: (reply: CheckReply) => void;
  supersede: () => void;
}

const scope = self as unknown as MessageEnd;
const post = (message: FromWorker) => scope.postMessage(message);

/** The latest plan sent, not validated yet; an older one waiting is answered "superseded". */
let latest: Check | null = null;
/** The latest plan validated, waiting for its matrix (plan null: it has none). */
let toCompute: { generation: number; plan: Plan | null } | null = null;
let current: Current | null = null;
let generation = 0;
let previewsWanted = false;
let scheduled = false;
/** The plan's latest probe result per host rule: kept across plan changes, since ids are stable. */
let probes: ProbesByRule = new Map();
/** Every result sent (several per rule when several hosts probed it): coverage counts each source. */
let probeResults: ToWorker & { kind: 'probes' } = { kind: 'probes', results: [] };

function postProbeCounts(): void {
  if (current)
    post({
      kind: 'probe-counts',
      generation: current.generation,
      probes: { ...current.views.probeCounts(), coverage: current.coverage.summaries() },
    });
}

const previewsLeft = () => current !== null && previewsWanted && current.previewsLeft > 0;

/** One piece of work per turn, so that row requests are answered between long computations. */
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(work, 0);
}

function work(): void {
  scheduled = false;
  if (latest) {
    const next = latest;
    latest = null;
    check(next);
  } else if (toCompute) {
    const next = toCompute;
    toCompute = null;
    compute(next.generation, next.plan);
  } else if (current && previewsLeft()) {
    const feature = FEATURES[FEATURES.length - current.previewsLeft]!.id;
    current.previewsLeft--;
    const preview = previewToggle(current.plan, current.matrix, feature);
    post({ kind: 'preview', generation: current.generation, preview });
  }
  if (latest || toCompute || previewsLeft()) schedule();
}

/**
 * Validation happens here, off the window's thread: its issues go back in a turn of their own,
 * before the matrix is computed, so the fields show them without waiting for the rules.
 */
function check(next: Check): void {
  generation = next.generation;
  const { plan, issues } = validatePlan(JSON.parse(next.planText));
  next.answer({ generation, issues, plan: plan ?? null });
  // A plan with errors has no matrix: half-entered hosts, or a size the matrix must not grow to.
  toCompute = { generation, plan: plan && !hasErrors(issues) ? plan : null };
}

function compute(next: number, plan: Plan | null): void {
  if (!plan) {
    current = null;
    post({ kind: 'summary', generation: next, summary: null });
    return;
  }
  try {
    const started = performance.now();
    const matrix = computeMatrix(plan);
    const computeMs = performance.now() - started;
    current = {
      generation: next,
      plan,
      matrix,
      views: new RuleViews(matrix, probes, plan.statuses),
      coverage: new RuleCoverage(matrix, probeResults.results),
      previewsLeft: FEATURES.length,
    };
    post({
      kind: 'summary',
      generation: next,
      summary: {
        generation: next,
        computeMs,
        flows: matrix.flows.length,
        hostRules: matrix.hostRules.length,
        firewallRules: matrix.firewallRules.length,
        zoneGrid: matrix.zoneGrid,
      },
    });
    postProbeCounts();
  } catch (e) {
    current = null;
    post({ kind: 'failed', generation: next, message: e instanceof Error ? e.message : String(e) });
  }
}

answerRequests<MatrixRequests, ToWorker>(
  scope,
  {
    check: ({ generation, planText }) =>
      new Promise((answer, reject) => {
        latest?.supersede();
        latest = {
          generation,
          planText,
          answer,
          supersede: () => reject(new Error(`plan version ${generation} was superseded`)),
        };
        schedule();
      }),
    presales: ({ addNodes }) => ({
      generation: current?.generation ?? generation,
      summary: current ? presalesSummary(current.plan, current.matrix) : null,
      whatIf:
        current && addNodes > 0 ? whatIfAddNodes(current.plan, current.matrix, addNodes) : null,
    }),
    describe: ({ ids }) => (current ? current.views.describe(ids) : []),
    rows: ({ query, start, end }) => {
      if (!current) {
        return { generation, start, total: 0, matched: 0, rows: [], zonePairs: [] };
      }
      const reply = current.views.rows(query, start, end);
      const rows = current.coverage.decorate(query.level, reply.rows);
      return { generation: current.generation, start, ...reply, rows };
    },
  },
  (message) => {
    switch (message.kind) {
      case 'previews':
        previewsWanted = message.wanted;
        schedule();
        break;
      case 'probes':
        probes = new Map(message.results.map(({ ruleId, ...probe }) => [ruleId, probe]));
        probeResults = message;
        current?.views.setProbes(probes);
        if (current) current.coverage = new RuleCoverage(current.matrix, message.results);
        postProbeCounts();
        break;
    }
  },
);
