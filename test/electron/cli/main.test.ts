// The built single file (dist/cli/oe-ports.js), run as a technician runs it on a server: a few smoke
// tests that the bundle itself works. What each command does is tested in process (test/support/cli.ts).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeMatrix } from '../../../shared/matrix';
import { validatePlan } from '../../../shared/plan';
import { ProbeReport } from '../../../shared/probes/model';
import { builtCli, runBuiltCli } from '../../support/cli';
import { exampleDocument, examplePath } from '../../support/examples';
import { loopbackCluster } from '../../support/plans';

const work = mkdtempSync(join(tmpdir(), 'oe-built-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// Bundling (when the build is missing or stale) is not part of any one test's time.
beforeAll(() => builtCli(), 120_000);

const SINGLE = examplePath('single-every-feature');

/** The responder binds the host's planned ports, 53 among them: root, or a system that lets anyone. */
const startOfUnprivileged = '/proc/sys/net/ipv4/ip_unprivileged_port_start';
const bindsLowPorts =
  process.getuid?.() === 0 ||
  (existsSync(startOfUnprivileged) && Number(readFileSync(startOfUnprivileged, 'utf8')) <= 53);

describe('the built command line', () => {
  it('lists its commands with --help (exit 0)', async () => {
    const run = await runBuiltCli(['--help']);
    expect(run.code).toBe(0);
    for (const command of [
      'validate',
      'matrix',
      'export',
      'summary',
      'probe',
      'respond',
      'serve',
    ]) {
      expect(run.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    }
  });

  it('validates a plan (exit 0) and refuses an invalid one in the system’s language (exit 2)', async () => {
    const valid = await runBuiltCli(['validate', examplePath('cluster-3-islands')]);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toContain('valid plan "Output cluster Frankfurt"');
    const doc = exampleDocument('cluster-3-islands') as { nodes: object[] };
    const invalid = join(work, 'four.oeplan.json');
    writeFileSync(
      invalid,
      JSON.stringify({ ...doc, nodes: [...doc.nodes, { name: 'oe4', address: '192.0.2.14' }] }),
    );
    const german = await runBuiltCli(['validate', invalid], { env: { LANG: 'de_DE.UTF-8' } });
    expect(german.code).toBe(2);
    expect(german.stderr).toContain('four.oeplan.json ist kein gültiger Plan (1 Fehler):');
    expect(german.stderr).not.toMatch(/\n\s+at /);
  });

  it('exports a PDF with its fonts from inside the bundle', async () => {
    const dir = mkdtempSync(join(work, 'pdf-'));
    const run = await runBuiltCli(['export', SINGLE, '--format', 'pdf', '--out', dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [file] = readdirSync(dir);
    expect(file).toMatch(/\.pdf$/);
    expect(readFileSync(join(dir, file!)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('leaves an existing file untouched when the write fails midway', async () => {
    const out = join(work, 'checklist.pdf');
    writeFileSync(out, 'the technician signed this one');
    // A file size limit of 8 KiB: the PDF's write fails with EFBIG after its first blocks.
    const run = await runBuiltCli(['export', SINGLE, '--format', 'pdf', '--out', out], {
      before: 'ulimit -f 8',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /cannot write .*checklist\.pdf: EFBIG: file too large.*is unchanged/,
    );
    expect(readFileSync(out, 'utf8')).toBe('the technician signed this one');
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.skipIf(!bindsLowPorts)(
    'responds on a host’s planned ports until Ctrl+C, and probe reach verifies them from another host',
    async () => {
      const document = loopbackCluster('Smoke lab', 71);
      const plan = join(work, 'smoke.oeplan.json');
      writeFileSync(plan, JSON.stringify(document));
      const responder = spawn(process.execPath, [
        await builtCli(),
        'respond',
        ...['--plan', plan, '--as', 'oe2', '--ttl', '5', '--format', 'json'],
      ]);
      let stdout = '';
      let stderr = '';
      responder.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
      const exited = new Promise<number | null>((resolve) => responder.on('exit', resolve));
      try {
        await new Promise<void>((resolve, reject) => {
          responder.stdout.setEncoding('utf8').on('data', (c: string) => {
            stdout += c;
            if (stdout.includes('"event":"listening"')) resolve();
          });
          void exited.then((code) => reject(new Error(`respond exited ${code}: ${stderr}`)));
        });
        const reach = await runBuiltCli([
          'probe',
          'reach',
          '--plan',
          plan,
          '--as',
          'oe1',
          '--format',
          'json',
        ]);
        expect(reach.code, reach.stderr).toBe(0);
        const report = ProbeReport.parse(JSON.parse(reach.stdout));
        // Every TCP rule from oe1 to oe2 reaches the responder (UDP answers are rate-limited).
        const toResponder = computeMatrix(validatePlan(document).plan!).hostRules.filter(
          (r) => r.sourceName === 'oe1' && r.destinationName === 'oe2' && r.protocol === 'tcp',
        );
        expect(toResponder.length).toBeGreaterThan(0);
        const status = new Map(report.results.map((r) => [r.ruleId, r.status]));
        for (const rule of toResponder) expect(status.get(rule.id), rule.id).toBe('verified');
      } finally {
        responder.kill('SIGINT');
      }
      expect(await exited).toBe(0);
      expect(stdout).toMatch(/"event":"stopped"/);
    },
  );
});

describe('oe-ports --version', () => {
  it('prints the version of package.json, with -V too', async () => {
    const { version } = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8'),
    );
    for (const flag of ['--version', '-V']) {
      const run = await runBuiltCli([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${version}\n`);
      expect(run.stderr).toBe('');
    }
  });
});

describe('npm run cli', () => {
  it('runs the built command line, anything the bundler says on stderr, the answer alone on stdout', () => {
    const root = join(import.meta.dirname, '../../..');
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const script = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.cli;
    expect(script).toBe('node electron/cli/from-source.mjs');
    const run = spawnSync(process.execPath, [join(root, 'electron/cli/from-source.mjs'), '-V'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${version}\n`);
  }, 120_000);
});
