import { describe, expect, it } from 'vitest';
import { hostScripts } from '../../../../../electron/services/documents/scripts/inbound';
import { powershellScript } from '../../../../../electron/services/documents/scripts/powershell';
import { renderExport } from '../../../../../electron/services/documents/checklist/checklist-export';
import { exampleChecklist, GENERATED_AT } from '../support';
import { expectedPairs, pairsOf } from './inbound-pairs';

/** PowerShell single-quoted strings in a line: '' is a quote inside one. */
const singleQuoted = (text: string): string[] =>
  [...text.matchAll(/'((?:[^'\u2018\u2019\u201a\u201b]|['\u2018\u2019\u201a\u201b]{2})*)'/g)].map(
    (m) => m[1]!.replace(/(['\u2018\u2019\u201a\u201b])\1/g, '$1'),
  );

/** The values of one parameter: -RemoteAddress '1', '2' -Next ... */
function parameter(line: string, name: string): string[] {
  const match = new RegExp(`-${name} ((?:'(?:[^']|'')*'(?:, )?)+|\\S+)`).exec(line);
  if (!match) return [];
  return match[1]!.startsWith("'") ? singleQuoted(match[1]!) : [match[1]!];
}

describe('PowerShell scripts', () => {
  for (const example of ['single-every-feature', 'cluster-5-every-feature'] as const) {
    it(`allow exactly the inbound host rules of each host, in one group (${example})`, () => {
      const checklist = exampleChecklist(example);
      for (const script of hostScripts(checklist)) {
        const text = powershellScript(script, checklist.plan);
        expect(text.startsWith('\uFEFF')).toBe(true);
        expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        const lines = text.replace(/^\uFEFF/, '').split('\r\n');
        expect(lines).toContain(`# Plan: ${checklist.plan.project.name}`);
        expect(lines).toContain(`# Plan revision: ${checklist.revision}`);
        expect(lines).toContain(
          `# Generated: ${GENERATED_AT.toISOString()} by Output Engine Port Planner`,
        );
        expect(lines).toContain('#Requires -RunAsAdministrator');
        const group = lines.find((l) => l.startsWith('$Group = '))!;
        expect(singleQuoted(group)).toEqual([`OE Port Planner: ${checklist.plan.project.name}`]);
        expect(lines).toContain(
          'Remove-NetFirewallRule -Group $Group -ErrorAction SilentlyContinue',
        );
        expect(lines.find((l) => l.startsWith('$Rule = '))).toContain('Group = $Group');
        const created = lines.filter((l) => l.startsWith('New-NetFirewallRule'));
        const pairs = new Set<string>();
        for (const line of created) {
          expect(line).toMatch(/^New-NetFirewallRule @Rule -DisplayName '/);
          const protocol = parameter(line, 'Protocol')[0]!.toLowerCase();
          for (const p of pairsOf(
            parameter(line, 'RemoteAddress'),
            parameter(line, 'LocalPort'),
            protocol,
          )) {
            pairs.add(p);
          }
          expect(parameter(line, 'Description')[0]).toMatch(
            /Evidence: (seed|docs|inferred)\. https?:/,
          );
        }
        expect(pairs).toEqual(expectedPairs(checklist, script.host.name));
      }
    });
  }

  it('quotes a plan name that tries to break out of the string', () => {
    const name = `O'Brien’s plan $(Start-Process calc) ‘x’`;
    const checklist = exampleChecklist('single-minimal', {
      edit: (doc) => (doc.project.name = name),
    });
    const [script] = hostScripts(checklist);
    const text = powershellScript(script!, checklist.plan);
    const group = text.split('\r\n').find((l) => l.startsWith('$Group = '))!;
    expect(singleQuoted(group)).toEqual([`OE Port Planner: ${name}`]);
    expect(group).toBe(`$Group = 'OE Port Planner: O''Brien’’s plan $(Start-Process calc) ‘‘x’’'`);
  });

  it('says where a source has no address instead of opening for it, and warns', async () => {
    const checklist = exampleChecklist('single-every-feature', {
      edit: (doc) =>
        (doc.islandSites[0].checkoutHosts = [{ name: 'krk-island', fqdn: 'krk.example.com' }]),
    });
    const result = await renderExport({
      plan: checklist.plan,
      format: 'ps1',
      host: 'oe1',
      generatedAt: GENERATED_AT,
    });
    const text = new TextDecoder().decode(result.files[0]!.bytes);
    expect(text).toContain(
      '# Not opened for krk-island (krk.example.com): a firewall needs an IP address.',
    );
    expect(text).not.toMatch(/New-NetFirewallRule[^\r\n]*krk/);
    expect(result.warnings.join()).toMatch(/oe1: krk-island has no IP address in the plan/);
    expect(result.files.map((f) => f.fileName)).toEqual(['oe1-en.ps1']);
  });

  it('writes German comments for a German export', () => {
    const checklist = exampleChecklist('single-minimal', { locale: 'de' });
    const [script] = hostScripts(checklist);
    const text = powershellScript(script!, checklist.plan);
    expect(text).toContain(`# Planstand: ${checklist.revision}`);
    expect(text).toContain('# Alle Regeln dieses Plans entfernen: Remove-NetFirewallRule -Group');
  });
});
