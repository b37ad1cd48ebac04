import { app, Menu } from 'electron';
import type { ChannelName, PlanSummary } from '../../shared/api/contract';
import type { Backend } from '../services/backend';
import { menuTemplate, RECENT_PLANS_SHOWN } from './menu';
import type { UiLocale } from './ui-locale';
import type { Windows } from './windows';

/** Calls after which the recent plans may differ (an autosave can reorder them, so it is checked too). */
const LIBRARY_CHANGES = new Set<ChannelName>([
  'plans.create',
  'plans.save',
  'plans.duplicate',
  'plans.rename',
  'plans.delete',
  'plans.import',
  'plans.importFile',
]);

/**
 * The native menu, in the language chosen in the UI (rebuilt when it changes); returns what to call
 * after an API call so the recent plans stay current.
 */
export function setupMenu(
  backend: Backend,
  windows: Windows,
  locale: UiLocale,
): (channel: ChannelName) => void {
  let shown = '';
  const recentPlans = (): PlanSummary[] => backend.store.plans.list().slice(0, RECENT_PLANS_SHOWN);
  function build(plans: PlanSummary[]): void {
    shown = JSON.stringify(plans.map((p) => [p.id, p.name, p.customer]));
    const template = menuTemplate({
      appName: app.name,
      platform: process.platform,
      locale: locale.current,
      isPackaged: app.isPackaged,
      recentPlans: plans,
      send: (event) => windows.send(event),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }
  build(recentPlans());
  locale.onChange(() => build(recentPlans()));
  return (channel) => {
    if (!LIBRARY_CHANGES.has(channel)) return;
    const plans = recentPlans();
    if (JSON.stringify(plans.map((p) => [p.id, p.name, p.customer])) !== shown) build(plans);
  };
}
