import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type {
  Checklist,
  ChecklistLevel,
} from '../../../../../electron/services/documents/checklist/checklist';
import { checklistPdf } from '../../../../../electron/services/documents/checklist/checklist-pdf';
import { formatShortDate } from '../../../../../electron/services/documents/document-text';
import type { ProbeResult } from '../../../../../shared/probes/model';
import { artefactDir, exampleChecklist, hasTool } from '../support';

const POPPLER = hasTool('pdftotext', ['-v']) && hasTool('pdftoppm', ['-v']);
if (!POPPLER)
  console.warn('PDF tests skipped: pdftotext/pdftoppm not found (apt-get install poppler-utils)');

const work = mkdtempSync(join(tmpdir(), 'oe-pdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Rendered {
  file: string;
  pageCount: number;
  /** pdftotext -layout, one string per page. */
  pages: string[];
}

async function render(
  checklist: Checklist,
  level: ChecklistLevel,
  name: string,
): Promise<Rendered> {
  const { bytes, pageCount } = await checklistPdf(checklist, level);
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  });
  return { file, pageCount, pages: text.split('\f').filter((p) => p.trim() !== '') };
}

/** The first pages as PNG under test-results/, to look at; kept after the run. */
function keepPages(file: string, name: string): string[] {
  const dir = artefactDir('pdf');
  for (const old of readdirSync(dir).filter((f) => f.startsWith(`${name}-`)))
    rmSync(join(dir, old), { force: true });
  // The cover and the first rule pages are what a person looks at; a long appendix is left out.
  execFileSync('pdftoppm', ['-png', '-r', '80', '-l', '15', file, join(dir, name)]);
  return readdirSync(dir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
}

/** RGB pixels of one page (pdftoppm's PPM is a header and raw bytes). */
function pagePixels(file: string, page: number): Buffer {
  const base = join(work, `page-${page}`);
  execFileSync('pdftoppm', [
    '-r',
    '40',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
    base,
  ]);
  const ppm = readFileSync(`${base}.ppm`);
  // Header: "P6\n<w> <h>\n255\n"
  let newlines = 0;
  let offset = 0;
  while (newlines < 3) if (ppm[offset++] === 0x0a) newlines++;
  return ppm.subarray(offset);
}

function countColor(pixels: Buffer, [r, g, b]: [number, number, number]): number {
  let n = 0;
  for (let i = 0; i + 2 < pixels.length; i += 3) {
    if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b) n++;
  }
  return n;
}

const HOST_ROW = / \d+(-\d+)?\/(tcp|udp) /;
const FIREWALL_ROW = / FW-\d{3,} /;

/**
 * Table rows as pdftotext lays them out: a line with a port ("443/tcp") or a firewall rule id
 * starts a row; the lines after it (wrapped cells) belong to it until the next row starts.
 */
function rowBlocks(pages: readonly string[], start = HOST_ROW): string[] {
  const blocks: string[] = [];
  for (const line of pages.flatMap((p) => p.split('\n'))) {
    if (start.test(line)) blocks.push(line);
    else if (blocks.length > 0) blocks[blocks.length - 1] += `\n${line}`;
  }
  return blocks;
}

/** Every rule has a row naming its sources, destinations, ports and transport. */
function expectEveryRule(
  pages: readonly string[],
  rules: Checklist['rules']['hosts'],
  start = HOST_ROW,
): void {
  const blocks = rowBlocks(pages, start);
  for (const rule of rules) {
    const row = blocks.find(
      (b) =>
        (b.includes(`/${rule.protocol}`) || b.includes(`${rule.protocol}:`)) &&
        rule.ports.split(',').every((p) => new RegExp(`\\b${p}\\b`).test(b)) &&
        [...rule.from, ...rule.to].every((e) => b.includes(e.address)),
    );
    expect(row, `row of ${rule.id}`).toBeDefined();
  }
}

