import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostScripts } from '../../../../../electron/services/documents/scripts/inbound';
import {
  NFT_TABLE,
  nftablesScript,
} from '../../../../../electron/services/documents/scripts/nftables';
import { EXAMPLES } from '../../../../support/examples';
import { artefactDir, exampleChecklist, GENERATED_AT, hasTool } from '../support';
import { expectedPairs, pairsOf } from './inbound-pairs';

const ROOT = process.getuid?.() === 0;
const NFT = hasTool('nft', ['--version']);
const IP = hasTool('ip', ['-V']);
const checkReason = !NFT ? 'nft not found (apt-get install nftables)' : !ROOT ? 'not root' : '';
const netnsReason = checkReason || (!IP ? 'ip not found (apt-get install iproute2)' : '');
if (checkReason) console.warn(`nft -c tests skipped: ${checkReason}`);
if (netnsReason) console.warn(`nftables network namespace test skipped: ${netnsReason}`);

/** The accept rules of a script as "source|port|transport" pairs. */
function acceptedPairs(text: string): Set<string> {
  const pairs = new Set<string>();
  for (const m of text.matchAll(
    /^\t\tip6? saddr \{ ([^}]+) \} (tcp|udp) dport \{ ([^}]+) \} accept$/gm,
  )) {
    for (const p of pairsOf(m[1]!.split(', '), m[3]!.split(', '), m[2]!)) pairs.add(p);
  }
  return pairs;
}

describe('nftables scripts', () => {
  it('accept exactly the inbound host rules of each host, with the header comment', () => {
    for (const example of ['single-every-feature', 'cluster-5-every-feature'] as const) {
      const checklist = exampleChecklist(example);
      for (const script of hostScripts(checklist)) {
        const text = nftablesScript(script);
        const lines = text.split('\n');
        expect(lines[0]).toBe('#!/usr/sbin/nft -f');
        expect(lines).toContain(`# Plan: ${checklist.plan.project.name}`);
        expect(lines).toContain(`# Plan revision: ${checklist.revision}`);
        expect(lines).toContain(
          `# Generated: ${GENERATED_AT.toISOString()} by Output Engine Port Planner`,
        );
        expect(lines).toContain(`table inet ${NFT_TABLE} {`);
        expect(acceptedPairs(text)).toEqual(expectedPairs(checklist, script.host.name));
      }
    }
  });

  it.skipIf(checkReason !== '')('pass nft -c -f for every host of every example plan', () => {
    const dir = artefactDir('nftables');
    for (const example of EXAMPLES) {
      const checklist = exampleChecklist(example);
      for (const script of hostScripts(checklist)) {
        const file = join(dir, `${example}-${script.host.name}.nft`);
        writeFileSync(file, nftablesScript(script));
        const check = spawnSync('nft', ['-c', '-f', file], { encoding: 'utf8' });
        expect(check.stderr, file).toBe('');
        expect(check.status, file).toBe(0);
      }
    }
  });

  it('leaves a port open to all where a planned source has only a name, and says why', () => {
    const checklist = exampleChecklist('single-every-feature', {
      edit: (doc) =>
        (doc.islandSites[0].checkoutHosts = [{ name: 'krk-island', fqdn: 'krk.example.com' }]),
    });
    const [script] = hostScripts(checklist, 'oe1');
    const text = nftablesScript(script!);
    expect(text).toContain('# Not opened for krk-island (krk.example.com)');
    expect(text).toContain('# 2119/tcp stays open to every source');
    const drop = text.split('\n').find((l) => /^\t\ttcp dport \{.*\} drop$/.test(l))!;
    expect(drop).not.toMatch(/\b2119\b/);
    expect(drop).toMatch(/\b515\b/);
  });
});

