import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { Handlers } from '../../../shared/api/contract';
import type { PlanDocument } from '../../../shared/api/contract';
import { checkedPlan, loadValidPlan } from '../plan-loader';
import type { Store } from '../store';
import { importCampaign } from './campaign-import';
import { writeCampaign } from './campaign-writer';

/** Every file under a folder, by its path inside it (forward slashes, as in a zip). */
async function filesUnder(folder: string): Promise<Zippable> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files: Zippable = {};
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files[relative(folder, path).split('\\').join('/')] = await readFile(path);
  }
  return files;
}

/** The campaign's channel: every report of a campaign stored with the plan at once, or none. */
export function createCampaignService(store: Store): {
  handlers: Pick<Handlers, 'probes.importCampaign' | 'probes.writeCampaign'>;
} {
  return {
    handlers: {
      // The Probes step's "Verify from every host": the same folder as `oe-ports campaign`, zipped.
      'probes.writeCampaign': async ({ id, locale, ttlMinutes }) => {
        const { stored } = await loadValidPlan(store, id, 'probe');
        // The plan file on the hosts carries the library id: its reports come back to this plan.
        const loaded = checkedPlan({ ...stored.document, planId: id } as PlanDocument, () => {
          throw new Error('a stored plan that loadValidPlan accepted is valid');
        });
        const work = await mkdtemp(join(tmpdir(), 'oe-campaign-'));
        try {
          const name = `${stored.name.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 60) || 'plan'}-campaign`;
          const out = join(work, name);
          const written = await writeCampaign(loaded, {
            out,
            planFile: 'files/plan.json',
            ttlMinutes,
            locale,
          });
          const bytes = zipSync({ [name]: await filesUnder(out) }, { level: 6 });
          return {
            fileName: `${name}.zip`,
            mediaType: 'application/zip',
            ruleCount: written.scope.hosts.reduce((sum, host) => sum + host.probes, 0),
            size: bytes.length,
            base64: Buffer.from(bytes).toString('base64'),
          };
        } finally {
          await rm(work, { recursive: true, force: true });
        }
      },
      'probes.importCampaign': async ({ id, files }) => {
        const { plan } = await loadValidPlan(store, id, 'probe');
        const imported = importCampaign({ ...plan, planId: id }, files);
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
