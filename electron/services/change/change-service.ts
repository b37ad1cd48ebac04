import type { Handlers } from '../../../shared/api/contract';
import type { AnswerReport, CHANGE_CHANNELS } from '../../../shared/api/change-channels';
import type { ChangeAnswer } from '../../../shared/change';
import { text } from '../../../shared/i18n';
import { checkedPlan, storedPlan } from '../plan-loader';
import type { Store } from '../store';
import { checkUsable, currentUser, readStatusAnswer, withStatuses } from './status-import';

// The change channels: the network team's answer into a stored plan, as one new revision.

export type ChangeHandlers = Pick<Handlers, keyof typeof CHANGE_CHANNELS>;
type AnswerArgs = Parameters<ChangeHandlers['change.readAnswer']>[0];

const reportOf = ({ statuses: _statuses, ...report }: ChangeAnswer): AnswerReport => report;

export function createChangeService(store: Store, options: { now?: () => Date } = {}) {
  async function read({ id, fileName, base64 }: AnswerArgs) {
    const stored = await storedPlan(store, id);
    const loaded = checkedPlan(stored.document, (count) =>
      text('errors.planHasErrors.export', { name: stored.name, count }),
    );
    const answer = await readStatusAnswer({
      plan: loaded.plan,
      bytes: new Uint8Array(Buffer.from(base64, 'base64')),
      fileName: fileName || 'the file',
      planId: id,
      // The technician imports: the plan names them; else whoever runs the planner.
      importedBy: loaded.plan.change.technician.name || currentUser(),
      ...(options.now ? { now: options.now() } : {}),
    });
    return { loaded, answer };
  }

  const handlers: ChangeHandlers = {
    'change.readAnswer': async (args) => reportOf((await read(args)).answer),
    'change.importAnswer': async (args) => {
      const { loaded, answer } = await read(args);
      checkUsable(answer);
      const summary = store.plans.record(
        args.id,
        withStatuses(loaded.document, answer),
        'status-import',
      );
      return { ...reportOf(answer), revision: summary.revision, statuses: answer.statuses };
    },
  };
  return { handlers };
}
