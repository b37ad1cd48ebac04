import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';

// Our own output read back, vendor by vendor, as a stream of what a firewall would do with it:
// objects defined, names used, rules added, addresses written. The structural tests check the
// stream, not the text, so they hold for every plan.

export type ConfigEvent =
  | { type: 'define'; name: string; kind: 'address' | 'service' | 'acl' }
  | { type: 'use'; name: string }
  | { type: 'rule'; id: string; name: string }
  | { type: 'address'; value: string };

export interface ParsedConfig {
  events: ConfigEvent[];
  /** Lines that are commands (not comments or blank). */
  commands: string[];
}

const ruleId = (text: string): string => /^(FW-\d+)/.exec(text)?.[1] ?? `no id in ${text}`;

/** "a b" and "[ a b ]" as names. */
const members = (tokens: readonly string[]): string[] =>
  tokens[0] === '[' ? tokens.slice(1, tokens.indexOf(']')) : tokens.slice(0, 1);

/** Splits at spaces, keeping "quoted text" as one token without its quotes. */
function tokenize(line: string): string[] {
  const tokens: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|(\S+)/g)) tokens.push(m[1] ?? m[2]!);
  return tokens;
}

function maskLength(mask: string): number {
  return mask
    .split('.')
    .map((o) => Number(o).toString(2).replace(/0/g, '').length)
    .reduce((a, b) => a + b, 0);
}

export function parsePanos(text: string): ParsedConfig {
  const events: ConfigEvent[] = [];
  const commands = text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  for (const line of commands) {
    const t = tokenize(line);
    if (t[0] !== 'set') throw new Error(`not a set command: ${line}`);
    const at = (key: string, from = 0) => t.slice(t.indexOf(key, from) + 1);
    switch (t[1]) {
      case 'address':
        events.push({ type: 'address', value: t[3] === 'fqdn' ? t[4]! : t[4]! });
        events.push({ type: 'define', name: t[2]!, kind: 'address' });
        break;
      case 'address-group':
        for (const m of members(at('static'))) events.push({ type: 'use', name: m });
        events.push({ type: 'define', name: t[2]!, kind: 'address' });
        break;
      case 'service':
        events.push({ type: 'define', name: t[2]!, kind: 'service' });
        break;
      case 'service-group':
        for (const m of members(at('members'))) events.push({ type: 'use', name: m });
        events.push({ type: 'define', name: t[2]!, kind: 'service' });
        break;
      case 'rulebase': {
        const name = t[4]!;
        for (const key of ['source', 'destination', 'service'])
          for (const m of members(at(key, 5))) events.push({ type: 'use', name: m });
        events.push({ type: 'rule', id: ruleId(name), name });
        break;
      }
      default:
        throw new Error(`unexpected command: ${line}`);
    }
  }
  return { events, commands };
}

export function parseFortigate(text: string): ParsedConfig {
  const events: ConfigEvent[] = [];
  const commands = text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  let table = '';
  let entry = '';
  let policyName = '';
  for (const raw of commands) {
    const t = tokenize(raw.trim());
    if (t[0] === 'config') table = t.slice(1).join(' ');
    else if (t[0] === 'end') table = '';
    else if (t[0] === 'edit') {
      entry = t[1]!;
      policyName = '';
    } else if (t[0] === 'next') {
      if (table === 'firewall policy')
        events.push({ type: 'rule', id: ruleId(policyName), name: policyName });
      else
        events.push({
          type: 'define',
          name: entry,
          kind: table.includes('service') ? 'service' : 'address',
        });
    } else if (t[0] === 'set') {
      const [, key, ...values] = t;
      if (key === 'subnet')
        events.push({ type: 'address', value: `${values[0]}/${maskLength(values[1]!)}` });
      if (key === 'ip6' || key === 'fqdn') events.push({ type: 'address', value: values[0]! });
      if (key === 'member' || /^(srcaddr|dstaddr|service)6?$/.test(key!))
        for (const v of values) events.push({ type: 'use', name: v });
      if (key === 'name') policyName = values[0]!;
    } else throw new Error(`unexpected line: ${raw}`);
  }
  return { events, commands };
}

