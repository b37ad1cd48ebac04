import {
  describeSource,
  headerComment,
  oneLine,
  ruleComment,
  ruleDescription,
  type HostScript,
} from './inbound';

/** Every service this planner defines starts with it: how a later run finds and replaces them. */
export const FIREWALLD_PREFIX = 'oe-pp-';

const shQuote = (text: string) => `'${oneLine(text).replace(/'/g, `'\\''`)}'`;

export const firewalldService = (ruleId: string): string =>
  `${FIREWALLD_PREFIX}${ruleId.toLowerCase().replace(/[^a-z0-9-]/g, '-')}`;

/**
 * A bash script for firewalld: one service per firewall rule (its ports), and one rich rule per
 * planned source that accepts the service. Rich rules in the zone keep its other services (SSH).
 */
export function firewalldScript(script: HostScript): string {
  const { t } = script;
  const out = [
    '#!/bin/bash',
    ...headerComment(script, [t('scripts.firewalldZone'), t('scripts.removeFirewalld')]),
    '',
    'set -euo pipefail',
    'fw() { firewall-cmd --permanent "$@" >/dev/null; }',
    'ZONE="${1:-}"',
    '[ "$ZONE" = --remove ] && ZONE=""',
    '[ -n "$ZONE" ] || ZONE="$(firewall-cmd --get-default-zone)"',
    '',
    `# Remove what an earlier run added: rich rules that use our services, then the services.`,
    'for zone in $(firewall-cmd --permanent --get-zones); do',
    `  firewall-cmd --permanent --zone="$zone" --list-rich-rules | while IFS= read -r rule; do`,
    `    case "$rule" in *'service name="${FIREWALLD_PREFIX}'*) fw --zone="$zone" --remove-rich-rule="$rule" ;; esac`,
    '  done',
    'done',
    'for service in $(firewall-cmd --permanent --get-services); do',
    `  case "$service" in ${FIREWALLD_PREFIX}*) fw --delete-service="$service" ;; esac`,
    'done',
    'if [ "${1:-}" = --remove ]; then firewall-cmd --reload >/dev/null; exit 0; fi',
  ];
  if (script.rules.length === 0) out.push('', `# ${t('scripts.noRules')}`);
  for (const r of script.rules) {
    const { rule } = r;
    const service = firewalldService(rule.id);
    out.push('', ...ruleComment(r, t).map((l) => `# ${l}`));
    for (const s of r.unaddressed) {
      out.push(`# ${t('scripts.noAddress', { name: s.name, address: s.address })}`);
    }
    if (r.addresses.length === 0) continue;
    out.push(
      `fw --new-service=${service}`,
      `fw --service=${service} --set-short=${shQuote(`OE Port Planner ${rule.id}`)}`,
      `fw --service=${service} --set-description=${shQuote(ruleDescription(rule, t))}`,
      ...rule.ports
        .split(',')
        .map((p) => `fw --service=${service} --add-port=${p}/${rule.protocol}`),
    );
    for (const a of r.addresses) {
      out.push(
        `# ${describeSource(a.endpoint)}`,
        `fw --zone="$ZONE" --add-rich-rule='rule family="${a.family}" source address="${a.address}" service name="${service}" accept'`,
      );
    }
  }
  out.push('', 'firewall-cmd --reload >/dev/null', `echo ${shQuote(`${script.host.name}: done`)}`);
  return `${out.join('\n')}\n`;
}
