/** English texts of the command line. */
export const cli = {
  /** The command line's messages (commander's own usage errors and help stay English). */
  cli: {
    files: {
      pdfNeedsOut: 'a PDF needs a file to go to. Fix: add --out FILE (or a folder).',
      wrote: 'wrote {{path}} ({{what}}{{pages}})',
      pages_one: ', {{count}} page',
      pages_other: ', {{count}} pages',
      summaryOf: 'pre-sales summary of "{{name}}"',
      changes: '{{added}} added, {{removed}} removed, {{changed}} changed',
    },
    issue: '{{severity}}: {{path}}: {{problem}}. Fix: {{fix}}.',
    severity: { error: 'error', warning: 'warning' },
    wholePlan: '(plan)',
    warning: 'warning: {{message}}',
    unexpected: 'oe-ports failed unexpectedly: {{message}}',
    read: {
      missing: 'cannot read {{path}}: no such file. Fix: check the path.',
      folder: 'cannot read {{path}}: it is a folder. Fix: name a plan file.',
      denied: 'cannot read {{path}}: permission denied. Fix: check the file’s permissions.',
      failed: 'cannot read {{path}}: {{message}}',
    },
    invalidJson: '{{message}}. Fix: correct the JSON there.',
    notJson: '{{file}} is not valid JSON: {{reason}}',
    notJsonAt: '{{file}} is not valid JSON at line {{line}}, column {{column}}: {{reason}}',
    jsonTooLarge:
      '{{file}} has {{size}} MiB of text, more than the {{maximum}} MiB of any plan or report this planner reads',
    jsonTooDeep:
      '{{file}} is nested more than {{maximum}} levels deep at line {{line}}, which no plan or report is',
    invalidPlan_one: '{{path}} is not a valid plan ({{count}} error):',
    invalidPlan_other: '{{path}} is not a valid plan ({{count}} errors):',
    valid: '{{path}}: valid plan "{{name}}" ({{installation}}, {{nodes}}, {{warnings}})',
    installations: { single: 'single', cluster: 'cluster' },
    nodes_one: '{{count}} OE node',
    nodes_other: '{{count}} OE nodes',
    warnings_one: '{{count}} warning',
    warnings_other: '{{count}} warnings',
    export: {
      hostOnlyScripts: '--host applies to the scripts (ps1, nft, firewalld), not to {{format}}.',
      levelNotForScripts:
        '--level applies to pdf, csv and xlsx; a script always holds the inbound rules of its host. Fix: leave --level out.',
      delimiterOnlyCsv: '--delimiter applies to --format csv only (and to change-request-csv).',
      delimiterInvalid:
        '--delimiter "{{delimiter}}" is not a CSV delimiter. Fix: use "," (or comma) or ";" (or semicolon, for German Excel).',
      notProbeReport:
        '{{path}} is not a probe report: {{field}}: {{message}}. Fix: pass a file written by "oe-ports probe" with --format json.',
      wholeDocument: '(the document)',
      outIsFile:
        '--out {{out}} is a file, but one script per host needs a folder. Fix: name a folder, or pick one host with --host.',
      wrote_one: 'wrote {{path}} ({{count}} rule{{pages}})',
      wrote_other: 'wrote {{path}} ({{count}} rules{{pages}})',
      pages: ', {{count}} pages',
    },
    probe: {
      wholeNumber: 'Fix: write a whole number from {{min}} to {{max}}.',
      nonce: 'Fix: write the nonce as the campaign wrote it: 8 to 64 letters, digits, - or _.',
      checking: 'checking {{done}}/{{total}}: {{port}}',
      probing: 'probing {{done}}/{{total}}: {{counts}}',
      cancelling: 'Cancelling; press Ctrl+C again to quit at once.',
      cancelled: 'Cancelled: the report holds the {{count}} results finished until then.',
    },
    respond: {
      minutes:
        'Fix: write the minutes as a number above 0 and at most {{max}} (one day), e.g. 15 or 0.5.',
      answered: '{{time}} answered {{port}}/{{protocol}} from {{from}}',
      ignored: '{{time}} ignored {{port}}/{{protocol}} from {{from}}: {{reason}}',
      note: 'Note: {{note}}',
      listening:
        'Responder for {{host}} (plan "{{plan}}") listening on {{address}}: TCP {{tcp}}; UDP {{udp}}.',
      noPorts: 'none',
      stopsAt: 'It stops by itself at {{time}} UTC (after {{minutes}} min); Ctrl+C stops it now.',
      stoppedTtl_one:
        'Stopped after its time limit of {{minutes}} min; answered {{count}} probe. Nothing listens any more.',
      stoppedTtl_other:
        'Stopped after its time limit of {{minutes}} min; answered {{count}} probes. Nothing listens any more.',
      stoppedRequest_one: 'Stopped on request; answered {{count}} probe. Nothing listens any more.',
      stoppedRequest_other:
        'Stopped on request; answered {{count}} probes. Nothing listens any more.',
    },
    serve: {
      badPort:
        '--port {{port}} is not a port. Fix: give a number from 1 to 65535, or 0 for any free port.',
      notBuilt:
        'the renderer is not built (dist/renderer/index.html is missing). Fix: run `npm run build`, or `npm run serve`, which builds first.',
      inUse: 'port {{port}} is in use. Fix: choose another --port, or leave it out for a free one.',
      privileged: 'port {{port}} needs privileges. Fix: choose a port above 1023.',
      started:
        'Output Engine Port Planner {{version}} in browser mode: open the URL above.\nPlans library: {{dataDir}}\nPress Ctrl+C to stop.',
      stopped: 'Stopped ({{signal}}).',
    },
    report: {
      local: 'Ports {{host}} must listen on (plan "{{plan}}"), bind-tested on {{where}}:',
      allAddresses: 'all addresses ({{address}})',
      thisMachine: 'this machine',
      localColumns: { port: 'Port', status: 'Status', service: 'Service', detail: 'Detail' },
      localSummary_one: '{{count}} port: {{free}} free, {{taken}} not free.',
      localSummary_other: '{{count}} ports: {{free}} free, {{taken}} not free.',
      localStatus: {
        free: 'free',
        'in-use': 'in-use',
        'permission-denied': 'permission-denied',
        'excluded-range': 'excluded-range',
        'bind-failed': 'bind-failed',
      },
      reach: 'Host rules from {{host}} (plan "{{plan}}"){{from}}:',
      probedFrom: ', probed from {{addresses}}',
      reachColumns: {
        status: 'Status',
        to: 'To',
        port: 'Port',
        service: 'Service',
        detail: 'Detail',
      },
      reachSummary_one: '{{count}} rule: {{counts}}{{cancelled}}.',
      reachSummary_other: '{{count}} rules: {{counts}}{{cancelled}}.',
      none: 'none',
      cancelled: ' (cancelled before the end)',
      statusCount: '{{count}} {{status}}',
    },
  },
} as const;
