import { strToU8, zipSync, type Zippable } from 'fflate';
import {
  documentFileName,
  documentFormat,
  fileSlug,
  SCRIPT_FORMATS,
  type ScriptFormat,
} from '../../../../shared/export';
import { translator } from '../../../../shared/i18n';
import type { Table } from '../../../../shared/matrix';
import type { Checklist } from '../checklist/checklist';
import type { Plan } from '../../../../shared/plan';
import { hostScripts, oneLine, type HostScript } from './inbound';

/** Each script format's renderer (electron/services/documents/renderers.ts SCRIPT_RENDERERS). */
export type ScriptRenderers = Record<ScriptFormat, (script: HostScript, plan: Plan) => string>;

export interface ScriptsZip {
  bytes: Uint8Array;
  /** What README.txt lists: one row per host of the plan. */
  readme: Table;
  /** Inbound rules with an address, over all hosts. */
  ruleCount: number;
}

/** Columns padded to their widest cell: README.txt reads as a table in any editor. */
function padded(rows: readonly string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

/**
 * Every host's firewall scripts in one zip: each host with an inbound rule gets one script per
 * format; README.txt has a line for every host, those without an inbound rule included.
 */
export function scriptsZip(checklist: Checklist, renderers: ScriptRenderers): ScriptsZip {
  const t = translator(checklist.locale);
  const { plan, locale } = checklist;
  const files: Zippable = {};
  const rows: string[][] = [];
  let ruleCount = 0;
  for (const script of hostScripts(checklist)) {
    const { host } = script;
    const address = host.addresses.join(', ');
    if (script.rules.length === 0) {
      rows.push([host.name, address, t('scripts.zipNoScript'), '0']);
      continue;
    }
    const names = SCRIPT_FORMATS.map((format) => {
      const name = documentFileName(documentFormat('checklist', format), {
        subject: fileSlug(host.name),
        locale,
      });
      files[name] = strToU8(renderers[format](script, plan));
      return name;
    });
    const count = script.rules.filter((r) => r.addresses.length > 0).length;
    ruleCount += count;
    rows.push([host.name, address, names.join(', '), String(count)]);
  }
  const heading = [
    t('scripts.zipHost'),
    t('scripts.zipAddress'),
    t('scripts.zipScripts'),
    t('scripts.zipRules'),
  ];
  const readme = [
    t('scripts.zipTitle', { plan: plan.project.name }),
    ...(plan.project.customer ? [t('scripts.customer', { customer: plan.project.customer })] : []),
    t('scripts.revision', { revision: checklist.revision }),
    t('scripts.generated', { date: checklist.generatedAt.toISOString() }),
    '',
    t('scripts.zipIntro'),
    t('scripts.review'),
    '',
  ].map(oneLine);
  // CR LF: Notepad on the Windows hosts shows it as lines too.
  const text = [...readme, ...padded([heading, ...rows.map((r) => r.map(oneLine))]), ''].join(
    '\r\n',
  );
  files['README.txt'] = strToU8(`\uFEFF${text}`);
  // The same plan gives the same zip: every entry is dated by the export, not by the clock.
  const bytes = zipSync(files, { mtime: checklist.generatedAt, level: 6 });
  return {
    bytes,
    readme: { columns: ['host', 'address', 'scripts', 'ruleCount'], rows },
    ruleCount,
  };
}
