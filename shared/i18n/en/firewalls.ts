/** English texts: the comments of the zone firewall configurations (PAN-OS, FortiGate, ASA, Check Point). */
export const firewalls = {
  firewalls: {
    title: 'Zone firewall configuration for {{vendor}}',
    plan: 'Plan: {{name}}',
    customer: 'Customer: {{customer}}',
    revision: 'Plan revision: {{revision}}',
    ticket: 'Change or ticket: {{ticket}}',
    generated: 'Generated: {{date}} by {{tool}} {{version}}',
    review:
      'Review before applying: check the zone names, the object names and that no object of the same name exists on the firewall.',
    zones: 'Zones: {{zones}}',
    counts: '{{rules}} rules, {{addresses}} address objects, {{services}} services',
    noRules: 'The plan has no firewall rules: there is nothing to apply.',
    panosPaste:
      'In operational mode run "set cli scripting-mode on" (pasted lines are then taken as they are), then "configure"; paste one batch at a time (at most {{size}} commands, between the comment lines), check its output, then commit.',
    fortigatePaste:
      'Paste into the CLI console or run as a script; new policies take the next free id (edit 0) and go to the end of the policy list: move them before a deny rule.',
    asaPaste:
      'Paste in configuration mode (configure terminal); lines starting with ! are comments.',
    asaAccessGroups:
      'Bind each access list to the interface of its source zone: remove the ! and put in the interface name.',
    checkpointRun:
      'Run on the management server (expert mode) or with the mgmt_cli of SmartConsole, in this folder: sh apply.sh. The files run in the order below; nothing is published unless every file succeeded.',
    checkpointFiles: 'Files: {{files}}',
    checkpointOrder:
      'Rules are added at the top of the layer "{{layer}}", last rule first: they end up in plan order, above the cleanup rule.',
    checkpointDuplicates:
      'Hosts and networks are added with ignore-warnings: an object with the same address may already exist.',
  },
} as const;
