import { describe, expect, it } from 'vitest';
import { exampleChecklist } from '../support';
import { structuralProblems } from './structure-checks';
import { LIMITS, renderParsed, renderText, VENDORS } from './render';

// Group names are free text: whatever a customer calls a group, each vendor gets a safe name and
// each command stays one line.

const INJECTION = '=1+1 "x" ; rm -rf /';
/** 80 characters, the longest name the plan takes; two of them differ only after the 63rd. */
const LONG = 'Arbeitsplätze der Buchhaltung im zweiten Obergeschoss des Verwaltungsgebäudes';
const LONG_A = `${LONG} A`;
const LONG_B = `${LONG} B`;

function hostileChecklist(extra: string) {
  return exampleChecklist('cluster-3-islands', {
    hostile: (plan) => {
      plan.clientGroups[0].name = `${INJECTION}${extra}`;
      plan.clientGroups.push(
        { name: LONG_A, kind: 'lpr-clients', addresses: ['192.0.2.64/27', '2001:db8:1::/64'] },
        { name: LONG_B, kind: 'lpr-clients', addresses: ['192.0.2.96/27'] },
      );
      plan.printerNetworks[0].name = '@SUM(1)\tFloor printers';
      // The header's free texts: each must stay on its comment line.
      plan.project.name = `Acme\nset rulebase security rules header action allow?`;
      plan.project.customer = '=HYPERLINK("http://x")\r\nend';
      plan.change.ticket = 'CHG-1\u2028config firewall policy';
    },
  });
}

describe('zone firewall configurations with hostile group names', () => {
  for (const vendor of VENDORS) {
    it(`${vendor}: safe names within the limits, one command per line, nothing injected`, async () => {
      // A line break or an escape sequence in a name (the validator refuses them; defence in depth).
      const checklist = hostileChecklist(
        '\nset rulebase security rules evil action allow\u001b[2J',
      );
      const text = await renderText(vendor, checklist);
      const parsed = await renderParsed(vendor, checklist);
      expect(structuralProblems(parsed, checklist, LIMITS[vendor])).toEqual([]);

      const names = parsed.events.flatMap((e) =>
        e.type === 'define' || e.type === 'use' ? [e.name] : [],
      );
      for (const name of names) expect(name).toMatch(/^\.?[A-Za-z][A-Za-z0-9_.-]*$/);
      expect(names.some((n) => n.startsWith('obj_1_1_x_rm_-rf_set_rulebase'))).toBe(true);
      // The two long names are cut and told apart by a suffix.
      const long = [...new Set(names.filter((n) => n.startsWith('Arbeitsplaetze')))];
      expect(long.length).toBeGreaterThanOrEqual(2);
      for (const n of long) expect(n.length).toBeLessThanOrEqual(LIMITS[vendor].object);

      // Nothing of the payload reaches a command: no second command, no quote that ends early.
      // The payload may stay readable only where a vendor keeps free text: a quoted comment, a
      // description to the end of the line, the comments cell of a row that starts with a safe name.
      const freeText = {
        panos: /^set .* description "[^"]*"$/,
        fortigate: /^\s+set comments? "[^"]*"$/,
        asa: /^ description [^"]*$/,
        checkpoint: /^[A-Za-z][A-Za-z0-9_.-]*,/,
      }[vendor];
      for (const line of text.split('\n').filter((l) => l.includes('rm -rf')))
        expect(line).toMatch(freeText);
      expect(text).not.toContain('\u001b');
      expect(text).not.toMatch(/^set rulebase security rules evil/m);
      for (const line of parsed.commands) expect(line.split('"').length % 2, line).toBe(1);
      // Each rule of the plan is one command (or one policy block), so the count is the plan's.
      expect(parsed.events.filter((e) => e.type === 'rule')).toHaveLength(
        checklist.rules.firewall.length,
      );
    });

    it(`${vendor}: the same number of commands as for plain names`, async () => {
      const plain = exampleChecklist('cluster-3-islands', {
        hostile: (plan) => {
          plan.clientGroups[0].name = 'Office PCs';
          plan.clientGroups.push(
            {
              name: 'Group A',
              kind: 'lpr-clients',
              addresses: ['192.0.2.64/27', '2001:db8:1::/64'],
            },
            { name: 'Group B', kind: 'lpr-clients', addresses: ['192.0.2.96/27'] },
          );
        },
      });
      const hostile = hostileChecklist('');
      expect((await renderParsed(vendor, hostile)).commands).toHaveLength(
        (await renderParsed(vendor, plain)).commands.length,
      );
    });
  }
});

describe('the Check Point script', () => {
  it('is a shell script sh reads without a syntax error, with hostile names too', async () => {
    const { spawnSync } = await import('node:child_process');
    const { ZONE_FIREWALL_RENDERERS } =
      await import('../../../../../electron/services/documents/firewalls/zone-firewalls');
    const { unzipCheckpoint } = await import('./parse-configs');
    const { bytes } = await ZONE_FIREWALL_RENDERERS.checkpoint(
      hostileChecklist('$(touch /tmp/x)`id`'),
    );
    const { files, order } = await unzipCheckpoint(bytes);
    const check = spawnSync('sh', ['-n'], { input: files['apply.sh'], encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    // Every batch file the script names is in the zip, and nothing else is run.
    for (const { file } of order) expect(files[file], file).toBeDefined();
    expect(files['apply.sh']).not.toContain('touch');
  });
});
