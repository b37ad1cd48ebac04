import type { TFunction } from 'i18next';
import { COLOR } from './theme';
import type { PageWriter } from './writer';

const FIELD = 26;
const LABEL_WIDTH = 70;

/** Where the network team and the technician sign: kept together on one page. */
export function writeSignOff(writer: PageWriter, t: TFunction, technician: string): void {
  const { doc } = writer;
  const fields = [t('checklist.name'), t('checklist.signature'), t('checklist.date')];
  writer.ensure(60 + 16 + fields.length * FIELD);
  writer.y += 8;
  writer.paragraph([{ text: t('checklist.signOff'), font: 'bold', size: 16, color: COLOR.band }], {
    after: 2,
  });
  writer.paragraph([{ text: t('checklist.signOffIntro'), size: 8.5, color: COLOR.muted }], {
    after: 10,
  });
  const gap = 40;
  const column = (writer.width - gap) / 2;
  const top = writer.y;
  const parties: [string, string][] = [
    [t('checklist.networkTeam'), ''],
    [t('checklist.technician'), technician],
  ];
  parties.forEach(([title, name], i) => {
    const x = writer.left + i * (column + gap);
    writer.y = top;
    writer.paragraph([{ text: title, font: 'bold', size: 11, color: COLOR.band }], {
      x,
      width: column,
      after: 4,
    });
    fields.forEach((label, f) => {
      const bottom = writer.y + FIELD;
      writer.place([{ text: label, size: 8, color: COLOR.muted }], x, bottom - 11, LABEL_WIDTH);
      if (f === 0 && name) {
        writer.place(
          [{ text: name, size: 10 }],
          x + LABEL_WIDTH,
          bottom - 14,
          column - LABEL_WIDTH,
        );
      }
      writer.y = bottom;
      doc
        .moveTo(x, bottom)
        .lineTo(x + column, bottom)
        .lineWidth(0.6)
        .strokeColor(COLOR.ink)
        .stroke();
    });
  });
  writer.y += 10;
}
