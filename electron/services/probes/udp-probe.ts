import { text } from '../../../shared/i18n';
import { because } from '../../../shared/probes/model';
import { createSocket } from 'node:dgram';
import { isIP } from 'node:net';
import { normalizeAddress, UDP_PROBE_BYTES } from '../../../shared/probes/banner';
import {
  afterPendingIo,
  verdictOfAnswer,
  verdictOfError,
  type AttemptOutcome,
  type AttemptSettings,
  type ResolvedTarget,
} from './attempt';

/** A datagram as big as any banner, so the responder can answer without amplifying anything. */
const PROBE = Buffer.alloc(UDP_PROBE_BYTES, 0x20);
PROBE.write('OEPP/1 probe\n');

/**
 * One UDP probe: sent twice (at the start and half way, in case one is lost). An answer means
 * something listens; ICMP port unreachable means nothing does; silence cannot tell open from
 * filtered, so it stays "open-or-filtered".
 */
export function probeUdp(
  target: ResolvedTarget,
  settings: AttemptSettings,
): Promise<AttemptOutcome> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = createSocket(isIP(target.address) === 6 ? 'udp6' : 'udp4');
    let sourceAddress = settings.localAddress ?? settings.routeSource;
    let settled = false;
    const timers: NodeJS.Timeout[] = [];

    const finish = (outcome: AttemptOutcome) => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      settings.inFlight.delete(cancel);
      try {
        socket.close();
      } catch {
        // never bound: nothing to close
      }
      resolve(outcome);
    };
    const cancel = () => finish({ kind: 'cancelled' });
    settings.inFlight.add(cancel);
    const send = () => {
      if (!settled) socket.send(PROBE, () => undefined);
    };

    const fail = (error: NodeJS.ErrnoException) => {
      const verdict = verdictOfError(error, 'udp');
      if (verdict === 'no-resources') return finish({ kind: 'no-resources', code: error.code! });
      finish({
        kind: 'done',
        ...verdict,
        sourceAddress,
        nat: false,
        durationMs: performance.now() - started,
      });
    };
    socket.on('error', fail);
    socket.on('message', (message) => {
      finish({
        kind: 'done',
        ...verdictOfAnswer(message.toString('latin1'), target, sourceAddress),
        sourceAddress,
        durationMs: performance.now() - started,
      });
    });
    socket.bind(
      { port: 0, ...(settings.localAddress ? { address: settings.localAddress } : {}) },
      () => {
        socket.connect(target.port, target.address, (error?: Error) => {
          if (error) return fail(error);
          sourceAddress = normalizeAddress(socket.address().address);
          send();
          timers.push(setTimeout(send, settings.timeoutMs / 2));
          timers.push(
            setTimeout(
              () =>
                afterPendingIo(() =>
                  finish({
                    kind: 'done',
                    status: 'open-or-filtered',
                    ...because(text('probeReasons.udpSilent', { ms: settings.timeoutMs })),
                    sourceAddress,
                    nat: false,
                    durationMs: performance.now() - started,
                  }),
                ),
              settings.timeoutMs,
            ),
          );
        });
      },
    );
  });
}
