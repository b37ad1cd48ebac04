import type { TFunction } from 'i18next';
import type { Zone } from '../../../../shared/catalog';
import type { ZoneGrid } from '../../../../shared/matrix';
import type { TopologyEntry } from '../checklist/plan-topology';
import { escapeHtml } from './escape';

// The topology as inline SVG, laid out like the PDF's drawing: who connects in on the left, the OE
// nodes in the middle, what they reach on the right; an arrow per zone pair with its rule count.

const COLUMN_OF: Record<Zone, 0 | 1 | 2> = {
  clients: 0,
  management: 0,
  islands: 0,
  'oe-nodes': 1,
  printers: 2,
  external: 2,
};
const BOX = 240;
const COLUMN_X = [10, 470, 930];
const WIDTH = COLUMN_X[2]! + BOX + 10;
const HEADER = 22;
const LINE = 15;
const MAX_LINES = 6;
const GAP = 26;

interface Box {
  zone: Zone;
  title: string;
  x: number;
  y: number;
  h: number;
  lines: string[];
  inside: string;
}

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function boxLines(t: TFunction, entries: readonly TopologyEntry[]): string[] {
  const lines = entries.map((e) =>
    clip(e.addresses.join(', ') === e.name ? e.name : `${e.name}  ${e.addresses.join(', ')}`, 40),
  );
  if (lines.length <= MAX_LINES) return lines;
  return [
    ...lines.slice(0, MAX_LINES - 1),
    t('checklist.diagramMore', { count: lines.length - MAX_LINES + 1 }),
  ];
}

function layout(
  t: TFunction,
  topology: readonly TopologyEntry[],
  grid: ZoneGrid,
  title: (zone: Zone) => string,
): Box[] {
  const zones = [...new Set([...grid.zones, ...topology.map((e) => e.zone)])];
  const boxes = zones.map((zone): Box => {
    const lines = boxLines(
      t,
      topology.filter((e) => e.zone === zone),
    );
    const inside = grid.cells.find((c) => c.sourceZone === zone && c.destinationZone === zone);
    const h = HEADER + 10 + LINE * (lines.length + (inside ? 1 : 0));
    return {
      zone,
      title: clip(title(zone), 34),
      x: COLUMN_X[COLUMN_OF[zone]]!,
      y: 0,
      h,
      lines,
      inside: inside ? t('checklist.diagramInside', { count: inside.ruleCount }) : '',
    };
  });
  const columns = [0, 1, 2].map((c) => boxes.filter((b) => COLUMN_OF[b.zone] === c));
  const heights = columns.map(
    (col) => col.reduce((sum, b) => sum + b.h, 0) + GAP * Math.max(0, col.length - 1),
  );
  const total = Math.max(...heights, 40);
  columns.forEach((col, c) => {
    let y = (total - heights[c]!) / 2;
    for (const b of col) {
      // The OE nodes' box spans the whole height: every arrow meets it.
      if (c === 1) b.h = total;
      b.y = c === 1 ? 0 : y;
      y += b.h + GAP;
    }
  });
  return boxes;
}

const text = (x: number, y: number, cls: string, value: string, anchor = 'start') =>
  `<text x="${x}" y="${y}" class="${cls}" text-anchor="${anchor}">${escapeHtml(value)}</text>`;

function drawBox(b: Box): string {
  const lines = b.lines.map((line, i) =>
    text(b.x + 10, b.y + HEADER + 16 + i * LINE, 'entry', line),
  );
  const inside = b.inside
    ? [text(b.x + 10, b.y + HEADER + 16 + b.lines.length * LINE, 'inside', b.inside)]
    : [];
  return [
    `<g class="zone-box" data-zone="${b.zone}">`,
    `<rect class="box" x="${b.x}" y="${b.y}" width="${BOX}" height="${b.h}" rx="5"/>`,
    `<rect class="head" x="${b.x}" y="${b.y}" width="${BOX}" height="${HEADER}" rx="5"/>`,
    text(b.x + 10, b.y + 15, 'zone', b.title),
    ...lines,
    ...inside,
    '</g>',
  ].join('');
}

