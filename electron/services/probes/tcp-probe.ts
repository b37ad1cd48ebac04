import { Socket } from 'node:net';
import { text } from '../../../shared/i18n';
import { MAX_BANNER_BYTES, normalizeAddress } from '../../../shared/probes/banner';
import {
  becauseOnce,
  runAttempt,
  verdictOfAnswer,
  type Attempt,
  type Probe,
  type ResolvedTarget,
} from './attempt';

/** What one connection has told so far. */
interface Connection {
  socket: Socket;
  connectedAt: number;
  answer: string;
}

const judgeAnswer = (
  attempt: Attempt,
  target: ResolvedTarget,
  connection: Connection,
  waitedMs?: number,
) => attempt.judge(verdictOfAnswer(connection.answer, target, attempt.sourceAddress, waitedMs));

/**
 * One TCP connect: connected (then read a banner briefly), refused (a reset came back), or
 * nothing before the deadline (filtered). Only the deadline makes "blocked". Listeners are
 * anonymous arrows on purpose: a run makes thousands, and named ones cost more to create.
 */
export const probeTcp: Probe = (target, settings) =>
  runAttempt('tcp', settings, (attempt) => {
    const started = performance.now();
    const c: Connection = { socket: new Socket(), connectedAt: 0, answer: '' };

    c.socket.on('connect', () => {
      c.connectedAt = performance.now();
      attempt.clearTimers();
      attempt.sourceAddress = normalizeAddress(c.socket.localAddress ?? attempt.sourceAddress);
      // Our responder writes its banner as soon as it accepts: about one round trip after connect.
      const wait =
        settings.bannerWaitMs ?? Math.min(settings.timeoutMs, 100 + 4 * (c.connectedAt - started));
      attempt.after(wait, () => judgeAnswer(attempt, target, c, wait));
    });
    c.socket.on('data', (chunk: Buffer) => {
      c.answer = (c.answer + chunk.toString('latin1')).slice(0, MAX_BANNER_BYTES);
      if (c.answer.includes('\n') || c.answer.length >= MAX_BANNER_BYTES) {
        judgeAnswer(attempt, target, c);
      }
    });
    c.socket.on('end', () => judgeAnswer(attempt, target, c));
    c.socket.on('error', (error: NodeJS.ErrnoException) => {
      if (c.connectedAt) return judgeAnswer(attempt, target, c); // accepted, then reset: something listens
      attempt.fail(error);
    });

    attempt.after(settings.timeoutMs, () => {
      if (c.connectedAt) return;
      attempt.judge({
        status: 'blocked',
        ...becauseOnce(text('probeReasons.filtered', { ms: settings.timeoutMs })),
      });
    });
    c.socket.connect({
      host: target.address,
      port: target.port,
      ...(settings.localAddress ? { localAddress: settings.localAddress } : {}),
    });
    return () => c.socket.destroy();
  });
