import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createDeadlines } from '../../../../electron/services/probes/deadlines';

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

describe('deadlines of a probe run: one timer for every attempt', () => {
  it('fires each deadline once, earliest first, never before it is due', async () => {
    const deadlines = createDeadlines();
    const fired: string[] = [];
    const start = performance.now();
    const at: Record<string, number> = {};
    const mark = (name: string) => () => {
      fired.push(name);
      at[name] = performance.now() - start;
    };
    deadlines.after(60, mark('late'));
    deadlines.after(20, mark('early'));
    deadlines.after(40, mark('middle'));
    await sleep(200);
    expect(fired).toEqual(['early', 'middle', 'late']);
    expect(at['early']).toBeGreaterThanOrEqual(20);
    expect(at['late']).toBeGreaterThanOrEqual(60);
  });

  it('a cancelled deadline never fires, and none left means no timer left', async () => {
    const before = timers();
    const deadlines = createDeadlines();
    let fired = 0;
    const many = Array.from({ length: 1000 }, () => deadlines.after(30, () => fired++));
    expect(timers()).toBe(before + 1);
    const kept = deadlines.after(10, () => fired++);
    for (const d of many) deadlines.cancel(d);
    expect(timers()).toBe(before + 1);
    await sleep(80);
    expect(fired).toBe(1);
    deadlines.cancel(kept); // already fired: nothing happens
    expect(timers()).toBe(before);
  });
});
