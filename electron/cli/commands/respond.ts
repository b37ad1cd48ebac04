import { InvalidArgumentError, type Command } from 'commander';
import { formatPortRanges } from '../../../shared/matrix';
import { startPlanResponder } from '../../services/probes/plan-probes';
import { RESPONDER_TTL_MINUTES } from '../../../shared/probes/jobs';
import { RESPONDER_DEFAULTS, type ResponderEvent } from '../../services/probes/responder';
import { formatOption, runOnPlan, type ProbeFormat } from './probe';

const MAX_TTL_MINUTES = RESPONDER_TTL_MINUTES.max;

function minutes(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || n <= 0 || n > MAX_TTL_MINUTES) {
    throw new InvalidArgumentError(
      `Fix: write the minutes as a number above 0 and at most ${MAX_TTL_MINUTES} (one day), e.g. 15 or 0.5.`,
    );
  }
  return n;
}

const clock = (iso: string) => iso.slice(11, 19);

function eventText(e: ResponderEvent): string {
  return e.type === 'answered'
    ? `${clock(e.at)} answered ${e.port}/${e.protocol} from ${e.from}\n`
    : `${clock(e.at)} ignored ${e.port}/${e.protocol} from ${e.from}: ${e.reason}\n`;
}

/** One JSON object a line, so a script can follow the responder while it runs. */
const jsonLine = (event: object) => `${JSON.stringify(event)}\n`;

export function registerRespond(program: Command): void {
  program
    .command('respond')
    .description(
      "listen on the host's planned inbound ports for a limited time and answer each probe with a banner naming the plan, the host, the port and the address seen",
    )
    .requiredOption('--plan <file>', 'plan file (JSON)')
    .requiredOption('--as <host>', 'the host of the plan this machine is')
    .option(
      '--ttl <minutes>',
      'stop by itself after this many minutes',
      minutes,
      RESPONDER_DEFAULTS.ttlMs / 60_000,
    )
    .addOption(formatOption())
    .action(async (options: { plan: string; as: string; ttl: number; format: ProbeFormat }) => {
      const json = options.format === 'json';
      const write = (text: string) => process.stdout.write(text);
      await runOnPlan(options.plan, async (plan) => {
        const controller = new AbortController();
        const stopOnSignal = () => controller.abort();
        process.once('SIGINT', stopOnSignal);
        process.once('SIGTERM', stopOnSignal);
        try {
          const responder = await startPlanResponder(plan, options.as, {
            ttlMs: Math.round(options.ttl * 60_000),
            signal: controller.signal,
            onEvent: (e) => write(json ? jsonLine({ event: e.type, ...e }) : eventText(e)),
          });
          const ports = (protocol: string) =>
            formatPortRanges(
              responder.ports.filter((p) => p.protocol === protocol).map((p) => p.port),
            );
          if (json) {
            write(
              jsonLine({
                event: 'listening',
                plan: plan.project.name,
                host: responder.hostName,
                address: responder.address,
                ports: responder.ports,
                startedAt: responder.startedAt.toISOString(),
                stopsAt: responder.stopsAt.toISOString(),
                notes: responder.notes,
              }),
            );
          } else {
            for (const note of responder.notes) write(`Note: ${note}\n`);
            write(
              `Responder for ${responder.hostName} (plan "${plan.project.name}") listening on ${responder.address}: TCP ${ports('tcp') || 'none'}; UDP ${ports('udp') || 'none'}.\n` +
                `It stops by itself at ${clock(responder.stopsAt.toISOString())} UTC (after ${options.ttl} min); Ctrl+C stops it now.\n`,
            );
          }
          const stop = await responder.closed;
          write(
            json
              ? jsonLine({ event: 'stopped', ...stop })
              : `Stopped${stop.reason === 'ttl' ? ` after its time limit of ${options.ttl} min` : ' on request'}; answered ${stop.answered} probe${stop.answered === 1 ? '' : 's'}. Nothing listens any more.\n`,
          );
        } finally {
          process.off('SIGINT', stopOnSignal);
          process.off('SIGTERM', stopOnSignal);
        }
      });
    });
}
