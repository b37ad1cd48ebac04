import { stringify } from 'csv-stringify/sync';
import { zipSync, type Zippable } from 'fflate';
import type { Checklist } from '../checklist/checklist';
import {
  commentText,
  headerLines,
  isGroup,
  portText,
  zoneConfiguration,
  type AddressRef,
  type ZoneConfiguration,
} from './zone-objects';

// Check Point R80+ Management API through mgmt_cli batch files (Management API reference,
// "mgmt_cli ... --batch <file.csv>": the first row names the command's parameters, every further
// row is one call). Several files, one per command, so the document is a zip with the script that
// runs them in order and publishes only when all succeeded.

/** Names: 63 characters like the other vendors (Check Point allows more). */
export const CHECKPOINT_NAMING = { objectMax: 63, ruleMax: 63 } as const;
/** The access layer of a new policy package; the customer may use another. */
export const CHECKPOINT_LAYER = 'Network';

/** One batch file: the mgmt_cli command it feeds and its rows (the first the parameter names). */
export interface BatchFile {
  file: string;
  command: string;
  rows: string[][];
}

const csv = (rows: readonly (readonly string[])[]): string =>
  stringify(rows as string[][], { record_delimiter: 'unix', quoted_match: /[,"\r\n]/ });

export function checkpointBatches(config: ZoneConfiguration): BatchFile[] {
  const comment = (text: string) => commentText(text, 250);
  const hosts = config.addresses.filter((a) => a.kind === 'host');
  const networks = config.addresses.filter((a) => a.kind === 'network');
  // A DNS domain object is named by its domain with a leading dot: that is also how rules name it.
  const nameOf = (ref: AddressRef): string =>
    !isGroup(ref) && ref.kind === 'fqdn' ? `.${ref.ip}` : ref.name;
  const domains = [...new Set(config.addresses.filter((a) => a.kind === 'fqdn').map(nameOf))];

  // A side or service list of more than one: a group, so each rule row has one of each.
  const groups: { name: string; members: string[]; comment: string }[] = config.groups.map((g) => ({
    name: g.name,
    members: g.members.map(nameOf),
    comment: comment(g.label),
  }));
  const serviceGroups: { name: string; members: string[] }[] = [];
  const sideOf = (refs: readonly AddressRef[], ruleId: string, tag: string): string => {
    if (refs.length === 1) return nameOf(refs[0]!);
    const name = config.objectNames.claim(`${ruleId}_${tag}`);
    groups.push({ name, members: refs.map(nameOf), comment: ruleId });
    return name;
  };
  const rules = config.rules.map((r) => {
    const source = sideOf(r.sources, r.rule.id, 'src');
    const destination = sideOf(r.destinations, r.rule.id, 'dst');
    let service = r.services[0]!.name;
    if (r.services.length > 1) {
      service = config.objectNames.claim(`${r.rule.id}_services`);
      serviceGroups.push({ name: service, members: r.services.map((s) => s.name) });
    }
    return [
      CHECKPOINT_LAYER,
      'top',
      r.name,
      source,
      destination,
      service,
      'Accept',
      'Log',
      r.comment,
    ];
  });
  // Added at the top one after the other: the last rule first, so that they end in plan order.
  rules.reverse();

  const files: BatchFile[] = [
    {
      file: 'hosts.csv',
      command: 'add host',
      rows: [
        ['name', 'ip-address', 'comments', 'ignore-warnings'],
        ...hosts.map((a) => [a.name, a.ip, comment(a.label), 'true']),
      ],
    },
    {
      file: 'networks.csv',
      command: 'add network',
      rows: [
        ['name', 'subnet', 'mask-length', 'comments', 'ignore-warnings'],
        ...networks.map((a) => [a.name, a.ip, String(a.prefix), comment(a.label), 'true']),
      ],
    },
    {
      file: 'dns-domains.csv',
      command: 'add dns-domain',
      rows: [['name', 'is-sub-domain'], ...domains.map((name) => [name, 'false'])],
    },
    {
      file: 'groups.csv',
      command: 'add group',
      rows: [['name', 'comments'], ...groups.map((g) => [g.name, g.comment])],
    },
    {
      file: 'group-members.csv',
      command: 'set group',
      rows: [['name', 'members.add'], ...groups.flatMap((g) => g.members.map((m) => [g.name, m]))],
    },
    ...(['tcp', 'udp'] as const).map((protocol) => ({
      file: `services-${protocol}.csv`,
      command: `add service-${protocol}`,
      rows: [
        ['name', 'port'],
        ...config.services.filter((s) => s.protocol === protocol).map((s) => [s.name, portText(s)]),
      ],
    })),
    {
      file: 'service-groups.csv',
      command: 'add service-group',
      rows: [['name'], ...serviceGroups.map((g) => [g.name])],
    },
    {
      file: 'service-group-members.csv',
      command: 'set service-group',
      rows: [
        ['name', 'members.add'],
        ...serviceGroups.flatMap((g) => g.members.map((m) => [g.name, m])),
      ],
    },
    {
      file: 'access-rules.csv',
      command: 'add access-rule',
      rows: [
        [
          'layer',
          'position',
          'name',
          'source',
          'destination',
          'service',
          'action',
          'track.type',
          'comments',
        ],
        ...rules,
      ],
    },
  ];
  // A file with only its heading would make mgmt_cli fail: only files with rows are written.
  return files.filter((f) => f.rows.length > 1);
}

function applyScript(
  config: ZoneConfiguration,
  files: readonly BatchFile[],
  header: string[],
): string {
  return [
    '#!/bin/sh',
    ...header.map((l) => (l ? `# ${l}` : '#')),
    '#',
    '# On the management server (expert mode) "mgmt_cli login -r true" logs in as root; elsewhere',
    '# use: mgmt_cli login user <admin> -m <management server> > id.txt',
    'set -u',
    'cd "$(dirname "$0")"',
    'mgmt_cli login -r true > id.txt || exit 1',
    'run() {',
    '  if ! mgmt_cli "$@" -s id.txt; then',
    '    echo "Failed: mgmt_cli $*; discarding the session." >&2',
    '    mgmt_cli discard -s id.txt',
    '    mgmt_cli logout -s id.txt',
    '    exit 1',
    '  fi',
    '}',
    ...files.map((f) => `run ${f.command} --batch ${f.file}`),
    'run publish',
    'mgmt_cli logout -s id.txt',
    '',
  ].join('\n');
}

export async function checkpointZip(checklist: Checklist): Promise<Uint8Array> {
  const config = zoneConfiguration(checklist, CHECKPOINT_NAMING);
  const files = checkpointBatches(config);
  const header = headerLines(config, 'Check Point (mgmt_cli)', [
    config.t('firewalls.checkpointRun'),
    config.t('firewalls.checkpointOrder', { layer: CHECKPOINT_LAYER }),
    config.t('firewalls.checkpointDuplicates'),
    config.t('firewalls.checkpointFiles', { files: files.map((f) => f.file).join(', ') }),
  ]);
  // A fixed date: the same plan and revision give the same bytes.
  const mtime = new Date(checklist.generatedAt);
  const text = (content: string) => new TextEncoder().encode(content);
  const entries: Zippable = {
    'README.txt': text(
      `${header.join('\n')}\n\n${files.map((f) => `mgmt_cli ${f.command} --batch ${f.file}`).join('\n')}\n`,
    ),
    // Made by a Unix zip (os 3), rwxr-xr-x: unzip keeps apply.sh executable.
    'apply.sh': [
      text(applyScript(config, files, header)),
      { os: 3, attrs: (0o100755 << 16) >>> 0 },
    ],
  };
  for (const f of files) entries[f.file] = text(csv(f.rows));
  return zipSync(entries, { level: 6, mtime });
}
