import type { Handlers, StoredPlan } from '../../../../shared/api/contract';
import {
  COMPARE_CHANNELS,
  MAX_SHOWN_CHANGES,
  type ComparedPlan,
  type PlanRef,
} from '../../../../shared/api/compare-channels';
import { documentFormat, fileSlug } from '../../../../shared/export';
import { compareMatrices, compareStatuses, type ComparisonLevel } from '../../../../shared/compare';
import { text, translator } from '../../../../shared/i18n';
import { computeMatrix } from '../../../../shared/matrix';
import type { Plan } from '../../../../shared/plan';
import type { DesktopServices } from '../../desktop';
import { renderComparison } from './render-comparison';
import { formatDate } from '../document-text';
import { renderedAnswer, saveFilter, saveWithDialog } from '../../rendered-files';
import { checkedPlan, storedPlan } from '../../plan-loader';
import type { Store } from '../../store';

// Plan comparison over the library: two plans, or two kept revisions of one. The rules come from
// shared/matrix, the change from shared/compare; here only loading, labels and files.

export type ComparisonHandlers = Pick<Handlers, keyof typeof COMPARE_CHANNELS>;

interface Side {
  stored: StoredPlan;
  plan: Plan;
}

export function createComparisonService(store: Store, desktop?: DesktopServices) {
  /** A kept revision (or the plan as it is) whose rules can be computed. */
  async function load(ref: PlanRef, which: 'before' | 'after'): Promise<Side> {
    const stored = await storedPlan(store, ref.id, ref.revision);
    const { plan } = checkedPlan(stored.document, (count) =>
      text(`errors.revisionHasErrors.${which}`, {
        name: stored.name,
        revision: stored.revision,
        count,
      }),
    );
    return { stored, plan };
  }

  async function compare(before: PlanRef, after: PlanRef, level: ComparisonLevel) {
    const a = await load(before, 'before');
    const b = await load(after, 'after');
    const matrixA = computeMatrix(a.plan);
    const matrixB = computeMatrix(b.plan);
    return {
      a,
      b,
      comparison: compareMatrices(matrixA, matrixB, level),
      statusChanges: compareStatuses(
        { plan: a.plan, matrix: matrixA },
        { plan: b.plan, matrix: matrixB },
        level,
      ),
    };
  }

  const compared = ({ stored }: Side): ComparedPlan => ({
    id: stored.id,
    name: stored.name,
    revision: stored.revision,
    savedAt: stored.updatedAt,
  });

  async function render(request: Parameters<ComparisonHandlers['compare.render']>[0]) {
    const { a, b, comparison } = await compare(request.before, request.after, request.level);
    const t = translator(request.locale);
    const side = ({ stored }: Side) => ({
      name: stored.name,
      detail: t('comparison.revision', {
        revision: stored.revision,
        date: formatDate(new Date(stored.updatedAt), request.locale),
      }),
    });
    const tag = ({ stored }: Side) => `${fileSlug(stored.name)}-rev${stored.revision}`;
    return renderComparison({
      before: side(a),
      after: side(b),
      comparison,
      format: request.format,
      locale: request.locale,
      baseName:
        a.stored.id === b.stored.id
          ? `${tag(a)}-vs-rev${b.stored.revision}`
          : `${tag(a)}-vs-${tag(b)}`,
    });
  }

  const handlers: ComparisonHandlers = {
    'compare.plans': async ({ before, after, level }) => {
      const { a, b, comparison, statusChanges } = await compare(before, after, level);
      return {
        before: compared(a),
        after: compared(b),
        comparison: { ...comparison, rules: comparison.rules.slice(0, MAX_SHOWN_CHANGES) },
        total: comparison.rules.length,
        statusChanges: statusChanges.slice(0, MAX_SHOWN_CHANGES),
        statusChangeCount: statusChanges.length,
      };
    },
    'compare.render': async (request) => renderedAnswer(await render(request)),
    'compare.saveFile': async (request) =>
      saveWithDialog(
        desktop,
        await render(request),
        saveFilter(request.locale, documentFormat('comparison', request.format)),
      ),
  };
  return { handlers };
}
