import type { Handlers } from '../../../shared/api/contract';
import { loadValidPlan } from '../plan-loader';
import type { Store } from '../store';
import { importCampaign } from './campaign-import';

/** The campaign's channel: every report of a campaign stored with the plan at once, or none. */
export function createCampaignService(store: Store): {
  handlers: Pick<Handlers, 'probes.importCampaign'>;
} {
  return {
    handlers: {
      'probes.importCampaign': async ({ id, files }) => {
        const { plan } = await loadValidPlan(store, id, 'probe');
        const imported = importCampaign(plan, files);
        store.probeResults.add(id, imported.results);
        const { coverage } = imported;
        return {
          nonce: imported.nonce,
          reports: imported.reports.length,
          imported: imported.results.length,
          rules: coverage.rules.length,
          verified: coverage.verified,
          blocked: coverage.blocked,
          other: coverage.other,
          notRun: coverage.notRun,
          hostsNotRun: coverage.hostsNotRun,
        };
      },
    },
  };
}
