// Probes side by side with nmap -sT -n -Pn on the same targets, in one run:
// 1,000 loopback ports; 200 ports a namespace firewall drops (1 s timeout); 10,000 targets
// under `ulimit -n 256`. Times are medians of runs taken in turns with nmap, after warm-up runs.
import { execFile, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { probeReachability, REACH_DEFAULTS } from '../../electron/services/probes/reachability';
import { startResponder } from '../../electron/services/probes/responder';
import type { ReachTarget } from '../../shared/probes/scope';
import { canUseNetns, createLab, netnsSupport } from '../electron/services/probes/netns';

type Print = (line: string) => void;

const LOOPBACK_FIRST = 31_000;
const LOOPBACK_COUNT = 1000;
const OPEN_EVERY = 50; // 20 of the 1,000 ports answer (our responder)
const FILTERED_FIRST = 40_000;
const FILTERED_COUNT = 200;
const RUNS = 7;
const WARM_UP = 2;

const median = (samples: number[]) =>
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
const ms = (value: number) => `${value.toFixed(value < 100 ? 1 : 0)} ms`;

function hasNmap(): boolean {
  try {
    execFileSync('nmap', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Wall time of one nmap run (process start included), and the ports it found open. */
function nmap(args: readonly string[]): Promise<{ ms: number; open: number }> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    execFile('nmap', [...args], { encoding: 'utf8' }, (error, stdout) => {
      if (error) return reject(error);
      resolve({
        ms: performance.now() - start,
        open: (stdout.match(/^\d+\/tcp\s+open\s/gm) ?? []).length,
      });
    });
  });
}

/**
 * Median wall times of two contenders, run in turns after warm-up runs (the JIT settles), so
 * that load from other work on the machine falls on both alike.
 */
async function timeSideBySide(
  ours: () => Promise<unknown>,
  theirs: (() => Promise<unknown>) | undefined,
): Promise<{ ours: number; theirs: number }> {
  const contenders = [ours, theirs].filter((f) => f !== undefined);
  for (let i = 0; i < WARM_UP; i++) for (const run of contenders) await run();
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < RUNS; i++) {
    for (const [k, run] of contenders.entries()) {
      const start = performance.now();
      await run();
      samples[k]!.push(performance.now() - start);
    }
  }
  return { ours: median(samples[0]), theirs: theirs ? median(samples[1]) : NaN };
}

const targetsOn = (address: string, first: number, count: number): ReachTarget[] =>
  Array.from({ length: count }, (_, i) => ({
    ruleId: `bench:${first + i}`,
    address,
    port: first + i,
    protocol: 'tcp' as const,
  }));

async function loopback(print: Print, withNmap: boolean): Promise<void> {
  const openPorts = Array.from(
    { length: LOOPBACK_COUNT / OPEN_EVERY },
    (_, i) => LOOPBACK_FIRST + i * OPEN_EVERY,
  );
  const responder = await startResponder({
    planName: 'bench',
    hostName: 'loopback',
    address: '127.0.0.1',
    ports: openPorts.map((port) => ({ port, protocol: 'tcp' as const })),
  });
  try {
    const targets = targetsOn('127.0.0.1', LOOPBACK_FIRST, LOOPBACK_COUNT).map((t) => ({
      ...t,
      expect: { plan: 'bench', host: 'loopback' },
    }));
    let statuses = '';
    let open = 0;
    const times = await timeSideBySide(
      async () => {
        const run = await probeReachability(targets, { probeHost: 'bench' });
        const count = (s: string) => run.results.filter((r) => r.status === s).length;
        statuses = `${count('verified')} verified, ${count('reachable')} refused, ${count('blocked')} blocked`;
      },
      withNmap
        ? async () => {
            const range = `-p${LOOPBACK_FIRST}-${LOOPBACK_FIRST + LOOPBACK_COUNT - 1}`;
            open = (await nmap(['-sT', '-n', '-Pn', range, '127.0.0.1'])).open;
          }
        : undefined,
    );
    print(
      `loopback ${LOOPBACK_COUNT} ports (${statuses}), defaults (concurrency ${REACH_DEFAULTS.concurrency}, timeout ${REACH_DEFAULTS.timeoutMs} ms), median of ${RUNS}:`,
    );
    print(`  ours (in process, responder in the same process)  ${ms(times.ours)}`);
    if (!withNmap) return print('  nmap: not installed (apt-get install nmap), no comparison');
    print(`  nmap -sT -n -Pn (its process, found ${open} open)   ${ms(times.theirs)}`);
    print(`  ratio ours/nmap ${(times.ours / times.theirs).toFixed(2)} (goal: at most 1.00)`);
    // nmap's time includes starting its process, ours does not: say how much that is.
    const startUp = await timeSideBySide(
      () => nmap(['-sT', '-n', '-Pn', `-p${LOOPBACK_FIRST}`, '127.0.0.1']),
      undefined,
    );
    print(
      `  (nmap on one port, i.e. mostly its process start: ${ms(startUp.ours)}; its 1,000 ports beyond that: ${ms(times.theirs - startUp.ours)})`,
    );
  } finally {
    await responder.stop();
  }
}

