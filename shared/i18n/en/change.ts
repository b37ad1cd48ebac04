/** English texts of the change request sheet, its answer read back, and rule statuses in the app. */
export const change = {
  change: {
    /** Headings of the change request sheet (and what the import recognizes). */
    columns: {
      ruleId: 'Rule ID',
      action: 'Action',
      sourceName: 'Source name',
      source: 'Source',
      destinationName: 'Destination name',
      destination: 'Destination',
      service: 'Service',
      appProtocol: 'Application protocol',
      purpose: 'Purpose and business justification',
      requiredBy: 'Required by',
      evidence: 'Evidence',
      temporaryUntil: 'Temporary until',
      requester: 'Requester',
      ticket: 'Ticket',
      status: 'Status',
      approver: 'Approver',
      date: 'Date',
      comment: 'Comment',
      ipVersion: 'IP version',
      ruleKey: 'Rule key',
      planName: 'Plan',
      planId: 'Plan ID',
      revision: 'Plan revision',
    },
    action: { allow: 'allow' },
    theInstallation: 'the installation',
    statuses: {
      requested: 'requested',
      approved: 'approved',
      rejected: 'rejected',
      opened: 'opened',
      verified: 'verified',
    },
    sheet: {
      title: 'Change request',
      about: 'About',
      rulesV4: 'IPv4 rules',
      rulesV6: 'IPv6 rules',
      plan: 'Plan',
      planId: 'Plan ID',
      planIdNone: '(plan file, not in a library)',
      revision: 'Plan revision',
      level: 'Rules listed as',
      levels: { hosts: 'host rules', firewall: 'firewall rules' },
      created: 'Created',
      customer: 'Customer',
      ticket: 'Ticket',
      requestedDate: 'Requested by date',
      requester: 'Requester',
      networkContact: 'Network contact',
      howTo: 'How to answer',
      howToText:
        'Fill in Status, Approver, Date and Comment for each rule and send the file back. Status: requested, approved, rejected (say why in Comment), opened or verified. Leave the Rule key, Plan and Plan ID columns as they are: they match each row to its rule.',
    },
    import: {
      /** Why a row of the sheet was not used, said with its row number. */
      rowNoKey: 'no rule key (the Rule key column is empty): the row cannot be matched to a rule',
      rowStatusUnknown:
        'the status "{{value}}" is not understood: write requested, approved, rejected, opened or verified',
      rowNoStatus: 'no status given: the rule keeps its status',
      rowDuplicate:
        'rule {{rule}} is answered again (first in row {{first}}): this row is not used',
      rowDate: 'the date "{{value}}" is not understood: write it as 2026-12-31 or 31.12.2026',
      rowCut: 'the comment was longer than {{max}} characters and is cut',
      where: '{{sheet}}, row {{row}}',
      /** Refusals of the whole sheet. */
      notSheet:
        '{{file}} is not a change request sheet of this planner: no sheet has the columns "Rule key" and "Status". Export the change request again and fill it in.',
      notSpreadsheet:
        '{{file}} is neither an Excel workbook (XLSX) nor a CSV file. Save the answer as XLSX or CSV and import it again.',
      damaged:
        '{{file}} cannot be read as an Excel workbook ({{message}}). Save it again as XLSX or CSV.',
      tooLarge:
        '{{file}} is larger than {{max}} MB: a change request sheet of a plan is far smaller. Import the sheet the planner exported, filled in.',
      tooManyRows:
        '{{file}} has more than {{max}} rows: a plan has at most that many rules with a status. Import the sheet the planner exported, filled in.',
      otherPlan:
        'This sheet belongs to the plan "{{sheetPlan}}", not to "{{plan}}": nothing was changed. Import it into the plan it was exported from.',
      mixedPlans:
        'The rows of this sheet name different plans ({{plans}}): nothing was changed. Import one plan’s sheet at a time.',
      otherRules_one:
        'This sheet was made from revision {{revision}}, whose rules differ from the plan’s now: rule {{rules}} is no longer in the plan. Nothing was changed: export the change request again and have the network team answer that one.',
      otherRules_other:
        'This sheet was made from revision {{revision}}, whose rules differ from the plan’s now: rules {{rules}} are no longer in the plan. Nothing was changed: export the change request again and have the network team answer that one.',
      andMore: '{{list}} and {{count}} more',
      nothingUsable:
        'No row of the sheet could be used: nothing was changed. The report below says why for each row.',
      needsOut:
        'Say where to write the plan with its statuses: --out <file> (it may be the plan file itself), or --dry-run to see the report only.',
    },
    report: {
      used_one: '{{count}} row used',
      used_other: '{{count}} rows used',
      refused_one: '{{count}} row not used',
      refused_other: '{{count}} rows not used',
      changed_one: '{{count}} rule changes its status',
      changed_other: '{{count}} rules change their status',
      wrote: 'Wrote {{path}}: the plan with the statuses of {{count}} rules.',
      dryRun: 'Nothing written (--dry-run).',
      row: '{{where}}: {{reason}}',
    },
    ui: {
      importTitle: 'Import the network team’s answer',
      importHint:
        'The change request sheet (XLSX or CSV) with Status, Approver, Date and Comment filled in. Nothing changes until you confirm.',
      chooseFile: 'Choose the answered sheet…',
      reading: 'Reading the sheet…',
      confirm: 'Set these statuses',
      cancel: 'Cancel',
      applied_one: 'The status of {{count}} rule was set (plan revision {{revision}}).',
      applied_other: 'The statuses of {{count}} rules were set (plan revision {{revision}}).',
      refusedRows: 'Rows not used',
      changes: 'Status changes',
      noChanges: 'The sheet changes no status.',
      statusColumn: 'Status',
      statusFilter: 'Status',
      anyStatus: 'Any status',
      noStatus: 'no status',
      statusChanged: 'Status changed',
      statusChangedHint: 'Rules whose change status differs between the two revisions.',
      statusFromTo: '{{from}} → {{to}}',
    },
  },
} as const;
