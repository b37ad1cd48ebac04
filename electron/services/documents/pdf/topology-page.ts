import type { TFunction } from 'i18next';
import type { Checklist } from '../checklist/checklist';
import { drawTopology } from './diagram';
import { COLOR } from './theme';
import { zoneLabel } from '../document-text';
import type { Cell, PageWriter, Row } from './writer';

// A group may hold thousands of addresses; the rule tables list every one, the topology a few.
const SHOWN_ADDRESSES = 8;

export const cell = (
  text: string,
  style: Partial<Cell['paragraphs'][number][number]> = {},
): Cell => ({
  paragraphs: [[{ text, ...style }]],
});

export const headerRow = (headings: readonly string[]): Row => ({
  fill: COLOR.band,
  cells: headings.map((h) => cell(h, { font: 'bold', color: COLOR.bandText })),
});

function shortList(t: TFunction, items: readonly string[]): string {
  if (items.length <= SHOWN_ADDRESSES) return items.join(', ');
  const more = t('checklist.diagramMore', { count: items.length - SHOWN_ADDRESSES });
  return `${items.slice(0, SHOWN_ADDRESSES).join(', ')} ${more}`;
}

/** ["443/tcp", "53/udp", "515/tcp"] → "tcp 443, 515 · udp 53": shorter than the port list. */
function byTransport(ports: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const p of ports) {
    const [port, transport = ''] = p.split('/');
    groups.set(transport, [...(groups.get(transport) ?? []), port!]);
  }
  return [...groups].map(([transport, list]) => `${transport} ${list.join(', ')}`).join(' · ');
}

function zoneMatrix(writer: PageWriter, t: TFunction, checklist: Checklist): void {
  const { zones, cells } = checklist.matrix.zoneGrid;
  const first = 80;
  const widths = [first, ...zones.map(() => (writer.width - first) / zones.length)];
  writer.table(
    widths,
    [headerRow(['', ...zones.map((z) => zoneLabel(t, z))])],
    zones.map((from) => ({
      cells: [
        cell(zoneLabel(t, from), { font: 'bold' }),
        ...zones.map((to): Cell => {
          const found = cells.find((c) => c.sourceZone === from && c.destinationZone === to);
          if (!found) return cell('–', { color: COLOR.rule });
          return {
            paragraphs: [
              [{ text: byTransport(found.ports) }],
              [
                {
                  text: t('checklist.ruleCount', { count: found.ruleCount }),
                  size: 7,
                  color: COLOR.muted,
                },
              ],
            ],
          };
        }),
      ],
    })),
  );
}

function hostsTable(writer: PageWriter, t: TFunction, checklist: Checklist): void {
  const rows: Row[] = [];
  checklist.topology.forEach((e, i, entries) => {
    if (i === 0 || entries[i - 1]!.zone !== e.zone) {
      rows.push({
        fill: COLOR.zebra,
        cells: [{ ...cell(zoneLabel(t, e.zone), { font: 'bold', color: COLOR.band }), span: 3 }],
      });
    }
    rows.push({
      cells: [
        cell(e.name, e.isHost ? { font: 'bold' } : {}),
        cell(shortList(t, e.addresses)),
        cell(e.roles.map((r) => t(`checklist.roles.${r}`)).join(', ')),
      ],
    });
  });
  writer.table(
    [170, writer.width - 430, 260],
    [headerRow([t('checklist.name'), t('checklist.address'), t('checklist.role')])],
    rows,
  );
}

const heading = (writer: PageWriter, text: string, size: number, after: number) =>
  writer.paragraph([{ text, font: 'bold', size, color: COLOR.band }], { after });

const intro = (writer: PageWriter, text: string) =>
  writer.paragraph([{ text, size: 8.5, color: COLOR.muted }], { after: 8 });

/** The topology: a diagram of the zones, the zone-to-zone matrix, and the hosts zone by zone. */
export function writeTopology(writer: PageWriter, t: TFunction, checklist: Checklist): void {
  heading(writer, t('checklist.topology'), 16, 4);
  intro(writer, t('checklist.topologyIntro'));
  drawTopology(writer, t, checklist.topology, checklist.matrix.zoneGrid);
  writer.y += 14;
  writer.ensure(60);
  heading(writer, t('checklist.zoneMatrix'), 11, 3);
  intro(writer, t('checklist.zoneMatrixIntro'));
  zoneMatrix(writer, t, checklist);
  writer.y += 14;
  writer.ensure(60);
  heading(writer, t('checklist.hostsAndNetworks'), 11, 6);
  hostsTable(writer, t, checklist);
}
