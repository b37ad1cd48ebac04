/** English texts: which planned sources proved a rule, and the campaign's summary. */
export const coverage = {
  coverage: {
    summary_one: '{{verified}} of {{count}} rule verified from all its sources{{rest}}',
    summary_other: '{{verified}} of {{count}} rules verified from all their sources{{rest}}',
    rest: ', {{parts}}',
    and: '{{list}}, {{part}}',
    blocked_one: '{{count}} blocked',
    blocked_other: '{{count}} blocked',
    unconfirmed_one: '{{count}} not proven yet',
    unconfirmed_other: '{{count}} not proven yet',
    notRun_one: '{{count}} not run',
    notRun_other: '{{count}} not run',
    host: '{{host}}',
    anyAddressOf: 'any address of {{group}}',
    /** A source's state, after its name: "oe1: verified". */
    state: {
      verified: 'verified by the responder',
      blocked: 'blocked',
      unconfirmed: 'not proven (no banner of the responder)',
      'not-run': 'not run yet',
    },
    /** One rule's sources in the review's details. */
    sourcesTitle: 'Sources',
    none: 'No probe results yet: every source of every rule still has to run.',
    /** The cover line of the PDF. */
    cover: 'Probe coverage: {{summary}}',
  },
} as const;
