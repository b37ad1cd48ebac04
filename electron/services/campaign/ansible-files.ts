import { stringify } from 'yaml';
import type { CampaignHost, CampaignScope } from '../../../shared/campaign/hosts';
import { CAMPAIGN_GROUPS } from '../../../shared/campaign/hosts';
import { REPORTS_FOLDER } from '../../../shared/campaign/manifest';

// The inventory and playbook of a campaign, as data written out as YAML. Linux hosts are reached
// over SSH with ansible.builtin modules; Windows hosts over WinRM with ansible.windows modules,
// kept in windows.yml (included only for them, so ansible-core alone can check and run the rest).

/** A value the technician must give; the playbook's first task stops while one is left. */
export const BLANK = 'FILL IN';
const blank = (what: string) => `${BLANK}: ${what}`;

/** The variables the inventory leaves blank (per host for Windows, for all Linux hosts). */
const BLANK_VARIABLES = [
  'ansible_user',
  'ansible_ssh_private_key_file',
  'oe_ports_become',
  'ansible_password',
  'ansible_winrm_transport',
  'ansible_winrm_server_cert_validation',
] as const;

export interface CampaignSettings {
  planName: string;
  nonce: string;
  ttlMinutes: number;
}

export const CAMPAIGN_FILES = {
  inventory: 'inventory.yml',
  playbook: 'playbook.yml',
  windows: 'windows.yml',
  config: 'ansible.cfg',
  readme: 'README.md',
  cli: 'files/oe-ports.js',
  plan: 'files/plan.json',
} as const;

const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });
const header = (lines: readonly string[]) => lines.map((l) => `# ${l}\n`).join('');

function hostVars(host: CampaignHost): Record<string, unknown> {
  const vars: Record<string, unknown> = {
    ansible_host: host.address,
    oe_ports_as: host.name,
    oe_ports_os: host.os,
    oe_ports_probe: host.probes > 0,
    oe_ports_respond: host.listens > 0,
  };
  if (host.os === 'windows') {
    Object.assign(vars, {
      ansible_connection: 'winrm',
      ansible_port: 5986,
      ansible_winrm_transport: blank('ntlm, kerberos or credssp, as the domain allows'),
      ansible_winrm_server_cert_validation: blank(
        'validate, or ignore for a self-signed certificate',
      ),
      ansible_user: blank('a Windows user that may listen on the planned ports'),
      ansible_password: blank('its password, best from ansible-vault'),
    });
  } else {
    vars.ansible_connection = 'ssh';
  }
  return vars;
}

/** inventory.yml: every host by role, its address and connection; blanks for what only the technician knows. */
export function inventoryYaml(scope: CampaignScope, settings: CampaignSettings): string {
  const children: Record<string, unknown> = {};
  for (const group of CAMPAIGN_GROUPS) {
    const members = scope.hosts.filter((h) => h.group === group);
    if (members.length === 0) continue;
    children[group] = { hosts: Object.fromEntries(members.map((h) => [h.name, hostVars(h)])) };
  }
  const inventory = {
    all: {
      vars: {
        ansible_user: blank('the user to log in as on the Linux hosts over SSH'),
        ansible_ssh_private_key_file: blank('the private key file of that user'),
        oe_ports_become: blank(
          'true to run as root through sudo (needed for ports below 1024), false otherwise',
        ),
        // A path, not a guess: Node 22 is what the command line needs; "node" is where it usually is.
        oe_ports_node: 'node',
        oe_ports_installed: '',
      },
      children,
    },
  };
  return (
    header([
      `Hosts of the campaign for the plan "${settings.planName}" (nonce ${settings.nonce}).`,
      `Replace every "${BLANK}" before running; the playbook stops at once while one is left.`,
      'oe_ports_node: Node.js 22 or newer on the hosts (a full path when it is not on PATH).',
      'oe_ports_installed: the path of an installed oe-ports.js to use instead of copying one.',
      'Client groups and printer networks are address ranges, not hosts: they are not listed.',
    ]) + yaml(inventory)
  );
}

const q = (name: string) => `{{ ${name} | quote }}`;
const linux = "oe_ports_os == 'linux'";
const windows = "oe_ports_os == 'windows'";

/**
 * The Linux commands; every value from the plan or inventory goes through `quote`. They run as
 * `raw` commands over the SSH connection: no Python module is started for them on the hosts.
 */
const CLI = `${q('oe_ports_node')} ${q('oe_ports_cli')}`;
const PLAN = `--plan ${q('(oe_ports_dir ~ "/plan.json")')} --as ${q('oe_ports_as')} --nonce ${q('oe_ports_nonce')}`;

/** The Windows part of a step, when the campaign has Windows hosts (nothing to skip otherwise). */
function windowsStep(
  step: 'prepare' | 'respond' | 'probe' | 'wait' | 'stop',
  withWindows: boolean,
) {
  if (!withWindows) return [];
  return [
    {
      name: `Windows: ${step}`,
      when: windows,
      'ansible.builtin.include_tasks': { file: CAMPAIGN_FILES.windows },
      vars: { oe_ports_step: step },
    },
  ];
}

