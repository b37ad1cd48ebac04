import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type {
  Checklist,
  ChecklistLevel,
} from '../../../../../electron/services/documents/checklist/checklist';
import { checklistPdf } from '../../../../../electron/services/documents/checklist/checklist-pdf';
import { columnHeadings, featureLabel, purposeText, type Locale } from '../../../../../shared/i18n';
import { firewallStatusKey } from '../../../../../shared/matrix';
import { artefactDir, exampleChecklist, hasTool } from '../support';

const POPPLER = hasTool('pdftotext', ['-v']) && hasTool('pdftoppm', ['-v']);
const work = mkdtempSync(join(tmpdir(), 'oe-pdf-change-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const LONG_NAME = 'oe1-printing-cluster-frankfurt-datacenter-west';

/** The change as a network team gets it: ticket, date, both contacts, a temporary feature. */
const withChange = (doc: any) => {
  doc.change = {
    ticket: 'CHG0012345',
    requestedDate: '2026-12-14',
    technician: { name: 'Jana Weiß', email: 'jana.weiss@example.com', phone: '+49 40 1234-567' },
    networkContact: {
      name: 'Piotr Nowak',
      email: 'netz@mueller-logistik.example',
      phone: '+49 40 9876-0',
    },
  };
  doc.temporary = [{ feature: 'remote-consul-ui', reason: 'installation', until: '2026-12-31' }];
  doc.nodes[0].name = LONG_NAME;
};

async function render(checklist: Checklist, level: ChecklistLevel, name: string) {
  const { bytes } = await checklistPdf(checklist, level);
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, bytes);
  const pdftotext = (...args: string[]) =>
    execFileSync('pdftotext', [...args, '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  const layout = pdftotext('-layout');
  // In content order, a cell's lines follow each other: a word broken after a separator joins up
  // again; any other break leaves a space (or a hyphen that is not in the word).
  const raw = pdftotext('-raw')
    .replace(/([-./:>,_@])\n/g, '$1')
    .replace(/\s+/g, ' ');
  return { file, layout, raw, pages: layout.split('\f').filter((p) => p.trim() !== '') };
}

const checklistOf = (locale: Locale, edit = withChange) =>
  exampleChecklist('cluster-5-every-feature', { locale, edit });

describe.skipIf(!POPPLER)('the PDF checklist a network team changes its firewalls by', () => {
  it('names the ticket, the requested date and both contacts on the cover', async () => {
    for (const [locale, texts] of [
      ['en', ['Change / ticket', 'CHG0012345', 'Requested for', '14 Dec 2026', 'Network contact']],
      [
        'de',
        ['Change/Ticket', 'CHG0012345', 'Gewünscht zum', '14.12.2026', 'Ansprechpartner Netzwerk'],
      ],
    ] as const) {
      const pdf = await render(checklistOf(locale), 'firewall', `cover-${locale}`);
      const cover = pdf.raw.slice(0, pdf.raw.indexOf(locale === 'en' ? 'Topology' : 'Topologie'));
      for (const text of texts) expect(cover).toContain(text);
      for (const text of [
        'Jana Weiß · jana.weiss@example.com · +49 40 1234-567',
        'Piotr Nowak · netz@mueller-logistik.example · +49 40 9876-0',
      ])
        expect(cover).toContain(text);
      if (locale === 'de') {
        expect(cover).toContain('Firewall-Regeln, mit den Host-Regeln im Anhang');
        // Looked at: the cover keeps to one page with the contacts on it.
        execFileSync('pdftoppm', [
          '-png',
          '-r',
          '80',
          '-l',
          '1',
          pdf.file,
          join(artefactDir('pdf'), 'change-cover-de'),
        ]);
      }
      // The cover keeps to one page: its legend ends before page 2 starts.
      expect(pdf.pages[0]).toContain(locale === 'en' ? 'not probed yet.' : 'noch nicht geprüft.');
    }
  }, 120_000);

  it('lists the firewall rules, then every host rule by id in an appendix, each in id order', async () => {
    const checklist = checklistOf('en');
    const pdf = await render(checklist, 'firewall', 'both-levels');
    const appendixAt = pdf.raw.indexOf('Appendix: the host rules');
    expect(appendixAt).toBeGreaterThan(0);
    const [firewall, hosts] = [pdf.raw.slice(0, appendixAt), pdf.raw.slice(appendixAt)];
    const positions = (text: string, ids: readonly string[]) =>
      ids.map((id) => {
        const at = text.indexOf(`${id} `);
        expect(at, id).toBeGreaterThanOrEqual(0);
        return at;
      });
    // Within each zone pair in id order; firewall ids run in zone-pair order, so in id order overall.
    const fwIds = checklist.rules.firewall.map((r) => r.id);
    const fwAt = positions(firewall, fwIds);
    expect(fwAt).toEqual([...fwAt].sort((a, b) => a - b));
    const hostIds = checklist.rules.hosts.map((r) => r.id);
    expect(hostIds.length).toBeGreaterThan(1000);
    positions(hosts, hostIds);
    // Each host rule names its firewall rule.
    expect(hosts).toContain(`(${checklist.rules.firewall[0]!.id})`);
    // The open questions once, after both.
    expect(pdf.layout.split('\nOpen questions for the vendor\n')).toHaveLength(2);
    expect(pdf.raw.indexOf('Open questions for the vendor ')).toBeGreaterThan(appendixAt);
  }, 120_000);

  it('gives the host rules alone at the host level', async () => {
    const checklist = checklistOf('en');
    const pdf = await render(checklist, 'hosts', 'hosts-only');
    expect(pdf.raw).not.toContain('Appendix: the host rules');
    expect(pdf.raw).not.toMatch(/FW-\d{3}/);
    for (const r of checklist.rules.hosts.slice(0, 50)) expect(pdf.raw).toContain(r.id);
  }, 120_000);

  it('shows each rule’s change status and "temporary until" on its row', async () => {
    const plain = checklistOf('en');
    const consul = plain.rules.firewall.find((r) => r.ports === '8500')!;
    const [approved, rejected] = plain.rules.firewall.filter((r) => r !== consul);
    const statuses = {
      [firewallStatusKey(approved!.key)]: {
        status: 'approved',
        by: 'Piotr Nowak',
        at: '2026-12-10',
        reason: '',
      },
      [firewallStatusKey(rejected!.key)]: {
        status: 'rejected',
        by: 'Piotr Nowak',
        at: '2026-12-11T10:00:00Z',
        reason: 'not in the DMZ policy',
      },
    };
    for (const locale of ['en', 'de'] as const) {
      const checklist = checklistOf(locale, (doc) => {
        withChange(doc);
        doc.statuses = statuses;
      });
      const pdf = await render(checklist, 'firewall', `statuses-${locale}`);
      const row = (id: string) => {
        const at = pdf.raw.indexOf(`${id} `);
        return pdf.raw.slice(at, pdf.raw.indexOf(' FW-', at + 1));
      };
      const [approvedWord, rejectedWord, temporary, none] =
        locale === 'en'
          ? ['approved', 'rejected', 'temporary until 31 Dec 2026', 'not requested']
          : ['genehmigt', 'abgelehnt', 'befristet bis 31.12.2026', 'nicht beantragt'];
      expect(row(approved!.id)).toContain(`${approvedWord} Piotr Nowak`);
      expect(row(rejected!.id)).toContain(`${rejectedWord} Piotr Nowak`);
      expect(row(rejected!.id)).toContain('not in the DMZ policy');
      expect(row(consul.id)).toContain(none);
      expect(row(consul.id)).toContain(temporary);
      expect(row(approved!.id)).not.toContain(temporary);
      // The host rules of an approved firewall rule are approved with it.
      const hostRow = pdf.raw.slice(pdf.raw.indexOf(`${approved!.hostRuleIds[0]} `));
      expect(hostRow.slice(0, 400)).toContain(approvedWord);
    }
  }, 120_000);

  it('heads every zone pair in grammatical German that needs no declension', async () => {
    const checklist = checklistOf('de');
    const pdf = await render(checklist, 'firewall', 'zone-pairs-de');
    const headings = new Set(pdf.raw.match(/Quelle: [^·]+? · Ziel: \S+/g));
    expect([...headings].sort()).toEqual(
      [
        'Quelle: Clients · Ziel: OE-Knoten',
        'Quelle: Extern · Ziel: OE-Knoten',
        'Quelle: Inselstandorte · Ziel: Inselstandorte',
        'Quelle: Inselstandorte · Ziel: OE-Knoten',
        'Quelle: Management · Ziel: OE-Knoten',
        'Quelle: OE-Knoten · Ziel: Drucker',
        'Quelle: OE-Knoten · Ziel: Extern',
        'Quelle: OE-Knoten · Ziel: OE-Knoten',
      ].sort(),
    );
    expect(pdf.raw).not.toMatch(
      /\bVon (Clients|OE-Knoten|Management|Inselstandorte|Drucker|Extern) nach\b/,
    );
  }, 120_000);

  it('never breaks a word inside: names, purposes and features read whole', async () => {
    const checklist = checklistOf('de');
    const pdf = await render(checklist, 'firewall', 'words-de');
    // The column headings too ("Änderungsstatus" in a narrow column).
    const expected = new Set<string>([
      LONG_NAME,
      ...columnHeadings('de', ['source', 'destination', 'purpose', 'requiredBy', 'evidence']),
      ...columnHeadings('de', ['probeStatus', 'changeStatus']),
    ]);
    for (const r of checklist.rules.hosts) {
      for (const p of purposeText('de', r.purpose).split('; ')) expected.add(p);
      for (const f of r.features) expected.add(featureLabel('de', f));
    }
    const broken = [...expected].filter((w) => !pdf.raw.includes(w));
    expect(broken).toEqual([]);
    // A hyphen the word does not have is a word broken inside.
    expect(pdf.raw).not.toMatch(/Auftragsannah-|Administrato-|Oberflä-/);
  }, 120_000);
});
