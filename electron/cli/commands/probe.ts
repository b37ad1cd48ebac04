import { InvalidArgumentError, Option, type Command } from 'commander';
import { computeMatrix } from '../../../shared/matrix';
import type { Plan } from '../../../shared/plan';
import type { ProbeProgress } from '../../../shared/probes/model';
import { Refusal } from '../../../shared/api/refusal';
import { text } from '../../../shared/i18n';
import { checkPlanLocalPorts, probePlanReachability } from '../../services/probes/plan-probes';
import { REACH_DEFAULTS, REACH_LIMITS } from '../../../shared/probes/jobs';
import { NONCE } from '../../../shared/probes/banner';
import { localReportText, reachReportText, statusCounts } from '../../services/probes/report-text';
import { readPlanFile } from '../../services/plan-loader';
import { EXIT_INTERRUPTED, Interrupted } from '../errors';
import { emit, printWarnings } from '../output';
import { cliLocale, say } from '../language';

export const PROBE_FORMATS = ['text', 'json'] as const;
export type ProbeFormat = (typeof PROBE_FORMATS)[number];

/** A commander parser for a whole number within bounds; the message says how to fix it. */
export function wholeNumber(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min || n > max) {
      throw new InvalidArgumentError(say('cli.probe.wholeNumber', { min, max }));
    }
    return n;
  };
}

/** A campaign's nonce as the banner carries it; the message says how it must look. */
export function nonceArgument(value: string): string {
  if (!NONCE.test(value)) throw new InvalidArgumentError(say('cli.probe.nonce'));
  return value;
}

export const formatOption = () =>
  new Option('--format <format>', 'text for people, json for the desktop app and scripts')
    .choices(PROBE_FORMATS)
    .default('text');

/** Load the plan (warnings to stderr), then act as the host --as names (the services' `host`). */
export async function runOnPlan<T>(
  planPath: string,
  action: (plan: Plan) => Promise<T>,
): Promise<T> {
  const loaded = await readPlanFile(planPath);
  const { plan } = loaded;
  printWarnings(loaded);
  return action(plan).catch((e: unknown) => {
    throw e instanceof Refusal && e.field === 'host' ? e.about('as') : e;
  });
}

/** Progress on one line of stderr, only when a person watches it. */
function progressLine(): { update: (text: string) => void; clear: () => void } {
  const tty = process.stderr.isTTY;
  return {
    update: (text) => {
      if (tty) process.stderr.write(`\r\x1b[K${text}`);
    },
    clear: () => {
      if (tty) process.stderr.write('\r\x1b[K');
    },
  };
}

/** Ctrl+C cancels the run (results so far are still written); a second one ends the process. */
function interruptible(): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  const onInterrupt = () => {
    process.stderr.write(`\n${say('cli.probe.cancelling')}\n`);
    controller.abort();
    process.once('SIGINT', () => process.exit(EXIT_INTERRUPTED));
  };
  process.once('SIGINT', onInterrupt);
  return { signal: controller.signal, release: () => process.off('SIGINT', onInterrupt) };
}

interface CommonOptions {
  plan: string;
  as: string;
  format: ProbeFormat;
  out?: string;
}

function registerLocal(probe: Command): void {
  probe
    .command('local')
    .description(
      'bind-test every port the host must listen on: free, in use (by which process), permission denied, excluded range',
    )
    .requiredOption('--plan <file>', 'plan file (JSON)')
    .requiredOption('--as <host>', 'the host of the plan this machine is')
    .addOption(formatOption())
    .option('--out <file>', 'write the report to a file instead of standard output')
    .action(async (options: CommonOptions) => {
      await runOnPlan(options.plan, async (plan) => {
        const progress = progressLine();
        const report = await checkPlanLocalPorts(plan, options.as, {
          onResult: (r, p) =>
            progress.update(
              say('cli.probe.checking', {
                done: p.done,
                total: p.total,
                port: `${r.port}/${r.protocol}`,
              }),
            ),
        });
        progress.clear();
        await emit(
          options.format === 'json'
            ? `${JSON.stringify(report, null, 2)}\n`
            : localReportText(report, cliLocale()),
          options.out,
        );
      });
    });
}

function registerReach(probe: Command): void {
  probe
    .command('reach')
    .description(
      'connect to every destination of the host rules whose source is this host: verified, open, reachable (refused), blocked (filtered), unreachable, unresolved',
    )
    .requiredOption('--plan <file>', 'plan file (JSON)')
    .requiredOption('--as <host>', 'the host of the plan this machine is')
    .option(
      '--timeout <ms>',
      'milliseconds to wait for an answer per attempt',
      wholeNumber(REACH_LIMITS.timeoutMs.min, REACH_LIMITS.timeoutMs.max),
      REACH_DEFAULTS.timeoutMs,
    )
    .option(
      '--concurrency <n>',
      'probe sockets open at once',
      wholeNumber(REACH_LIMITS.concurrency.min, REACH_LIMITS.concurrency.max),
      REACH_DEFAULTS.concurrency,
    )
    .option(
      '--rate <n>',
      'new attempts a second to other machines',
      wholeNumber(1, 100_000),
      REACH_DEFAULTS.ratePerSecond,
    )
    .option(
      '--nonce <nonce>',
      "a campaign's nonce: only responders started with it verify a rule",
      nonceArgument,
    )
    .addOption(formatOption())
    .option('--out <file>', 'write the report to a file instead of standard output')
    .action(
      async (
        options: CommonOptions & {
          timeout: number;
          concurrency: number;
          rate: number;
          nonce?: string;
        },
      ) => {
        await runOnPlan(options.plan, async (plan) => {
          const progress = progressLine();
          const { signal, release } = interruptible();
          const report = await probePlanReachability(plan, options.as, {
            timeoutMs: options.timeout,
            concurrency: options.concurrency,
            ratePerSecond: options.rate,
            ...(options.nonce ? { nonce: options.nonce } : {}),
            signal,
            onResult: (_r, p: ProbeProgress) =>
              progress.update(
                say('cli.probe.probing', {
                  done: p.done,
                  total: p.total,
                  counts: statusCounts(p.counts, cliLocale()),
                }),
              ),
          }).finally(release);
          progress.clear();
          await emit(
            options.format === 'json'
              ? `${JSON.stringify(report, null, 2)}\n`
              : reachReportText(report, computeMatrix(plan).hostRules, cliLocale()),
            options.out,
          );
          if (report.cancelled) {
            throw new Interrupted(text('cli.probe.cancelled', { count: report.results.length }));
          }
        });
      },
    );
}

export function registerProbe(program: Command): void {
  const probe = program
    .command('probe')
    .description('check this machine against the plan: ports in use here, paths to other hosts');
  registerLocal(probe);
  registerReach(probe);
  for (const command of probe.commands) command.exitOverride();
}
