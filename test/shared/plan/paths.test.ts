import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../shared/i18n';
import { describePath, formatIssue, validatePlan } from '../../../shared/plan';
import { exampleDocument } from '../../support/examples';

describe('a field named as the wizard names it', () => {
  it.each(LOCALES)('names an entry by its name (%s)', (locale) => {
    const document = exampleDocument('cluster-3-islands');
    expect(describePath(locale, 'nodes[1].name', document)).toContain('(oe2)');
  });

  it.each(LOCALES)(
    'shows a refused name on one line, its control characters as escapes (%s)',
    (locale) => {
      const document = exampleDocument('cluster-3-islands') as { nodes: { name: string }[] };
      document.nodes[0]!.name = 'oe1\n=1+1\u001b[31m\u202e';
      const { issues } = validatePlan(document);
      const refused = issues.find((i) => i.path === 'nodes[0].name');
      expect(refused).toBeDefined();
      const line = formatIssue(refused!, locale, document);
      expect(line).not.toMatch(/[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u);
      expect(line).toContain('(oe1U+000A=1+1U+001B[31mU+202E)');
    },
  );

  it('cuts a long name after 40 characters', () => {
    const document = exampleDocument('cluster-3-islands') as { nodes: { name: string }[] };
    document.nodes[0]!.name = 'x'.repeat(5000);
    expect(describePath('en', 'nodes[0].name', document)).toContain(`(${'x'.repeat(40)}…)`);
  });
});
