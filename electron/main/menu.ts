import type { MenuItemConstructorOptions } from 'electron';
import type { AppEvent, PlanSummary } from '../../shared/api/contract';

/** How many recently changed plans the File menu lists. */
export const RECENT_PLANS_SHOWN = 8;

export interface MenuContext {
  appName: string;
  platform: NodeJS.Platform;
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
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: '&New Plan', accelerator: 'CmdOrCtrl+N', click: command('new-plan') },
      { label: '&Open…', accelerator: 'CmdOrCtrl+O', click: command('show-library') },
      {
        label: 'Open &Recent',
        submenu:
          recent.length === 0
            ? [{ label: 'No plans yet', enabled: false }]
            : recent.map((plan) => ({
                label: plan.customer ? `${plan.name} — ${plan.customer}` : plan.name,
                click: () => context.send({ kind: 'open-plan', id: plan.id }),
              })),
      },
      { type: 'separator' },
      { label: '&Import Plan…', accelerator: 'CmdOrCtrl+I', click: command('import-plan') },
      { label: '&Export Plan…', accelerator: 'CmdOrCtrl+E', click: command('export-plan') },
      ...(mac
        ? []
        : [{ type: 'separator' as const }, { role: 'quit' as const, accelerator: 'CmdOrCtrl+Q' }]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
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
    label: '&View',
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
