import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../shared/catalog';
import { computeMatrix } from '../../../shared/matrix';
import { openQuestions, openQuestionsFigure } from '../../../shared/summary';
import { examplePlan, EXAMPLES } from '../../support/examples';

/** The notes of the catalog's inferred claims: one question each. */
const INFERRED_NOTES = new Set(
  CATALOG.flatMap((row) => row.flows.filter((f) => f.evidence === 'inferred').map((f) => f.note)),
);

describe('open questions for the vendor, one per claim', () => {
  it.each(EXAMPLES.map((e) => [e]))(
    'covers every inferred rule of %s once per claim',
    (example) => {
      const plan = examplePlan(example);
      const matrix = computeMatrix(plan);
      const { questions, hostRules } = openQuestions(plan, matrix);
      const inferred = matrix.hostRules.filter((r) => r.evidence === 'inferred');
      expect(hostRules).toBe(inferred.length);
      // Each question is a distinct claim of the catalog, with the note that says why it is inferred.
      expect(new Set(questions.map((q) => q.note)).size).toBe(questions.length);
      for (const q of questions) {
        expect(INFERRED_NOTES.has(q.note), q.note).toBe(true);
        expect(q.hostRules).toBeGreaterThan(0);
        expect(q.sources.length).toBeGreaterThan(0);
      }
      // Every inferred rule rests on at least one question, and no question counts a rule twice.
      const counted = questions.reduce((n, q) => n + q.hostRules, 0);
      expect(counted).toBeGreaterThanOrEqual(inferred.length);
      expect(questions.length).toBeLessThanOrEqual(inferred.length);
    },
  );

  it('asks fewer questions than there are inferred rules in a typical cluster', () => {
    const plan = examplePlan('cluster-5-every-feature');
    const matrix = computeMatrix(plan);
    const { questions, hostRules } = openQuestions(plan, matrix);
    expect(hostRules).toBe(matrix.hostRules.filter((r) => r.evidence === 'inferred').length);
    expect(questions.length).toBeLessThan(hostRules / 5);
    // Prometheus scraping every service port is one claim, however many ports and nodes it covers.
    const metrics = questions.filter((q) => q.purpose === 'Prometheus scrapes service metrics');
    expect(metrics).toHaveLength(1);
    // A rule that also rests on a documented claim (1948: check-in metrics) is no question.
    expect(metrics[0]!.hostRules).toBe(
      matrix.hostRules.filter(
        (r) =>
          r.evidence === 'inferred' && r.purpose.includes('Prometheus scrapes service metrics'),
      ).length,
    );
  });

  it('says how many questions cover how many rules, in both languages', () => {
    expect(openQuestionsFigure('en', 3, 41)).toBe(
      '3 open questions for the vendor (covering 41 rules)',
    );
    expect(openQuestionsFigure('en', 1, 1)).toBe(
      '1 open question for the vendor (covering 1 rule)',
    );
    expect(openQuestionsFigure('de', 3, 41)).toBe(
      '3 offene Fragen an den Hersteller (betrifft 41 Regeln)',
    );
  });
});
