// The report's one style sheet: the screen view, and a print view with the PDF's structure (cover
// facts, topology, one table per zone pair, sign-off). The system's fonts: the report loads nothing.
export const REPORT_STYLE = String.raw`
:root { --band: #1f4e79; --ink: #1d2327; --muted: #5f6b73; --rule: #c9d2d9; --zebra: #f1f5f8;
  --seed: #2e7d32; --docs: #1565c0; --inferred: #b26a00; color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1400px; padding: 1.5rem; color: var(--ink);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
h1 { margin: 0.2rem 0 0.8rem; font-size: 1.7rem; color: var(--band); overflow-wrap: anywhere; }
h2 { margin: 2rem 0 0.3rem; color: var(--band); font-size: 1.3rem; }
h3 { margin: 1.2rem 0 0.3rem; color: var(--band); font-size: 1.05rem; }
h4 { margin: 0.8rem 0 0.3rem; font-size: 0.95rem; }
.subtitle, .intro, .generated, .note { color: var(--muted); margin: 0.2rem 0 0.6rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.diagram { width: 100%; max-width: 1100px; height: auto; display: block; }
.diagram .box { fill: var(--zebra); stroke: var(--band); }
.diagram .head { fill: var(--band); }
.diagram .zone { fill: #fff; font-weight: bold; font-size: 13px; }
.diagram .entry { fill: var(--ink); font-size: 11px; }
.diagram .inside { fill: var(--muted); font-size: 10px; }
.diagram .edge { stroke: var(--band); fill: none; stroke-width: 1.3; }
.diagram .label rect { fill: #fff; stroke: var(--rule); }
.diagram .label text { fill: var(--ink); font-size: 10px; }
.diagram .tip { fill: var(--band); }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--rule); padding: 0.3rem 0.45rem; text-align: left;
  vertical-align: top; overflow-wrap: break-word; }
.rules, .grid, .host-rules { table-layout: fixed; }
.rules th:nth-child(1) { width: 7.5rem; } .level-hosts th:nth-child(1) { width: 15rem; } .rules th:nth-child(4) { width: 8rem; }
.rules th:nth-child(6), .rules th:nth-child(7) { width: 9.5rem; }
.print-table th:nth-child(1) { width: 3.2rem; } .print-table th:nth-child(2) { width: 6rem; }
.print-table th:nth-child(5) { width: 7rem; }
.host-rules th:nth-child(1) { width: 40%; } .host-rules th:nth-child(4) { width: 7rem; }
thead th { background: var(--band); color: #fff; position: sticky; top: 0; }
.grid td, .grid th { text-align: center; }
.grid th[scope=row] { text-align: left; background: var(--zebra); color: var(--ink); }
.grid button { font: inherit; border: 1px solid var(--rule); background: #fff; border-radius: 4px;
  padding: 0.2rem 0.4rem; cursor: pointer; }
.grid button:hover, .grid button:focus-visible { border-color: var(--band); }
.grid .count { display: block; color: var(--muted); font-size: 0.85em; }
.filters { display: flex; flex-wrap: wrap; gap: 0.6rem 1rem; align-items: end; padding: 0.8rem;
  background: var(--zebra); border-radius: 6px; margin: 0.6rem 0; }
.filters .field { display: flex; flex-direction: column; gap: 0.2rem; }
.filters label { font-size: 0.9em; color: var(--muted); }
.filters select, .filters input { font: inherit; padding: 0.25rem; min-width: 9rem; max-width: 22rem; }
.toolbar { display: flex; gap: 1rem; align-items: center; margin: 0.4rem 0; }
button { font: inherit; }
button.toggle { border: 0; background: none; padding: 0; cursor: pointer; font-weight: bold;
  color: var(--band); text-align: left; overflow-wrap: anywhere; }
/* The triangle is decoration: with an empty alternative text it is not part of the button's name. */
button.toggle::before { content: "\25B8\00a0"; content: "\25B8\00a0" / ""; }
button.toggle[aria-expanded=true]::before { content: "\25BE\00a0"; content: "\25BE\00a0" / ""; }
tbody.rule:nth-of-type(even) > tr:first-child { background: var(--zebra); }
.endpoints .address, .endpoint-list .address { color: var(--muted); font-size: 0.9em; }
.port { white-space: nowrap; }
.id { overflow-wrap: anywhere; }
.evidence, .status { display: inline-block; padding: 0 0.4rem; border-radius: 3px; font-size: 0.85em;
  border: 1px solid currentColor; max-width: 100%; }
.evidence-0 { color: var(--seed); } .evidence-1 { color: var(--docs); } .evidence-2 { color: var(--inferred); }
.status--1 { color: var(--muted); } .status-0 { color: #6a1b9a; } .status-1 { color: var(--docs); }
.status-2 { color: #c62828; } .status-3 { color: #00695c; } .status-4 { color: var(--seed); }
.probe-verified { color: var(--seed); } .probe-blocked, .probe-unreachable { color: #c62828; }
.details { padding: 0.4rem 0.6rem 0.8rem 1.4rem; }
.details dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0; }
.details dt { color: var(--muted); }
.details dd { margin: 0; }
.details ul { margin: 0; padding-left: 1.1rem; }
.details q { font-style: italic; }
.host-rules th { background: var(--zebra); color: var(--ink); position: static; }
.more { margin: 0.6rem 0; }
.print-only { display: none; }
.sign-off { display: grid; grid-template-columns: 1fr 1fr; gap: 2.5rem; }
.sign-off .line { display: flex; gap: 0.5rem; border-bottom: 1px solid var(--ink); height: 2.2rem;
  align-items: flex-end; padding-bottom: 0.15rem; }
.sign-off .line span:first-child { color: var(--muted); width: 6rem; font-size: 0.85em; }
.check { text-align: center; font-size: 1.1em; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { max-width: none; padding: 0; font-size: 9pt; }
  .screen-only, .filters, .toolbar, button.more, #print { display: none !important; }
  .print-only { display: block; }
  .grid button { border: 0; padding: 0; }
  thead th { position: static; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  #topology, #print-rules, #sign-off { break-before: page; }
  .pair { margin-bottom: 1rem; }
  a { color: inherit; text-decoration: none; }
}
`;
