import { createSocket } from 'node:dgram';
import { isIP } from 'node:net';
import { text } from '../../../shared/i18n';
import { normalizeAddress, UDP_PROBE_BYTES } from '../../../shared/probes/banner';
import { becauseOnce, runAttempt, verdictOfAnswer, type Probe } from './attempt';

/** A datagram as big as any banner, so the responder can answer without amplifying anything. */
const PROBE = Buffer.alloc(UDP_PROBE_BYTES, 0x20);
PROBE.write('OEPP/1 probe\n');

/**
 * One UDP probe: sent twice (at the start and half way, in case one is lost). An answer means
 * something listens; ICMP port unreachable means nothing does; silence cannot tell open from
 * filtered, so it stays "open-or-filtered".
 */
export const probeUdp: Probe = (target, settings) =>
  runAttempt('udp', settings, (attempt) => {
    const socket = createSocket(isIP(target.address) === 6 ? 'udp6' : 'udp4');
    const send = () => {
      if (!attempt.settled) socket.send(PROBE, () => undefined);
    };

    socket.on('error', (error) => attempt.fail(error));
    socket.on('message', (message) =>
      attempt.judge(verdictOfAnswer(message.toString('latin1'), target, attempt.sourceAddress)),
    );
    socket.bind(
      { port: 0, ...(settings.localAddress ? { address: settings.localAddress } : {}) },
      () => {
        socket.connect(target.port, target.address, (error?: Error) => {
          if (error) return attempt.fail(error);
          attempt.sourceAddress = normalizeAddress(socket.address().address);
          send();
          attempt.after(settings.timeoutMs / 2, send);
          attempt.after(settings.timeoutMs, () =>
            attempt.judge({
              status: 'open-or-filtered',
              ...becauseOnce(text('probeReasons.udpSilent', { ms: settings.timeoutMs })),
            }),
          );
        });
      },
    );
    return () => {
      try {
        socket.close();
      } catch {
        // never bound: nothing to close
      }
    };
  });
