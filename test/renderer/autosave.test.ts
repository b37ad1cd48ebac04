import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, AUTOSAVE_DELAY_MS, type SaveStatus } from '../../renderer/plan/autosave';

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function saver(save: (doc: string) => Promise<void> = async () => {}) {
    const saved: string[] = [];
    const statuses: SaveStatus['state'][] = [];
    const autosaver = new Autosaver<string>(
      'v0',
      async (doc) => {
        await save(doc);
        saved.push(doc);
      },
      (s) => statuses.push(s.state),
    );
    return { autosaver, saved, statuses };
  }

  it('saves the latest version within the delay of the first change, however long the typing goes on', async () => {
    const { autosaver, saved } = saver();
    autosaver.change('v1', 'v1');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 50);
    autosaver.change('v2', 'v2');
    await vi.advanceTimersByTimeAsync(60);
    expect(saved).toEqual(['v2']);
    expect(AUTOSAVE_DELAY_MS).toBeLessThanOrEqual(300);
  });

  it('does not save what is already saved', async () => {
    const { autosaver, saved, statuses } = saver();
    autosaver.change('v0', 'v0');
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual([]);
    expect(statuses).toEqual([]);
  });

  it('flushes at once, and keeps one save in flight at a time, in order', async () => {
    let release!: () => void;
    const { autosaver, saved } = saver((doc) =>
      doc === 'v1' ? new Promise<void>((r) => (release = r)) : Promise.resolve(),
    );
    autosaver.change('v1', 'v1');
    const first = autosaver.flush();
    autosaver.change('v2', 'v2');
    const second = autosaver.flush();
    expect(saved).toEqual([]);
    release();
    await first;
    await second;
    expect(saved).toEqual(['v1', 'v2']);
    expect(autosaver.dirty).toBe(false);
  });

  it('keeps a failed version and retries it', async () => {
    let fail = true;
    const { autosaver, saved, statuses } = saver(async () => {
      if (fail) throw new Error('the planner backend cannot be reached');
    });
    autosaver.change('v1', 'v1');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(statuses.at(-1)).toBe('failed');
    expect(autosaver.dirty).toBe(true);
    fail = false;
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual(['v1']);
    expect(statuses.at(-1)).toBe('saved');
  });
});
