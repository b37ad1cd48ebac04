import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, ArgsOf, ChannelName, ResultOf } from '../../../../../shared/api/contract';
import { TOKEN_HEADER } from '../../../../../shared/api/transport';
import { columnHeadings } from '../../../../../shared/i18n';
import { computeMatrix, levelTable, tableIn } from '../../../../../shared/matrix';
import type { ProbeResult } from '../../../../../shared/probes/model';
import {
  checklistTable,
  buildChecklist,
} from '../../../../../electron/services/documents/checklist/checklist';
import { startServer, type RunningServer } from '../../../../../electron/services/http/server';
import { openStore } from '../../../../../electron/services/store';
import { exampleDocument, examplePlan } from '../../../../support/examples';
import { hasTool } from '../support';

// The Export step's channels over browser mode's real HTTP server, on a real plans library.

const POPPLER = hasTool('pdftotext', ['-v']) && hasTool('pdfinfo', ['-v']);

let dir: string;
let server: RunningServer;

type Answer<T> = { ok: true; value: T } | { ok: false; error: ApiError };

async function call<T>(channel: string, args: unknown): Promise<Answer<T>> {
  const response = await fetch(`http://127.0.0.1:${server.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: server.token },
    body: JSON.stringify(args),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Answer<T>;
}

/** A call that must succeed: its result. */
async function value<C extends ChannelName>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
  const answer = await call<ResultOf<C>>(channel, args);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
  return answer.value;
}

const preview = (args: ArgsOf<'export.preview'>) => value('export.preview', args);
const rendered = (args: ArgsOf<'export.render'>) => value('export.render', args);

async function importExample(name: Parameters<typeof exampleDocument>[0]): Promise<string> {
  const document = exampleDocument(name);
  // Each test imports its example afresh; plan names are unique, so the last test's copy goes first.
  const taken = (await value('plans.list', {})).filter(
    (p) => p.name === (document.project as { name: string }).name,
  );
  for (const plan of taken) await value('plans.delete', { id: plan.id });
  const plan = await value('plans.import', {
    fileName: `${name}.oeplan.json`,
    content: JSON.stringify(document),
  });
  return plan.id;
}

const bytesOf = (file: { base64: string }) => Buffer.from(file.base64, 'base64');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oe-export-channels-'));
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Planner</title>');
  server = await startServer({ dataDir: join(dir, 'data'), staticDir, version: '9.9.9' });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('export channels over HTTP', () => {
  it('renders the CSV of a stored example plan that parses back to the host rules of its matrix', async () => {
    const id = await importExample('cluster-3-islands');
    const answer = await rendered({ id, format: 'csv', level: 'hosts' });
    expect(answer.files).toHaveLength(1);
    const [file] = answer.files;
    expect(file).toMatchObject({
      fileName: 'Output-cluster-Frankfurt-hosts-en.csv',
      mediaType: 'text/csv; charset=utf-8',
    });
    const bytes = bytesOf(file!);
    expect(file!.size).toBe(bytes.length);
    const rows: string[][] = parse(bytes, { bom: true, delimiter: ',' });
    const plan = examplePlan('cluster-3-islands');
    const matrix = computeMatrix(plan);
    const table = checklistTable(buildChecklist({ plan, locale: 'en' }), 'hosts');
    expect(rows[0]).toEqual(columnHeadings('en', table.columns));
    // The matrix's own columns, then probe status and time, change status and "temporary until":
    // nothing probed or asked yet.
    expect(rows.slice(1).map((r) => r.slice(0, -4))).toEqual(levelTable(matrix, 'hosts').rows);
    expect(rows.slice(1).map((r) => r.at(-4))).toEqual(matrix.hostRules.map(() => 'untested'));
    expect(file!.ruleCount).toBe(matrix.hostRules.length);
  });

  it('defaults to semicolons for a German CSV and parses back to the firewall rules', async () => {
    const id = await importExample('cluster-3-islands');
    const answer = await rendered({ id, format: 'csv', level: 'firewall', locale: 'de' });
    const rows: string[][] = parse(bytesOf(answer.files[0]!), { bom: true, delimiter: ';' });
    const matrix = computeMatrix(examplePlan('cluster-3-islands'));
    expect(rows[0]![0]).toBe('ID');
    // Its words in German (tableIn), its identifiers, ports and addresses as the matrix has them.
    expect(rows.slice(1).map((r) => r.slice(0, -4))).toEqual(
      tableIn(levelTable(matrix, 'firewall'), 'de').rows,
    );
  });

  it('joins the probe results stored with the plan into the export', async () => {
    const id = await importExample('cluster-3-islands');
    const matrix = computeMatrix(examplePlan('cluster-3-islands'));
    const [first, second] = matrix.hostRules;
    const result = (ruleId: string, status: ProbeResult['status'], probedAt: string) => ({
      ruleId,
      status,
      detail: '',
      probedAt,
      probeHost: 'oe1',
      sourceAddress: '10.0.0.1',
      nat: false,
    });
    // A second connection to the same library, as the Probes step's runs write to it.
    const store = openStore(join(dir, 'data'));
    try {
      store.probeResults.add(id, [
        result(first!.id, 'blocked', '2026-11-24T09:00:00.000Z'),
        result(first!.id, 'verified', '2026-11-24T10:00:00.000Z'),
        result(second!.id, 'blocked', '2026-11-24T10:00:00.000Z'),
      ]);
    } finally {
      store.close();
    }
    const answer = await preview({ id, format: 'csv' });
    expect(answer.preview.kind).toBe('table');
    if (answer.preview.kind !== 'table') return;
    const status = answer.preview.headings.indexOf('Probe status');
    const byId = new Map(answer.preview.rows.map((r) => [r[0], r[status]]));
    expect(byId.get(first!.id)).toBe('verified');
    expect(byId.get(second!.id)).toBe('blocked');
  });

  it('prints the stored revision in the scripts and lists every host with its rule count', async () => {
    const id = await importExample('cluster-3-islands');
    await value('plans.rename', { id, name: 'Cluster, renamed' });
    const answer = await preview({ id, format: 'nft' });
    expect(answer.revision).toBe(2);
    expect(answer.preview.kind).toBe('scripts');
    if (answer.preview.kind !== 'scripts') return;
    // Every host can be chosen; the scripts are for those with an inbound rule (the island
    // checkout hosts only connect out).
    const inbound = answer.hosts.filter((h) => !h.endsWith('-island'));
    expect(inbound.length).toBeLessThan(answer.hosts.length);
    expect(answer.preview.hosts.map((h) => h.host)).toEqual(inbound);
    expect(answer.files.map((f) => f.host)).toEqual(inbound);
    expect(answer.preview.hosts.map((h) => h.ruleCount)).toEqual(
      answer.files.map((f) => f.ruleCount),
    );
    expect(answer.preview.hosts.find((h) => h.host === 'oe1')?.ruleCount).toBeGreaterThan(0);
    expect(answer.preview.text).toContain('Plan revision: 2');
    expect(answer.files.every((f) => !('base64' in f))).toBe(true);

    const one = await rendered({ id, format: 'ps1', host: answer.hosts[0] });
    expect(one.files.map((f) => f.host)).toEqual([answer.hosts[0]]);
    expect(bytesOf(one.files[0]!).toString('utf8')).toContain('New-NetFirewallRule');
  });

  it.skipIf(!POPPLER)('renders a German PDF whose page count the preview gives', async () => {
    const id = await importExample('cluster-3-islands');
    const [seen, answer] = await Promise.all([
      preview({ id, format: 'pdf', locale: 'de' }),
      rendered({ id, format: 'pdf', locale: 'de' }),
    ]);
    const bytes = bytesOf(answer.files[0]!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(answer.files[0]!.fileName).toBe('Output-cluster-Frankfurt-hosts-de.pdf');
    const file = join(dir, 'checklist.pdf');
    writeFileSync(file, bytes);
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1],
    );
    expect(seen.preview.kind === 'table' && seen.preview.pageCount).toBe(pages);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Portfreigabe-Checkliste');
    expect(text).toContain(`Seite 1 von ${pages}`);
    expect(text).toContain('Planstand');
  });

  it('refuses a plan with errors, with its issues', async () => {
    const broken = exampleDocument('single-minimal') as { nodes: { address?: string }[] };
    broken.nodes[0]!.address = '10.0.0.300';
    const created = await value('plans.create', { document: broken });
    const answer = await call('export.render', { id: created.id, format: 'pdf' });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('invalid-plan');
    expect(answer.error.message).toMatch(/has 1 error.*then export/);
    expect(answer.error.issues).toContainEqual(
      expect.objectContaining({ severity: 'error', path: 'nodes[0].address' }),
    );
  });

  it('refuses an unknown host, and options the format does not have, naming the field', async () => {
    const id = await importExample('cluster-3-islands');
    const unknown = await call('export.preview', { id, format: 'nft', host: 'nope' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(!unknown.ok && unknown.error.message).toMatch(
      /^"nope" is not a host of this plan\. Its hosts: oe1/,
    );

    const hostForPdf = await call('export.preview', { id, format: 'pdf', host: 'oe1' });
    expect(!hostForPdf.ok && hostForPdf.error.message).toBe(
      'export.preview: host applies to the firewall scripts (ps1, nft, firewalld), not to pdf: leave it out',
    );
    const delimiter = await call('export.render', { id, format: 'xlsx', delimiter: ';' });
    expect(!delimiter.ok && delimiter.error.message).toMatch(
      /^export\.render: delimiter applies to csv only/,
    );
    const format = await call('export.render', { id, format: 'docx' });
    expect(!format.ok && format.error).toMatchObject({ code: 'bad-request' });
    expect(!format.ok && format.error.message).toMatch(/^export\.render: format /);
    const missing = await call('export.preview', { id: 'no-such-plan', format: 'csv' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('answers "unsupported" for the save dialog in browser mode', async () => {
    const id = await importExample('single-minimal');
    const answer = await call('export.saveFile', { id, format: 'csv' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
