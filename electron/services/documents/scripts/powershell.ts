import type { Plan } from '../../../../shared/plan';
import {
  describeSource,
  headerComment,
  oneLine,
  ruleComment,
  ruleDescription,
  type HostScript,
} from './inbound';

/** The display group that holds every rule of a plan: `Remove-NetFirewallRule -Group` removes them. */
export const firewallGroup = (plan: Plan): string =>
  oneLine(`OE Port Planner: ${plan.project.name}`);

// PowerShell also ends single-quoted strings at the typographic quotes ‘ ’ ‚ ‛: double them all.
export const psQuote = (text: string): string =>
  `'${oneLine(text).replace(/['\u2018\u2019\u201a\u201b]/g, '$&$&')}'`;

const comment = (line: string) => (line ? `# ${line}` : '#');

/**
 * A Windows PowerShell script with one New-NetFirewallRule per inbound firewall rule, all in one
 * group. UTF-8 with BOM and CRLF: Windows PowerShell 5.1 reads a file without BOM as ANSI.
 */
export function powershellScript(script: HostScript, plan: Plan): string {
  const { t } = script;
  const group = firewallGroup(plan);
  const lines = [
    ...headerComment(script, [t('scripts.removePs', { group })]),
    '',
    '#Requires -RunAsAdministrator',
    "$ErrorActionPreference = 'Stop'",
    `$Group = ${psQuote(group)}`,
    "$Rule = @{ Group = $Group; Direction = 'Inbound'; Action = 'Allow'; Profile = 'Any' }",
    '',
    '# Replace the rules of an earlier run.',
    'Remove-NetFirewallRule -Group $Group -ErrorAction SilentlyContinue',
  ];
  if (script.rules.length === 0) lines.push('', comment(t('scripts.noRules')));
  for (const r of script.rules) {
    const { rule } = r;
    lines.push('', ...ruleComment(r, t).map(comment));
    for (const s of r.unaddressed) {
      lines.push(comment(t('scripts.noAddress', { name: s.name, address: s.address })));
    }
    if (r.addresses.length === 0) continue;
    const ports = rule.ports.split(',').map(psQuote).join(', ');
    const remote = r.addresses.map((a) => psQuote(a.address)).join(', ');
    const description = ruleDescription(rule, t);
    lines.push(
      `# ${r.addresses.map((a) => describeSource(a.endpoint)).join(', ')}`,
      `New-NetFirewallRule @Rule -DisplayName ${psQuote(`${rule.id} ${rule.purpose} (${rule.ports}/${rule.protocol})`)} -Protocol ${rule.protocol.toUpperCase()} -LocalPort ${ports} -RemoteAddress ${remote} -Description ${psQuote(description)} | Out-Null`,
    );
  }
  const created = script.rules.filter((r) => r.addresses.length > 0).length;
  lines.push(
    '',
    `Write-Host ${psQuote(`${script.host.name}: ${created} inbound rule(s) in group ${group}`)}`,
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
