/** English texts: the wizard's place in the address, undo and redo, and the plan names. */
export const wizard = {
  wizard: {
    route: {
      noPlan:
        'The address names a plan that is not in this library ({{id}}): it may have been deleted. Open a plan from the list.',
    },
    names: {
      taken:
        '“{{name}}” is already the name of another plan in this library. Choose another name: plan names are unique, so that lists, reports and status sheets cannot mix plans up.',
      importExists:
        'A plan named “{{name}}” is already in this library. Replace it with the file’s plan (it keeps its probe results), or keep both (the file’s plan is then named “{{copy}}”).',
      importTitle: 'This plan is already in the library',
      replace: 'Replace it',
      keepBoth: 'Keep both',
      cancel: 'Cancel',
      replaced: 'Replaced “{{name}}” with the plan from the file',
    },
    localCheck: {
      problemsOnly: 'Problems only',
      noProblems: 'No problems: every planned port is free on {{host}}.',
    },
    reports: {
      otherPlan:
        '{{file}} is a report of another plan (“{{probed}}”), not of “{{plan}}”: the plan’s id in the report is not this plan’s. Import it into the plan it was probed for, or probe again with this plan’s file.',
    },
    rules: {
      expand: 'Show all of this rule: sources, destinations, ports and evidence',
    },
    history: {
      group: 'Undo and redo',
      undo: 'Undo',
      redo: 'Redo',
      undoHint: 'Undo the last change (Ctrl+Z)',
      redoHint: 'Redo the change undone last (Ctrl+Shift+Z or Ctrl+Y)',
      removed: 'Removed “{{name}}”',
      dismiss: 'Dismiss',
    },
  },
} as const;
