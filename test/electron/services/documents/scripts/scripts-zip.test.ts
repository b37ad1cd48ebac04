import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { renderExport } from '../../../../../electron/services/documents/checklist/checklist-export';
import { SCRIPT_RENDERERS } from '../../../../../electron/services/documents/renderers';
import { hostScripts } from '../../../../../electron/services/documents/scripts/inbound';
import { nftablesScript } from '../../../../../electron/services/documents/scripts/nftables';
import { powershellScript } from '../../../../../electron/services/documents/scripts/powershell';
import { scriptsZip } from '../../../../../electron/services/documents/scripts/scripts-zip';
import { cli } from '../../../../support/cli';
import { examplePath } from '../../../../support/examples';
import { exampleChecklist, hasTool } from '../support';

const UNZIP = hasTool('unzip', ['-v']);
const work = mkdtempSync(join(tmpdir(), 'oe-scripts-zip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('all firewall scripts of a plan as one zip', () => {
  it('holds each format’s script for every host with an inbound rule, and a README line for every host', () => {
    const checklist = exampleChecklist('cluster-5-every-feature');
    const entries = unzipSync(scriptsZip(checklist, SCRIPT_RENDERERS).bytes);
    const scripts = hostScripts(checklist);
    const inbound = scripts.filter((s) => s.rules.length > 0).map((s) => s.host.name);
    const none = scripts.filter((s) => s.rules.length === 0).map((s) => s.host.name);
    expect(none.sort()).toEqual(['aug-island', 'mgmt', 'prometheus']);
    expect(Object.keys(entries).sort()).toEqual(
      [
        'README.txt',
        ...inbound.flatMap((h) => [`${h}-en.ps1`, `${h}-en.nft`, `${h}-firewalld-en.sh`]),
      ].sort(),
    );
    // The scripts are the per-host scripts, byte for byte.
    for (const script of scripts.filter((s) => s.rules.length > 0)) {
      const name = script.host.name;
      expect(entries[`${name}-en.nft`]).toEqual(strToU8(nftablesScript(script)));
      expect(entries[`${name}-en.ps1`]).toEqual(strToU8(powershellScript(script, checklist.plan)));
    }
    const readme = strFromU8(entries['README.txt']!)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(readme[0]).toBe(`Firewall scripts of ${checklist.plan.project.name}`);
    const line = (host: string) => readme.filter((l) => l.startsWith(`${host} `));
    for (const script of scripts) {
      const [row, ...more] = line(script.host.name);
      expect(more).toEqual([]);
      expect(row).toContain(script.host.addresses.join(', '));
      if (script.rules.length === 0) {
        expect(row).toMatch(/no inbound rule: no script\s+0$/);
      } else {
        const count = script.rules.filter((r) => r.addresses.length > 0).length;
        expect(row).toContain(`${script.host.name}-en.ps1, ${script.host.name}-en.nft`);
        expect(row).toMatch(new RegExp(`\\s${count}$`));
      }
    }
  });

  it('says it in German, and the same plan gives the same bytes', () => {
    const checklist = exampleChecklist('single-every-feature', { locale: 'de' });
    const zip = scriptsZip(checklist, SCRIPT_RENDERERS);
    expect(
      scriptsZip(exampleChecklist('single-every-feature', { locale: 'de' }), SCRIPT_RENDERERS)
        .bytes,
    ).toEqual(zip.bytes);
    const readme = strFromU8(unzipSync(zip.bytes)['README.txt']!);
    expect(readme).toContain('Firewall-Skripte von');
    expect(readme).toMatch(/^mgmt .*keine eingehende Regel: kein Skript\s+0$/m);
    expect(readme).toMatch(/^Host\s+Adresse\s+Skripte\s+Eingehende Regeln$/m);
  });

  it('keeps a hostile plan name on one comment line of the README', () => {
    const checklist = exampleChecklist('single-minimal', {
      hostile: (plan) => (plan.project.name = 'Plan\r\n=1+1\u001b[31m'),
    });
    const readme = strFromU8(
      unzipSync(scriptsZip(checklist, SCRIPT_RENDERERS).bytes)['README.txt']!,
    );
    // (TextDecoder drops the byte order mark.)
    expect(readme.split('\r\n')[0]).toBe('Firewall scripts of Plan =1+1 [31m');
    expect(readme).not.toContain('\u001b');
  });

  it('previews the README and counts the rules in the export', async () => {
    const checklist = exampleChecklist('cluster-3-islands');
    const result = await renderExport({ plan: checklist.plan, format: 'scripts-zip' });
    expect(result.files).toHaveLength(1);
    expect(result.files[0]!.fileName).toBe(`${'Output-cluster-Frankfurt'}-scripts-en.zip`);
    expect(result.files[0]!.mediaType).toBe('application/zip');
    expect(result.preview).toMatchObject({
      kind: 'table',
      headings: ['Host', 'Address', 'Scripts', 'Inbound rules'],
      rowCount: hostScripts(checklist).length,
    });
  });

  it.skipIf(!UNZIP)('is written by the command line and opens with unzip', async () => {
    const out = join(work, 'zip');
    mkdirSync(out);
    const run = await cli([
      'export',
      examplePath('cluster-3-islands'),
      '--format',
      'scripts-zip',
      '--out',
      out,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [file] = readdirSync(out);
    expect(file).toMatch(/-scripts-en\.zip$/);
    execFileSync('unzip', ['-tq', join(out, file!)]);
    execFileSync('unzip', ['-q', join(out, file!), '-d', join(work, 'unzipped')]);
    const files = readdirSync(join(work, 'unzipped')).sort();
    expect(files).toContain('README.txt');
    expect(files).toContain('oe1-en.nft');
    expect(files).not.toContain('lej-island-en.nft');
    expect(readFileSync(join(work, 'unzipped', 'README.txt'), 'utf8')).toContain(
      'no inbound rule: no script',
    );
  });
});
