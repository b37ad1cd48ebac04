import type { TFunction } from 'i18next';
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Checklist } from '../checklist';
import { topologySvg } from './diagram';
import { COLOR, RULE_TABLE_LAYOUT } from './theme';
import { zoneLabel } from './text';

const headerCell = (text: string): TableCell => ({
  text,
  style: 'tableHeader',
  fillColor: COLOR.band,
});

// A group may hold thousands of addresses; the rule tables list every one, the topology a few.
const SHOWN_ADDRESSES = 8;

const shortList = (t: TFunction, items: readonly string[]): string =>
  items.length <= SHOWN_ADDRESSES
    ? items.join(', ')
    : `${items.slice(0, SHOWN_ADDRESSES).join(', ')} ${t('checklist.diagramMore', { count: items.length - SHOWN_ADDRESSES })}`;

function hostsTable(t: TFunction, checklist: Checklist): Content {
  const rows: TableCell[][] = [];
  const entries = checklist.topology;
  entries.forEach((e, i) => {
    // A zone row of its own, not a row span: a span loses its label when the table breaks a page.
    if (i === 0 || entries[i - 1]!.zone !== e.zone) {
      rows.push([
        {
          text: zoneLabel(t, e.zone),
          colSpan: 3,
          bold: true,
          color: COLOR.band,
          fillColor: COLOR.zebra,
        },
        '',
        '',
      ]);
    }
    rows.push([
      { text: e.name, bold: e.isHost },
      shortList(t, e.addresses),
      e.roles.map((r) => t(`checklist.roles.${r}`)).join(', '),
    ]);
  });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [170, '*', 260],
      body: [
        [t('checklist.name'), t('checklist.address'), t('checklist.role')].map(headerCell),
        ...rows,
      ],
    },
    layout: RULE_TABLE_LAYOUT,
    style: 'cell',
  };
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

function zoneMatrix(t: TFunction, checklist: Checklist): Content {
  const { zones, cells } = checklist.matrix.zoneGrid;
  return {
    table: {
      headerRows: 1,
      widths: [80, ...zones.map(() => '*')],
      body: [
        ['', ...zones.map((z) => zoneLabel(t, z))].map(headerCell),
        ...zones.map((from) => [
          { text: zoneLabel(t, from), bold: true },
          ...zones.map((to): TableCell => {
            const cell = cells.find((c) => c.sourceZone === from && c.destinationZone === to);
            if (!cell) return { text: '–', color: COLOR.rule };
            return {
              stack: [
                { text: byTransport(cell.ports) },
                { text: t('checklist.ruleCount', { count: cell.ruleCount }), style: 'small' },
              ],
            };
          }),
        ]),
      ],
    },
    layout: RULE_TABLE_LAYOUT,
    style: 'cell',
  };
}

/** The topology page: a diagram of the zones, the zone-to-zone matrix, and the hosts zone by zone. */
export function topologySection(t: TFunction, checklist: Checklist): Content {
  const diagram = topologySvg(t, checklist.topology, checklist.matrix.zoneGrid);
  return [
    { text: t('checklist.topology'), style: 'h1' },
    { text: t('checklist.topologyIntro'), style: 'intro' },
    { svg: diagram.svg, width: diagram.width, margin: [0, 4, 0, 10] },
    { text: t('checklist.zoneMatrix'), style: 'h2' },
    { text: t('checklist.zoneMatrixIntro'), style: 'intro' },
    zoneMatrix(t, checklist),
    { text: t('checklist.hostsAndNetworks'), style: 'h2' },
    hostsTable(t, checklist),
  ];
}
