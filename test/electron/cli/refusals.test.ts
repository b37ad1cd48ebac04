import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { textIn, text } from '../../../shared/i18n';
import { planHosts } from '../../../shared/plan';
import { ERROR_CODES } from '../../../shared/api/refusal';
import { EXIT_OF_REFUSAL } from '../../../electron/cli/errors';
import { planHosts as scriptHosts } from '../../../electron/services/documents/checklist/plan-topology';
import { UnknownPlanHost } from '../../../electron/services/probes/plan-probes';
import { cli as run } from '../../support/cli';
import { examplePath, examplePlan } from '../../support/examples';

// The command line in process: one refusal, one text and one exit code, whichever command meets it.

/** In English whatever the system speaks: the texts below are compared word for word. */
const cli = (args: readonly string[]) => run([...args, '--locale', 'en']);

const SINGLE = examplePath('single-minimal');
const CLUSTER = examplePath('cluster-3-islands');

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'oepp-refusals-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cannotWrite = (path: string, reason: string) =>
  `cannot write ${path}: ${reason}. Choose another place; nothing half-written was left, and an existing ${path} is unchanged.\n`;

/** Every command that writes with --out, given where to write. */
const WRITERS: readonly (readonly [string, (out: string) => string[]])[] = [
  ['export', (out) => ['export', SINGLE, '--format', 'csv', '--out', out]],
  ['export pdf', (out) => ['export', SINGLE, '--format', 'pdf', '--out', out]],
  ['summary', (out) => ['summary', CLUSTER, '--out', out]],
  ['matrix', (out) => ['matrix', SINGLE, '--out', out]],
  ['compare', (out) => ['compare', SINGLE, CLUSTER, '--out', out]],
  ['catalog', (out) => ['catalog', '--out', out]],
  ['schema', (out) => ['schema', '--out', out]],
];

describe('an output path that cannot be written', () => {
  afterEach(() => {
    // Nothing half-written and no temporary file anywhere, whatever the command.
    expect(readdirSync(work, { recursive: true }).map(String)).not.toContainEqual(
      expect.stringMatching(/\.tmp$/),
    );
  });

  it.each(WRITERS)(
    '%s into a folder that does not exist: exit 2, the path as given',
    async (_, args) => {
      const out = join(work, 'no', 'such', 'folder', 'out.file');
      const run = await cli(args(out));
      expect(run.stderr).toBe(cannotWrite(out, 'ENOENT: no such file or directory'));
      expect(run.code).toBe(2);
      expect(existsSync(join(work, 'no'))).toBe(false);
    },
  );

  it.each(WRITERS)(
    '%s into a folder that cannot take files (a file in its place): exit 2',
    async (name, args) => {
      const blocker = join(work, `file-${name.replace(' ', '-')}`);
      writeFileSync(blocker, 'a file where a folder should be');
      const out = join(blocker, 'out.file');
      const run = await cli(args(out));
      expect(run.stderr).toBe(cannotWrite(out, 'ENOTDIR: not a directory'));
      expect(run.code).toBe(2);
    },
  );
});

describe('a probe report written for another plan', () => {
  it('is refused on the command line as in the app (exit 2), and nothing is written', async () => {
    const report = join(work, 'other-plan.json');
    writeFileSync(
      report,
      JSON.stringify({
        kind: 'oe-port-planner/probe-results',
        version: 1,
        planName: 'Another plan',
        probeHost: 'oe1',
        startedAt: '2026-12-01T10:00:00.000Z',
        finishedAt: '2026-12-01T10:01:00.000Z',
        results: [],
      }),
    );
    const out = join(work, 'with-probes.csv');
    const run = await cli(['export', SINGLE, '--format', 'csv', '--probes', report, '--out', out]);
    const plan = examplePlan('single-minimal').project.name;
    // The app's text (probes.import), with the file as the user named it.
    const said = text('errors.report.otherPlan', { file: report, probed: 'Another plan', plan });
    expect(run.stderr).toBe(`${textIn('en', said)}\n`);
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe('a host that is not in the plan', () => {
  it('says the same text as the app in every command, after the option it is about', async () => {
    const plan = examplePlan('cluster-3-islands');
    const hosts = planHosts(plan).map((h) => h.name);
    const app = (given: string, among = hosts) => new UnknownPlanHost(given, among).message;

    const probe = await cli(['probe', 'reach', '--plan', CLUSTER, '--as', 'oe9']);
    expect(probe.stderr).toBe(`--as: ${app('oe9')}\n`);
    expect(probe.code).toBe(2);

    const out = join(work, 'scripts');
    const script = await cli(['export', CLUSTER, '--format', 'nft', '--host', 'oe9', '--out', out]);
    // The scripts list the hosts in the plan's order; the text is the same.
    const inOrder = scriptHosts(plan).map((h) => h.name);
    expect(script.stderr).toBe(`--host: ${app('oe9', inOrder)}\n`);
    expect(script.code).toBe(2);
    expect(app('oe9')).toBe(
      `"oe9" is not a host of this plan. Its hosts: ${hosts.join(', ')}. Fix: use one of them.`,
    );
  });
});

describe('the exit code of a refusal', () => {
  it('comes from one table with every code: 2 what the user fixes, 1 what is in the way or failed', () => {
    expect(Object.keys(EXIT_OF_REFUSAL).sort()).toEqual([...ERROR_CODES].sort());
    expect(EXIT_OF_REFUSAL['bad-request']).toBe(2);
    expect(EXIT_OF_REFUSAL['invalid-plan']).toBe(2);
    expect(EXIT_OF_REFUSAL['not-found']).toBe(2);
    expect(EXIT_OF_REFUSAL.unsupported).toBe(2);
    expect(EXIT_OF_REFUSAL['in-use']).toBe(1);
    expect(EXIT_OF_REFUSAL['library-unavailable']).toBe(1);
    expect(EXIT_OF_REFUSAL.internal).toBe(1);
  });
});