/** playbook.yml: copy, respond, probe from every host at once, fetch, and always stop. */
export function playbookYaml(scope: CampaignScope, settings: CampaignSettings): string {
  const withWindows = scope.hosts.some((h) => h.os === 'windows');
  const play = {
    // Not the plan's name: Ansible templates a play's name, and a name is free text.
    name: 'Verify every planned path from every host of the plan',
    hosts: 'all',
    gather_facts: false,
    vars: {
      oe_ports_nonce: settings.nonce,
      oe_ports_ttl_minutes: settings.ttlMinutes,
      // One folder per host and campaign (hosts that share a file system must not share files).
      oe_ports_dir:
        `{{ ('/tmp/oe-ports-' if oe_ports_os == 'linux' else 'C:\\Windows\\Temp\\oe-ports-') ` +
        `~ oe_ports_nonce ~ '-' ~ inventory_hostname }}`,
      oe_ports_cli:
        "{{ oe_ports_installed if oe_ports_installed | default('') | length > 0 " +
        "else oe_ports_dir ~ ('/oe-ports.js' if oe_ports_os == 'linux' else '\\oe-ports.js') }}",
    },
    tasks: [
      {
        name: `Every "${BLANK}" of the inventory is filled in`,
        'ansible.builtin.assert': {
          that: BLANK_VARIABLES.map((v) => `'${BLANK}' not in (${v} | default('') | string)`),
          fail_msg: `Replace every "${BLANK}" in ${CAMPAIGN_FILES.inventory} for this host, then run again.`,
          quiet: true,
        },
      },
      {
        name: 'Verify the planned paths from this host',
        become: '{{ oe_ports_become | bool }}',
        block: [
          {
            name: 'The plan and the single-file command line, in a folder of their own',
            when: `${linux} and oe_ports_installed | default('') | length == 0`,
            'ansible.builtin.copy': { src: 'files/', dest: '{{ oe_ports_dir }}/', mode: '0700' },
          },
          {
            name: 'The plan (the installed command line runs it)',
            when: `${linux} and oe_ports_installed | default('') | length > 0`,
            'ansible.builtin.copy': {
              src: CAMPAIGN_FILES.plan,
              dest: '{{ oe_ports_dir }}/',
              mode: '0700',
            },
          },
          ...windowsStep('prepare', withWindows),
          {
            name: 'Start the responder on the planned ports, with a time limit; wait until it listens',
            when: `${linux} and oe_ports_respond`,
            // It stops at once when a planned port is taken: then its log says which and why.
            'ansible.builtin.raw':
              `setsid nohup ${CLI} respond ${PLAN} --ttl {{ oe_ports_ttl_minutes }} --format json ` +
              `> {{ oe_ports_dir }}/respond.log 2>&1 < /dev/null & echo $! > {{ oe_ports_dir }}/respond.pid; ` +
              'for i in $(seq 1 600); do ' +
              'grep -q \'"event":"listening"\' {{ oe_ports_dir }}/respond.log && exit 0; ' +
              'kill -0 "$(cat {{ oe_ports_dir }}/respond.pid)" 2>/dev/null || break; sleep 0.1; done; ' +
              'cat {{ oe_ports_dir }}/respond.log >&2; exit 1',
            changed_when: true,
          },
          ...windowsStep('respond', withWindows),
          // Windows hosts start theirs in the background first, so no host's probes wait for another's.
          ...windowsStep('probe', withWindows),
          {
            name: 'Probe every planned destination from this host (all hosts at once)',
            when: `${linux} and oe_ports_probe`,
            'ansible.builtin.raw': `${CLI} probe reach ${PLAN} --format json --out {{ oe_ports_dir }}/report.json`,
            changed_when: false,
          },
          ...windowsStep('wait', withWindows),
          {
            name: `Fetch the report into ${REPORTS_FOLDER}/`,
            when: 'oe_ports_probe',
            'ansible.builtin.fetch': {
              src: "{{ oe_ports_dir ~ ('/report.json' if oe_ports_os == 'linux' else '\\report.json') }}",
              dest: `{{ playbook_dir }}/${REPORTS_FOLDER}/{{ inventory_hostname }}.json`,
              flat: true,
            },
          },
        ],
        always: [
          {
            name: 'Stop the responder (also when a step failed) and remove the campaign’s folder',
            when: linux,
            'ansible.builtin.raw':
              'if [ -f {{ oe_ports_dir }}/respond.pid ]; then ' +
              'pid="$(cat {{ oe_ports_dir }}/respond.pid)"; kill "$pid" 2>/dev/null; ' +
              'for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done; ' +
              'kill -9 "$pid" 2>/dev/null; fi; rm -rf {{ oe_ports_dir }}',
            changed_when: true,
          },
          ...windowsStep('stop', withWindows),
        ],
      },
    ],
  };
  return (
    header([
      `Campaign for the plan "${settings.planName}": run in this folder with`,
      `  ansible-playbook -i ${CAMPAIGN_FILES.inventory} ${CAMPAIGN_FILES.playbook}`,
      `Responders stop by themselves after ${settings.ttlMinutes} minutes if the playbook is interrupted.`,
    ]) + yaml([play])
  );
}