async function filtered(print: Print, withNmap: boolean): Promise<void> {
  if (!canUseNetns) return print(`filtered ports in a namespace: skipped (${netnsSupport.reason})`);
  const lab = createLab();
  try {
    const last = FILTERED_FIRST + FILTERED_COUNT - 1;
    lab.exec(lab.a, [
      'nft',
      'add',
      'rule',
      'inet',
      'lab',
      'input',
      'tcp',
      'dport',
      `${FILTERED_FIRST}-${last}`,
      'drop',
    ]);
    const timeoutMs = 1000;
    const concurrency = FILTERED_COUNT;
    let blocked = 0;
    const ports = `-p${FILTERED_FIRST}-${last}`;
    const comparableArgs = [
      '-sT',
      '-n',
      '-Pn',
      ports,
      '--max-retries',
      '0',
      '--initial-rtt-timeout',
      `${timeoutMs}ms`,
      '--max-rtt-timeout',
      `${timeoutMs}ms`,
      '--min-parallelism',
      String(concurrency),
      lab.aAddress,
    ];
    const times = await timeSideBySide(
      async () => {
        const run = await probeReachability(
          targetsOn(lab.aAddress, FILTERED_FIRST, FILTERED_COUNT),
          {
            probeHost: 'bench',
            timeoutMs,
            concurrency,
          },
        );
        blocked = run.results.filter((r) => r.status === 'blocked').length;
      },
      withNmap ? () => nmap(comparableArgs) : undefined,
    );
    print(
      `filtered: ${FILTERED_COUNT} ports dropped by nftables in a namespace (${blocked} blocked), timeout ${timeoutMs} ms, concurrency ${concurrency}, rate ${REACH_DEFAULTS.ratePerSecond}/s, median of ${RUNS}:`,
    );
    print(
      `  ours (in process)  ${ms(times.ours)} = ${(times.ours / timeoutMs).toFixed(2)}x our timeout (goal: at most 1.5x)`,
    );
    if (!withNmap) return print('  nmap: not installed, no comparison');
    print(
      `  nmap ${comparableArgs.slice(0, -1).join(' ')}: ${ms(times.theirs)}; ratio ours/nmap ${(times.ours / times.theirs).toFixed(2)}`,
    );
    const defaults = await nmap(['-sT', '-n', '-Pn', ports, lab.aAddress]);
    print(
      `  nmap -sT -n -Pn (its defaults: retries, adaptive timing; one run): ${ms(defaults.ms)}  ratio ours/nmap ${(times.ours / defaults.ms).toFixed(2)}`,
    );
  } finally {
    lab.destroy();
  }
}

function manyTargets(print: Print): Promise<void> {
  const fixture = fileURLToPath(
    new URL('../electron/services/probes/fixtures/many-targets.ts', import.meta.url),
  );
  const command = `ulimit -n 256 && exec "${process.execPath}" --import tsx "${fixture}" 10000 ${REACH_DEFAULTS.concurrency} ${LOOPBACK_FIRST + 1}`;
  const start = performance.now();
  return new Promise((resolve) => {
    execFile('sh', ['-c', command], { encoding: 'utf8' }, (error, stdout, stderr) => {
      const elapsed = performance.now() - start;
      const openFiles = /EMFILE|ENFILE|too many open files/i.test(stderr + stdout);
      const summary = (() => {
        try {
          const parsed = JSON.parse(stdout) as { results: number; statuses: string[] };
          return `${parsed.results} results (${parsed.statuses.join(', ')})`;
        } catch {
          return `no report: ${stderr.trim().split('\n')[0] ?? ''}`;
        }
      })();
      print(
        `10,000 loopback targets in a child under ulimit -n 256 (concurrency ${REACH_DEFAULTS.concurrency}): ${summary}, ${ms(elapsed)} including process start, exit ${error ? error.code : 0}, ${openFiles ? 'ERROR about open files' : 'no error about open files'}`,
      );
      resolve();
    });
  });
}

export default async function (print: Print): Promise<void> {
  const withNmap = hasNmap();
  await loopback(print, withNmap);
  await filtered(print, withNmap);
  await manyTargets(print);
}
