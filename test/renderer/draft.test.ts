import { describe, expect, it } from 'vitest';
import { newPlanDocument, PlanSchema, validatePlan } from '../../shared/plan';
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

  it('leaves the Elastic Stack and Keycloak unplaced, so the plan gets the vendor’s default', () => {
    const document = newPlanDocument('Plant');
    const draft = toDraft(document);
    expect(draft.placement).not.toHaveProperty('elastic');
    expect(draft.placement).not.toHaveProperty('keycloak');
    expect(draft.placement.mongodb).toEqual({ on: 'oe-nodes', hosts: [] });
    const saved = JSON.parse(JSON.stringify(draft)) as typeof draft;
    expect(saved.placement).toEqual({ mongodb: { on: 'oe-nodes', hosts: [] } });
    const cluster = {
      ...saved,
      installation: 'cluster' as const,
      nodes: [{ name: 'oe1' }, { name: 'oe2' }, { name: 'oe3' }],
      managementServer: { name: 'mgmt' },
    };
    const plan = PlanSchema.parse(cluster);
    expect(plan.placement.elastic.on).toBe('management-server');
    expect(plan.placement.keycloak.on).toBe('management-server');
  });

  it('keeps a placement the technician has chosen', () => {
    const draft = toDraft({
      placement: { elastic: { on: 'oe-nodes' }, keycloak: { on: 'dedicated' } },
    });
    expect(draft.placement.elastic).toEqual({ on: 'oe-nodes', hosts: [] });
    expect(draft.placement.keycloak).toEqual({ on: 'dedicated', hosts: [] });
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
