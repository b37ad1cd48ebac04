/** English texts: the wizard's place in the address, undo and redo, and the plan names. */
export const wizard = {
  wizard: {
    route: {
      noPlan:
        'The address names a plan that is not in this library ({{id}}): it may have been deleted. Open a plan from the list.',
    },
    history: {
      undo: 'Undo',
      redo: 'Redo',
      undoHint: 'Undo the last change (Ctrl+Z)',
      redoHint: 'Redo the change undone last (Ctrl+Shift+Z or Ctrl+Y)',
      removed: 'Removed “{{name}}”',
      undone: 'Change undone',
      redone: 'Change redone',
      dismiss: 'Dismiss',
    },
  },
} as const;
