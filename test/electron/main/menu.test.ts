import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { AppEvent, PlanSummary } from '../../../shared/api/contract';
import { menuTemplate, RECENT_PLANS_SHOWN } from '../../../electron/main/menu';

const plan = (i: number): PlanSummary => ({
  id: `plan-${i}`,
  name: `Plan ${i}`,
  customer: i % 2 ? 'ACME' : '',
  updatedAt: '2026-01-01T00:00:00.000Z',
  revision: 1,
});

function build(overrides: Partial<Parameters<typeof menuTemplate>[0]> = {}) {
  const sent: AppEvent[] = [];
  const template = menuTemplate({
    appName: 'Planner',
    platform: 'linux',
    locale: 'en',
    isPackaged: true,
    recentPlans: [],
    send: (e) => void sent.push(e),
    ...overrides,
  });
  return { template, sent };
}
const items = (menu: MenuItemConstructorOptions) => menu.submenu as MenuItemConstructorOptions[];
const byLabel = (menu: MenuItemConstructorOptions[], label: string) =>
  menu.find((m) => m.label?.replace('&', '') === label)!;
const click = (item: MenuItemConstructorOptions) => (item.click as unknown as () => void)();

describe('the native menu', () => {
  it('speaks the system’s language', () => {
    const { template } = build({ locale: 'de' });
    expect(template.map((m) => m.label)).toEqual(['&Datei', '&Bearbeiten', '&Ansicht']);
    expect(
      items(template[0]!)
        .map((i) => i.label)
        .filter(Boolean),
    ).toEqual([
      '&Neuer Plan',
      'Ö&ffnen…',
      '&Zuletzt geöffnet',
      'Plan &importieren…',
      'Plan &exportieren…',
    ]);
  });

  it('has File, Edit and View with the usual accelerators', () => {
    const { template, sent } = build();
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View']);
    const file = items(byLabel(template, 'File'));
    const accelerators = Object.fromEntries(
      file.filter((i) => i.label).map((i) => [i.label!.replace('&', ''), i.accelerator]),
    );
    expect(accelerators).toMatchObject({
      'New Plan': 'CmdOrCtrl+N',
      'Open…': 'CmdOrCtrl+O',
      'Import Plan…': 'CmdOrCtrl+I',
      'Export Plan…': 'CmdOrCtrl+E',
    });
    expect(file.at(-1)).toMatchObject({ role: 'quit' });
    for (const label of ['New Plan', 'Open…', 'Import Plan…', 'Export Plan…'])
      click(byLabel(file, label));
    expect(sent).toEqual([
      { kind: 'command', command: 'new-plan' },
      { kind: 'command', command: 'show-library' },
      { kind: 'command', command: 'import-plan' },
      { kind: 'command', command: 'export-plan' },
    ]);
    expect(
      items(byLabel(template, 'Edit'))
        .map((i) => i.role)
        .filter(Boolean),
    ).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
  });

  it('offers reload and developer tools only when not packaged', () => {
    const roles = (isPackaged: boolean) =>
      items(byLabel(build({ isPackaged }).template, 'View')).map((i) => i.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('lists the recently changed plans, and opens the one chosen', () => {
    const { template, sent } = build({
      recentPlans: Array.from({ length: 12 }, (_, i) => plan(i)),
    });
    const recent = items(byLabel(items(byLabel(template, 'File')), 'Open Recent'));
    expect(recent).toHaveLength(RECENT_PLANS_SHOWN);
    expect(recent[1]!.label).toBe('Plan 1 — ACME');
    click(recent[2]!);
    expect(sent).toEqual([{ kind: 'open-plan', id: 'plan-2' }]);
  });

  it('follows macOS conventions there: the app menu holds Quit', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template[0]!.label).toBe('Planner');
    expect(items(template[0]!).map((i) => i.role)).toContain('quit');
    expect(items(byLabel(template, 'File')).map((i) => i.role)).not.toContain('quit');
  });
});
