/** English texts: a campaign that verifies every path from every host with Ansible, and its import. */
export const campaign = {
  campaign: {
    probe: {
      otherNonce:
        ', but for another campaign (nonce {{nonce}}): a responder of an earlier run still listens there',
    },
    cli: {
      ttl: 'Fix: write the minutes as a number above 0 and at most {{max}} (one day), e.g. 30.',
      wrote:
        'Wrote the campaign for {{hosts}} hosts into {{out}} (nonce {{nonce}}). Fill in the blanks of {{inventory}}, then run in that folder: {{command}}',
      clientsLeftOut:
        'Client groups are address ranges, not hosts: their rules are not probed by the campaign ({{groups}}).',
      imported:
        'Imported {{reports}} reports of the campaign {{nonce}} ({{results}} results, the newest per rule and source).',
      summary:
        '{{verified}} of {{rules}} rules verified from their source, {{blocked}} blocked, {{other}} otherwise, {{notRun}} not run.',
      blockedRule: 'blocked: {{source}} → {{destination}} {{port}}/{{protocol}} ({{rule}})',
      notRunHost: 'not run: {{host}} sent no report (down, unreachable, or a step failed there).',
    },
    errors: {
      noHosts:
        'the plan "{{plan}}" has no host that probes or answers a planned path. Fix: add the hosts and their addresses in the Topology step.',
      outHasCampaign:
        '{{out}} already holds a campaign (campaign.json): its reports belong to that campaign. Fix: name a new folder.',
      cliNotBuilt:
        'the single-file command line to copy to the hosts is not built. Fix: run "npm run build", or name one with --cli.',
      cliMissing: 'cannot read {{path}}. Fix: name the oe-ports.js file with --cli.',
      notZip:
        '{{file}} is neither a campaign folder nor a zip file. Fix: name the folder the campaign was written to, or a zip of it.',
      badManifest:
        '{{file}} is not the campaign.json the planner wrote. Fix: import the campaign folder as the campaign command wrote it.',
      noReports:
        'the campaign holds no report (reports/ is empty): nothing was imported. Fix: run the playbook first; it fetches one report per host into reports/.',
      campaignOtherPlan:
        'the campaign was written for the plan "{{campaign}}" with other hosts or ports than the plan "{{plan}}": nothing was imported. Fix: import it into the plan it was made for, or write a new campaign for this plan.',
      reportOtherPlan:
        '{{file}} was probed with the plan "{{probed}}", whose hosts or ports differ from the plan "{{plan}}": nothing was imported. Fix: remove the file, or write and run a new campaign for this plan.',
      reportOtherNonce:
        '{{file}} belongs to another campaign (its nonce differs): nothing was imported. Fix: remove the file from the folder, or import it with its own campaign.',
      noNonce:
        '{{file}} was not probed by a campaign (it has no nonce): nothing was imported. Fix: import it alone as a probe report.',
    },
    ui: {
      os: {
        label: 'Host OS',
        default: 'Default',
        linux: 'Linux (SSH)',
        windows: 'Windows (WinRM)',
      },
      title: 'Verify from every host (campaign)',
      intro:
        'A campaign verifies every planned path from every host at once with Ansible. Download it here, run its playbook, then choose its folder or a zip of it below: every report is imported at once.',
      command: 'oe-ports campaign PLAN --out DIR',
      write: 'Download the campaign (zip)',
      written:
        'Downloaded {{file}}: unpack it, fill in the blanks of inventory.yml, then run its README’s one command.',
      writeOr: 'Or write the same folder on the command line:',
      folder: 'Campaign folder',
      zip: 'or a zip of it',
      imported_one: 'Imported {{count}} report of the campaign {{nonce}} ({{results}} results).',
      imported_other: 'Imported {{count}} reports of the campaign {{nonce}} ({{results}} results).',
      hostsNotRun: 'Not run (no report: down, unreachable, or a step failed there): {{hosts}}.',
    },
    readme: {
      title: 'Verify every planned path of "{{plan}}" from every host',
      intro:
        'This folder holds an Ansible campaign: it starts a responder on every destination host (for its planned ports only, stopping by itself after {{minutes}} minutes), probes every planned path from every source host at once, fetches each host’s report into reports/ and stops every responder, also when a step fails. Its nonce is {{nonce}}: only this campaign’s responders verify a path.',
      before: 'Before you run it',
      blanks:
        'Replace every "FILL IN" in {{inventory}} (user, key, become; Windows: WinRM transport, user, password). The playbook stops at its first task while one is left.',
      node: 'Linux hosts need Node.js 22 or newer: set oe_ports_node to its path when it is not "node" on the PATH.',
      installed:
        'Or use an installed command line: set oe_ports_installed to the path of oe-ports.js on the hosts; otherwise files/oe-ports.js is copied.',
      python: 'Linux hosts need Python 3 for Ansible’s modules.',
      windows:
        'Windows hosts are reached over WinRM with the ansible.windows collection ({{file}}): ansible-galaxy collection install ansible.windows. These steps have not been run against a Windows host by the planner’s tests.',
      ports:
        'Run it before the Output Engine is installed or while its services are stopped: a responder refuses to start on a port that is taken.',
      run: 'Run',
      steps:
        'In this folder, as the user whose key the hosts accept. It does this, on these hosts:',
      host: 'Host',
      group: 'Group',
      address: 'Address',
      connection: 'Connection',
      listens: 'Responder ports',
      probes: 'Paths probed from it',
      clients:
        'Client groups ({{groups}}) are address ranges, not hosts: the campaign does not probe from them. Probe from one client of each group by hand with "oe-ports probe reach".',
      import: 'Import the results',
      importHow:
        'After the run, import every report at once (or choose this folder or a zip of it in the Probes step):',
    },
  },
} as const;
