import { CATALOG, SOURCES, type CatalogFlow, type CatalogRow, type Role } from '../catalog';
import type { HostRule, Matrix } from '../matrix/model';
import { formatPortRanges } from '../matrix/port-ranges';
import { endpointsOf } from '../plan/endpoints';
import type { Plan } from '../plan/schema';
import type { Locale } from '../i18n/profiles';
import { translator } from '../i18n/translator';

/** An inferred claim the plan rests on: one question for the vendor, however many rules it covers. */
export interface OpenQuestion {
  /** The claim's purpose, as its rules show it. */
  purpose: string;
  /** Why the claim is inferred: the question to put to the vendor. */
  note: string;
  /** Its ports once per transport: "2119/tcp", "53,8300-8302/tcp 53/udp". */
  ports: string;
  /** Host rules that rest on this claim. */
  hostRules: number;
  /** Their ids, in the matrix's order: a firewall rule rests on it when one of its host rules does. */
  ruleIds: string[];
  /** The claim's sources (URLs, or the words for this planner's modeling). */
  sources: string[];
}

export interface OpenQuestions {
  questions: OpenQuestion[];
  /** Host rules that rest on at least one of them (each counted once). */
  hostRules: number;
}

const ROWS = new Map<string, CatalogRow>(CATALOG.map((row) => [row.id, row]));

/** The inferred claims a host rule rests on: the flows of its rows with its purpose and its source. */
function claimsOf(rule: HostRule, playsRole: (role: Role) => boolean): CatalogFlow[] {
  const purposes = rule.purpose.split('; ');
  return rule.catalogIds.flatMap((id) =>
    (ROWS.get(id)?.flows ?? []).filter(
      (flow) =>
        flow.evidence === 'inferred' &&
        purposes.includes(flow.purpose) &&
        flow.from.some((role) => playsRole(role)),
    ),
  );
}

/** Purposes of one claim that differ only in a detail in brackets ("(lpr)", "(socket)") share the rest. */
function commonPurpose(a: string, b: string): string {
  const base = (p: string) => p.replace(/ \([^()]+\)$/, '');
  return base(a) === base(b) ? base(a) : a;
}

/**
 * The distinct open questions of a plan: its inferred host rules grouped by the claim they rest on
 * (the claim's note, which says what is inferred and why), in the order the rules come.
 */
export function openQuestions(plan: Plan, matrix: Matrix): OpenQuestions {
  const keysOf = new Map<Role, Set<string>>();
  const roleKeys = (role: Role) => {
    let keys = keysOf.get(role);
    if (!keys) keysOf.set(role, (keys = new Set(endpointsOf(plan, role).map((e) => e.key))));
    return keys;
  };
  const questions = new Map<
    string,
    {
      purpose: string;
      note: string;
      ports: Map<string, Set<number>>;
      count: number;
      ruleIds: string[];
      sources: Set<string>;
    }
  >();
  let covered = 0;
  for (const rule of matrix.hostRules) {
    if (rule.evidence !== 'inferred') continue;
    covered++;
    const claims = claimsOf(rule, (role) => roleKeys(role).has(rule.sourceKey));
    const seen = new Set<string>();
    for (const claim of claims.length > 0 ? claims : [undefined]) {
      const note = claim?.note ?? '';
      const key = note || rule.purpose;
      if (seen.has(key)) continue;
      seen.add(key);
      let q = questions.get(key);
      if (!q) {
        questions.set(
          key,
          (q = {
            purpose: claim?.purpose ?? rule.purpose,
            note,
            ports: new Map(),
            count: 0,
            ruleIds: [],
            sources: new Set(),
          }),
        );
      }
      if (claim && claim.purpose !== q.purpose) q.purpose = commonPurpose(q.purpose, claim.purpose);
      let ports = q.ports.get(rule.protocol);
      if (!ports) q.ports.set(rule.protocol, (ports = new Set()));
      ports.add(rule.port);
      q.count++;
      q.ruleIds.push(rule.id);
      for (const url of claim ? claim.sources.map((id) => SOURCES[id].url) : rule.sources)
        q.sources.add(url);
    }
  }
  return {
    questions: [...questions.values()].map((q) => ({
      purpose: q.purpose,
      note: q.note,
      ports: [...q.ports]
        .map(([protocol, ports]) => `${formatPortRanges(ports)}/${protocol}`)
        .join(' '),
      hostRules: q.count,
      ruleIds: q.ruleIds,
      sources: [...q.sources],
    })),
    hostRules: covered,
  };
}

/** The pre-sales figure: "3 open questions for the vendor (covering 41 rules)". */
export function openQuestionsFigure(locale: Locale, questions: number, rules: number): string {
  const t = translator(locale);
  return t('presales.openQuestionCount', {
    count: questions,
    covering: t('presales.coveringRules', { count: rules }),
  });
}

/**
 * The numbers (1-based, as the documents print them) of the questions each host rule rests on: a
 * row of a document points to its questions instead of repeating them.
 */
export function questionNumbers(questions: readonly OpenQuestion[]): Map<string, number[]> {
  const numbers = new Map<string, number[]>();
  questions.forEach((q, i) => {
    for (const id of q.ruleIds) {
      const list = numbers.get(id);
      if (list) list.push(i + 1);
      else numbers.set(id, [i + 1]);
    }
  });
  return numbers;
}
