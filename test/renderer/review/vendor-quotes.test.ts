import { describe, expect, it } from 'vitest';
import { MESH_SENTENCE } from '../../../shared/catalog/flows';
import { computeMatrix } from '../../../shared/matrix';
import { vendorQuotes } from '../../../renderer/review/vendor-quotes';
import { examplePlan } from '../../support/examples';

describe('the vendor’s words of a rule', () => {
  it('quotes the mesh sentence for the cluster’s OE node mesh, once', () => {
    expect(vendorQuotes('Cluster communication between OE nodes')).toEqual([MESH_SENTENCE]);
    expect(
      vendorQuotes(
        'Cluster communication between OE nodes; Cluster communication between OE nodes',
      ),
    ).toEqual([MESH_SENTENCE]);
  });

  it('quotes nothing for a rule without the vendor’s words', () => {
    expect(vendorQuotes('Log shipping and queries to Elasticsearch')).toEqual([]);
    expect(vendorQuotes('')).toEqual([]);
  });

  it('finds the sentence on the firewall rules of a cluster between its OE nodes', () => {
    const matrix = computeMatrix(examplePlan('cluster-3-islands'));
    const mesh = matrix.firewallRules.filter(
      (r) => r.sourceZone === 'oe-nodes' && r.destinationZone === 'oe-nodes',
    );
    expect(mesh.some((r) => vendorQuotes(r.purpose).includes(MESH_SENTENCE))).toBe(true);
  });
});