/** windows.yml: the same steps over WinRM (never run against a Windows host by the planner's tests). */
export function windowsYaml(): string {
  const step = (name: string) => `oe_ports_step == '${name}'`;
  const cli = '& "{{ oe_ports_node }}" "{{ oe_ports_cli }}"';
  const plan =
    '--plan "{{ oe_ports_dir }}\\plan.json" --as "{{ oe_ports_as }}" --nonce "{{ oe_ports_nonce }}"';
  const tasks = [
    {
      name: 'A folder for the campaign',
      when: step('prepare'),
      'ansible.windows.win_file': { path: '{{ oe_ports_dir }}', state: 'directory' },
    },
    {
      name: 'The single-file command line',
      when: `${step('prepare')} and oe_ports_installed | default('') | length == 0`,
      'ansible.windows.win_copy': { src: CAMPAIGN_FILES.cli, dest: '{{ oe_ports_cli }}' },
    },
    {
      name: 'The plan',
      when: step('prepare'),
      'ansible.windows.win_copy': {
        src: CAMPAIGN_FILES.plan,
        dest: '{{ oe_ports_dir }}\\plan.json',
      },
    },
    {
      name: 'Start the responder on the planned ports, with a time limit',
      when: `${step('respond')} and oe_ports_respond`,
      'ansible.windows.win_shell':
        `$p = Start-Process -FilePath "{{ oe_ports_node }}" -PassThru -WindowStyle Hidden ` +
        `-RedirectStandardOutput "{{ oe_ports_dir }}\\respond.log" ` +
        `-ArgumentList @('"{{ oe_ports_cli }}"', 'respond', '--plan', '"{{ oe_ports_dir }}\\plan.json"', ` +
        `'--as', '"{{ oe_ports_as }}"', '--nonce', '{{ oe_ports_nonce }}', '--ttl', '{{ oe_ports_ttl_minutes }}', '--format', 'json'); ` +
        `Set-Content -Path "{{ oe_ports_dir }}\\respond.pid" -Value $p.Id`,
    },
    {
      name: 'Wait until the responder listens',
      when: `${step('respond')} and oe_ports_respond`,
      'ansible.windows.win_wait_for': {
        path: '{{ oe_ports_dir }}\\respond.log',
        regex: '"event":"listening"',
        timeout: 30,
      },
    },
    {
      name: 'Probe every planned destination from this host',
      when: `${step('probe')} and oe_ports_probe`,
      'ansible.windows.win_shell': `${cli} probe reach ${plan} --format json --out "{{ oe_ports_dir }}\\report.json"`,
      async: '{{ (oe_ports_ttl_minutes | float * 60) | int }}',
      poll: 0,
      register: 'oe_ports_probe_job',
    },
    {
      name: 'Wait for this host’s probes',
      when: `${step('wait')} and oe_ports_probe`,
      async_status: { jid: '{{ oe_ports_probe_job.ansible_job_id }}' },
      register: 'oe_ports_probe_result',
      until: 'oe_ports_probe_result.finished',
      retries: '{{ (oe_ports_ttl_minutes | float * 60) | int }}',
      delay: 1,
    },
    {
      name: 'Stop the responder',
      when: `${step('stop')} and oe_ports_respond`,
      'ansible.windows.win_shell':
        'if (Test-Path "{{ oe_ports_dir }}\\respond.pid") { ' +
        'Stop-Process -Id (Get-Content "{{ oe_ports_dir }}\\respond.pid") -Force -ErrorAction SilentlyContinue }',
    },
    {
      name: 'Remove the campaign’s folder',
      when: step('stop'),
      'ansible.windows.win_file': { path: '{{ oe_ports_dir }}', state: 'absent' },
    },
  ];
  return (
    header([
      'The campaign’s steps on Windows hosts (WinRM), included from playbook.yml.',
      'Needs the ansible.windows collection: ansible-galaxy collection install ansible.windows',
    ]) + yaml(tasks)
  );
}

/** ansible.cfg: every host at once (one fork per host), so no host's probes wait for another's. */
export function ansibleConfig(scope: CampaignScope): string {
  return [
    '[defaults]',
    `forks = ${Math.max(5, scope.hosts.length)}`,
    'interpreter_python = auto_silent',
    'retry_files_enabled = false',
    '',
    '[ssh_connection]',
    'pipelining = true',
    '',
  ].join('\n');
}
