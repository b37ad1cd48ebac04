import { InvalidArgumentError, type Command } from 'commander';
import { formatPortRanges } from '../../../shared/matrix';
import { startPlanResponder } from '../../services/probes/plan-probes';
import { RESPONDER_TTL_MINUTES } from '../../../shared/probes/jobs';
import { RESPONDER_DEFAULTS, type ResponderEvent } from '../../services/probes/responder';
import { say, sayText } from '../language';
import { formatOption, nonceArgument, runOnPlan, type ProbeFormat } from './probe';

const MAX_TTL_MINUTES = RESPONDER_TTL_MINUTES.max;

function minutes(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || n <= 0 || n > MAX_TTL_MINUTES) {
    throw new InvalidArgumentError(say('cli.respond.minutes', { max: MAX_TTL_MINUTES }));
  }
  return n;
}

const clock = (iso: string) => iso.slice(11, 19);

// The reason an attempt was ignored comes from the responder service and stays English.
function eventText(e: ResponderEvent): string {
  const values = { time: clock(e.at), port: e.port, protocol: e.protocol, from: e.from };
  return e.type === 'answered'
    ? `${say('cli.respond.answered', values)}\n`
    : `${say('cli.respond.ignored', { ...values, reason: sayText(e.reason) })}\n`;
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
    .option('--nonce <nonce>', "a campaign's nonce: every banner carries it", nonceArgument)
    .addOption(formatOption())
    .action(
      async (options: {
        plan: string;
        as: string;
        ttl: number;
        nonce?: string;
        format: ProbeFormat;
      }) => {
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
              ...(options.nonce ? { nonce: options.nonce } : {}),
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
              for (const note of responder.notes)
                write(`${say('cli.respond.note', { note: sayText(note) })}\n`);
              const none = say('cli.respond.noPorts');
              const listening = say('cli.respond.listening', {
                host: responder.hostName,
                plan: plan.project.name,
                address: responder.address,
                tcp: ports('tcp') || none,
                udp: ports('udp') || none,
              });
              const stopsAt = say('cli.respond.stopsAt', {
                time: clock(responder.stopsAt.toISOString()),
                minutes: options.ttl,
              });
              write(`${listening}\n${stopsAt}\n`);
            }
            const stop = await responder.closed;
            const stopped = say(
              stop.reason === 'ttl' ? 'cli.respond.stoppedTtl' : 'cli.respond.stoppedRequest',
              { minutes: options.ttl, count: stop.answered },
            );
            write(json ? jsonLine({ event: 'stopped', ...stop }) : `${stopped}\n`);
          } finally {
            process.off('SIGINT', stopOnSignal);
            process.off('SIGTERM', stopOnSignal);
          }
        });
      },
    );
}
