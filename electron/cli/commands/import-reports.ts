import { Option, type Command } from 'commander';
import { importCampaign, readCampaignFiles } from '../../services/campaign/campaign-import';
import { readPlanFile } from '../../services/plan-loader';
import { say } from '../language';
import { emit, printWarnings } from '../output';

export function registerImportReports(program: Command): void {
  program
    .command('import-reports')
    .description(
      'read every report of a campaign at once (its folder or a zip of it) and say which rules were verified, blocked or not run from their source',
    )
    .argument('<plan>', 'plan file (JSON) the campaign was written for')
    .argument('<campaign>', 'the campaign folder (with campaign.json and reports/), or a zip of it')
    .addOption(
      new Option(
        '--format <format>',
        'text for people, json for scripts (the results and coverage)',
      )
        .choices(['text', 'json'])
        .default('text'),
    )
    .option('--out <file>', 'write to a file instead of standard output')
    .action(
      async (
        planPath: string,
        folder: string,
        options: { format: 'text' | 'json'; out?: string },
      ) => {
        const loaded = await readPlanFile(planPath);
        printWarnings(loaded);
        const imported = importCampaign(loaded.plan, await readCampaignFiles(folder));
        if (options.format === 'json') {
          const { manifest: _manifest, ...rest } = imported;
          return emit(`${JSON.stringify(rest, null, 2)}\n`, options.out);
        }
        const { coverage } = imported;
        const lines = [
          say('campaign.cli.imported', {
            reports: imported.reports.length,
            nonce: imported.nonce,
            results: imported.results.length,
          }),
          say('campaign.cli.summary', {
            verified: coverage.verified,
            rules: coverage.rules.length,
            blocked: coverage.blocked,
            other: coverage.other,
            notRun: coverage.notRun,
          }),
          ...coverage.rules
            .filter((r) => r.status === 'blocked')
            .map((r) =>
              say('campaign.cli.blockedRule', {
                source: r.source,
                destination: r.destination,
                port: r.port,
                protocol: r.protocol,
                rule: r.ruleId,
              }),
            ),
          ...coverage.hostsNotRun.map((host) => say('campaign.cli.notRunHost', { host })),
        ];
        await emit(`${lines.join('\n')}\n`, options.out);
      },
    );
}
