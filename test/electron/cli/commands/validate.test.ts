import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../../support/cli';
import { examplePath } from '../../../support/examples';
import { editedPlanFile } from '../../../support/plans';

const tmp = () => mkdtempSync(join(tmpdir(), 'oe-cli-'));
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('oe-ports validate', () => {
  it('exits 0 for a valid plan and names it', async () => {
    const run = await cli(['validate', examplePath('cluster-3-islands')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'valid plan "Output cluster Frankfurt" (cluster, 3 OE nodes, 0 warnings)',
    );
  });

  it('prints warnings but still exits 0', async () => {
    const path = editedPlanFile('single-minimal', (doc) => doc.features.push('administrator'));
    const run = await cli(['validate', path]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      // The field as the wizard names it, then where it stands in the file.
      'warning: PLOSSYS Administrator, features[2]: PLOSSYS Administrator is on, but no client group',
    );
  });

  it('exits 2 with the errors of an invalid plan, field by field, without a stack trace', async () => {
    const path = editedPlanFile('cluster-3-islands', (doc) =>
      doc.nodes.push({ name: 'oe4', address: '192.0.2.14' }),
    );
    const run = await cli(['validate', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'error: OE nodes, nodes: has 4 OE nodes, but a cluster needs an odd number, three or more',
    );
    noStackTrace(run.stderr);
  });

  it.each([
    [
      'a missing file',
      () => '/nonexistent/plan.json',
      /cannot read \/nonexistent\/plan.json: no such file/,
    ],
    ['a folder', () => tmp(), /it is a folder/],
    [
      'invalid JSON',
      () => {
        const p = join(tmp(), 'p.json');
        writeFileSync(p, '{\n  "schemaVersion": 1,\n  oops\n}');
        return p;
      },
      /is not valid JSON at line 3, column 3/,
    ],
    [
      'a wrong schema version',
      () => {
        const p = join(tmp(), 'p.json');
        writeFileSync(p, '{"schemaVersion": 9}');
        return p;
      },
      /schemaVersion: is 9, but this planner reads plans of schema versions 1 to 2/,
    ],
  ])('exits 2 with a clear message for %s', async (_, path, message) => {
    const run = await cli(['validate', path()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    noStackTrace(run.stderr);
  });

  it('exits 2 for an unknown option or level', async () => {
    const run = await cli(['matrix', examplePath('single-minimal'), '--level', 'bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("argument 'bogus' is invalid");
  });
});
