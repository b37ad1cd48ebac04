import type { TFunction } from 'i18next';
import type { Zone } from '../../../../shared/catalog';
import type { ZoneGrid } from '../../../../shared/matrix';
import type { TopologyEntry } from '../checklist/plan-topology';
import type { PageWriter, Run } from './writer';
import { COLOR } from './theme';
import { zoneLabel } from '../document-text';

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

/** Where drawing starts on the page, and the writer that draws. */
interface Pen {
  writer: PageWriter;
  x: number;
  y: number;
}

// Text is placed by its baseline, as in the layout; the writer places by the top of the line.
const ASCENT = 0.93;

function text(pen: Pen, run: Run & { size: number }, x: number, baseline: number, middle = false) {
  const width = pen.writer.measure(run.text, run.font ?? 'regular', run.size);
  pen.writer.place(
    [run],
    pen.x + x - (middle ? width / 2 : 0),
    pen.y + baseline - ASCENT * run.size,
    width + 1,
  );
}

function drawBox(pen: Pen, t: TFunction, b: Box): void {
  const { doc } = pen.writer;
  const [x, y] = [pen.x + b.x, pen.y + b.y];
  doc.roundedRect(x, y, BOX_WIDTH, b.h, 4).lineWidth(0.8).fillAndStroke(COLOR.zebra, COLOR.band);
  doc
    .path(
      `M${x} ${y + HEADER} v${-(HEADER - 4)} a4 4 0 0 1 4 -4 h${BOX_WIDTH - 8} a4 4 0 0 1 4 4 v${HEADER - 4} z`,
    )
    .fill(COLOR.band);
  pen.writer.forgetState();
  text(
    pen,
    { text: zoneLabel(t, b.zone), font: 'bold', size: 8.5, color: COLOR.bandText },
    b.x + 8,
    b.y + 11,
  );
  b.lines.forEach((line, i) =>
    text(pen, { text: line, size: 7, color: COLOR.ink }, b.x + 8, b.y + HEADER + 12 + i * LINE),
  );
  if (b.inside) {
    text(
      pen,
      { text: t('checklist.diagramInside', { count: b.inside }), size: 6.5, color: COLOR.muted },
      b.x + 8,
      b.y + HEADER + 12 + b.lines.length * LINE,
    );
  }
}

function drawEdge(pen: Pen, e: Edge): void {
  const { doc } = pen.writer;
  const sameColumn = e.from.x === e.to.x;
  const x1 = sameColumn ? e.from.x : e.to.x > e.from.x ? e.from.x + BOX_WIDTH : e.from.x;
  const x2 = sameColumn ? e.to.x : e.to.x > e.from.x ? e.to.x : e.to.x + BOX_WIDTH;
  const [y1, y2] = [e.fromY, e.toY];
  // Within one column the edge bows out to the side; across columns it runs straight.
  const right = e.from.x >= COLUMN_X[1]!;
  const side = right ? BOX_WIDTH : 0;
  const bow = right ? 28 : -28;
  const path = sameColumn
    ? `M${x1 + side} ${y1} C${x1 + side + bow} ${y1} ${x2 + side + bow} ${y2} ${x2 + side} ${y2}`
    : `M${x1} ${y1} L${x2} ${y2}`;
  const tipX = sameColumn ? x2 + side : x2;
  const dir = sameColumn ? (right ? -1 : 1) : Math.sign(x2 - x1);
  doc.save().translate(pen.x, pen.y);
  doc.path(path).lineWidth(0.8).stroke(COLOR.band);
  doc.path(`M${tipX} ${y2} l${-dir * 6} -2.6 l0 5.2 z`).fill(COLOR.band);
  // Across columns the label sits on the line; within a column, in the gap between the boxes.
  const width = pen.writer.measure(e.label, 'regular', LABEL_FONT) + 6;
  const [upper, lower] = e.from.y < e.to.y ? [e.from, e.to] : [e.to, e.from];
  const mx = sameColumn ? e.from.x + BOX_WIDTH / 2 : (x1 + x2) / 2;
  const my = sameColumn ? (upper.y + upper.h + lower.y) / 2 : (y1 + y2) / 2;
  doc
    .roundedRect(mx - width / 2, my - 5, width, 9, 2)
    .lineWidth(0.4)
    .fillAndStroke('#ffffff', COLOR.rule);
  doc.restore();
  pen.writer.forgetState();
  text(pen, { text: e.label, size: LABEL_FONT, color: COLOR.ink }, mx, my + 2, true);
}

/** The topology as a drawing: zones as boxes with their hosts, arrows with rule counts and ports. */
export function drawTopology(
  writer: PageWriter,
  t: TFunction,
  topology: readonly TopologyEntry[],
  grid: ZoneGrid,
): void {
  const boxes = layoutBoxes(t, topology, grid);
  const edges = layoutEdges(t, boxes, grid);
  const height = Math.max(...boxes.map((b) => b.y + b.h), 40) + 2;
  writer.ensure(height);
  const pen: Pen = { writer, x: writer.left, y: writer.y };
  for (const b of boxes) drawBox(pen, t, b);
  for (const e of edges) drawEdge(pen, e);
  writer.forgetState();
  writer.y += height;
}
