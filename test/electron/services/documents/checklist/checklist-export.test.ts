import { describe, expect, it } from 'vitest';
import { CHECKLIST_LEVELS, isScriptFormat } from '../../../../../shared/export';
import { LOCALES, textIn } from '../../../../../shared/i18n';
import { buildChecklist } from '../../../../../electron/services/documents/checklist/checklist';
import {
  ExportInputError,
  renderChecklistExport,
  renderExport,
} from '../../../../../electron/services/documents/checklist/checklist-export';
import { examplePlan } from '../../../../support/examples';
import { GENERATED_AT } from '../support';

const plan = examplePlan('single-every-feature');

describe('the export service (what the Export step calls)', () => {
  it('gives the PDF with a file name, a page count and the first rows as a preview', async () => {
    const result = await renderExport({
      plan,
      format: 'pdf',
      locale: 'de',
      generatedAt: GENERATED_AT,
    });
    const [file] = result.files;
    expect(file!.fileName).toBe('Print-server-Łódź-hosts-de.pdf');
    expect(file!.mediaType).toBe('application/pdf');
    expect(Buffer.from(file!.bytes.slice(0, 5)).toString()).toBe('%PDF-');
    // 30 host rules: the Infoclient and easyPRIMA on mgmt log in at Keycloak, and device monitoring
    // also reaches both printer networks on 443.
    expect(result.preview).toMatchObject({ kind: 'table', rowCount: 30 });
    if (result.preview.kind !== 'table') throw new Error('table preview expected');
    expect(result.preview.pageCount).toBeGreaterThanOrEqual(5);
    expect(result.preview.headings.slice(0, 3)).toEqual(['ID', 'Quellzone', 'Quellname']);
    expect(result.preview.rows).toHaveLength(10);
  });

  it('names CSV and XLSX files by plan, level and language', async () => {
    const csv = await renderExport({ plan, format: 'csv', level: 'firewall' });
    expect(csv.files[0]!.fileName).toBe('Print-server-Łódź-firewall-en.csv');
    // 22 firewall rules: easyPRIMA's login from mgmt and device monitoring on 443 add one each.
    expect(csv.preview).toMatchObject({ kind: 'table', rowCount: 22 });
    const xlsx = await renderExport({ plan, format: 'xlsx' });
    expect(xlsx.files[0]!.fileName).toBe('Print-server-Łódź-hosts-en.xlsx');
    expect(Buffer.from(xlsx.files[0]!.bytes.slice(0, 2)).toString()).toBe('PK');
  });

  it('never gives two exports of another level or language the same file name', async () => {
    const names = new Set<string>();
    let exports = 0;
    for (const format of ['csv', 'ps1', 'firewalld'] as const)
      for (const level of CHECKLIST_LEVELS)
        for (const locale of LOCALES) {
          if (isScriptFormat(format) && level !== 'hosts') continue;
          const result = await renderExport({ plan, format, level, locale });
          exports += result.files.length;
          for (const f of result.files) names.add(f.fileName);
        }
    expect(names.size).toBe(exports);
    expect(names).toContain('Print-server-Łódź-firewall-de.csv');
    expect(names).toContain('oe1-de.ps1');
  });

  it('gives one script per host with an inbound rule, and a preview of hosts and the first script', async () => {
    const result = await renderExport({ plan, format: 'firewalld' });
    // mgmt, krk-island and prometheus only connect out: no script for them.
    expect(result.files.map((f) => f.fileName)).toEqual([
      'oe1-firewalld-en.sh',
      'dpf-firewalld-en.sh',
      'sap-gw-firewalld-en.sh',
    ]);
    // Asked for by name, a host without an inbound rule still gets its script (it removes an
    // earlier run's rules).
    const mgmt = await renderExport({ plan, format: 'firewalld', host: 'mgmt' });
    expect(mgmt.files.map((f) => f.fileName)).toEqual(['mgmt-firewalld-en.sh']);
    if (result.preview.kind !== 'scripts') throw new Error('scripts preview expected');
    expect(result.preview.hosts[0]).toEqual({
      host: 'oe1',
      fileName: 'oe1-firewalld-en.sh',
      ruleCount: result.files[0]!.ruleCount,
      sourcesWithoutAddress: 0,
    });
    expect(result.preview.text.split('\n')[0]).toBe('#!/bin/bash');
  });

  it('refuses an unknown host, naming the field and the hosts there are', async () => {
    const attempt = renderExport({ plan, format: 'nft', host: 'oe9' });
    await expect(attempt).rejects.toBeInstanceOf(ExportInputError);
    await expect(attempt).rejects.toMatchObject({
      field: 'host',
      message:
        '"oe9" is not a host of this plan. Its hosts: oe1, mgmt, krk-island, dpf, prometheus, sap-gw. Fix: use one of them.',
    });
    const refusal = await renderExport({ plan, format: 'nft', host: 'oe9' }).catch((e) => e);
    expect(textIn('de', (refusal as ExportInputError).text)).toBe(
      '„oe9“ ist kein Host dieses Plans. Seine Hosts: oe1, mgmt, krk-island, dpf, prometheus, sap-gw. Abhilfe: Verwenden Sie einen davon.',
    );
  });

  it('refuses options outside the schema', async () => {
    await expect(renderExport({ plan, format: 'docx' as 'pdf' })).rejects.toThrow(/format/);
    await expect(renderExport({ plan, format: 'csv', delimiter: '|' as ',' })).rejects.toThrow(
      /delimiter/,
    );
  });

  it('exports several formats from one checklist built once', async () => {
    const checklist = buildChecklist({ plan, locale: 'en', generatedAt: GENERATED_AT });
    const [csv, nft] = await Promise.all([
      renderChecklistExport(checklist, { format: 'csv' }),
      renderChecklistExport(checklist, { format: 'nft', host: 'oe1' }),
    ]);
    expect(csv.files).toHaveLength(1);
    expect(new TextDecoder().decode(nft.files[0]!.bytes)).toContain(
      `# Plan revision: ${checklist.revision}`,
    );
  });
});
