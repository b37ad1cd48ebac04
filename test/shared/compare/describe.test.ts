import { describe, expect, it } from 'vitest';
import { describeFieldChange, type FieldChange } from '../../../shared/compare';
import { featureLabel, LOCALES } from '../../../shared/i18n';

describe('a changed field as a comparison says it', () => {
  it.each(LOCALES)('names the features a rule is required by as the wizard does (%s)', (locale) => {
    const change: FieldChange = { field: 'requiredBy', before: 'ipps', after: 'lpr' };
    const said = describeFieldChange(locale, change);
    expect(said).toContain(featureLabel(locale, 'ipps'));
    expect(said).toContain(featureLabel(locale, 'lpr'));
    expect(said).not.toMatch(/\bipps\b|: lpr\b|→ lpr\b/);
  });

  it('says what a list of features gained in the features’ names', () => {
    const change: FieldChange = { field: 'requiredBy', before: 'ipps', after: 'ipps, lpr' };
    expect(describeFieldChange('en', change)).toBe(
      `Required by: added ${featureLabel('en', 'lpr')}`,
    );
  });
});
