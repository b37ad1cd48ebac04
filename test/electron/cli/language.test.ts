import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { chooseLocale } from '../../../electron/cli/language';
import { buildProgram } from '../../../electron/cli/program';
import { cli } from '../../support/cli';
import { examplePath, examplePlan } from '../../support/examples';
import { editedPlanFile } from '../../support/plans';

const GERMAN = { LANG: 'de_DE.UTF-8' };
const tmp = () => mkdtempSync(join(tmpdir(), 'oe-cli-de-'));

const fourNodeCluster = () =>
  editedPlanFile(
    'cluster-3-islands',
    (doc) => doc.nodes.push({ name: 'oe4', address: '192.0.2.14' }),
    'four.oeplan.json',
  );

const leaves = (command: Command): Command[] =>
  command.commands.length === 0 ? [command] : command.commands.flatMap(leaves);

describe('the command line in German', () => {
  it('refuses an invalid plan in German when the system speaks German (exit 2)', async () => {
    const run = await cli(['validate', fourNodeCluster()], { env: GERMAN });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('four.oeplan.json ist kein gültiger Plan (1 Fehler):');
    expect(run.stderr).toContain(
      'Fehler: OE-Knoten, nodes: sind 4, aber ein Cluster braucht eine ungerade Anzahl von OE-Knoten, drei oder mehr',
    );
    expect(run.stderr).toContain(
      'Abhilfe: Fügen Sie einen Knoten hinzu oder entfernen Sie einen (3 oder 5).',
    );
    expect(run.stderr).not.toMatch(/\bFix\b|\berror\b/);
  });

  it('says in German that a file is missing, and follows LC_ALL before LANG', async () => {
    const run = await cli(['validate', '/nonexistent/plan.json'], {
      env: { LANG: 'en_GB.UTF-8', LC_ALL: 'de_AT.UTF-8' },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      '/nonexistent/plan.json lässt sich nicht lesen: Die Datei gibt es nicht. Abhilfe: Prüfen Sie den Pfad.\n',
    );
  });

  it('takes --locale over the system language, on any command', async () => {
    const english = await cli(['validate', fourNodeCluster(), '--locale', 'en'], { env: GERMAN });
    expect(english.stderr).toContain('error: OE nodes, nodes: has 4 OE nodes');
    const german = await cli(['validate', examplePath('cluster-3-islands'), '--locale=de']);
    expect(german.code).toBe(0);
    expect(german.stdout).toContain(
      'gültiger Plan „Output cluster Frankfurt“ (Cluster, 3 OE-Knoten, 0 Warnungen)',
    );
    for (const command of leaves(buildProgram())) {
      expect(
        command.options.map((o) => o.long),
        command.name(),
      ).toContain('--locale');
    }
  });

  it('heads the matrix in German and keeps its values as data', async () => {
    const run = await cli(
      ['matrix', examplePath('cluster-3-islands'), '--level', 'zones', '--format', 'md'],
      { env: GERMAN },
    );
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('| Quellzone | Zielzone | Ports | Regeln |');
    // Each island checkout host to each OE node on 2119.
    const plan = examplePlan('cluster-3-islands');
    const islandHosts = plan.islandSites.flatMap((s) => s.checkoutHosts).length;
    expect(run.stdout).toContain(
      `| islands | oe-nodes | 2119/tcp | ${islandHosts * plan.nodes.length} |`,
    );
  });

  it('exports with German headings, the semicolon and a German summary line', async () => {
    const out = join(tmp(), 'rules.csv');
    const run = await cli(
      [
        'export',
        examplePath('single-minimal'),
        '--format',
        'csv',
        '--level',
        'hosts',
        '--out',
        out,
      ],
      {
        env: GERMAN,
      },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^.*rules\.csv geschrieben \(\d+ Regeln\)\n$/);
    const [headings] = parse(readFileSync(out), { bom: true, delimiter: ';' }) as string[][];
    expect(headings!.slice(0, 3)).toEqual(['ID', 'Quellzone', 'Quellname']);
  });

  it('chooses the language from --locale, then LC_ALL, LC_MESSAGES and LANG', async () => {
    expect(chooseLocale([], {})).toBe('en');
    expect(chooseLocale([], { LANG: 'C.UTF-8' })).toBe('en');
    expect(chooseLocale([], { LANG: 'de_CH.UTF-8' })).toBe('de');
    expect(chooseLocale([], { LANG: 'de_DE.UTF-8', LC_MESSAGES: 'en_US.UTF-8' })).toBe('en');
    expect(chooseLocale(['validate', 'x', '--locale', 'de'], { LANG: 'en_US' })).toBe('de');
    expect(chooseLocale(['--locale=en'], { LC_ALL: 'de_DE' })).toBe('en');
  });
});

describe('--locale in the help of every command', () => {
  it('names the system’s language as the default, and which one it is here, in one voice', async () => {
    for (const [env, here] of [
      [{ LANG: 'de_DE.UTF-8' }, 'de'],
      [{ LANG: 'en_GB.UTF-8' }, 'en'],
    ] as const) {
      const run = await cli(['summary', '--help'], {
        env: { LC_ALL: '', LC_MESSAGES: '', ...env },
      });
      expect(run.code).toBe(0);
      const help = run.stdout.replace(/\s+/g, ' ');
      expect(help).toContain(
        `--locale <locale> language of messages and output (choices: "en", "de", default: the system’s language (LC_ALL, LC_MESSAGES, LANG), here "${here}")`,
      );
      expect(help).not.toContain('default: "en"');
      expect(help).not.toContain('default: "de"');
    }
    for (const command of leaves(buildProgram())) {
      const locale = command.options.find((o) => o.long === '--locale')!;
      expect(locale.description, command.name()).toBe('language of messages and output');
      expect(locale.defaultValueDescription, command.name()).toMatch(/^the system’s language/);
    }
  });
});
