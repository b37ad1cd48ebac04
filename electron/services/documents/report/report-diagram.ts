import type { TFunction } from 'i18next';
import type { Zone } from '../../../../shared/catalog';
import type { ZoneGrid } from '../../../../shared/matrix';
import type { TopologyEntry } from '../checklist/plan-topology';
import {
  clip,
  layoutTopology,
  type TopologyBox as Box,
  type TopologyEdge,
  type TopologyGeometry,
} from '../topology-layout';
import { escapeHtml } from './escape';

// The topology as inline SVG, laid out as the PDF's drawing is (../topology-layout.ts).

const BOX = 240;
const GEOMETRY: TopologyGeometry = {
  columnX: [10, 470, 930],
  header: 22,
  line: 15,
  padding: 10,
  gap: 26,
  edgeInset: 6,
  minHeight: 40,
  entryChars: 40,
  portChars: 26,
};
const { columnX: COLUMN_X, header: HEADER, line: LINE } = GEOMETRY;
const WIDTH = COLUMN_X[2] + BOX + 10;

const text = (x: number, y: number, cls: string, value: string, anchor = 'start') =>
  `<text x="${x}" y="${y}" class="${cls}" text-anchor="${anchor}">${escapeHtml(value)}</text>`;

function drawBox(t: TFunction, title: (zone: Zone) => string, b: Box): string {
  const lines = b.lines.map((line, i) =>
    text(b.x + 10, b.y + HEADER + 16 + i * LINE, 'entry', line),
  );
  const inside = b.inside
    ? [
        text(
          b.x + 10,
          b.y + HEADER + 16 + b.lines.length * LINE,
          'inside',
          t('checklist.diagramInside', { count: b.inside }),
        ),
      ]
    : [];
  return [
    `<g class="zone-box" data-zone="${b.zone}">`,
    `<rect class="box" x="${b.x}" y="${b.y}" width="${BOX}" height="${b.h}" rx="5"/>`,
    `<rect class="head" x="${b.x}" y="${b.y}" width="${BOX}" height="${HEADER}" rx="5"/>`,
    text(b.x + 10, b.y + 15, 'zone', clip(title(b.zone), 34)),
    ...lines,
    ...inside,
    '</g>',
  ].join('');
}

function drawEdges(edges: readonly TopologyEdge[]): string[] {
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
  const { boxes, edges } = layoutTopology(t, topology, grid, GEOMETRY);
  const height = Math.max(...boxes.map((b) => b.y + b.h), 40) + 4;
  return [
    `<svg class="diagram" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(label)}">`,
    ...boxes.map((b) => drawBox(t, title, b)),
    ...drawEdges(edges),
    '</svg>',
  ].join('\n');
}
