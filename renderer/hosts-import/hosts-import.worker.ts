import {
  applyImport,
  headingsOfMapping,
  joinPrinterPorts,
  overLimits,
  previewImport,
  readSpreadsheet,
  type Sheet,
} from '../../shared/hosts-import';
import type { Plan } from '../../shared/plan';
import { answerRequests, type MessageEnd } from '../lib/worker-client';
import { NOT_A_PAIR, summaryKey, type ImportRequests, type PreviewRequest } from './protocol';

// Reads a spreadsheet and accounts for its rows off the window's thread.

const HEAD_ROWS = 52;
const LISTED = 200;
let sheet: Sheet | null = null;

function compute({ planText, choices, rejected }: PreviewRequest) {
  if (!sheet) throw new Error('no spreadsheet has been read');
  const plan = JSON.parse(planText) as Plan;
  const preview = previewImport(plan, sheet, choices);
  const turnedDown = new Set(rejected);
  const accepted = preview.summaries.filter((s) => !turnedDown.has(summaryKey(s)));
  const result =
    preview.mapping.address === undefined
      ? null
      : applyImport(
          plan,
          choices.target,
          preview.accounting,
          accepted,
          headingsOfMapping(preview.mapping, preview.headings),
        );
  return { preview, result };
}

answerRequests<ImportRequests>(self as unknown as MessageEnd, {
  read: async ({ bytes, ports }) => {
    sheet = null;
    const printers = await readSpreadsheet(new Uint8Array(bytes));
    const read = ports
      ? joinPrinterPorts(printers, await readSpreadsheet(new Uint8Array(ports)))
      : printers;
    if (!read) throw new Error(NOT_A_PAIR);
    sheet = read;
    return {
      format: read.format,
      ...(read.delimiter ? { delimiter: read.delimiter } : {}),
      ...(read.encoding ? { encoding: read.encoding } : {}),
      rowCount: read.rows.length,
      head: read.rows.slice(0, HEAD_ROWS),
      joined: ports !== undefined,
    };
  },
  preview: (request) => {
    const { preview, result } = compute(request);
    const notImported = preview.accounting.outcomes.filter((o) => o.outcome !== 'imported');
    return {
      headed: preview.headed,
      headings: preview.headings,
      mapping: preview.mapping,
      mappingFrom: preview.mappingFrom,
      counts: preview.accounting.counts,
      changing: preview.accounting.outcomes.filter(
        (o) => o.outcome === 'imported' || (o.outcome === 'merged' && o.added.length > 0),
      ).length,
      notImported: notImported.slice(0, LISTED) as never,
      notImportedCount: notImported.length,
      summaries: preview.summaries.map(({ rows, ...summary }) => ({
        ...summary,
        key: summaryKey(summary),
        count: rows.length,
      })),
      over: result ? overLimits(result) : [],
    };
  },
  apply: (request) => {
    const { result } = compute(request);
    if (!result) throw new Error('no column holds addresses');
    return result;
  },
});
