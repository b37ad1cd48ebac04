import { describe, expect, it, vi } from 'vitest';
import { API, CHANNEL_NAMES, dispatch, type Handlers } from '../../../shared/api/contract';

/** Handlers where only app.setLocale answers; any other channel is not called here. */
function handlersWith(setLocale: Handlers['app.setLocale']): Handlers {
  return new Proxy({ 'app.setLocale': setLocale } as Partial<Handlers>, {
    get: (target, name) =>
      target[name as keyof Handlers] ??
      (() => {
        throw new Error(`${String(name)} was not expected`);
      }),
  }) as Handlers;
}

describe('the app.setLocale channel', () => {
  it('is part of the API, for desktop and browser alike', () => {
    expect(CHANNEL_NAMES).toContain('app.setLocale');
    expect(API['app.setLocale'].desktopOnly).toBeUndefined();
  });

  it('passes English or German to its handler', async () => {
    const handler = vi.fn(() => null);
    const handlers = handlersWith(handler);
    expect(await dispatch(handlers, 'app.setLocale', { locale: 'de' })).toEqual({
      ok: true,
      value: null,
    });
    expect(await dispatch(handlers, 'app.setLocale', { locale: 'en' })).toEqual({
      ok: true,
      value: null,
    });
    expect(handler.mock.calls).toEqual([[{ locale: 'de' }], [{ locale: 'en' }]]);
  });

  it('refuses another language, a missing one or extra arguments as a bad request', async () => {
    const handler = vi.fn(() => null);
    const handlers = handlersWith(handler);
    for (const args of [{ locale: 'fr' }, {}, { locale: 'de', also: 1 }, { locale: 7 }]) {
      const envelope = await dispatch(handlers, 'app.setLocale', args);
      expect(envelope).toMatchObject({
        ok: false,
        error: { code: 'bad-request', message: expect.stringMatching(/^app\.setLocale: /) },
      });
    }
    expect(handler).not.toHaveBeenCalled();
  });
});
