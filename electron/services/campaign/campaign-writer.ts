import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Refusal } from '../../../shared/api/refusal';
import { campaignScope, type CampaignScope } from '../../../shared/campaign/hosts';
import { CampaignManifest, MANIFEST_FILE, REPORTS_FOLDER } from '../../../shared/campaign/manifest';
import { text, type Locale } from '../../../shared/i18n';
import { computeMatrix } from '../../../shared/matrix';
import { reportFingerprint } from '../../../shared/probes/fingerprint';
import { makeFolder, writeFileAtomic } from '../files';
import type { LoadedPlan } from '../plan-loader';
import {
  ansibleConfig,
  CAMPAIGN_FILES,
  inventoryYaml,
  playbookYaml,
  windowsYaml,
} from './ansible-files';
import { campaignReadme } from './campaign-readme';

export interface CampaignOptions {
  /** The folder to write; made if missing. */
  out: string;
  /** The plan file as the user named it, for the README's import command. */
  planFile: string;
  ttlMinutes: number;
  locale: Locale;
  /** The single-file command line to copy to the hosts; default: the one this planner was built with. */
  cliFile?: string;
  /** Given by tests; otherwise 16 random characters. */
  nonce?: string;
}

export interface WrittenCampaign {
  manifest: CampaignManifest;
  scope: CampaignScope;
  files: string[];
}

/** Where the bundled command line is: beside this code in the bundle, else in dist/ of the sources. */
function builtCli(): string[] {
  const here = fileURLToPath(import.meta.url);
  return [
    here.endsWith('oe-ports.js') ? here : '',
    resolve(dirname(here), '../cli/oe-ports.js'),
    resolve(dirname(here), '../../../dist/cli/oe-ports.js'),
  ].filter(Boolean);
}

async function readCli(given: string | undefined): Promise<Uint8Array> {
  for (const path of given ? [given] : builtCli()) {
    const found = await stat(path).catch(() => undefined);
    if (found?.isFile()) return readFile(path);
  }
  throw new Refusal(
    'not-found',
    text(given ? 'campaign.errors.cliMissing' : 'campaign.errors.cliNotBuilt', {
      path: given ?? '',
    }),
    given ? { field: 'cli', path: given } : { field: 'cli' },
  );
}

/**
 * Write a campaign for the plan into a folder: inventory, playbook, README, the plan and the
 * command line to copy, and campaign.json (plan fingerprint, nonce, hosts) for the import.
 */
export async function writeCampaign(
  loaded: LoadedPlan,
  options: CampaignOptions,
): Promise<WrittenCampaign> {
  const { plan } = loaded;
  const scope = campaignScope(plan, computeMatrix(plan).hostRules);
  if (scope.hosts.length === 0) {
    throw new Refusal('bad-request', text('campaign.errors.noHosts', { plan: plan.project.name }));
  }
  const existing = join(options.out, MANIFEST_FILE);
  if (await stat(existing).catch(() => undefined)) {
    throw new Refusal('bad-request', text('campaign.errors.outHasCampaign', { out: options.out }), {
      field: 'out',
      path: options.out,
    });
  }
  const cli = await readCli(options.cliFile);
  const nonce = options.nonce ?? randomBytes(12).toString('base64url');
  const settings = { planName: plan.project.name, nonce, ttlMinutes: options.ttlMinutes };
  const manifest: CampaignManifest = {
    kind: 'oe-port-planner/campaign',
    version: 1,
    planName: plan.project.name,
    planFingerprint: reportFingerprint(plan),
    nonce,
    createdAt: new Date().toISOString(),
    probers: scope.hosts.filter((h) => h.probes > 0).map((h) => h.name),
    responders: scope.hosts.filter((h) => h.listens > 0).map((h) => h.name),
    clientGroups: scope.clientGroups,
  };
  const files: [string, string | Uint8Array][] = [
    [CAMPAIGN_FILES.inventory, inventoryYaml(scope, settings)],
    [CAMPAIGN_FILES.playbook, playbookYaml(scope, settings)],
    ...(scope.hosts.some((h) => h.os === 'windows')
      ? [[CAMPAIGN_FILES.windows, windowsYaml()] as [string, string]]
      : []),
    [CAMPAIGN_FILES.config, ansibleConfig(scope)],
    [
      CAMPAIGN_FILES.readme,
      campaignReadme(
        scope,
        { ...settings, planFile: options.planFile, outFolder: options.out },
        options.locale,
      ),
    ],
    [CAMPAIGN_FILES.plan, `${JSON.stringify(loaded.document, null, 2)}\n`],
    [CAMPAIGN_FILES.cli, cli],
  ];
  await makeFolder(join(options.out, 'files'));
  await makeFolder(join(options.out, REPORTS_FOLDER));
  for (const [name, content] of files) await writeFileAtomic(join(options.out, name), content);
  // Written last: a folder with campaign.json holds a whole campaign.
  await writeFileAtomic(existing, `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, scope, files: [...files.map(([name]) => name), MANIFEST_FILE] };
}
