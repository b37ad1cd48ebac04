/** English texts of a temporary feature: rules needed only for the installation or a test. */
export const temporary = {
  temporaryFeature: {
    label: 'Temporary',
    hint: 'Its rules are needed only for a while: the checklist says until when.',
    reason: 'Needed for',
    reasons: { installation: 'for the installation', test: 'for a test' },
    until: 'until',
    untilField: 'Temporary until',
  },
} as const;