export function parseAsa(text: string): ParsedConfig {
  const events: ConfigEvent[] = [];
  const commands = text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('!'));
  let pending: ConfigEvent[] = [];
  let remark = '';
  const flush = () => {
    events.push(...pending);
    pending = [];
  };
  for (const line of commands) {
    const t = tokenize(line);
    if (!line.startsWith(' ')) flush();
    if (t[0] === 'object' && t[1] === 'network') {
      pending.push({ type: 'define', name: t[2]!, kind: 'address' });
    } else if (t[0] === 'object-group') {
      pending.push({
        type: 'define',
        name: t[2]!,
        kind: t[1] === 'service' ? 'service' : 'address',
      });
    } else if (t[0] === 'host') {
      events.push({ type: 'address', value: t[1]! });
    } else if (t[0] === 'subnet') {
      events.push({ type: 'address', value: t[2] ? `${t[1]}/${maskLength(t[2])}` : t[1]! });
    } else if (t[0] === 'fqdn') {
      events.push({ type: 'address', value: t[1]! });
    } else if (t[0] === 'network-object' || t[0] === 'group-object') {
      events.push({ type: 'use', name: t.at(-1)! });
    } else if (t[0] === 'port-object' || t[0] === 'description') {
      // ports and text: nothing to resolve
    } else if (t[0] === 'access-list' && t[2] === 'remark') {
      remark = t[3]!;
    } else if (t[0] === 'access-list' && t[2] === 'extended') {
      events.push({ type: 'define', name: t[1]!, kind: 'acl' });
      const rest = t.slice(5);
      for (let i = 0; i < rest.length; i++)
        if (rest[i] === 'object' || rest[i] === 'object-group')
          events.push({ type: 'use', name: rest[++i]! });
      events.push({ type: 'rule', id: ruleId(remark), name: remark });
      remark = '';
    } else throw new Error(`unexpected line: ${line}`);
  }
  flush();
  // An access list is defined by its first entry and extended by the next: count it once.
  const seenAcl = new Set<string>();
  return {
    events: events.filter((e) => {
      if (e.type !== 'define' || e.kind !== 'acl') return true;
      if (seenAcl.has(e.name)) return false;
      seenAcl.add(e.name);
      return true;
    }),
    commands,
  };
}

export interface CheckpointFiles {
  files: Record<string, string>;
  /** The batch files in the order apply.sh runs them. */
  order: { command: string; file: string }[];
}

export async function unzipCheckpoint(bytes: Uint8Array): Promise<CheckpointFiles> {
  const zip = unzipSync(bytes);
  const files: Record<string, string> = {};
  for (const name of Object.keys(zip).sort()) files[name] = strFromU8(zip[name]!);
  const order = [...files['apply.sh']!.matchAll(/^run (.+) --batch (\S+)$/gm)].map((m) => ({
    command: m[1]!,
    file: m[2]!,
  }));
  return { files, order };
}

export function parseCheckpoint({ files, order }: CheckpointFiles): ParsedConfig {
  const events: ConfigEvent[] = [];
  const commands: string[] = [];
  for (const { command, file } of order) {
    const rows = parse(files[file]!, { columns: true }) as Record<string, string>[];
    for (const row of rows) {
      commands.push(`${command} ${JSON.stringify(row)}`);
      switch (command) {
        case 'add host':
          events.push({ type: 'address', value: row['ip-address']! });
          events.push({ type: 'define', name: row.name!, kind: 'address' });
          break;
        case 'add network':
          events.push({ type: 'address', value: `${row.subnet}/${row['mask-length']}` });
          events.push({ type: 'define', name: row.name!, kind: 'address' });
          break;
        case 'add dns-domain':
          events.push({ type: 'address', value: row.name!.slice(1) });
          events.push({ type: 'define', name: row.name!, kind: 'address' });
          break;
        case 'add group':
        case 'add service-group':
          events.push({
            type: 'define',
            name: row.name!,
            kind: command.includes('service') ? 'service' : 'address',
          });
          break;
        case 'set group':
        case 'set service-group':
          events.push({ type: 'use', name: row.name! }, { type: 'use', name: row['members.add']! });
          break;
        case 'add service-tcp':
        case 'add service-udp':
          events.push({ type: 'define', name: row.name!, kind: 'service' });
          break;
        case 'add access-rule':
          for (const key of ['source', 'destination', 'service'])
            events.push({ type: 'use', name: row[key]! });
          events.push({ type: 'rule', id: ruleId(row.name!), name: row.name! });
          break;
        default:
          throw new Error(`unexpected command ${command}`);
      }
    }
  }
  return { events, commands };
}
