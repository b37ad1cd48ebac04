import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../../../support/examples';
import { exampleChecklist } from '../support';
import { structuralProblems } from './structure-checks';
import { LIMITS, renderParsed, VENDORS } from './render';

// Every vendor's file for every example plan, read back as the firewall would read it.

describe('zone firewall configurations, read back', () => {
  for (const example of EXAMPLES) {
    for (const vendor of VENDORS) {
      it(`${vendor} for ${example}: every rule once, objects before use, names within limits, only the plan's addresses`, async () => {
        const checklist = exampleChecklist(example);
        const parsed = await renderParsed(vendor, checklist);
        expect(structuralProblems(parsed, checklist, LIMITS[vendor])).toEqual([]);
        expect(parsed.events.filter((e) => e.type === 'rule')).toHaveLength(
          checklist.rules.firewall.length,
        );
      });
    }
  }

  it('notices a file whose rules come before their objects, or that misses a rule', async () => {
    const checklist = exampleChecklist('cluster-3-islands');
    const { events, commands } = await renderParsed('panos', checklist);
    const kinds = new Set(events.map((e) => e.type));
    expect([...kinds].sort()).toEqual(['address', 'define', 'rule', 'use']);
    const reversed = structuralProblems(
      { events: [...events].reverse(), commands },
      checklist,
      LIMITS.panos,
    );
    expect(reversed.some((p) => p.includes('used before it is defined'))).toBe(true);
    const missing = structuralProblems(
      { events: events.filter((e) => !(e.type === 'rule' && e.id === 'FW-003')), commands },
      checklist,
      LIMITS.panos,
    );
    expect(missing.some((p) => p.startsWith('rules '))).toBe(true);
    const foreign = structuralProblems(
      { events: [...events, { type: 'address', value: '10.66.0.1' }], commands },
      checklist,
      LIMITS.panos,
    );
    expect(foreign).toContain('10.66.0.1 is not an address of the plan');
  });

  it('takes the customer’s zone names from the plan, and its defaults where it has none', async () => {
    const checklist = exampleChecklist('cluster-3-islands', {
      edit: (doc) => (doc.zoneNames = { clients: 'LAN_Office', 'oe-nodes': 'DMZ-Print' }),
    });
    const { bytes } =
      await import('../../../../../electron/services/documents/firewalls/zone-firewalls').then(
        (m) => m.ZONE_FIREWALL_RENDERERS.fortigate(checklist),
      );
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('set srcintf "LAN_Office"');
    expect(text).toContain('set dstintf "DMZ-Print"');
    expect(text).toContain('set dstintf "oe_management"');
    expect(text).not.toContain('"oe_clients"');
  });
});
