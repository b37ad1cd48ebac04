import type { ExportRequest } from '../../shared/api/export-channels';
import {
  DOCUMENTS,
  isDelimitedFormat,
  isScriptFormat,
  type DocumentEntry,
  type ChecklistLevel,
  type CsvDelimiter,
  type ExportFormat,
} from '../../shared/export';
import { LOCALE_PROFILES, type Locale } from '../../shared/i18n';

/** What the Export step offers: the export formats and the plan file itself. */
export type ExportChoiceFormat = ExportFormat | 'plan';

type ChecklistDocument = Extract<DocumentEntry, { kind: 'checklist' }>;

const CHECKLIST = DOCUMENTS.filter((d): d is ChecklistDocument => d.kind === 'checklist');

/** Who each format is for, in the order the step shows them: the registry's, then the plan file. */
export const AUDIENCES: readonly {
  id: ChecklistDocument['audience'] | 'colleagues';
  formats: readonly ExportChoiceFormat[];
}[] = [
  ...CHECKLIST.map((d) => d.audience)
    .filter((id, i, all) => all.indexOf(id) === i)
    .map((id) => ({
      id,
      formats: CHECKLIST.filter((d) => d.audience === id).map((d) => d.format),
    })),
  { id: 'colleagues', formats: ['plan'] },
];

export const ALL_HOSTS = '';

/** The technician's choices in the Export step, and the request they make. */
export class ExportChoice {
  format: ExportChoiceFormat = $state('pdf');
  locale: Locale = $state('en');
  /** A network team's view first; host rules (what a probe checks) are one choice away. */
  level: ChecklistLevel = $state('firewall');
  /** null until the user picks one: then German exports default to ';' (German Excel), others to ','. */
  delimiterChoice: CsvDelimiter | null = $state(null);
  host: string = $state(ALL_HOSTS);

  readonly delimiter: CsvDelimiter = $derived(
    this.delimiterChoice ?? LOCALE_PROFILES[this.locale].csvDelimiter,
  );

  constructor(locale: Locale) {
    this.locale = locale;
  }

  get isScript(): boolean {
    return this.format !== 'plan' && isScriptFormat(this.format);
  }

  /** Only the options the format has: the channel refuses the others. */
  request(id: string): ExportRequest | null {
    const format = this.format;
    if (format === 'plan') return null;
    const base = { id, format, locale: this.locale };
    if (isScriptFormat(format))
      return this.host === ALL_HOSTS ? base : { ...base, host: this.host };
    return isDelimitedFormat(format)
      ? { ...base, level: this.level, delimiter: this.delimiter }
      : { ...base, level: this.level };
  }
}
