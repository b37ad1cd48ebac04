import type { TFunction } from 'i18next';
import type { Zone } from '../../../../shared/catalog';
import type { ZoneGrid } from '../../../../shared/matrix';
import type { TopologyEntry } from '../topology';
import { COLOR, PAGE } from './theme';
import { zoneLabel } from './text';

// Zones in three columns: who connects in on the left, the OE nodes in the middle, what they reach on the right.
const COLUMN_OF: Record<Zone, 0 | 1 | 2> = {
  clients: 0,
  management: 0,
  islands: 0,
  'oe-nodes': 1,
  printers: 2,
  external: 2,
};
const COLUMN_X = [24, 300, 576];
const BOX_WIDTH = 170;
const HEADER = 16;
const LINE = 10;
const MAX_LINES = 6;
const GAP = 18;
const LABEL_FONT = 6.5;

interface Box {
  zone: Zone;
  x: number;
  y: number;
  h: number;
  lines: string[];
  inside: number;
}

interface Edge {
  from: Box;
  to: Box;
  label: string;
  fromY: number;
  toY: number;
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function boxLines(t: TFunction, entries: readonly TopologyEntry[]): string[] {
  const lines = entries.map((e) =>
    clip(e.addresses.join(', ') === e.name ? e.name : `${e.name}  ${e.addresses.join(', ')}`, 44),
  );
  if (lines.length <= MAX_LINES) return lines;
  return [
    ...lines.slice(0, MAX_LINES - 1),
    t('checklist.diagramMore', { count: lines.length - MAX_LINES + 1 }),
  ];
}

function layoutBoxes(t: TFunction, topology: readonly TopologyEntry[], grid: ZoneGrid): Box[] {
  const zones = [...new Set([...grid.zones, ...topology.map((e) => e.zone)])];
  const boxes = zones.map((zone): Box => {
    const lines = boxLines(
      t,
      topology.filter((e) => e.zone === zone),
    );
    const inside = grid.cells.find((c) => c.sourceZone === zone && c.destinationZone === zone);
    const h = HEADER + 6 + LINE * (lines.length + (inside ? 1 : 0)) + 4;
    return { zone, x: COLUMN_X[COLUMN_OF[zone]]!, y: 0, h, lines, inside: inside?.ruleCount ?? 0 };
  });
  const columns = [0, 1, 2].map((c) => boxes.filter((b) => COLUMN_OF[b.zone] === c));
  const heights = columns.map(
    (col) => col.reduce((sum, b) => sum + b.h, 0) + GAP * Math.max(0, col.length - 1),
  );
  const total = Math.max(...heights);
  columns.forEach((col, c) => {
    let y = (total - heights[c]!) / 2;
    for (const b of col) {
      // The OE nodes' box spans the whole height: every edge meets it.
      if (c === 1) b.h = total;
      b.y = c === 1 ? 0 : y;
      y += b.h + GAP;
    }
  });
  return boxes;
}

/** Edges meet a box side at evenly spaced points, so parallel edges and their labels stay apart. */
function layoutEdges(t: TFunction, boxes: readonly Box[], grid: ZoneGrid): Edge[] {
  const byZone = new Map(boxes.map((b) => [b.zone, b]));
  const edges: Edge[] = grid.cells
    .filter((c) => c.sourceZone !== c.destinationZone)
    .map((c) => ({
      from: byZone.get(c.sourceZone)!,
      to: byZone.get(c.destinationZone)!,
      label: `${t('checklist.ruleCount', { count: c.ruleCount })} · ${clip(c.ports.join(', '), 20)}`,
      fromY: 0,
      toY: 0,
    }));
  const ends = new Map<string, { edge: Edge; end: 'fromY' | 'toY'; otherY: number }[]>();
  for (const edge of edges) {
    for (const end of ['fromY', 'toY'] as const) {
      const box = end === 'fromY' ? edge.from : edge.to;
      const other = end === 'fromY' ? edge.to : edge.from;
      const side = `${box.zone}:${other.x > box.x ? 'right' : other.x < box.x ? 'left' : 'outer'}`;
      const list = ends.get(side) ?? [];
      list.push({ edge, end, otherY: other.y + other.h / 2 });
      ends.set(side, list);
    }
  }
  for (const [side, list] of ends) {
    const box = byZone.get(side.split(':')[0] as Zone)!;
    // Same order at both ends (rightward edges above leftward ones), so edges never cross each other.
    const rightward = (e: Edge) => (e.from.x < e.to.x ? 0 : 1);
    list.sort((a, b) => a.otherY - b.otherY || rightward(a.edge) - rightward(b.edge));
    const top = box.y + HEADER + 4;
    const span = box.h - HEADER - 8;
    list.forEach((item, i) => (item.edge[item.end] = top + (span * (i + 1)) / (list.length + 1)));
  }
  return edges;
}

function boxSvg(t: TFunction, b: Box): string {
  const text = b.lines
    .map(
      (line, i) =>
        `<text x="${b.x + 8}" y="${b.y + HEADER + 12 + i * LINE}" font-size="7" fill="${COLOR.ink}">${escapeXml(line)}</text>`,
    )
    .join('');
  const inside = b.inside
    ? `<text x="${b.x + 8}" y="${b.y + HEADER + 12 + b.lines.length * LINE}" font-size="6.5" fill="${COLOR.muted}">${escapeXml(t('checklist.diagramInside', { count: b.inside }))}</text>`
    : '';
  return (
    `<rect x="${b.x}" y="${b.y}" width="${BOX_WIDTH}" height="${b.h}" rx="4" fill="${COLOR.zebra}" stroke="${COLOR.band}" stroke-width="0.8"/>` +
    `<path d="M${b.x} ${b.y + HEADER} v-${HEADER - 4} a4 4 0 0 1 4 -4 h${BOX_WIDTH - 8} a4 4 0 0 1 4 4 v${HEADER - 4} z" fill="${COLOR.band}"/>` +
    `<text x="${b.x + 8}" y="${b.y + 11}" font-size="8.5" font-weight="bold" fill="${COLOR.bandText}">${escapeXml(zoneLabel(t, b.zone))}</text>` +
    text +
    inside
  );
}

function edgeSvg(e: Edge): string {
  const sameColumn = e.from.x === e.to.x;
  const x1 = sameColumn ? e.from.x : e.to.x > e.from.x ? e.from.x + BOX_WIDTH : e.from.x;
  const x2 = sameColumn ? e.to.x : e.to.x > e.from.x ? e.to.x : e.to.x + BOX_WIDTH;
  const [y1, y2] = [e.fromY, e.toY];
  // Within one column the edge bows out to the side; across columns it runs straight.
  const bow = e.from.x < COLUMN_X[1]! ? -28 : 28;
  const path = sameColumn
    ? `M${x1 + (bow > 0 ? BOX_WIDTH : 0)} ${y1} C${x1 + bow + (bow > 0 ? BOX_WIDTH : 0)} ${y1} ${x2 + bow + (bow > 0 ? BOX_WIDTH : 0)} ${y2} ${x2 + (bow > 0 ? BOX_WIDTH : 0)} ${y2}`
    : `M${x1} ${y1} L${x2} ${y2}`;
  const tipX = sameColumn ? x2 + (bow > 0 ? BOX_WIDTH : 0) : x2;
  const dir = sameColumn ? (bow > 0 ? -1 : 1) : Math.sign(x2 - x1);
  const arrow = `<path d="M${tipX} ${y2} l${-dir * 6} -2.6 l0 5.2 z" fill="${COLOR.band}"/>`;
  const width = e.label.length * LABEL_FONT * 0.5 + 6;
  // Across columns the label sits on the line; within a column, in the gap between the boxes.
  const [upper, lower] = e.from.y < e.to.y ? [e.from, e.to] : [e.to, e.from];
  const mx = sameColumn ? e.from.x + BOX_WIDTH / 2 : (x1 + x2) / 2;
  const my = sameColumn ? (upper.y + upper.h + lower.y) / 2 : (y1 + y2) / 2;
  const label =
    `<rect x="${mx - width / 2}" y="${my - 5}" width="${width}" height="9" rx="2" fill="#ffffff" stroke="${COLOR.rule}" stroke-width="0.4"/>` +
    `<text x="${mx}" y="${my + 2}" font-size="${LABEL_FONT}" text-anchor="middle" fill="${COLOR.ink}">${escapeXml(e.label)}</text>`;
  return `<path d="${path}" fill="none" stroke="${COLOR.band}" stroke-width="0.8"/>${arrow}${label}`;
}

/** The topology as an SVG: zones as boxes with their hosts, arrows with rule counts and ports. */
export function topologySvg(
  t: TFunction,
  topology: readonly TopologyEntry[],
  grid: ZoneGrid,
): { svg: string; width: number; height: number } {
  const boxes = layoutBoxes(t, topology, grid);
  const edges = layoutEdges(t, boxes, grid);
  const height = Math.max(...boxes.map((b) => b.y + b.h), 40) + 2;
  const width = PAGE.contentWidth;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Roboto">` +
    boxes.map((b) => boxSvg(t, b)).join('') +
    edges.map(edgeSvg).join('') +
    `</svg>`;
  return { svg, width, height };
}
