import { describe, expect, it } from 'vitest';
import { parseRoute, planHash } from '../../../renderer/plan/plan-route';

describe('the address of a place in the app', () => {
  it('names a plan and its step, and reads back what it wrote', () => {
    const id = '6f1c2a7e-0b1d-4c55-9a43-2f1f0c3d9e10';
    expect(planHash(id, 'features')).toBe(`#/plans/${id}/features`);
    expect(parseRoute(planHash(id, 'features'))).toEqual({ kind: 'plan', id, step: 'features' });
    expect(parseRoute(`#/plans/${id}`)).toEqual({ kind: 'plan', id, step: null });
    expect(parseRoute(`#/plans/${id}/`)).toEqual({ kind: 'plan', id, step: null });
  });

  it('is the library for anything else: empty, the token fragment, a broken escape', () => {
    for (const hash of [
      '',
      '#',
      '#/',
      '#token=abc',
      '#/plans/',
      '#/plans/%E0%A4%A/x',
      '#/other/1',
    ]) {
      expect(parseRoute(hash)).toEqual({ kind: 'library' });
    }
  });

  it('keeps an id with characters an address escapes', () => {
    const id = 'a b/c';
    expect(parseRoute(planHash(id, 'review'))).toEqual({ kind: 'plan', id, step: 'review' });
  });
});