/** Arrows meet a box side at evenly spaced points, so parallel arrows and their labels stay apart. */
function drawEdges(t: TFunction, boxes: readonly Box[], grid: ZoneGrid): string[] {
  const byZone = new Map(boxes.map((b) => [b.zone, b]));
  const edges = grid.cells
    .filter((c) => c.sourceZone !== c.destinationZone)
    .map((c) => ({
      from: byZone.get(c.sourceZone)!,
      to: byZone.get(c.destinationZone)!,
      label: `${t('checklist.ruleCount', { count: c.ruleCount })} · ${clip(c.ports.join(', '), 26)}`,
      fromY: 0,
      toY: 0,
    }));
  const sides = new Map<
    string,
    { edge: (typeof edges)[number]; end: 'fromY' | 'toY'; y: number }[]
  >();
  for (const edge of edges) {
    for (const end of ['fromY', 'toY'] as const) {
      const [box, other] = end === 'fromY' ? [edge.from, edge.to] : [edge.to, edge.from];
      const side = `${box.zone}:${other.x > box.x ? 'r' : other.x < box.x ? 'l' : 'o'}`;
      sides.set(side, [...(sides.get(side) ?? []), { edge, end, y: other.y + other.h / 2 }]);
    }
  }
  for (const [side, list] of sides) {
    const box = byZone.get(side.split(':')[0] as Zone)!;
    list.sort(
      (a, b) =>
        a.y - b.y || (a.edge.from.x < a.edge.to.x ? 0 : 1) - (b.edge.from.x < b.edge.to.x ? 0 : 1),
    );
    const top = box.y + HEADER + 6;
    const span = box.h - HEADER - 12;
    list.forEach((item, i) => (item.edge[item.end] = top + (span * (i + 1)) / (list.length + 1)));
  }
  return edges.map((e) => {
    const same = e.from.x === e.to.x;
    const rightward = e.to.x > e.from.x;
    const x1 = same ? e.from.x : rightward ? e.from.x + BOX : e.from.x;
    const x2 = same ? e.to.x : rightward ? e.to.x : e.to.x + BOX;
    const right = e.from.x >= COLUMN_X[1]!;
    const side = same && right ? BOX : 0;
    const bow = right ? 34 : -34;
    const path = same
      ? `M${x1 + side} ${e.fromY} C${x1 + side + bow} ${e.fromY} ${x2 + side + bow} ${e.toY} ${x2 + side} ${e.toY}`
      : `M${x1} ${e.fromY} L${x2} ${e.toY}`;
    const tipX = same ? x2 + side : x2;
    const dir = same ? (right ? -1 : 1) : Math.sign(x2 - x1);
    const width = e.label.length * 6 + 10;
    const [upper, lower] = e.from.y < e.to.y ? [e.from, e.to] : [e.to, e.from];
    const mx = same ? e.from.x + (right ? BOX - width / 2 - 4 : width / 2 + 4) : (x1 + x2) / 2;
    const my = same ? (upper.y + upper.h + lower.y) / 2 : (e.fromY + e.toY) / 2;
    return [
      `<path class="edge" d="${path}"/>`,
      `<path class="tip" d="M${tipX} ${e.toY} l${-dir * 8} -3.5 l0 7 z"/>`,
      `<g class="label"><rect x="${mx - width / 2}" y="${my - 8}" width="${width}" height="15" rx="3"/>`,
      text(mx, my + 3.5, '', e.label, 'middle'),
      '</g>',
    ].join('');
  });
}

/** The SVG markup of the plan's topology; every text of the plan in it is escaped. */
export function topologySvg(
  t: TFunction,
  topology: readonly TopologyEntry[],
  grid: ZoneGrid,
  title: (zone: Zone) => string,
  label: string,
): string {
  const boxes = layout(t, topology, grid, title);
  const height = Math.max(...boxes.map((b) => b.y + b.h), 40) + 4;
  return [
    `<svg class="diagram" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(label)}">`,
    ...boxes.map(drawBox),
    ...drawEdges(t, boxes, grid),
    '</svg>',
  ].join('\n');
}
