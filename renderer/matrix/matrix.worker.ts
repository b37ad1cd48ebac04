import { FEATURES } from '../../shared/catalog';
import { computeMatrix, type Matrix } from '../../shared/matrix';
import { hasErrors, validatePlan, type Plan } from '../../shared/plan';
import { presalesSummary, whatIfAddNodes } from '../../shared/summary';
import { previewToggle } from './feature-preview';
import type { FromWorker, ToWorker } from './protocol';
import { RuleViews, type ProbesByRule } from './rule-view';

// The matrix of the plan being edited, computed off the window's thread.

interface Current {
  generation: number;
  plan: Plan;
  matrix: Matrix;
  views: RuleViews;
  /** Features whose preview is still to compute for this generation. */
  previewsLeft: number;
}

const post = (message: FromWorker) => postMessage(message);

let latest: { generation: number; planText: string } | null = null;
let current: Current | null = null;
let generation = 0;
let previewsWanted = false;
let scheduled = false;
/** The plan's latest probe result per host rule: kept across plan changes, since ids are stable. */
let probes: ProbesByRule = new Map();

function postProbeCounts(): void {
  if (current)
    post({
      kind: 'probe-counts',
      generation: current.generation,
      probes: current.views.probeCounts(),
    });
}

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
    compute(next.generation, next.planText);
  } else if (current && previewsWanted && current.previewsLeft > 0) {
    const feature = FEATURES[FEATURES.length - current.previewsLeft]!.id;
    current.previewsLeft--;
    const preview = previewToggle(current.plan, current.matrix, feature);
    post({ kind: 'preview', generation: current.generation, preview });
  }
  if (latest || (current && previewsWanted && current.previewsLeft > 0)) schedule();
}

function compute(next: number, planText: string): void {
  generation = next;
  // Validation happens here, off the window's thread: its issues go back before the matrix is
  // computed, so the fields show them without waiting for the rules.
  const { plan, issues } = validatePlan(JSON.parse(planText));
  post({ kind: 'checked', generation, issues, planText: plan ? JSON.stringify(plan) : null });
  // A plan with errors has no matrix: half-entered hosts, or a size the matrix must not grow to.
  if (!plan || hasErrors(issues)) {
    current = null;
    post({ kind: 'summary', generation, summary: null });
    return;
  }
  try {
    const started = performance.now();
    const matrix = computeMatrix(plan);
    const computeMs = performance.now() - started;
    current = {
      generation,
      plan,
      matrix,
      views: new RuleViews(matrix, probes),
      previewsLeft: FEATURES.length,
    };
    post({
      kind: 'summary',
      generation,
      summary: {
        generation,
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
    post({ kind: 'failed', generation, message: e instanceof Error ? e.message : String(e) });
  }
}

onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.kind) {
    case 'plan':
      latest = { generation: message.generation, planText: message.planText };
      schedule();
      break;
    case 'previews':
      previewsWanted = message.wanted;
      schedule();
      break;
    case 'probes':
      probes = new Map(message.results.map(({ ruleId, ...probe }) => [ruleId, probe]));
      current?.views.setProbes(probes);
      postProbeCounts();
      break;
    case 'presales':
      post({
        kind: 'presales',
        request: message.request,
        generation: current?.generation ?? generation,
        summary: current ? presalesSummary(current.plan, current.matrix) : null,
        whatIf:
          current && message.addNodes > 0
            ? whatIfAddNodes(current.plan, current.matrix, message.addNodes)
            : null,
      });
      break;
    case 'describe':
      post({
        kind: 'described',
        request: message.request,
        rows: current ? current.views.describe(message.ids) : [],
      });
      break;
    case 'rows': {
      const reply = current
        ? current.views.rows(message.query, message.start, message.end)
        : { total: 0, matched: 0, rows: [], zonePairs: [] };
      post({
        kind: 'rows',
        request: message.request,
        generation: current?.generation ?? generation,
        start: message.start,
        ...reply,
      });
      break;
    }
  }
};
