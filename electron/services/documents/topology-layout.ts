import type { TFunction } from 'i18next';
import type { Zone } from '../../../shared/catalog';
import type { ZoneGrid } from '../../../shared/matrix';
import type { TopologyEntry } from './checklist/plan-topology';

// Where the topology drawing's boxes and arrows go, for the PDF and the HTML report alike: zones in
// three columns, who connects in on the left, the OE nodes in the middle, what they reach on the
// right; an arrow per zone pair with its rule count and ports. Each document draws it its own way.

const COLUMN_OF: Record<Zone, 0 | 1 | 2> = {
  clients: 0,
  management: 0,
  islands: 0,
  'oe-nodes': 1,
  printers: 2,
  external: 2,
};
const MAX_LINES = 6;

/** The sizes of one document's drawing. */
export interface TopologyGeometry {
  /** The left edge of each column's boxes. */
  columnX: readonly [number, number, number];
  /** A zone box's heading band, and each line of hosts below it. */
  header: number;
  line: number;
  /** A box's height beyond its heading and lines. */
  padding: number;
  /** Between two boxes of a column. */
  gap: number;
  /** Arrows meet a box this far below its heading and above its bottom. */
  edgeInset: number;
  /** The drawing is at least this high. */
  minHeight: number;
  /** Characters of a host line and of an arrow's port list before they are cut with "…". */
  entryChars: number;
  portChars: number;
}

export interface TopologyBox {
  zone: Zone;
  x: number;
  y: number;
  h: number;
  lines: string[];
  /** Host rules within the zone (0: none). */
  inside: number;
}

export interface TopologyEdge {
  from: TopologyBox;
  to: TopologyBox;
  label: string;
  /** Where it leaves its source box and meets its destination box. */
  fromY: number;
  toY: number;
}

export const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function boxLines(t: TFunction, entries: readonly TopologyEntry[], chars: number): string[] {
  const lines = entries.map((e) =>
    clip(
      e.addresses.join(', ') === e.name ? e.name : `${e.name}  ${e.addresses.join(', ')}`,
      chars,
    ),
  );
  if (lines.length <= MAX_LINES) return lines;
  return [
    ...lines.slice(0, MAX_LINES - 1),
    t('checklist.diagramMore', { count: lines.length - MAX_LINES + 1 }),
  ];
}

function layoutBoxes(
  t: TFunction,
  topology: readonly TopologyEntry[],
  grid: ZoneGrid,
  g: TopologyGeometry,
): TopologyBox[] {
  const zones = [...new Set([...grid.zones, ...topology.map((e) => e.zone)])];
  const boxes = zones.map((zone): TopologyBox => {
    const lines = boxLines(
      t,
      topology.filter((e) => e.zone === zone),
      g.entryChars,
    );
    const inside = grid.cells.find((c) => c.sourceZone === zone && c.destinationZone === zone);
    const h = g.header + g.padding + g.line * (lines.length + (inside ? 1 : 0));
    return { zone, x: g.columnX[COLUMN_OF[zone]], y: 0, h, lines, inside: inside?.ruleCount ?? 0 };
  });
  const columns = [0, 1, 2].map((c) => boxes.filter((b) => COLUMN_OF[b.zone] === c));
  const heights = columns.map(
    (col) => col.reduce((sum, b) => sum + b.h, 0) + g.gap * Math.max(0, col.length - 1),
  );
  const total = Math.max(...heights, g.minHeight);
  columns.forEach((col, c) => {
    let y = (total - heights[c]!) / 2;
    for (const b of col) {
      // The OE nodes' box spans the whole height: every arrow meets it.
      if (c === 1) b.h = total;
      b.y = c === 1 ? 0 : y;
      y += b.h + g.gap;
    }
  });
  return boxes;
}

/** Arrows meet a box side at evenly spaced points, so parallel arrows and their labels stay apart. */
function layoutEdges(
  t: TFunction,
  boxes: readonly TopologyBox[],
  grid: ZoneGrid,
  g: TopologyGeometry,
): TopologyEdge[] {
  const byZone = new Map(boxes.map((b) => [b.zone, b]));
  const edges: TopologyEdge[] = grid.cells
    .filter((c) => c.sourceZone !== c.destinationZone)
    .map((c) => ({
      from: byZone.get(c.sourceZone)!,
      to: byZone.get(c.destinationZone)!,
      label: `${t('checklist.ruleCount', { count: c.ruleCount })} · ${clip(c.ports.join(', '), g.portChars)}`,
      fromY: 0,
      toY: 0,
    }));
  const ends = new Map<string, { edge: TopologyEdge; end: 'fromY' | 'toY'; otherY: number }[]>();
  for (const edge of edges) {
    for (const end of ['fromY', 'toY'] as const) {
      const [box, other] = end === 'fromY' ? [edge.from, edge.to] : [edge.to, edge.from];
      const side = `${box.zone}:${other.x > box.x ? 'right' : other.x < box.x ? 'left' : 'outer'}`;
      const list = ends.get(side) ?? [];
      list.push({ edge, end, otherY: other.y + other.h / 2 });
      ends.set(side, list);
    }
  }
  for (const [side, list] of ends) {
    const box = byZone.get(side.split(':')[0] as Zone)!;
    // Same order at both ends (rightward edges above leftward ones), so edges never cross each other.
    const rightward = (e: TopologyEdge) => (e.from.x < e.to.x ? 0 : 1);
    list.sort((a, b) => a.otherY - b.otherY || rightward(a.edge) - rightward(b.edge));
    const top = box.y + g.header + g.edgeInset;
    const span = box.h - g.header - 2 * g.edgeInset;
    list.forEach((item, i) => (item.edge[item.end] = top + (span * (i + 1)) / (list.length + 1)));
  }
  return edges;
}

/** The boxes and arrows of a plan's topology, in the units of the geometry given. */
export function layoutTopology(
  t: TFunction,
  topology: readonly TopologyEntry[],
  grid: ZoneGrid,
  geometry: TopologyGeometry,
): { boxes: TopologyBox[]; edges: TopologyEdge[] } {
  const boxes = layoutBoxes(t, topology, grid, geometry);
  return { boxes, edges: layoutEdges(t, boxes, grid, geometry) };
}
