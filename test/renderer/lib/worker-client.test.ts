import { afterEach, describe, expect, it } from 'vitest';
import {
  answerRequests,
  Superseded,
  unlessSuperseded,
  WorkerClient,
  WorkerFailure,
  type MessageEnd,
} from '../../../renderer/lib/worker-client';

type Requests = {
  double: { payload: { n: number }; reply: number };
  slow: { payload: { n: number; ms: number }; reply: number };
  broken: { payload: null; reply: never };
};
type News = { kind: 'tick'; n: number };
type Told = { kind: 'hello'; name: string };

// Both ends of a real MessageChannel: messages are cloned and delivered asynchronously, as between
// the window and a worker.
let channel: MessageChannel;
afterEach(() => {
  channel.port1.close();
  channel.port2.close();
});

function pair(onNews: (news: News) => void = () => {}) {
  channel = new MessageChannel();
  const told: Told[] = [];
  const worker = channel.port2 as unknown as MessageEnd;
  answerRequests<Requests, Told>(
    worker,
    {
      double: ({ n }) => {
        worker.postMessage({ kind: 'tick', n } satisfies News);
        return n * 2;
      },
      slow: ({ n, ms }) => new Promise((resolve) => setTimeout(() => resolve(n), ms)),
      broken: () => {
        throw new Error('the matrix is too large');
      },
    },
    (message) => told.push(message),
  );
  const client = new WorkerClient<Requests, News>(channel.port1 as unknown as MessageEnd, onNews);
  return { client, told };
}

describe('worker requests', () => {
  it('answer each request with its own reply, matched by id', async () => {
    const { client } = pair();
    const replies = await Promise.all([1, 2, 3].map((n) => client.request('double', { n })));
    expect(replies).toEqual([2, 4, 6]);
  });

  it('settle each request when its own answer comes, even out of order', async () => {
    const { client } = pair();
    const slow = client.request('slow', { n: 1, ms: 40 });
    const fast = client.request('slow', { n: 2, ms: 0 });
    const settled: number[] = [];
    await Promise.all([slow.then((n) => settled.push(n)), fast.then((n) => settled.push(n))]);
    expect(settled).toEqual([2, 1]);
  });

  it('hand the worker’s own messages to the news handler and told messages to the worker', async () => {
    const news: News[] = [];
    const { client, told } = pair((n) => news.push(n));
    client.tell({ kind: 'hello', name: 'window' } satisfies Told);
    await client.request('double', { n: 5 });
    expect(news).toEqual([{ kind: 'tick', n: 5 }]);
    expect(told).toEqual([{ kind: 'hello', name: 'window' }]);
  });

  it('propagate what went wrong in the worker', async () => {
    const { client } = pair();
    const failure = client.request('broken', null);
    await expect(failure).rejects.toBeInstanceOf(WorkerFailure);
    await expect(failure).rejects.toThrow('the matrix is too large');
    await expect(client.request('nothing' as 'broken', null)).rejects.toThrow(
      'no such request: nothing',
    );
  });

  it('reject a request that a newer one with the same key supersedes, and only that one', async () => {
    const { client } = pair();
    const first = client.request('slow', { n: 1, ms: 20 }, { supersede: 'table' });
    const other = client.request('slow', { n: 9, ms: 20 }, { supersede: 'other table' });
    const second = client.request('slow', { n: 2, ms: 0 }, { supersede: 'table' });
    await expect(first).rejects.toBeInstanceOf(Superseded);
    await expect(first.catch(unlessSuperseded)).resolves.toBeUndefined();
    expect(await second).toBe(2);
    expect(await other).toBe(9);
  });

  it('drop the requests still waiting when the client is disposed, answered or not', async () => {
    const { client } = pair();
    const waiting = client.request('slow', { n: 1, ms: 10 });
    client.dispose();
    const later = new Promise((resolve) => setTimeout(() => resolve('no answer'), 60));
    expect(await Promise.race([waiting, later])).toBe('no answer');
  });

  it('let only a superseded request pass as no failure', async () => {
    const { client } = pair();
    await expect(client.request('broken', null).catch(unlessSuperseded)).rejects.toBeInstanceOf(
      WorkerFailure,
    );
  });
});
