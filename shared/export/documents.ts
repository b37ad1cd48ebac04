import type { en } from '../i18n/en';
import type { Locale } from '../i18n';

// Every document the planner writes, one entry per format. The command line's --format choices, the
// export channels' formats, the Export step's formats and the save dialogs' filters derive from it;
// electron/services/documents binds a renderer to each id.

/** What a document is about: the plan's rules, its pre-sales summary, or the change between two plans. */
export const DOCUMENT_KINDS = ['checklist', 'presales', 'comparison'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Who reads it: the Export step groups the checklist's formats by it. */
export const AUDIENCES = ['networkTeam', 'serverAdmins', 'sales'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The save dialog's name of a file type: a key of `desktop.fileTypes`. */
export type FileType = keyof typeof en.desktop.fileTypes;

export interface DocumentFormat {
  /** `kind.format`, unique. */
  id: `${DocumentKind}.${string}`;
  kind: DocumentKind;
  /** What the command line's --format and the channels' `format` say. */
  format: string;
  mediaType: string;
  extension: string;
  audience: Audience;
  /** One file per host of the plan (the firewall scripts), unless one host is asked for. */
  perHost: boolean;
  /** Part of the file name where the extension does not say what the file is (".sh"). */
  nameTag?: string;
  /** Offered by the app, with this name in its save dialog; the command line offers every format. */
  fileType?: FileType;
}

const PDF = 'application/pdf';
const CSV = 'text/csv; charset=utf-8';
const MARKDOWN = 'text/markdown; charset=utf-8';
const JSON_TYPE = 'application/json';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const DOCUMENTS = [
  {
    id: 'checklist.pdf',
    kind: 'checklist',
    format: 'pdf',
    mediaType: PDF,
    extension: 'pdf',
    audience: 'networkTeam',
    perHost: false,
    fileType: 'pdf',
  },
  {
    id: 'checklist.csv',
    kind: 'checklist',
    format: 'csv',
    mediaType: CSV,
    extension: 'csv',
    audience: 'networkTeam',
    perHost: false,
    fileType: 'csv',
  },
  {
    id: 'checklist.xlsx',
    kind: 'checklist',
    format: 'xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    audience: 'networkTeam',
    perHost: false,
    fileType: 'xlsx',
  },
  {
    id: 'checklist.change-request-xlsx',
    kind: 'checklist',
    format: 'change-request-xlsx',
    mediaType: XLSX,
    extension: 'xlsx',
    audience: 'networkTeam',
    perHost: false,
    nameTag: 'change-request',
    fileType: 'changeRequestXlsx',
  },
  {
    id: 'checklist.change-request-csv',
    kind: 'checklist',
    format: 'change-request-csv',
    mediaType: CSV,
    extension: 'csv',
    audience: 'networkTeam',
    perHost: false,
    nameTag: 'change-request',
    fileType: 'changeRequestCsv',
  },
  {
    id: 'checklist.ps1',
    kind: 'checklist',
    format: 'ps1',
    mediaType: 'text/plain; charset=utf-8',
    extension: 'ps1',
    audience: 'serverAdmins',
    perHost: true,
    fileType: 'ps1',
  },
  {
    id: 'checklist.nft',
    kind: 'checklist',
    format: 'nft',
    mediaType: 'text/plain; charset=utf-8',
    extension: 'nft',
    audience: 'serverAdmins',
    perHost: true,
    fileType: 'nft',
  },
  {
    id: 'checklist.firewalld',
    kind: 'checklist',
    format: 'firewalld',
    mediaType: 'text/x-shellscript; charset=utf-8',
    extension: 'sh',
    audience: 'serverAdmins',
    perHost: true,
    nameTag: 'firewalld',
    fileType: 'firewalld',
  },
  // The zone firewall configurations: the firewall rules as the network team's own firewall takes them.
  {
    id: 'checklist.panos',
    kind: 'checklist',
    format: 'panos',
    mediaType: 'text/plain; charset=utf-8',
    extension: 'txt',
    audience: 'networkTeam',
    perHost: false,
    nameTag: 'panos',
    fileType: 'panos',
  },
  {
    id: 'checklist.fortigate',
    kind: 'checklist',
    format: 'fortigate',
    mediaType: 'text/plain; charset=utf-8',
    extension: 'txt',
    audience: 'networkTeam',
    perHost: false,
    nameTag: 'fortigate',
    fileType: 'fortigate',
  },
  {
    id: 'checklist.asa',
    kind: 'checklist',
    format: 'asa',
    mediaType: 'text/plain; charset=utf-8',
    extension: 'txt',
    audience: 'networkTeam',
    perHost: false,
    nameTag: 'asa',
    fileType: 'asa',
  },
  {
    id: 'checklist.checkpoint',
    kind: 'checklist',
    format: 'checkpoint',
    mediaType: 'application/zip',
    extension: 'zip',
    audience: 'networkTeam',
    perHost: false,
    nameTag: 'checkpoint',
    fileType: 'checkpoint',
  },
  {
    id: 'checklist.html',
    kind: 'checklist',
    format: 'html',
    mediaType: 'text/html; charset=utf-8',
    extension: 'html',
    audience: 'networkTeam',
    perHost: false,
    fileType: 'html',
  },
  {
    // Every host's scripts in each format, and a README line per host: one file to hand over.
    id: 'checklist.scripts-zip',
    kind: 'checklist',
    format: 'scripts-zip',
    mediaType: 'application/zip',
    extension: 'zip',
    audience: 'serverAdmins',
    perHost: false,
    nameTag: 'scripts',
    fileType: 'scriptsZip',
  },
  {
    id: 'presales.md',
    kind: 'presales',
    format: 'md',
    mediaType: MARKDOWN,
    extension: 'md',
    audience: 'sales',
    perHost: false,
    nameTag: 'presales',
  },
  {
    id: 'presales.json',
    kind: 'presales',
    format: 'json',
    mediaType: JSON_TYPE,
    extension: 'json',
    audience: 'sales',
    perHost: false,
    nameTag: 'presales',
  },
  {
    id: 'presales.pdf',
    kind: 'presales',
    format: 'pdf',
    mediaType: PDF,
    extension: 'pdf',
    audience: 'sales',
    perHost: false,
    nameTag: 'presales',
    fileType: 'presalesPdf',
  },
  {
    id: 'comparison.md',
    kind: 'comparison',
    format: 'md',
    mediaType: MARKDOWN,
    extension: 'md',
    audience: 'networkTeam',
    perHost: false,
  },
  {
    id: 'comparison.csv',
    kind: 'comparison',
    format: 'csv',
    mediaType: CSV,
    extension: 'csv',
    audience: 'networkTeam',
    perHost: false,
    fileType: 'csv',
  },
  {
    id: 'comparison.json',
    kind: 'comparison',
    format: 'json',
    mediaType: JSON_TYPE,
    extension: 'json',
    audience: 'networkTeam',
    perHost: false,
  },
  {
    id: 'comparison.pdf',
    kind: 'comparison',
    format: 'pdf',
    mediaType: PDF,
    extension: 'pdf',
    audience: 'networkTeam',
    perHost: false,
    fileType: 'comparisonPdf',
  },
] as const satisfies readonly DocumentFormat[];

export type DocumentEntry = (typeof DOCUMENTS)[number];
export type DocumentId = DocumentEntry['id'];
/** The formats of one kind of document, e.g. 'md' | 'json' | 'pdf' for the pre-sales summary. */
export type FormatOf<K extends DocumentKind> = Extract<DocumentEntry, { kind: K }>['format'];
/** The formats of one kind the app offers (with a save dialog). */
export type AppFormatOf<K extends DocumentKind> = Extract<
  DocumentEntry,
  { kind: K; fileType: FileType }
>['format'];

/** A format the app offers, with a name for its save dialog. */
export type AppDocument = Extract<DocumentEntry, { fileType: FileType }>;

type Formats<F extends string> = readonly [F, ...F[]];

/** The formats of a kind in registry order: a tuple for zod's and commander's choices. */
export function formatsOf<K extends DocumentKind>(kind: K): Formats<FormatOf<K>> {
  return DOCUMENTS.filter((d) => d.kind === kind).map(
    (d) => d.format,
  ) as readonly string[] as Formats<FormatOf<K>>;
}

/** The formats of a kind the app offers. */
export function appFormatsOf<K extends DocumentKind>(kind: K): Formats<AppFormatOf<K>> {
  return DOCUMENTS.filter((d) => d.kind === kind && 'fileType' in d).map(
    (d) => d.format,
  ) as readonly string[] as Formats<AppFormatOf<K>>;
}

/** The entry of a kind's format; an unknown one is refused. */
export function documentFormat<K extends DocumentKind, F extends FormatOf<K>>(
  kind: K,
  format: F,
): Extract<DocumentEntry, { kind: K; format: F }> {
  const entry = DOCUMENTS.find((d) => d.kind === kind && d.format === format);
  if (!entry) throw new Error(`unknown document format: ${kind}.${format}`);
  return entry as Extract<DocumentEntry, { kind: K; format: F }>;
}

/** A file name from a plan or host name: letters and digits of any script, the rest hyphens. */
export function fileSlug(name: string): string {
  const slug =
    name
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'plan';
  // Windows refuses these as file names, with any extension.
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(slug) ? `${slug}_` : slug;
}

export interface FileNameParts {
  /** The plan, the host (one script per host) or "a-vs-b" (a comparison), already a slug. */
  subject: string;
  /** hosts or firewall, where the document has a level. */
  level?: string;
  locale: Locale;
}

/**
 * `<subject>[-<level>][-<tag>]-<locale>.<extension>`, e.g. acme-firewall-de.pdf, oe1-firewalld-en.sh,
 * acme-presales-de.pdf: two exports of another level or language never overwrite each other.
 */
export function documentFileName(
  document: Pick<DocumentFormat, 'extension' | 'nameTag'>,
  parts: FileNameParts,
): string {
  const stem = [parts.subject, parts.level, document.nameTag, parts.locale].filter(Boolean);
  return `${stem.join('-')}.${document.extension}`;
}

/** The pre-sales summary's formats (the command line's summary --format). */
export const PRESALES_FORMATS = formatsOf('presales');
/** The comparison's formats (the command line's compare --format). */
export const COMPARISON_FORMATS = formatsOf('comparison');
/** The comparison's formats the app offers (the compare channels). */
export const COMPARISON_FILE_FORMATS = appFormatsOf('comparison');
