import { InvalidArgumentError, type Command } from 'commander';
import { RESPONDER_TTL_MINUTES } from '../../../shared/probes/jobs';
import { CAMPAIGN_FILES } from '../../services/campaign/ansible-files';
import { writeCampaign } from '../../services/campaign/campaign-writer';
import { readPlanFile } from '../../services/plan-loader';
import { cliLocale, localeOption, say } from '../language';
import { printWarnings } from '../output';

/** Long enough for the slowest host's probes; the responders stop by themselves after it. */
const DEFAULT_TTL_MINUTES = 30;

function minutes(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || n <= 0 || n > RESPONDER_TTL_MINUTES.max) {
    throw new InvalidArgumentError(say('campaign.cli.ttl', { max: RESPONDER_TTL_MINUTES.max }));
  }
  return n;
}

export function registerCampaign(program: Command): void {
  program
    .command('campaign')
    .description(
      'write an Ansible inventory, playbook and README that verify every planned path from every host at once',
    )
    .argument('<plan>', 'plan file (JSON)')
    .requiredOption('--out <folder>', 'the folder to write the campaign to (made if missing)')
    .option(
      '--ttl <minutes>',
      'the responders stop by themselves after this many minutes',
      minutes,
      DEFAULT_TTL_MINUTES,
    )
    .option('--cli <file>', 'the oe-ports.js to copy to the hosts (default: this build’s)')
    .addOption(localeOption())
    .action(async (path: string, options: { out: string; ttl: number; cli?: string }) => {
      const loaded = await readPlanFile(path);
      printWarnings(loaded);
      const written = await writeCampaign(loaded, {
        out: options.out,
        planFile: path,
        ttlMinutes: options.ttl,
        locale: cliLocale(),
        ...(options.cli ? { cliFile: options.cli } : {}),
      });
      const lines = [
        say('campaign.cli.wrote', {
          hosts: written.scope.hosts.length,
          out: options.out,
          nonce: written.manifest.nonce,
          inventory: CAMPAIGN_FILES.inventory,
          command: `ansible-playbook -i ${CAMPAIGN_FILES.inventory} ${CAMPAIGN_FILES.playbook}`,
        }),
      ];
      if (written.scope.clientGroups.length > 0) {
        lines.push(
          say('campaign.cli.clientsLeftOut', { groups: written.scope.clientGroups.join(', ') }),
        );
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
