import { createHash } from 'node:crypto';
import type { TFunction } from 'i18next';
import { EVIDENCE_LEVELS, type Zone } from '../../../../shared/catalog';
import { LOCALE_PROFILES, textIn, translator } from '../../../../shared/i18n';
import { coverageText } from '../../../../shared/probes/coverage';
import { RULE_STATUSES, type Contact } from '../../../../shared/plan';
import type { Checklist, ChecklistLevel } from '../checklist/checklist';
import type { RenderedBody } from '../document-file';
import { formatDate, zoneLabel } from '../document-text';
import { escapeHtml as h, jsonForScript } from './escape';
import { REPORT_SCRIPT } from './page/report-script';
import { REPORT_STYLE } from './page/report-style';
import { longDay, reportData, zoneTitle, type ReportData } from './report-data';
import { topologySvg } from './report-diagram';

// One self-contained HTML file: markup for what is fixed (cover facts, topology, zone grid, filter
// choices, sign-off), the rules as JSON for the one inline script, which lists them lazily and
// builds the print tables. Nothing is loaded: the policy below refuses every request, and allows
// only this style sheet and this script, by their hashes.

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** What the page may do: nothing but its own style and script. */
export function contentSecurityPolicy(style: string, script: string): string {
  return [
    "default-src 'none'",
    `style-src ${sha256(style)}`,
    `script-src ${sha256(script)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function contact(c: Contact): string {
  return [c.name, c.email, c.phone].filter(Boolean).join(' · ');
}

function cover(t: TFunction, checklist: Checklist, level: ChecklistLevel, intlTag: string): string {
  const { plan } = checklist;
  const facts: [string, string][] = [
    [t('report.facts.customer'), plan.project.customer],
    [t('report.facts.site'), plan.project.site],
    [
      t('report.facts.installation'),
      `${t(`checklist.installations.${plan.installation}`)}, PLOSSYS Output Engine ${plan.project.productVersion}`,
    ],
    [t('report.facts.revision'), checklist.revision],
    [t('report.facts.date'), formatDate(checklist.generatedAt, checklist.locale)],
    [t('report.facts.ticket'), plan.change.ticket],
    [t('report.facts.requestedDate'), longDay(plan.change.requestedDate, intlTag)],
    [t('report.facts.technician'), contact(plan.change.technician)],
    [t('report.facts.networkContact'), contact(plan.change.networkContact)],
    [t('report.facts.level'), t(`checklist.levels.${level}`)],
  ];
  const notGiven = `<span class="note">${h(t('report.notGiven'))}</span>`;
  return [
    '<header id="cover">',
    `<p class="subtitle">${h(t('report.subtitle'))}</p>`,
    `<h1>${h(t('report.title'))}: ${h(plan.project.name)}</h1>`,
    '<dl class="facts" id="facts">',
    ...facts.map(([term, value]) => `<dt>${h(term)}</dt><dd>${value ? h(value) : notGiven}</dd>`),
    '</dl>',
    `<p class="generated">${h(t('report.generated', { date: formatDate(checklist.generatedAt, checklist.locale) }))}</p>`,
    coverageSection(t, checklist, level),
    `<div class="toolbar"><button type="button" id="print">${h(t('report.print'))}</button><span class="note">${h(t('report.printNote'))}</span></div>`,
    '</header>',
  ].join('\n');
}

/** The probe campaign's summary, "37 of 41 rules verified from all their sources, …", once any source ran. */
function coverageSection(t: TFunction, checklist: Checklist, level: ChecklistLevel): string {
  const summary = checklist.coverage[level];
  if (summary.notRun === summary.total) return '';
  const said = textIn(checklist.locale, coverageText(summary));
  return `<p id="coverage"><strong>${h(t('report.coverage'))}:</strong> ${h(said)}</p>`;
}

function zoneGrid(
  t: TFunction,
  checklist: Checklist,
  data: ReportData,
  title: (zone: Zone) => string,
): string {
  const { zones, cells } = checklist.matrix.zoneGrid;
  const pairIndex = new Map(data.pairs.map((p, i) => [p, i]));
  const head = `<thead><tr><th></th>${zones.map((z) => `<th scope="col">${h(title(z))}</th>`).join('')}</tr></thead>`;
  const rows = zones.map((from) => {
    const tds = zones.map((to) => {
      const cell = cells.find((c) => c.sourceZone === from && c.destinationZone === to);
      if (!cell) return '<td>–</td>';
      // A port range never breaks at its hyphen: the list wraps between ports only.
      const ports = cell.ports.map((p) => `<span class="port">${h(p)}</span>`).join(', ');
      const count = `<span class="count">${h(t('checklist.ruleCount', { count: cell.ruleCount }))}</span>`;
      const pair = pairIndex.get(t('report.pair', { from: title(from), to: title(to) }));
      // A cell filters the rule list by its zone pair.
      return pair === undefined
        ? `<td>${ports}${count}</td>`
        : `<td><button type="button" data-pair="${pair}">${ports}${count}</button></td>`;
    });
    return `<tr><th scope="row">${h(title(from))}</th>${tds.join('')}</tr>`;
  });
  return `<table class="grid" id="zone-grid">${head}<tbody>${rows.join('')}</tbody></table>`;
}

function topology(t: TFunction, checklist: Checklist, data: ReportData): string {
  const title = (zone: Zone) => zoneTitle(t, checklist.plan, zone);
  return [
    '<section id="topology">',
    `<h2>${h(t('checklist.topology'))}</h2>`,
    `<p class="intro">${h(t('checklist.topologyIntro'))}</p>`,
    topologySvg(t, checklist.topology, checklist.matrix.zoneGrid, title, t('checklist.topology')),
    `<h3>${h(t('checklist.zoneMatrix'))}</h3>`,
    `<p class="intro">${h(t('checklist.zoneMatrixIntro'))}</p>`,
    zoneGrid(t, checklist, data, title),
    '</section>',
  ].join('\n');
}

const option = (value: string | number, label: string) =>
  `<option value="${h(String(value))}">${h(label)}</option>`;

function select(name: string, label: string, all: string, options: string[]): string {
  return `<div class="field"><label for="filter-${name}">${h(label)}</label><select id="filter-${name}" name="${name}">${option('', all)}${options.join('')}</select></div>`;
}

function filters(t: TFunction, checklist: Checklist, data: ReportData): string {
  const all = t('report.filters.all');
  const names = new Map(data.names.map((n, i) => [n, i]));
  // Hosts and networks zone by zone, as the topology lists them; only those some rule names.
  const byZone = new Map<Zone, string[]>();
  const seen = new Set<number>();
  for (const e of checklist.topology) {
    const i = names.get(e.name);
    if (i === undefined || seen.has(i)) continue;
    seen.add(i);
    byZone.set(e.zone, [...(byZone.get(e.zone) ?? []), option(i, e.name)]);
  }
  const hostGroups = [...byZone].map(
    ([zone, options]) =>
      `<optgroup label="${h(zoneLabel(t, zone))}">${options.join('')}</optgroup>`,
  );
  return [
    `<form id="filters" class="filters" role="search" aria-label="${h(t('report.filters.title'))}">`,
    select(
      'pair',
      t('report.filters.zonePair'),
      all,
      data.pairs.map((p, i) => option(i, p)),
    ),
    select('status', t('report.filters.status'), all, [
      option(-1, t('report.statuses.none')),
      ...RULE_STATUSES.map((s, i) => option(i, t(`report.statuses.${s}`))),
    ]),
    select(
      'evidence',
      t('report.filters.evidence'),
      all,
      EVIDENCE_LEVELS.map((e, i) => option(i, t(`evidence.${e}`))),
    ),
    select('host', t('report.filters.host'), all, hostGroups),
    `<div class="field"><label for="filter-port">${h(t('report.filters.port'))}</label><input id="filter-port" name="port" type="text" inputmode="numeric" autocomplete="off" placeholder="${h(t('report.filters.portHint'))}"></div>`,
    `<div class="field"><label for="filter-text">${h(t('report.filters.text'))}</label><input id="filter-text" name="text" type="search" autocomplete="off" placeholder="${h(t('report.filters.textHint'))}"></div>`,
    `<button type="button" id="clear-filters">${h(t('report.filters.clear'))}</button>`,
    '</form>',
  ].join('\n');
}

function rules(t: TFunction, checklist: Checklist, data: ReportData): string {
  const c = data.texts.columns;
  const headings = [c.id, c.from, c.to, c.port, c.purpose, c.evidence, c.status, c.probe];
  return [
    '<section id="rules" class="screen-only">',
    `<h2>${h(t('checklist.rules'))}</h2>`,
    filters(t, checklist, data),
    '<p id="rule-count" aria-live="polite"></p>',
    `<table class="rules level-${data.level}" id="rule-table"><thead><tr>${headings.map((x) => `<th scope="col">${h(x)}</th>`).join('')}</tr></thead></table>`,
    `<p id="no-match" class="note" hidden>${h(t('report.noMatch'))}</p>`,
    '<button type="button" id="more-rules" class="more" hidden></button>',
    `<noscript><p>${h(t('report.noScript'))}</p></noscript>`,
    '</section>',
    '<section id="print-rules" class="print-only">',
    `<h2>${h(t('checklist.rules'))}</h2>`,
    `<p class="intro">${h(t('checklist.rulesIntro'))}</p>`,
    '<div id="print-tables"></div>',
    '</section>',
  ].join('\n');
}

function signOff(t: TFunction, checklist: Checklist): string {
  const fields = [t('checklist.name'), t('checklist.signature'), t('checklist.date')];
  const party = (title: string, name: string) =>
    [
      `<div><h3>${h(title)}</h3>`,
      ...fields.map(
        (f, i) =>
          `<div class="line"><span>${h(f)}</span><span>${i === 0 ? h(name) : ''}</span></div>`,
      ),
      '</div>',
    ].join('');
  return [
    '<section id="sign-off" class="print-only">',
    `<h2>${h(t('checklist.signOff'))}</h2>`,
    `<p class="intro">${h(t('checklist.signOffIntro'))}</p>`,
    '<div class="sign-off">',
    party(t('checklist.networkTeam'), checklist.plan.change.networkContact.name),
    party(t('checklist.technician'), checklist.plan.change.technician.name),
    '</div>',
    '</section>',
  ].join('\n');
}

/** The report as one HTML file, in the checklist's language, listing the rules of one level. */
export function checklistHtml(checklist: Checklist, level: ChecklistLevel): RenderedBody {
  const t = translator(checklist.locale);
  const { intlTag } = LOCALE_PROFILES[checklist.locale];
  const data = reportData(checklist, level, t, intlTag);
  const html = [
    '<!doctype html>',
    `<html lang="${h(intlTag)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(REPORT_STYLE, REPORT_SCRIPT)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Output Engine Port Planner">',
    `<title>${h(`${t('report.title')}: ${checklist.plan.project.name}`)}</title>`,
    `<style>${REPORT_STYLE}</style>`,
    '</head>',
    '<body>',
    cover(t, checklist, level, intlTag),
    '<main>',
    topology(t, checklist, data),
    rules(t, checklist, data),
    signOff(t, checklist),
    '</main>',
    `<script type="application/json" id="report-data">${jsonForScript(data)}</script>`,
    `<script>${REPORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { bytes: new TextEncoder().encode(html) };
}
