import { describe, expect, it } from 'vitest';
import { migratePlanDocument, SCHEMA_VERSION, validatePlan } from '../../../shared/plan';
import { exampleDocument } from '../../support/examples';

/** docs/examples/single-minimal as the planner of plan format 1 wrote it. */
function version1(): Record<string, any> {
  const document = exampleDocument('single-minimal') as Record<string, any>;
  const { change, ...rest } = document;
  return {
    ...rest,
    schemaVersion: 1,
    project: { ...rest.project, technician: change.technician.name },
  };
}

describe('plans of schema version 1', () => {
  it('are read as version 2: the technician moves into the change request’s contacts', () => {
    const check = validatePlan(version1());
    expect(check.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(check.plan!.schemaVersion).toBe(SCHEMA_VERSION);
    expect(check.plan!.change.technician).toEqual({ name: 'Jana Weiß', email: '', phone: '' });
    expect(check.document).toEqual(exampleDocument('single-minimal'));
  });

  it('give the same plan as the version 2 file', () => {
    expect(validatePlan(version1()).plan).toEqual(
      validatePlan(exampleDocument('single-minimal')).plan,
    );
  });

  it('keep a version 1 plan without a technician as it is, but for the version', () => {
    const { project, ...rest } = version1();
    const { technician: _, ...withoutTechnician } = project;
    const migrated = migratePlanDocument({ ...rest, project: withoutTechnician });
    expect(migrated).toEqual({ ...rest, schemaVersion: 2, project: withoutTechnician });
  });

  it('name a wrong field by its version 2 path', () => {
    const wrong = { ...version1(), project: { ...version1().project, technician: 'x\n=1+1' } };
    const check = validatePlan(wrong);
    expect(check.plan).toBeUndefined();
    expect(check.issues.map((i) => i.path)).toContain('change.technician.name');
  });

  it('leave documents of other versions and non-plans to validation', () => {
    expect(migratePlanDocument([1, 2])).toEqual([1, 2]);
    expect(migratePlanDocument({ schemaVersion: 9 })).toEqual({ schemaVersion: 9 });
    expect(validatePlan({ schemaVersion: 9 }).issues[0]!.problem).toBe(
      'is 9, but this planner reads plans of schema versions 1 to 2',
    );
  });
});
