import { text, textIn, type Locale, type MessageKey } from '../../../shared/i18n';
import type { CampaignScope } from '../../../shared/campaign/hosts';
import { markdownTable } from '../documents/markdown';
import { CAMPAIGN_FILES, type CampaignSettings } from './ansible-files';

/** README.md for the technician: what to fill in, the one command, what it does where, how to import. */
export function campaignReadme(
  scope: CampaignScope,
  settings: CampaignSettings & { planFile: string; outFolder: string },
  locale: Locale,
): string {
  const say = (key: MessageKey, vars?: Record<string, string | number>) =>
    textIn(locale, text(key, vars));
  const table = markdownTable(
    (['host', 'group', 'address', 'connection', 'listens', 'probes'] as const).map((c) =>
      say(`campaign.readme.${c}`),
    ),
    scope.hosts.map((h) => [
      h.name,
      h.group,
      h.address,
      h.os === 'windows' ? 'WinRM' : 'SSH',
      String(h.listens),
      String(h.probes),
    ]),
  );
  const lines = [
    `# ${say('campaign.readme.title', { plan: settings.planName })}`,
    '',
    say('campaign.readme.intro', { minutes: settings.ttlMinutes, nonce: settings.nonce }),
    '',
    `## ${say('campaign.readme.before')}`,
    '',
    `- ${say('campaign.readme.blanks', { inventory: CAMPAIGN_FILES.inventory })}`,
    `- ${say('campaign.readme.node')}`,
    `- ${say('campaign.readme.installed')}`,
    `- ${say('campaign.readme.python')}`,
    ...(scope.hosts.some((h) => h.os === 'windows')
      ? [`- ${say('campaign.readme.windows', { file: CAMPAIGN_FILES.windows })}`]
      : []),
    `- ${say('campaign.readme.ports')}`,
    '',
    `## ${say('campaign.readme.run')}`,
    '',
    '```sh',
    `ansible-playbook -i ${CAMPAIGN_FILES.inventory} ${CAMPAIGN_FILES.playbook}`,
    '```',
    '',
    say('campaign.readme.steps'),
    '',
    table,
    '',
    ...(scope.clientGroups.length > 0
      ? [
          say('campaign.readme.clients', {
            groups: scope.clientGroups.map((g) => `"${g}"`).join(', '),
          }),
          '',
        ]
      : []),
    `## ${say('campaign.readme.import')}`,
    '',
    say('campaign.readme.importHow'),
    '',
    '```sh',
    `oe-ports import-reports ${shellWord(settings.planFile)} ${shellWord(settings.outFolder)}`,
    '```',
    '',
  ];
  return lines.join('\n');
}

/** A path as one word of a POSIX shell. */
function shellWord(value: string): string {
  return /^[A-Za-z0-9_./:=@+-]+$/.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`;
}
