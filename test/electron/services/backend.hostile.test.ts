import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBackend } from '../../support/backend';
import { cli } from '../../support/cli';
import { exampleDocument, examplePath } from '../../support/examples';

// What the hostile report found in the faces: a deep value answered "internal" or a stack
// overflow, a 1,001-node cluster ran the server out of memory. Each is now a refusal a user reads.

const t = useBackend({ per: 'file', prefix: 'oe-hostile-' });
const { call } = t;

function deepFeatures(depth: number) {
  const document = structuredClone(exampleDocument('single-minimal')) as any;
  let value: unknown = 'ipp';
  for (let i = 0; i < depth; i++) value = [value];
  document.features = value;
  return document;
}

/** The same as text, written by hand: JSON.stringify itself overflows on such a value. */
function deepFeaturesText(depth: number) {
  const document = { ...exampleDocument('single-minimal'), features: '@' };
  return JSON.stringify(document).replace('"@"', `${'['.repeat(depth)}"ipp"${']'.repeat(depth)}`);
}

function bigCluster(nodes: number) {
  const document = structuredClone(exampleDocument('cluster-3-islands')) as any;
  document.nodes = Array.from({ length: nodes }, (_, i) => ({
    name: `oe${i + 1}`,
    address: `10.1.${i >> 8}.${(i & 255) + 1}`,
  }));
  return document;
}

describe('hostile plans in the faces', () => {
  it('plans.create with a value 5,000 levels deep is refused as a bad request, and nothing is stored', async () => {
    const envelope = await call('plans.create', { document: deepFeatures(5_000) });
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('bad-request');
    expect(envelope.error.message).toMatch(/nested more than 16 levels/);
    const list = await call('plans.list', {});
    expect(list).toMatchObject({ ok: true, value: [] });
  });

  it('plans.import of a deep file names the file and the line', async () => {
    const content = deepFeaturesText(5_000);
    const envelope = await call('plans.import', { fileName: 'deep.oeplan.json', content });
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('invalid-plan');
    expect(envelope.error.message).toContain(
      'deep.oeplan.json is nested more than 16 levels deep at line 1',
    );
  });

  it('a 1,001-node cluster is refused at import with the limit, never computed', async () => {
    const envelope = await call('plans.import', {
      fileName: 'huge.oeplan.json',
      content: JSON.stringify(bigCluster(1_001)),
    });
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('invalid-plan');
    expect(envelope.error.issues).toEqual([
      expect.objectContaining({ path: 'nodes', code: 'too-many', params: { maximum: 63 } }),
    ]);
  });

  it('a plan with a line break in a node name is refused at import, naming the field and the character', async () => {
    const document = structuredClone(exampleDocument('single-minimal')) as any;
    document.nodes[0].name = 'x\n=1+1';
    const envelope = await call('plans.import', {
      fileName: 'formula.oeplan.json',
      content: JSON.stringify(document),
    });
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.issues).toEqual([
      expect.objectContaining({ path: 'nodes[0].name', code: 'control-character' }),
    ]);
  });

  it('validate on the command line: a deep file and a 1,001-node cluster exit 2 with the reason, no stack trace', async () => {
    const deep = join(t.dir, 'deep.oeplan.json');
    writeFileSync(deep, deepFeaturesText(5_000));
    const huge = join(t.dir, 'huge.oeplan.json');
    writeFileSync(huge, JSON.stringify(bigCluster(1_001)));
    const deepRun = await cli(['validate', deep]);
    expect(deepRun.code).toBe(2);
    expect(deepRun.stderr).toContain('is nested more than 16 levels deep at line 1');
    expect(deepRun.stderr).not.toMatch(/Maximum call stack|at .*\.ts:\d+/);
    const hugeRun = await cli(['validate', huge]);
    expect(hugeRun.code).toBe(2);
    expect(hugeRun.stderr).toMatch(/nodes: has more than 63 entries/);
    // The example itself still validates: the limits refuse only what no plan needs.
    expect((await cli(['validate', examplePath('cluster-5-every-feature')])).code).toBe(0);
    expect(readFileSync(examplePath('cluster-5-every-feature'), 'utf8')).toContain('"nodes"');
  });
});
