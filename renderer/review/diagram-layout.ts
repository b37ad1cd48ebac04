import type { Zone } from '../../shared/catalog';
import type { ZoneCell } from '../../shared/matrix';
import { shortPortLines } from './port-text';

// The topology diagram: zones as boxes on a fixed 3×3 grid the way a network engineer draws it
// (clients left, OE nodes in the middle, printers right, management below, external systems above),
// flows between zones as arrows labelled with their ports.

export interface ZoneMembers {
  zone: Zone;
  /** The first members' lines: a box shows at most MAX_LINES. */
  lines: string[];
  /** How many members the zone has; lines.length when absent. */
  count?: number;
}

export interface DiagramBox {
  zone: Zone;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  more: number;
  /** Ports between hosts of this zone (the OE nodes' mesh, an island and its printers). */
  within?: { lines: string[]; title: string };
}

export interface DiagramEdge {
  key: string;
  from: Zone;
  to: Zone;
  path: string;
  labelX: number;
  labelY: number;
  /** One line per transport. */
  lines: string[];
  /** The widest line, in characters: the label's background is sized from it. */
  width: number;
  title: string;
  rules: number;
}

export interface Diagram {
  width: number;
  height: number;
  boxes: DiagramBox[];
  edges: DiagramEdge[];
}

const CELL: Record<Zone, [column: number, row: number]> = {
  external: [1, 0],
  clients: [0, 1],
  'oe-nodes': [1, 1],
  printers: [2, 1],
  management: [1, 2],
  islands: [2, 2],
};

export const BOX_WIDTH = 260;
const COLUMN_GAP = 220;
const ROW_GAP = 110;
const HEADER = 34;
export const LINE_HEIGHT = 18;
const PADDING = 12;
export const MAX_LINES = 6;
/** DejaVu Sans Mono at 12px: labels are sized from their length. */
export const CHAR_WIDTH = 7.3;
export const LABEL_LINE = 15;

interface Point {
  x: number;
  y: number;
}

/** Where the segment from the box's centre towards `toward` leaves the box. */
function borderPoint(box: DiagramBox, toward: Point): Point {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  const scale =
    1 / Math.max(Math.abs(dx) / (box.width / 2 + 4), Math.abs(dy) / (box.height / 2 + 4));
  return { x: cx + dx * scale, y: cy + dy * scale };
}

function crosses(a: Point, b: Point, box: DiagramBox): boolean {
  // Sample the segment: boxes are large compared with the step.
  for (let i = 1; i < 20; i++) {
    const x = a.x + ((b.x - a.x) * i) / 20;
    const y = a.y + ((b.y - a.y) * i) / 20;
    if (x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height) return true;
  }
  return false;
}

export function layoutDiagram(
  members: readonly ZoneMembers[],
  cells: readonly ZoneCell[],
): Diagram {
  const countOf = (m: ZoneMembers) => m.count ?? m.lines.length;
  const zones = new Set<Zone>([
    ...members.filter((m) => countOf(m) > 0).map((m) => m.zone),
    ...cells.flatMap((c) => [c.sourceZone, c.destinationZone]),
  ]);
  const membersOf = new Map(members.map((m) => [m.zone, m]));
  const heights = new Map<Zone, number>();
  for (const zone of zones) {
    const count = countOf(membersOf.get(zone) ?? { zone, lines: [] });
    const shown = Math.min(count, MAX_LINES) + (count > MAX_LINES ? 1 : 0);
    const self = cells.find((c) => c.sourceZone === zone && c.destinationZone === zone);
    const within = self ? 14 + shortPortLines(self.ports, 3).length * LINE_HEIGHT : 0;
    heights.set(zone, HEADER + PADDING + Math.max(1, shown) * LINE_HEIGHT + within);
  }
  const rowHeight = [0, 1, 2].map((row) =>
    Math.max(0, ...[...zones].filter((z) => CELL[z][1] === row).map((z) => heights.get(z)!)),
  );
  const rowTop = [0, 1, 2].map((row) =>
    rowHeight.slice(0, row).reduce((sum, h) => sum + (h > 0 ? h + ROW_GAP : 0), 0),
  );

  const boxes: DiagramBox[] = [...zones].map((zone) => {
    const [column, row] = CELL[zone];
    const { lines, count = lines.length } = membersOf.get(zone) ?? { lines: [] };
    const height = heights.get(zone)!;
    const self = cells.find((c) => c.sourceZone === zone && c.destinationZone === zone);
    return {
      zone,
      x: column * (BOX_WIDTH + COLUMN_GAP),
      y: rowTop[row]! + (rowHeight[row]! - height) / 2,
      width: BOX_WIDTH,
      height,
      lines: lines.slice(0, MAX_LINES),
      more: Math.max(0, count - MAX_LINES),
      ...(self
        ? { within: { lines: shortPortLines(self.ports, 3), title: self.ports.join(', ') } }
        : {}),
    };
  });
  const boxOf = new Map(boxes.map((b) => [b.zone, b]));

  const edges: DiagramEdge[] = [];
  for (const cell of cells) {
    if (cell.sourceZone === cell.destinationZone) continue;
    const a = boxOf.get(cell.sourceZone)!;
    const b = boxOf.get(cell.destinationZone)!;
    const ca = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
    const cb = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    const length = Math.hypot(cb.x - ca.x, cb.y - ca.y);
    const normal = { x: -(cb.y - ca.y) / length, y: (cb.x - ca.x) / length };
    // Traffic both ways: two parallel arrows, each on its own side.
    const both = cells.some(
      (c) => c.sourceZone === cell.destinationZone && c.destinationZone === cell.sourceZone,
    );
    const offset = both ? 14 : 0;
    const shift = (p: Point) => ({ x: p.x + normal.x * offset, y: p.y + normal.y * offset });
    const lines = shortPortLines(cell.ports);
    const width = Math.max(...lines.map((l) => l.length));
    const labelWidth = width * CHAR_WIDTH;
    const blocked = boxes.some((box) => box !== a && box !== b && crosses(ca, cb, box));
    let path: string;
    let mid: Point;
    if (blocked) {
      // Around the box in the way: a curve bowing out to the left of the column.
      const control = { x: Math.min(ca.x, cb.x) - BOX_WIDTH, y: (ca.y + cb.y) / 2 };
      const start = borderPoint(a, control);
      const end = borderPoint(b, control);
      path = `M${start.x},${start.y} Q${control.x},${control.y} ${end.x},${end.y}`;
      mid = {
        x: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x,
        y: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y,
      };
    } else {
      const start = shift(borderPoint(a, cb));
      const end = shift(borderPoint(b, ca));
      path = `M${start.x},${start.y} L${end.x},${end.y}`;
      mid = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
    }
    // Labels of a two-way pair sit apart, on the side of their own arrow.
    const away = both ? 22 : 0;
    const horizontal = Math.abs(normal.y) > Math.abs(normal.x);
    edges.push({
      key: `${cell.sourceZone}>${cell.destinationZone}`,
      from: cell.sourceZone,
      to: cell.destinationZone,
      path,
      labelX: mid.x + (horizontal || !both ? 0 : normal.x * (away + labelWidth / 2)),
      labelY: mid.y + (horizontal ? normal.y * away : 0),
      lines,
      width,
      title: cell.ports.join(', '),
      rules: cell.ruleCount,
    });
  }

  const width = 3 * BOX_WIDTH + 2 * COLUMN_GAP;
  const height = rowTop[2]! + rowHeight[2]!;
  return { width, height, boxes, edges };
}
