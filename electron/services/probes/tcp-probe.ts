import { text } from '../../../shared/i18n';
import { because } from '../../../shared/probes/model';
import { Socket } from 'node:net';
import { MAX_BANNER_BYTES, normalizeAddress } from '../../../shared/probes/banner';
import {
  afterPendingIo,
  verdictOfAnswer,
  verdictOfError,
  type AttemptOutcome,
  type AttemptSettings,
  type ResolvedTarget,
} from './attempt';

/**
 * One TCP connect: connected (then read a banner briefly), refused (a reset came back), or
 * nothing before the timer (filtered). Only the timer makes "blocked".
 */
export function probeTcp(
  target: ResolvedTarget,
  settings: AttemptSettings,
): Promise<AttemptOutcome> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = new Socket();
    let connectedAt = 0;
    let sourceAddress = settings.localAddress ?? settings.routeSource;
    let answer = '';
    let settled = false;
    let timer: NodeJS.Timeout | undefined;

    const finish = (outcome: AttemptOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      settings.inFlight.delete(cancel);
      socket.destroy();
      resolve(outcome);
    };
    const cancel = () => finish({ kind: 'cancelled' });
    settings.inFlight.add(cancel);

    const judgeAnswer = (waitedMs?: number) => {
      finish({
        kind: 'done',
        ...verdictOfAnswer(answer, target, sourceAddress, waitedMs),
        sourceAddress,
        durationMs: performance.now() - started,
      });
    };

    socket.on('connect', () => {
      connectedAt = performance.now();
      clearTimeout(timer);
      sourceAddress = normalizeAddress(socket.localAddress ?? sourceAddress);
      // Our responder writes its banner as soon as it accepts: about one round trip after connect.
      const wait =
        settings.bannerWaitMs ?? Math.min(settings.timeoutMs, 100 + 4 * (connectedAt - started));
      timer = setTimeout(() => afterPendingIo(() => judgeAnswer(wait)), wait);
    });
    socket.on('data', (chunk: Buffer) => {
      answer = (answer + chunk.toString('latin1')).slice(0, MAX_BANNER_BYTES);
      if (answer.includes('\n') || answer.length >= MAX_BANNER_BYTES) judgeAnswer();
    });
    socket.on('end', () => judgeAnswer());
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (connectedAt) return judgeAnswer(); // accepted, then reset: something listens
      const verdict = verdictOfError(error, 'tcp');
      if (verdict === 'no-resources') return finish({ kind: 'no-resources', code: error.code! });
      finish({
        kind: 'done',
        ...verdict,
        sourceAddress,
        nat: false,
        durationMs: performance.now() - started,
      });
    });

    timer = setTimeout(
      () =>
        afterPendingIo(() => {
          if (connectedAt) return;
          finish({
            kind: 'done',
            status: 'blocked',
            ...because(text('probeReasons.filtered', { ms: settings.timeoutMs })),
            sourceAddress,
            nat: false,
            durationMs: performance.now() - started,
          });
        }),
      settings.timeoutMs,
    );
    socket.connect({
      host: target.address,
      port: target.port,
      ...(settings.localAddress ? { localAddress: settings.localAddress } : {}),
    });
  });
}
