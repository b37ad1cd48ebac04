import type { TFunction } from 'i18next';
import type { ZoneGrid } from '../../../../shared/matrix';
import type { TopologyEntry } from '../checklist/plan-topology';
import {
  layoutTopology,
  type TopologyBox as Box,
  type TopologyEdge as Edge,
  type TopologyGeometry,
} from '../topology-layout';
import type { PageWriter, Run } from './writer';
import { COLOR } from './theme';
import { zoneLabel } from '../document-text';

const BOX_WIDTH = 170;
const LABEL_FONT = 6.5;
const GEOMETRY: TopologyGeometry = {
  columnX: [24, 300, 576],
  header: 16,
  line: 10,
  padding: 10,
  gap: 18,
  edgeInset: 4,
  minHeight: 0,
  entryChars: 44,
  portChars: 20,
};
const { columnX: COLUMN_X, header: HEADER, line: LINE } = GEOMETRY;

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
  const { boxes, edges } = layoutTopology(t, topology, grid, GEOMETRY);
  const height = Math.max(...boxes.map((b) => b.y + b.h), 40) + 2;
  writer.ensure(height);
  const pen: Pen = { writer, x: writer.left, y: writer.y };
  for (const b of boxes) drawBox(pen, t, b);
  for (const e of edges) drawEdge(pen, e);
  writer.forgetState();
  writer.y += height;
}
