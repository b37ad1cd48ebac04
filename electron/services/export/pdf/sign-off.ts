import type { TFunction } from 'i18next';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { COLOR } from './theme';

const FIELD_HEIGHT = 26;

function party(t: TFunction, title: string, name: string): Content {
  const field = (label: string, value = ''): TableCell[] => [
    { text: label, style: 'label', margin: [0, FIELD_HEIGHT - 12, 0, 0] },
    { text: value, style: 'value', margin: [0, FIELD_HEIGHT - 14, 0, 0] },
  ];
  return {
    stack: [
      { text: title, style: 'h2' },
      {
        table: {
          widths: [70, '*'],
          body: [
            field(t('checklist.name'), name),
            field(t('checklist.signature')),
            field(t('checklist.date')),
          ],
        },
        layout: {
          hLineWidth: (i) => (i === 0 ? 0 : 0.6),
          vLineWidth: () => 0,
          hLineColor: () => COLOR.ink,
        },
      },
    ],
  };
}

/** Where the network team and the technician sign: kept together on one page. */
export function signOff(t: TFunction, technician: string): Content {
  return {
    unbreakable: true,
    stack: [
      { text: t('checklist.signOff'), style: 'h1', margin: [0, 8, 0, 2] },
      { text: t('checklist.signOffIntro'), style: 'intro' },
      {
        columns: [
          party(t, t('checklist.networkTeam'), ''),
          { width: 40, text: '' },
          party(t, t('checklist.technician'), technician),
        ],
      },
    ],
  };
}
