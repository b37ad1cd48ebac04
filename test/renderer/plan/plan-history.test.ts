import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanHistory } from '../../../renderer/plan/plan-history';

interface Doc {
  project: { name: string; customer?: string };
  clientGroups: { name: string; addresses: string[] }[];
}

const plan = (): Doc => ({
  project: { name: 'Hospital' },
  clientGroups: [
    { name: 'SAP PRD', addresses: ['10.0.0.1'] },
    { name: 'SAP QAS', addresses: [] },
  ],
});

/** A turn of the event loop ends: what was written in it is one step. */
const endTurn = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('undo and redo of a plan', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
  afterEach(() => vi.useRealTimers());

  it('takes back a removal with the same item (its identity kept), and redoes it', async () => {
    const raw = plan();
    const history = new PlanHistory();
    const doc = history.track(raw);
    const removed = raw.clientGroups[0];
    history.remove('SAP PRD', () => doc.clientGroups.splice(0, 1));
    await endTurn();
    expect(raw.clientGroups.map((g) => g.name)).toEqual(['SAP QAS']);
    expect(history.removed?.name).toBe('SAP PRD');
    expect(history.undoRemoval()).toBe(true);
    expect(raw.clientGroups.map((g) => g.name)).toEqual(['SAP PRD', 'SAP QAS']);
    expect(raw.clientGroups[0]).toBe(removed);
    expect(history.removed).toBeNull();
    expect(history.redo()).toBe(true);
    expect(raw.clientGroups.map((g) => g.name)).toEqual(['SAP QAS']);
  });

  it('makes one step of a burst of typing in one field, and a new one after a pause or leaving it', async () => {
    const raw = plan();
    const history = new PlanHistory();
    const doc = history.track(raw);
    for (const name of ['H', 'Ho', 'Hos']) {
      doc.project.name = name;
      await endTurn();
      vi.advanceTimersByTime(100);
    }
    vi.advanceTimersByTime(2000);
    doc.project.name = 'Hosp';
    await endTurn();
    history.seal();
    doc.project.name = 'Hospi';
    await endTurn();
    expect(history.view.undo).toBe(3);
    history.undo();
    expect(raw.project.name).toBe('Hosp');
    history.undo();
    expect(raw.project.name).toBe('Hos');
    history.undo();
    expect(raw.project.name).toBe('Hospital');
    expect(history.canUndo).toBe(false);
    history.redo();
    expect(raw.project.name).toBe('Hos');
  });

  it('gives typing in another field its own step, and undoes a key that did not exist by removing it', async () => {
    const raw = plan();
    const history = new PlanHistory();
    const doc = history.track(raw);
    doc.project.name = 'A';
    await endTurn();
    doc.project.customer = 'Clinic';
    await endTurn();
    history.undo();
    expect('customer' in raw.project).toBe(false);
    expect(raw.project.name).toBe('A');
  });

  it('stores new values without the tracking proxies, and a new change forgets what was undone', async () => {
    const raw = plan();
    const history = new PlanHistory();
    const doc = history.track(raw);
    const copy = { ...doc.clientGroups[1]!, name: 'SAP DEV' };
    doc.clientGroups.push(copy);
    await endTurn();
    expect(history.untrack(raw.clientGroups[2]!.addresses)).toBe(raw.clientGroups[1]!.addresses);
    expect(raw.clientGroups[2]!.addresses).toBe(raw.clientGroups[1]!.addresses);
    history.undo();
    expect(raw.clientGroups).toHaveLength(2);
    expect(history.canRedo).toBe(true);
    doc.project.name = 'Other';
    await endTurn();
    expect(history.canRedo).toBe(false);
  });

  it('does not offer a removal back once something else was changed after it', async () => {
    const raw = plan();
    const history = new PlanHistory();
    const doc = history.track(raw);
    history.remove('SAP PRD', () => doc.clientGroups.splice(0, 1));
    await endTurn();
    doc.project.name = 'Changed';
    await endTurn();
    expect(history.removed).toBeNull();
    expect(history.undoRemoval()).toBe(false);
    expect(raw.clientGroups).toHaveLength(1);
  });
});
