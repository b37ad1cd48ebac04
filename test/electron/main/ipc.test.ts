import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, type ChannelName } from '../../../shared/api/contract';
import { APP_URL } from '../../../electron/main/app-url';
import { setupIpc, type InvokeEvent } from '../../../electron/main/ipc';
import { createBackend, type Backend } from '../../../electron/services/backend';

type Listener = (event: InvokeEvent, args?: unknown) => Promise<unknown>;

let dir: string;
let backend: Backend;
let registered: Map<string, Listener>;
let calls: ChannelName[];

const fromOurWindow: InvokeEvent = {
  senderFrame: { url: APP_URL, parent: null },
  sender: { id: 1 },
};
const invoke = (channel: string, args: unknown, event = fromOurWindow) =>
  registered.get(channel)!(event, args);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'oe-ipc-'));
  backend = createBackend({ dataDir: dir, mode: 'desktop', version: '1.0.0' });
  registered = new Map();
  calls = [];
  setupIpc(
    { handle: (channel, listener) => void registered.set(channel, listener) },
    backend.handlers,
    { ourWindowContents: () => new Set([1]), afterCall: (c) => void calls.push(c) },
  );
});
afterEach(() => {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the IPC choke point', () => {
  it('registers exactly one handler per channel of the contract', () => {
    expect([...registered.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('answers our window with an envelope', async () => {
    const created = (await invoke('plans.create', {})) as { ok: boolean; value: { id: string } };
    expect(created.ok).toBe(true);
    expect(await invoke('plans.list', undefined)).toMatchObject({
      ok: true,
      value: [{ id: created.value.id }],
    });
    expect(calls).toEqual(['plans.create', 'plans.list']);
  });

  it('refuses other senders without running the handler', async () => {
    const others: InvokeEvent[] = [
      { senderFrame: { url: APP_URL, parent: null }, sender: { id: 2 } },
      { senderFrame: { url: APP_URL, parent: {} }, sender: { id: 1 } },
      { senderFrame: { url: 'https://evil.example/', parent: null }, sender: { id: 1 } },
      { senderFrame: null, sender: { id: 1 } },
    ];
    for (const event of others) {
      expect(await invoke('plans.create', {}, event)).toMatchObject({
        ok: false,
        error: { code: 'bad-request', message: expect.stringMatching(/refused/) },
      });
    }
    expect(backend.store.plans.list()).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('parses the arguments with the contract', async () => {
    expect(await invoke('plans.rename', { id: 'x', name: '', extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it('turns failures into serialisable errors', async () => {
    const answer = await invoke('plans.get', { id: 'gone' });
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: 'there is no plan gone (it may have been deleted)',
        // The same as a text of the dictionary: the renderer says it in the UI's language.
        text: { key: 'errors.noPlan', vars: { id: 'gone' } },
      },
    });
    expect(structuredClone(answer)).toEqual(answer);
  });
});