// A real host: a network namespace joined to this one by a veth pair, the script applied inside it,
// a listener inside, connections from outside from a planned and from an unplanned address.
describe.skipIf(netnsReason !== '')('an nftables script applied in a network namespace', () => {
  const id = process.pid % 250;
  const ns = `oepp-nft-${process.pid}`;
  const [outside, inside] = [`oepp${process.pid}a`, `oepp${process.pid}b`];
  const v4 = (host: number) => `10.231.${id}.${host}`;
  const v6 = (host: number) => `fd00:231:${id.toString(16)}::${host}`;
  const work = mkdtempSync(join(tmpdir(), 'oe-nft-'));
  let listener: ChildProcess | undefined;
  const run = (...args: string[]) => execFileSync(args[0]!, args.slice(1), { encoding: 'utf8' });
  const inNs = (...args: string[]) => run('ip', 'netns', 'exec', ns, ...args);

  const checklist = exampleChecklist('single-minimal', {
    edit: (doc) => {
      doc.nodes = [{ name: 'oe1', address: v4(2) }];
      doc.features = ['lpr'];
      doc.clientGroups = [{ name: 'Office PCs', kind: 'lpr-clients', addresses: [v4(1), v6(1)] }];
      doc.printerNetworks = [];
    },
  });
  const [script] = hostScripts(checklist, 'oe1');
  const file = join(work, 'oe1.nft');

  beforeAll(async () => {
    run('ip', 'netns', 'add', ns);
    run('ip', 'link', 'add', outside, 'type', 'veth', 'peer', 'name', inside);
    run('ip', 'link', 'set', inside, 'netns', ns);
    run('ip', 'addr', 'add', `${v4(1)}/24`, 'dev', outside);
    run('ip', 'addr', 'add', `${v4(3)}/24`, 'dev', outside);
    run('ip', '-6', 'addr', 'add', `${v6(1)}/64`, 'dev', outside, 'nodad');
    run('ip', '-6', 'addr', 'add', `${v6(3)}/64`, 'dev', outside, 'nodad');
    run('ip', 'link', 'set', outside, 'up');
    inNs('ip', 'addr', 'add', `${v4(2)}/24`, 'dev', inside);
    inNs('ip', '-6', 'addr', 'add', `${v6(2)}/64`, 'dev', inside, 'nodad');
    inNs('ip', 'link', 'set', inside, 'up');
    inNs('ip', 'link', 'set', 'lo', 'up');
    const ports = [515, 9999, 22];
    listener = spawn('ip', [
      'netns',
      'exec',
      ns,
      process.execPath,
      '-e',
      `
      const net = require('node:net');
      let ready = 0;
      for (const port of ${JSON.stringify(ports)}) {
        net.createServer((s) => s.end()).listen({ port, host: '::', ipv6Only: false }, () => {
          if (++ready === ${ports.length}) console.log('ready');
        });
      }`,
    ]);
    await new Promise<void>((resolve, reject) => {
      listener!.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
      listener!.on('exit', (code) => reject(new Error(`listener exited with ${code}`)));
    });
  });

  afterAll(() => {
    listener?.kill();
    spawnSync('ip', ['netns', 'del', ns]);
    spawnSync('ip', ['link', 'del', outside]);
    rmSync(work, { recursive: true, force: true });
  });

  /** A real TCP connect from `from` (an address outside) to the namespace. */
  function reach(from: string, to: string, port: number, timeoutMs = 1500): Promise<string> {
    return new Promise((resolve) => {
      const socket = connect({ host: to, port, localAddress: from });
      const done = (result: string) => {
        socket.destroy();
        resolve(result);
      };
      socket.setTimeout(timeoutMs, () => done('dropped'));
      socket.on('connect', () => done('connected'));
      socket.on('error', (e: NodeJS.ErrnoException) =>
        done(e.code === 'ECONNREFUSED' ? 'refused' : (e.code ?? 'error')),
      );
    });
  }

  it('accepts the planned source on the planned port and drops an unplanned source there', async () => {
    // Without the table, every address reaches the port: what follows is the script's doing.
    expect(await reach(v4(3), v4(2), 515, 10_000)).toBe('connected');
    writeFileSync(file, nftablesScript(script!));
    inNs('nft', '-f', file);
    expect(await reach(v4(1), v4(2), 515, 10_000)).toBe('connected');
    expect(await reach(v6(1), v6(2), 515, 10_000)).toBe('connected');
    expect(await reach(v4(3), v4(2), 515)).toBe('dropped');
    expect(await reach(v6(3), v6(2), 515)).toBe('dropped');
    // A port the plan does not mention is left to the rest of the ruleset (here: accept).
    expect(await reach(v4(3), v4(2), 9999, 10_000)).toBe('connected');
  });

  it('drops every unplanned port in strict mode, keeps SSH, and replaces itself on a re-run', async () => {
    const strict = nftablesScript(script!).replace(
      '\t\t# meta l4proto { tcp, udp } drop',
      '\t\tmeta l4proto { tcp, udp } drop',
    );
    writeFileSync(file, strict);
    inNs('nft', '-f', file);
    inNs('nft', '-f', file);
    const listed = inNs('nft', 'list', 'table', 'inet', NFT_TABLE);
    expect(listed.match(/chain input/g)).toHaveLength(1);
    expect(listed.match(/dport 515 accept/g)).toHaveLength(2);
    expect(await reach(v4(1), v4(2), 515, 10_000)).toBe('connected');
    expect(await reach(v4(1), v4(2), 9999)).toBe('dropped');
    expect(await reach(v4(3), v4(2), 22, 10_000)).toBe('connected');
  });
});