describe.skipIf(!POPPLER)('PDF checklist', () => {
  it('lists every host rule (source, destination, port) and says "page x of y" on every page', async () => {
    const checklist = exampleChecklist('single-every-feature');
    const pdf = await render(checklist, 'hosts', 'single-en');
    keepPages(pdf.file, 'single-every-feature-en');
    expect(pdf.pages).toHaveLength(pdf.pageCount);
    pdf.pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pdf.pageCount}`));
    expectEveryRule(pdf.pages, checklist.rules.hosts);
  });

  it('writes Polish and German names right with an embedded Unicode font', async () => {
    const checklist = exampleChecklist('single-every-feature');
    const pdf = await render(checklist, 'hosts', 'names');
    const all = pdf.pages.join('\n');
    expect(all).toContain('Print server Łódź');
    expect(all).toContain('Müller Logistik GmbH');
    expect(all).toContain('Jana Weiß');
    expect(all).toContain('Kraków printers');
    const fonts = execFileSync('pdffonts', [pdf.file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => l.trim());
    expect(fonts.length).toBeGreaterThan(0);
    // Columns: name, type, encoding, emb, sub, uni: every font embedded, with a Unicode map.
    for (const font of fonts) expect(font).toMatch(/Roboto.*\byes\s+yes\s+yes\b/);
  });

  it('has the cover facts, the topology, the legend and the sign-off block', async () => {
    const checklist = exampleChecklist('single-every-feature');
    const pdf = await render(checklist, 'hosts', 'structure');
    const [cover] = pdf.pages;
    for (const text of [
      'Port checklist',
      'Müller Logistik GmbH',
      'PLOSSYS Output Engine 7.2.0',
      'Jana Weiß',
      '24 November 2026',
      checklist.revision,
      'Host rules',
      'inferred (to confirm)',
      'Probe status',
    ]) {
      expect(cover).toContain(text);
    }
    const all = pdf.pages.join('\n');
    expect(all).toContain('Topology');
    expect(all).toContain('From Clients to OE nodes');
    for (const entry of checklist.topology) expect(all).toContain(entry.name);
    expect(all).toMatch(/Sign-off[\s\S]*Network team[\s\S]*Signature/);
    expect(all).toContain('https://plossys-output-engine.docs.sealsystems.de/reference/portlist');
  });

  it('repeats the table headings on every page of a long zone pair, in German', async () => {
    const checklist = exampleChecklist('cluster-5-every-feature', { locale: 'de' });
    const pdf = await render(checklist, 'hosts', 'cluster-de');
    keepPages(pdf.file, 'cluster-5-every-feature-de');
    const all = pdf.pages.join('\n');
    for (const heading of [
      'Portfreigabe-Checkliste',
      'Topologie',
      'Freizugebende Regeln',
      'Quelle: Clients · Ziel: OE-Knoten',
      'Abnahme',
      'Netzwerkteam',
      'Unterschrift',
      'Quellen',
      'abgeleitet (zu bestätigen)',
    ]) {
      expect(all).toContain(heading);
    }
    const headingLine = /Quelle\s+Ziel\s+Port\s+Dienst\s+Zweck\s+Benötigt von\s+Beleg\s+Prüfstatus/;
    const rulePages = pdf.pages.filter(
      (p) => / \d+\/(tcp|udp) /.test(p) && p.includes('ungeprüft'),
    );
    expect(rulePages.length).toBeGreaterThan(10);
    for (const page of rulePages) expect(page).toMatch(headingLine);
    pdf.pages.forEach((page, i) => expect(page).toContain(`Seite ${i + 1} von ${pdf.pageCount}`));
    expectEveryRule(pdf.pages, checklist.rules.hosts);
  }, 120_000);

  it('lists every firewall rule at the firewall level', async () => {
    const checklist = exampleChecklist('cluster-5-every-feature');
    const pdf = await render(checklist, 'firewall', 'firewall-en');
    keepPages(pdf.file, 'cluster-5-firewall-en');
    expectEveryRule(pdf.pages, checklist.rules.firewall, FIREWALL_ROW);
    const blocks = rowBlocks(pdf.pages, FIREWALL_ROW);
    for (const rule of checklist.rules.firewall) {
      expect(blocks.some((b) => b.includes(rule.id))).toBe(true);
    }
  });

  it('shades inferred rows and shows the probe status of each rule', async () => {
    const plain = exampleChecklist('single-every-feature');
    const [blocked, verified] = plain.rules.hosts;
    const probes: ProbeResult[] = [
      { ruleId: blocked!.id, status: 'blocked', probedAt: '2026-11-23T08:00:00.000Z' },
      { ruleId: verified!.id, status: 'verified', probedAt: '2026-11-23T08:01:00.000Z' },
    ].map(
      (r) => ({ ...r, detail: '', probeHost: 'x', sourceAddress: '', nat: false }) as ProbeResult,
    );
    const checklist = exampleChecklist('single-every-feature', { probes });
    const pdf = await render(checklist, 'hosts', 'probed');
    keepPages(pdf.file, 'single-every-feature-probed-en');
    const all = pdf.pages.join('\n');
    expect(all).toContain('blocked');
    expect(all).toContain(formatShortDate('2026-11-23T08:00:00.000Z', 'en'));
    const rulePage = pdf.pages.findIndex((p) => p.includes('Rules to open')) + 1;
    const inferredFill: [number, number, number] = [0xff, 0xf1, 0xd6];
    expect(countColor(pagePixels(pdf.file, rulePage), inferredFill)).toBeGreaterThan(200);
    // The same page without inferred rules has no such shading.
    const noInferred = exampleChecklist('single-minimal');
    expect(noInferred.rules.hosts.some((r) => r.evidence === 'inferred')).toBe(false);
    const plainPdf = await render(noInferred, 'hosts', 'no-inferred');
    const page = plainPdf.pages.findIndex((p) => p.includes('Rules to open')) + 1;
    expect(countColor(pagePixels(plainPdf.file, page), inferredFill)).toBe(0);
  });
});
