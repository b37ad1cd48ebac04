import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../../../support/examples';
import { exampleChecklist } from '../support';
import { structuralProblems } from './structure-checks';
import { LIMITS, renderParsed, renderText, VENDORS } from './render';

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

  it('writes IPv6 addresses and hosts known only by name as each vendor does', async () => {
    const checklist = exampleChecklist('cluster-3-islands', {
      edit: (doc) => {
        doc.clientGroups[1].addresses = ['2001:db8::30'];
        doc.printerNetworks[0].addresses = ['2001:db8:100::/56', '198.51.100.0/24'];
        delete doc.nodes[2].address;
      },
    });
    const expected = {
      panos: [
        'set address Admins ip-netmask 2001:db8::30/128',
        'set address oe3 fqdn oe3.fra.example.com',
        'set address Floor_printers_2001_db8_100_56 ip-netmask 2001:db8:100::/56',
        'set address-group Floor_printers_group static [ Floor_printers_198.51.100.0_24 Floor_printers_2001_db8_100_56 ]',
      ],
      fortigate: [
        'config firewall address6\n    edit "Admins"\n        set ip6 2001:db8::30/128',
        '    edit "oe3"\n        set type fqdn\n        set fqdn "oe3.fra.example.com"',
        'set srcaddr6 "Admins"',
      ],
      asa: [
        'object network Admins\n host 2001:db8::30',
        'object network oe3\n fqdn oe3.fra.example.com',
        'object network Floor_printers_2001_db8_100_56\n subnet 2001:db8:100::/56',
      ],
      checkpoint: [
        'Admins,2001:db8::30,Admins,true',
        'Floor_printers_2001_db8_100_56,2001:db8:100::,56,Floor printers,true',
        '.oe3.fra.example.com,false',
      ],
    };
    for (const vendor of VENDORS) {
      const text = await renderText(vendor, checklist);
      for (const line of expected[vendor]) expect(text, vendor).toContain(line);
      const parsed = await renderParsed(vendor, checklist);
      expect(structuralProblems(parsed, checklist, LIMITS[vendor])).toEqual([]);
    }
  });

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
