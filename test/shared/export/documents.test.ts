import { describe, expect, it } from 'vitest';
import {
  appFormatsOf,
  COMPARISON_FILE_FORMATS,
  DOCUMENT_KINDS,
  documentFileName,
  documentFormat,
  DOCUMENTS,
  EXPORT_FORMATS,
  fileSlug,
  formatsOf,
  SCRIPT_FORMATS,
} from '../../../shared/export';
import { MESSAGES } from '../../../shared/i18n';

describe('the documents registry', () => {
  it('holds each format once, with an id that says its kind and format', () => {
    const ids = DOCUMENTS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of DOCUMENTS) expect(d.id).toBe(`${d.kind}.${d.format}`);
    for (const kind of DOCUMENT_KINDS) expect(formatsOf(kind).length).toBeGreaterThan(0);
  });

  it('gives the checklist its formats in the Export step’s order, the scripts one file per host', () => {
    expect(EXPORT_FORMATS).toEqual([
      'pdf',
      'csv',
      'xlsx',
      'change-request-xlsx',
      'change-request-csv',
      'ps1',
      'nft',
      'firewalld',
      'panos',
      'fortigate',
      'asa',
      'checkpoint',
      'html',
      'scripts-zip',
    ]);
    expect(SCRIPT_FORMATS).toEqual(['ps1', 'nft', 'firewalld']);
    expect(formatsOf('presales')).toEqual(['md', 'json', 'pdf']);
    expect(formatsOf('comparison')).toEqual(['md', 'csv', 'json', 'pdf']);
    expect(COMPARISON_FILE_FORMATS).toEqual(['csv', 'pdf']);
    expect(appFormatsOf('presales')).toEqual(['pdf']);
  });

  it('names every format the app offers in the save dialog, in every language', () => {
    for (const d of DOCUMENTS) {
      if (!('fileType' in d)) continue;
      for (const messages of Object.values(MESSAGES))
        expect(messages.desktop.fileTypes[d.fileType], d.id).toBeTruthy();
    }
  });

  it('refuses a format it does not know, when compiling and when running', () => {
    // @ts-expect-error: not a format of the registry
    expect(() => documentFormat('checklist', 'docx')).toThrow(/checklist\.docx/);
    // @ts-expect-error: a comparison has no XLSX
    expect(() => documentFormat('comparison', 'xlsx')).toThrow(/comparison\.xlsx/);
  });

  it('names files by plan, level and language, so two exports never overwrite each other', () => {
    const pdf = documentFormat('checklist', 'pdf');
    const names = ['hosts', 'firewall'].flatMap((level) =>
      (['en', 'de'] as const).map((locale) =>
        documentFileName(pdf, { subject: 'acme', level, locale }),
      ),
    );
    expect(names).toEqual([
      'acme-hosts-en.pdf',
      'acme-hosts-de.pdf',
      'acme-firewall-en.pdf',
      'acme-firewall-de.pdf',
    ]);
    expect(
      documentFileName(documentFormat('checklist', 'firewalld'), { subject: 'oe1', locale: 'de' }),
    ).toBe('oe1-firewalld-de.sh');
    expect(
      documentFileName(documentFormat('presales', 'pdf'), { subject: 'acme', locale: 'de' }),
    ).toBe('acme-presales-de.pdf');
  });

  it('makes file names from any plan name', () => {
    const slugs: [name: string, slug: string][] = [
      ['Print server Łódź', 'Print-server-Łódź'],
      ['../../etc/passwd', 'etc-passwd'],
      ['CON:?*', 'CON_'],
      ['oe1', 'oe1'],
      ['///', 'plan'],
    ];
    for (const [name, slug] of slugs) expect(fileSlug(name)).toBe(slug);
  });
});
