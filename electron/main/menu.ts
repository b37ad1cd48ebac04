import type { MenuItemConstructorOptions } from 'electron';
import type { AppEvent, PlanSummary } from '../../shared/api/contract';
import { translator, type Locale } from '../../shared/i18n';

/** How many recently changed plans the File menu lists. */
export const RECENT_PLANS_SHOWN = 8;

export interface MenuContext {
  appName: string;
  platform: NodeJS.Platform;
  /** The language chosen in the UI; the roles (Undo, Copy, …) Electron names in the system's. */
  locale: Locale;
  /** Reload and developer tools only while developing. */
  isPackaged: boolean;
  /** The library's plans, most recently changed first. */
  recentPlans: readonly PlanSummary[];
  /** Tell the renderer what the user chose. */
  send: (event: AppEvent) => void;
}

/** The native menu as data: File, Edit, View (Window and the app menu on macOS). */
export function menuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const mac = context.platform === 'darwin';
  const command = (id: Extract<AppEvent, { kind: 'command' }>['command']) => () =>
    context.send({ kind: 'command', command: id });
  const recent = context.recentPlans.slice(0, RECENT_PLANS_SHOWN);
  const t = translator(context.locale);
  const file: MenuItemConstructorOptions = {
    label: t('desktop.menu.file'),
    submenu: [
      { label: t('desktop.menu.newPlan'), accelerator: 'CmdOrCtrl+N', click: command('new-plan') },
      { label: t('desktop.menu.open'), accelerator: 'CmdOrCtrl+O', click: command('show-library') },
      {
        label: t('desktop.menu.recent'),
        submenu:
          recent.length === 0
            ? [{ label: t('desktop.menu.noPlans'), enabled: false }]
            : recent.map((plan) => ({
                label: plan.customer ? `${plan.name} — ${plan.customer}` : plan.name,
                click: () => context.send({ kind: 'open-plan', id: plan.id }),
              })),
      },
      { type: 'separator' },
      {
        label: t('desktop.menu.importPlan'),
        accelerator: 'CmdOrCtrl+I',
        click: command('import-plan'),
      },
      {
        label: t('desktop.menu.exportPlan'),
        accelerator: 'CmdOrCtrl+E',
        click: command('export-plan'),
      },
      ...(mac
        ? []
        : [{ type: 'separator' as const }, { role: 'quit' as const, accelerator: 'CmdOrCtrl+Q' }]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t('desktop.menu.edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t('desktop.menu.view'),
    submenu: [
      ...(context.isPackaged
        ? []
        : [
            { role: 'reload' as const },
            { role: 'toggleDevTools' as const },
            { type: 'separator' as const },
          ]),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  if (!mac) return [file, edit, view];
  return [
    {
      label: context.appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    file,
    edit,
    view,
    { role: 'windowMenu' },
  ];
}
