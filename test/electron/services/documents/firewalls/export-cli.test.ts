import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../../../../support/cli';
import { examplePath } from '../../../../support/examples';
import { parseFortigate } from './parse-configs';
import { unzipCheckpoint } from './parse-configs';

const work = mkdtempSync(join(tmpdir(), 'zone-firewalls-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('oe-ports export --format panos|fortigate|asa|checkpoint', () => {
  it('writes the FortiGate configuration of a plan file', async () => {
    const out = join(work, 'f.txt');
    const run = await cli([
      'export',
      examplePath('cluster-3-islands'),
      '--format',
      'fortigate',
      '--out',
      out,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.split('\n')[0]).toBe(
      '# Zone firewall configuration for Fortinet FortiGate (FortiOS)',
    );
    expect(parseFortigate(text).events.filter((e) => e.type === 'rule')).toHaveLength(13);
  });

  it('takes each of the four names, whatever level is asked for', async () => {
    for (const format of ['panos', 'asa', 'checkpoint']) {
      const out = join(work, `c-${format}`);
      const run = await cli([
        'export',
        examplePath('cluster-3-islands'),
        '--format',
        format,
        '--level',
        'hosts',
        '--locale',
        'de',
        '--out',
        out,
      ]);
      expect(run.code, run.stderr).toBe(0);
      if (format === 'checkpoint') {
        const { files } = await unzipCheckpoint(readFileSync(out));
        expect(files['README.txt']).toMatch(/^Zonen-Firewall-Konfiguration für Check Point/);
      } else {
        expect(readFileSync(out, 'utf8')).toContain('FW-013');
      }
    }
  });
});
