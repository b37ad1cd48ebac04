import { describe, expect, it } from 'vitest';
import {
  ApiFailure,
  createClient,
  dispatch,
  Refusal,
  type Handlers,
} from '../../../shared/api/contract';
import { isMessageKey, text, textIn } from '../../../shared/i18n';

describe('texts as data', () => {
  it('says one text in either language, with its values, plurals and nested texts', () => {
    const one = text('errors.invalidPlan', { file: 'a.oeplan.json', count: 1 });
    expect(textIn('en', one)).toBe('a.oeplan.json is not a valid plan: 1 error');
    expect(textIn('de', text('errors.invalidPlan', { file: 'a.oeplan.json', count: 3 }))).toBe(
      'a.oeplan.json ist kein gültiger Plan: 3 Fehler',
    );
    const excluded = text('probeReasons.excluded', {
      start: 50000,
      end: 50059,
      why: text('probeReasons.excludedByWindows'),
    });
    expect(textIn('de', excluded)).toBe(
      'im Portbereich 50000-50059, den Windows ausgeschlossen hat (von Windows reserviert, z. B. für Hyper-V oder WinNAT): Kein Dienst kann ihn binden',
    );
  });

  it('joins a list of texts with semicolons', () => {
    const parts = [
      text('probeReasons.portsBlocked', { count: 1, ports: '515/tcp', why: 'in use by nc' }),
      text('probeReasons.portsBlocked', {
        count: 2,
        ports: '53/tcp, 53/udp',
        why: text('probeReasons.needsRoot', { port: 53 }),
      }),
    ];
    expect(textIn('en', text('errors.responderBlocked', { ports: parts }))).toMatch(
      /^the responder did not start: 515\/tcp is in use by nc; 53\/tcp, 53\/udp are binding port 53 needs root/,
    );
  });

  it('knows its keys: plain and plural ones are texts, sections and made-up keys are not', () => {
    expect(isMessageKey('probeReasons.timedOut')).toBe(true);
    expect(isMessageKey('errors.invalidPlan')).toBe(true);
    expect(isMessageKey('errors')).toBe(false);
    expect(isMessageKey('errors.report')).toBe(false);
    expect(isMessageKey('errors.nothing')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });
});

describe('an error of the Node side in the UI’s language', () => {
  const handlers = {
    'plans.get': ({ id }: { id: string }) => {
      throw new Refusal('not-found', text('errors.noPlan', { id }));
    },
  } as unknown as Handlers;

  it('crosses the boundary as English and as a text, and the client says it in German', async () => {
    const envelope = await dispatch(handlers, 'plans.get', { id: 'p7' });
    expect(envelope).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: 'there is no plan p7 (it may have been deleted)',
        text: { key: 'errors.noPlan', vars: { id: 'p7' } },
      },
    });
    const client = createClient(async () => structuredClone(envelope));
    const failure = await client['plans.get']({ id: 'p7' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect(textIn('de', (failure as ApiFailure).text!)).toBe(
      'Es gibt keinen Plan p7 (vielleicht wurde er gelöscht)',
    );
  });
});
