import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../shared/plan';
import { nextName, parseAddressList, toDraft } from '../../renderer/plan/draft';
import { exampleDocument } from '../support/examples';

describe('the plan as the wizard edits it', () => {
  it('fills in what the forms bind to, and changes nothing a valid plan says', () => {
    const document = exampleDocument('cluster-3-islands');
    const draft = toDraft(document);
    expect(draft.externalSystems).toEqual([]);
    expect(draft.placement.mongodb.hosts).toEqual([]);
    expect(draft.parameters.printerPorts.socket).toBe(9100);
    expect(validatePlan(draft).plan).toEqual(validatePlan(document).plan);
  });

  it('keeps wrong values, so validation names them', () => {
    const draft = toDraft({ installation: 'mainframe', nodes: [{ name: 'oe1', address: 'x' }] });
    expect(draft.installation).toBe('mainframe');
    expect(validatePlan(draft).issues.map((i) => i.path)).toContain('installation');
  });

  it('reads a pasted list of addresses: lines, commas, semicolons, spaces', () => {
    expect(parseAddressList('10.0.0.1, 10.0.0.2\n10.1.0.0/16;host.example.com  \n\n')).toEqual([
      '10.0.0.1',
      '10.0.0.2',
      '10.1.0.0/16',
      'host.example.com',
    ]);
  });

  it('names a new entry with a number not yet taken', () => {
    expect(nextName('oe', [{ name: 'oe1' }, { name: 'oe3' }])).toBe('oe4');
    expect(nextName('oe', [{ name: 'OE2' }])).toBe('oe3');
  });
});
