/** English texts: what is wrong with a plan, and what the Node side answers when a call cannot be done. */
export const errors = {
  /**
   * What is wrong with a plan, by issue code (shared/plan): the problem reads on from the field's
   * name ("Address" + "is not a valid …"), the fix says what to do.
   */
  issues: {
    'not-a-plan': {
      problem: 'is not a plan (a JSON object)',
      fix: 'open a plan file written by this planner',
    },
    'not-json': {
      problem: 'is not valid JSON',
      fix: 'open a plan file written by this planner, or correct the JSON',
    },
    'schema-version': {
      problem:
        'is {{value}}, but this planner reads plans of schema versions {{oldest}} to {{expected}}',
      fix: 'open it with the planner that wrote it, or export it again from there',
    },
    missing: { problem: 'is missing', fix: 'add it ({{expectedName}})' },
    'missing-choice': { problem: 'is missing', fix: 'add it (one of: {{options}})' },
    'wrong-type': {
      problem: 'should be {{expectedName}}, not {{givenText}}',
      fix: 'enter {{expectedName}}',
    },
    'not-allowed': { problem: '{{value}} is not allowed', fix: 'use one of: {{options}}' },
    'unknown-fields': {
      problem_one: 'has unknown field {{fields}}',
      problem_other: 'has unknown fields {{fields}}',
      fix: 'remove or rename it; see docs/plan-format.md for the fields',
    },
    'too-long': { problem: 'is longer than {{maximum}} characters', fix: 'shorten it' },
    invalid: { problem: 'is not valid', fix: 'correct the value' },
    'name-empty': { problem: 'is empty', fix: 'give it a name' },
    'control-character': {
      problem: 'holds a control character ({{character}}, at character {{position}})',
      fix: 'type it on one line, without line breaks, tabs or other invisible characters',
    },
    'too-many': {
      problem: 'has more than {{maximum}} entries, more than this planner computes',
      fix: 'summarise single addresses into networks, or split the plan by site (docs/plan-format.md, "Limits")',
    },
    'too-deep': {
      problem: 'is nested more than {{maximum}} levels deep, which no plan is',
      fix: 'open a plan file written by this planner',
    },
    'document-too-large': {
      problem: 'holds more than {{maximum}} values, more than any plan this planner computes',
      fix: 'open a plan file written by this planner, or split the plan by site',
    },
    'too-many-host-rules': {
      problem:
        'would expand to {{count}} host rules, more than the {{maximum}} this planner computes',
      fix: 'enter printers and clients as networks instead of single addresses (one /22 instead of its printers), use fewer client groups or OE nodes, or split the plan by site',
    },
    'more-issues': {
      problem_one: 'has 1 more error',
      problem_other: 'has {{count}} more errors',
      fix: 'correct the errors above first',
    },
    'port-too-low': { problem: 'is below 1', fix: 'ports run from 1 to 65535' },
    'port-too-high': { problem: 'is above 65535', fix: 'ports run from 1 to 65535' },
    'date-invalid': {
      problem: 'is not a date as YYYY-MM-DD',
      fix: 'write it like 2027-03-31',
    },
    'email-invalid': {
      problem: 'is not an e-mail address',
      fix: 'write it like netops@example.com, or leave it empty',
    },
    'phone-invalid': {
      problem: 'is not a phone number',
      fix: 'write digits, spaces and + ( ) / . - only, like +49 2102 1234-0',
    },
    'zone-name-invalid': {
      problem:
        'is not a name a zone firewall takes (a letter first, then letters, digits, - _ or ., at most 31 characters)',
      fix: 'write it like dmz_print or inside',
    },
    'host-name-invalid': {
      problem:
        '"{{value}}" is not a valid host name (RFC 1123: letters a–z, digits and hyphens, in labels of at most 63 characters separated by dots; no label begins or ends with a hyphen)',
      fix: 'write it like oe2 or oe2.example.com',
    },
    'ip-address-invalid': {
      problem: 'is not a valid IPv4 or IPv6 address',
      fix: 'write it like 10.1.2.3 or 2001:db8::10',
    },
    'cidr-invalid': {
      problem: '"{{value}}" is not a valid CIDR network',
      fix: 'write it like 10.20.0.0/16 or 2001:db8::/48',
    },
    'cidr-host-bits': {
      problem: '"{{value}}" has host bits set',
      fix: 'use the network address: {{network}}',
    },
    'address-invalid': {
      problem: '"{{value}}" is not an IPv4/IPv6 address, a CIDR network or a host name',
      fix: 'write an address like 10.1.2.3, a network like 10.1.0.0/16, or a name like printsrv.example.com',
    },
    'addresses-empty': {
      problem: 'is empty',
      fix: 'add at least one host address or CIDR network',
    },
    'protocols-empty': {
      problem: 'has no printer protocol',
      fix: 'choose at least one, e.g. socket',
    },
    'checkout-hosts-empty': {
      problem: 'has no island checkout host',
      fix: 'add the host that runs the island checkout',
    },
    'sap-system-number': {
      problem: 'is not a two-digit SAP system number',
      fix: 'write it like 00 or 42',
    },
    'product-version': {
      problem: 'is not a product version from {{oldest}} to {{newest}}',
      fix: 'write it like 7.2.0',
    },
    'nodes-empty': { problem: 'has no OE node', fix: 'add the OE server' },
    'single-node-count': {
      problem: 'has {{count}} OE nodes, but a single-server installation has exactly one',
      fix: 'keep one node, or choose a cluster installation',
    },
    'cluster-too-few-nodes': {
      problem_one:
        'has {{count}} OE node, but a cluster needs an odd number, three or more (MongoDB needs a majority: with 3 nodes one may fail; a 4th node adds no tolerance)',
      problem_other:
        'has {{count}} OE nodes, but a cluster needs an odd number, three or more (MongoDB needs a majority: with 3 nodes one may fail; a 4th node adds no tolerance)',
      fix: 'add nodes until there are 3',
    },
    'cluster-even-nodes': {
      problem:
        'has {{count}} OE nodes, but a cluster needs an odd number, three or more (MongoDB needs a majority: with 3 nodes one may fail; a 4th node adds no tolerance)',
      fix: 'add or remove one node ({{fewer}} or {{more}})',
    },
    'management-server-missing': {
      problem: 'is missing: a cluster normally has one (easyPRIMA, Elastic Stack, Keycloak)',
      fix: 'add the management server',
    },
    'management-server-unused': {
      problem:
        'opens nothing: no component is placed on it, and no feature that is switched on uses it',
      fix: 'place the Elastic Stack or Keycloak on it, or remove it',
    },
    'placement-without-management-server': {
      problem: 'is on the management server, but the plan has none',
      fix: 'add the management server, or place it elsewhere',
    },
    'placement-without-hosts': {
      problem: 'is empty, but the component is placed on dedicated hosts',
      fix: 'add its hosts, or place it elsewhere',
    },
    'placement-unused-hosts': {
      problem: 'lists hosts that are not used',
      fix: 'place it on dedicated hosts, or remove them',
    },
    'mongodb-placement-version': {
      problem: 'is not on the OE nodes, but before {{since}} MongoDB is installed with the OE',
      fix: 'place MongoDB on the OE nodes, or choose product version {{since}} or later',
    },
    'host-name-taken': {
      problem: '"{{name}}" is also the name of {{otherPath}}',
      fix: 'give every host its own name',
    },
    'host-address-taken': {
      problem: '"{{value}}" is also used by {{otherPath}}',
      fix: 'every host needs its own address',
    },
    'host-twice': {
      problem: '"{{name}}" is entered twice: {{otherPath}} has the same name and address',
      fix: 'remove this entry, or enter the other server’s own name and address',
    },
    'host-without-address': {
      problem: '"{{name}}" has no address or FQDN, so its rules show only its name',
      fix: 'add its IP address or FQDN',
    },
    'source-without-ip': {
      problem:
        'is a source of this plan’s rules but has no IP address ("{{name}}" is a name only): a firewall cannot open a port for a name, so the host scripts leave it closed',
      fix: 'enter its IP address',
    },
    'name-twice': { problem: '"{{name}}" is used twice', fix: 'give every entry its own name' },
    'client-is-host': {
      problem: '"{{address}}" is also {{otherPath}}',
      fix: 'check that this host really is a client too',
    },
    'client-in-two-groups': {
      problem: '"{{address}}" is also in {{otherPath}}',
      fix: 'keep each client address in one group unless it plays both roles',
    },
    'client-in-network': {
      problem:
        '"{{address}}" lies in {{network}} of {{otherPath}}, so these clients are in two groups',
      fix: 'keep each client in one group unless it plays both roles',
    },
    'island-printers-overlap': {
      problem:
        '"{{address}}" overlaps {{network}} of {{otherPath}}: the OE nodes would print to these printers both directly and through the island',
      fix: 'enter each printer network once: at the island site if the island prints to it, otherwise under the printer networks',
    },
    'client-group-unused': {
      problem: 'opens nothing: no feature that is switched on serves {{kindNames}}',
      fix: 'switch on the feature these clients use, or remove the group',
    },
    'island-site-unused': {
      problem: 'opens nothing: no feature that is switched on uses island sites',
      fix: 'switch on {{feature}}, or remove the island site',
    },
    'external-system-unused': {
      problem: 'opens nothing: no feature that is switched on connects to it ({{externalName}})',
      fix: 'switch on the feature it is for, or remove it',
    },
    'feature-twice': { problem: '{{feature}} is listed twice', fix: 'remove the second entry' },
    'feature-needs-version': {
      problem: '{{feature}} needs product version {{since}} or later, the plan has {{version}}',
      fix: 'switch it off, or choose version {{since}} or later',
    },
    'feature-needs-external': {
      problem: '{{feature}} needs an external system "{{externalName}}", and the plan has none',
      fix: 'add it under external systems, or switch {{feature}} off',
    },
    'feature-needs-islands': {
      problem: '{{feature}} needs island sites, and the plan has none',
      fix: 'add an island site, or switch {{feature}} off',
    },
    'feature-not-in-installation': {
      problem:
        '{{feature}} opens nothing in a {{installation}}-server installation (the vendor lists no such port there)',
      fix: 'switch it off',
    },
    'feature-without-clients': {
      problem: '{{feature}} is on, but no client group of the kind {{kindNames}} uses it',
      fix: 'add that client group, or switch the feature off',
    },
    'features-exclusive': { problem: '{{features}} exclude each other', fix: 'choose one' },
    'load-balancer-unused': {
      problem: 'is only used by island sites for remote printing, which is off',
      fix: 'switch remote printing on, or remove the load balancer',
    },
    'printer-protocols-version': {
      problem:
        '{{protocols}} need product version {{since}} or later ({{version}} has lpr and socket)',
      fix: 'use lpr or socket, or a later product version',
    },
    'printer-protocols-unverified': {
      problem:
        '{{protocols}} are documented from {{since}} on, and 5.3.0 documents only lpr and socket: whether {{version}} has them is not documented',
      fix: 'confirm with SEAL Systems that {{version}} offers them, or use lpr or socket',
    },
    'port-conflict': {
      problem:
        '{{service}} and {{otherService}} would both listen on {{port}}/{{transport}} on {{host}}',
      fix: 'change the configurable port, or place the component on another host',
    },
  },
  /** Words the issue texts are built from: value types, and how lists join. */
  issueWords: {
    types: {
      string: 'string',
      number: 'number',
      int: 'a whole number',
      boolean: 'boolean',
      array: 'array',
      object: 'object',
    },
    given: { string: 'string', number: 'number', boolean: 'boolean' },
    list: 'a list',
    object: 'an object',
    null: 'null',
    value: '{{type}} {{value}}',
    and: ' and ',
    or: ' or ',
  },
  /** What the Node side answers when a call cannot be done: the faces say it in their language. */
  errors: {
    library: {
      title: 'The plans library cannot be opened',
      unreadable:
        'cannot read the plans library {{file}}: {{message}}. Fix: check the file’s permissions, or move it away to start an empty library.',
      notSqlite:
        '{{file}} is not a plans library (not an SQLite database). Fix: move it away to start an empty library.',
      cannotOpen:
        'cannot open the plans library {{file}}: {{message}}. Fix: check the file’s permissions, or move it away to start an empty library.',
      notLibrary:
        '{{file}} is not a plans library ({{message}}). Fix: move it away to start an empty library.',
      newer:
        'the plans library {{file}} was written by a newer version of the planner (schema {{version}}; this version reads up to {{supported}}). It was left unchanged. Fix: update the planner, or start it with another data folder.',
      readOnly:
        'the plans library {{file}} cannot be written: its folder or file is read-only. Nothing was changed. Fix: make the data folder writable, or start the planner with another data folder.',
      full: 'the plans library {{file}} cannot be written: the disk is full. Nothing was lost; the last change was not saved. Fix: free some space on that disk, then save again.',
      damaged:
        'the plans library {{file}} is damaged ({{message}}). Nothing was changed. Fix: close the planner, move the file away (a backup copy of it may still be read with the sqlite3 tool) and start again with an empty library.',
      busy: 'the plans library {{file}} is in use by another planner (the desktop app or serve) and stayed locked for {{seconds}} seconds. Nothing was changed. Fix: save again; if it keeps happening, close the other planner or give each its own data folder.',
    },
    noPlan: 'there is no plan {{id}} (it may have been deleted)',
    noRevision: 'plan {{id}} has no revision {{revision}} (only the last {{kept}} are kept)',
    needsDesktop: 'this needs the desktop app; in the browser use Import and Export',
    saveNeedsDesktop:
      'saving through a dialog needs the desktop app; in the browser the file is a download',
    tooLarge: '{{file}} is too large for a plan file',
    cannotWrite:
      'cannot write {{path}}: {{message}}. Choose another place; nothing half-written was left, and an existing {{path}} is unchanged.',
    invalidPlan_one: '{{file}} is not a valid plan: {{count}} error',
    invalidPlan_other: '{{file}} is not a valid plan: {{count}} errors',
    notAPlan_one: '{{file}} is not a plan of this planner: {{count}} problem with its fields',
    notAPlan_other: '{{file}} is not a plan of this planner: {{count}} problems with its fields',
    planHasErrors: {
      export_one:
        '"{{name}}" has {{count}} error, so its rules are not known yet. Fix it in the earlier steps, then export.',
      export_other:
        '"{{name}}" has {{count}} errors, so its rules are not known yet. Fix them in the earlier steps, then export.',
      probe_one:
        '"{{name}}" has {{count}} error, so its rules are not known yet. Fix it in the earlier steps, then probe.',
      probe_other:
        '"{{name}}" has {{count}} errors, so its rules are not known yet. Fix them in the earlier steps, then probe.',
      summary_one:
        '"{{name}}" has {{count}} error, so its rules are not known yet. Fix it in the earlier steps, then export its summary.',
      summary_other:
        '"{{name}}" has {{count}} errors, so its rules are not known yet. Fix them in the earlier steps, then export its summary.',
    },
    revisionHasErrors: {
      before_one:
        'Before: "{{name}}" revision {{revision}} has {{count}} error, so its rules are not known. Fix: choose another revision, or fix the plan in the wizard.',
      before_other:
        'Before: "{{name}}" revision {{revision}} has {{count}} errors, so its rules are not known. Fix: choose another revision, or fix the plan in the wizard.',
      after_one:
        'After: "{{name}}" revision {{revision}} has {{count}} error, so its rules are not known. Fix: choose another revision, or fix the plan in the wizard.',
      after_other:
        'After: "{{name}}" revision {{revision}} has {{count}} errors, so its rules are not known. Fix: choose another revision, or fix the plan in the wizard.',
    },
    notPlanHost:
      '"{{host}}" is not a host of this plan. Its hosts: {{hosts}}. Fix: use one of them.',
    noProbeJob:
      'there is no probe job {{id}}: jobs live only while the planner runs. Start the probe again.',
    jobRunning: {
      local:
        'a local port check of this plan is already running (as {{host}}). Fix: wait for it, or cancel it first.',
      reach:
        'a reachability run of this plan is already running (as {{host}}). Fix: wait for it, or cancel it first.',
      respond:
        'a responder of this plan is already running (as {{host}}). Fix: wait for it, or cancel it first.',
    },
    responderNoRules:
      'the responder has nothing to answer: no host rule has {{host}} as its destination',
    responderBlocked:
      'the responder did not start: {{ports}}. Fix: stop what holds them (or run with the rights they need), then start it again.',
    report: {
      howTo: 'import the JSON file that `probe reach --format json --out FILE` wrote, unedited',
      notJson: '{{message}}. Fix: {{howTo}}.',
      localCheck:
        '{{file}} is a local port check (probe local): it says which ports are free on one host, not which paths are open, so it has no results for rules. Fix: {{howTo}}.',
      notReport:
        '{{file}} is not a probe report: its "kind" is {{kind}}, a report’s is "{{expected}}". Fix: {{howTo}}.',
      otherVersion:
        '{{file}} was written by another version of the planner (report version {{version}}; this one reads version 1). Fix: run the probe with this version’s command line.',
      field: '{{file}}: {{field}} {{message}}. Fix: {{howTo}}.',
      wholeReport: 'the report',
      otherPlan:
        '{{file}} was written for the plan "{{probed}}", and this plan is "{{plan}}": nothing was imported. Fix: import it into the plan "{{probed}}", or probe again with this plan’s file.',
      noRuleMatches:
        'none of the {{count}} results in {{file}} names a rule of this plan (the first names {{first}}): the plan changed since the probe, so nothing was imported. Fix: export the plan again and probe with it.',
    },
  },
} as const;
