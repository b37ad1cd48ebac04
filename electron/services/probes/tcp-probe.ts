import { Socket } from 'node:net';
import { text } from '../../../shared/i18n';
import { MAX_BANNER_BYTES, normalizeAddress } from '../../../shared/probes/banner';
import { becauseOnce, runAttempt, verdictOfAnswer, type Probe } from './attempt';

/**
 * One TCP connect: connected (then read a banner briefly), refused (a reset came back), or
 * nothing before the timer (filtered). Only the timer makes "blocked".
 */
export const probeTcp: Probe = (target, settings) =>
  runAttempt('tcp', settings, (attempt) => {
    const started = performance.now();
    const socket = new Socket();
    let connectedAt = 0;
    let answer = '';

    const judgeAnswer = (waitedMs?: number) =>
      attempt.judge(verdictOfAnswer(answer, target, attempt.sourceAddress, waitedMs));

    socket.on('connect', () => {
      connectedAt = performance.now();
      attempt.clearTimers();
      attempt.sourceAddress = normalizeAddress(socket.localAddress ?? attempt.sourceAddress);
      // Our responder writes its banner as soon as it accepts: about one round trip after connect.
      const wait =
        settings.bannerWaitMs ?? Math.min(settings.timeoutMs, 100 + 4 * (connectedAt - started));
      attempt.after(wait, () => judgeAnswer(wait));
    });
    socket.on('data', (chunk: Buffer) => {
      answer = (answer + chunk.toString('latin1')).slice(0, MAX_BANNER_BYTES);
      if (answer.includes('\n') || answer.length >= MAX_BANNER_BYTES) judgeAnswer();
    });
    socket.on('end', () => judgeAnswer());
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (connectedAt) return judgeAnswer(); // accepted, then reset: something listens
      attempt.fail(error);
    });

    attempt.after(settings.timeoutMs, () => {
      if (connectedAt) return;
      attempt.judge({
        status: 'blocked',
        ...becauseOnce(text('probeReasons.filtered', { ms: settings.timeoutMs })),
      });
    });
    socket.connect({
      host: target.address,
      port: target.port,
      ...(settings.localAddress ? { localAddress: settings.localAddress } : {}),
    });
    return () => socket.destroy();
  });
