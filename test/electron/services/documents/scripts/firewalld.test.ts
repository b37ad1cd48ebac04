import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firewalldScript } from '../../../../../electron/services/documents/scripts/firewalld';
import { hostScripts } from '../../../../../electron/services/documents/scripts/inbound';
import { artefactDir, exampleChecklist, GENERATED_AT } from '../support';
import { expectedPairs, pairsOf } from './inbound-pairs';

interface Parsed {
  services: Map<string, string[]>;
  richRules: { family: string; address: string; service: string }[];
}

function parse(text: string): Parsed {
  const services = new Map<string, string[]>();
  const richRules: Parsed['richRules'] = [];
  for (const line of text.split('\n')) {
    const created = /^fw --new-service=(\S+)$/.exec(line);
    if (created) services.set(created[1]!, []);
    const port = /^fw --service=(\S+) --add-port=(\d+(?:-\d+)?)\/(tcp|udp)$/.exec(line);
    if (port) services.get(port[1]!)!.push(`${port[2]}/${port[3]}`);
    const rich =
      /^fw --zone="\$ZONE" --add-rich-rule='rule family="(ipv4|ipv6)" source address="([^"]+)" service name="([^"]+)" accept'$/.exec(
        line,
      );
    if (rich) richRules.push({ family: rich[1]!, address: rich[2]!, service: rich[3]! });
  }
  return { services, richRules };
}

describe('firewalld scripts', () => {
  for (const example of ['single-every-feature', 'cluster-5-every-feature'] as const) {
    it(`accept exactly the inbound host rules of each host through our services (${example})`, () => {
      const checklist = exampleChecklist(example);
      const dir = artefactDir(`firewalld-${example}`);
      for (const script of hostScripts(checklist)) {
        const text = firewalldScript(script);
        const file = join(dir, `${script.host.name}-firewalld.sh`);
        writeFileSync(file, text);
        // bash itself parses it.
        const syntax = spawnSync('bash', ['-n', file], { encoding: 'utf8' });
        expect(syntax.stderr).toBe('');
        expect(syntax.status).toBe(0);
        const lines = text.split('\n');
        expect(lines[0]).toBe('#!/bin/bash');
        expect(lines).toContain(`# Plan: ${checklist.plan.project.name}`);
        expect(lines).toContain(`# Plan revision: ${checklist.revision}`);
        expect(lines).toContain(
          `# Generated: ${GENERATED_AT.toISOString()} by Output Engine Port Planner`,
        );
        expect(lines).toContain('set -euo pipefail');
        const { services, richRules } = parse(text);
        for (const name of services.keys()) expect(name).toMatch(/^oe-pp-fw-\d{3,}$/);
        const pairs = new Set<string>();
        for (const rule of richRules) {
          expect(rule.family).toBe(rule.address.includes(':') ? 'ipv6' : 'ipv4');
          const ports = services.get(rule.service)!;
          for (const protocol of ['tcp', 'udp']) {
            const list = ports
              .filter((p) => p.endsWith(`/${protocol}`))
              .map((p) => p.split('/')[0]!);
            for (const p of pairsOf([rule.address], list, protocol)) pairs.add(p);
          }
        }
        expect(pairs).toEqual(expectedPairs(checklist, script.host.name));
        // A later run first removes what an earlier one added, and reloads at the end.
        const removal = lines.findIndex((l) => l.includes('--remove-rich-rule'));
        const firstAdd = lines.findIndex((l) => l.includes('--add-rich-rule'));
        expect(removal).toBeGreaterThan(0);
        if (firstAdd > 0) expect(removal).toBeLessThan(firstAdd);
        expect(lines.at(-3)).toBe('firewall-cmd --reload >/dev/null');
      }
    });
  }

  it('keeps a hostile plan name inside its comment and its quotes', () => {
    const name = `x'; rm -rf / #\nnext line`;
    const checklist = exampleChecklist('single-every-feature', {
      hostile: (plan) => (plan.project.name = name),
    });
    const [script] = hostScripts(checklist, 'oe1');
    const text = firewalldScript(script!);
    expect(text.split('\n')).toContain(`# Plan: x'; rm -rf / # next line`);
    const syntax = spawnSync('bash', ['-n'], { input: text, encoding: 'utf8' });
    expect(syntax.status).toBe(0);
  });
});
