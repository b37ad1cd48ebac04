import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { planJsonSchema } from '../../../shared/plan';

it('keeps docs/plan.schema.json in step with the zod schema (regenerate: npm run -s cli -- schema --out docs/plan.schema.json)', () => {
  const documented = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../docs/plan.schema.json'), 'utf8'),
  );
  expect(documented).toEqual(planJsonSchema());
  expect(Object.keys((documented as { properties: object }).properties)).toContain('islandSites');
});
