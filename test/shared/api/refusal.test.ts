import { describe, expect, it } from 'vitest';
import { createClient, dispatch, type Handlers } from '../../../shared/api/contract';
import { ApiFailure, Refusal } from '../../../shared/api/refusal';
import { text, textIn } from '../../../shared/i18n';
import { planIssue } from '../../../shared/plan';

const notAHost = new Refusal(
  'bad-request',
  text('errors.notPlanHost', { host: 'oe9', hosts: 'oe1, oe2' }),
  { field: 'host' },
);

describe('one refusal, mapped once per face', () => {
  it('crosses the API as an envelope with its code, text, field and issues', async () => {
    const issues = [planIssue('error', '', 'not-json')];
    const handlers = {
      'plans.get': () => {
        throw notAHost;
      },
      'plans.import': () => {
        throw new Refusal('invalid-plan', text('errors.invalidPlan', { file: 'a', count: 1 }), {
          issues,
        });
      },
      'plans.list': () => {
        throw new Error('a bug');
      },
    } as unknown as Handlers;
    expect(await dispatch(handlers, 'plans.get', { id: 'p1' })).toEqual({
      ok: false,
      error: {
        code: 'bad-request',
        message: '"oe9" is not a host of this plan. Its hosts: oe1, oe2. Fix: use one of them.',
        text: notAHost.text,
        field: 'host',
      },
    });
    const invalid = await dispatch(handlers, 'plans.import', { fileName: 'a', content: '' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-plan', issues } });
    // Anything that is not a refusal is a bug: internal, in English.
    expect(await dispatch(handlers, 'plans.list', {})).toEqual({
      ok: false,
      error: { code: 'internal', message: 'plans.list failed: a bug' },
    });

    const client = createClient((name, args) => dispatch(handlers, name, args));
    const failure = await client['plans.get']({ id: 'p1' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).code).toBe('bad-request');
    expect(textIn('de', (failure as ApiFailure).text!)).toBe(
      '„oe9“ ist kein Host dieses Plans. Seine Hosts: oe1, oe2. Abhilfe: Verwenden Sie einen davon.',
    );
  });

  it('keeps everything but its field when a face names the argument its own way', () => {
    const asOption = notAHost.about('as');
    expect(asOption).toBeInstanceOf(Refusal);
    expect(asOption).toMatchObject({ code: 'bad-request', field: 'as', text: notAHost.text });
  });
});
