import { z } from 'zod';
import { PlanSchema, SCHEMA_VERSION } from './schema';

/** The plan file format as JSON Schema, generated from the zod schema (docs/plan.schema.json). */
export function planJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PlanSchema, { io: 'input', unrepresentable: 'any' }),
    $id: `https://oe-port-planner.invalid/plan.schema.v${SCHEMA_VERSION}.json`,
    title: 'Output Engine Port Planner plan',
  };
}
