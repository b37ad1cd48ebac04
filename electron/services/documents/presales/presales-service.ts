import type { Handlers } from '../../../../shared/api/contract';
import type { PRESALES_CHANNELS } from '../../../../shared/api/presales-channels';
import { documentFormat } from '../../../../shared/export';
import type { Locale } from '../../../../shared/i18n';
import type { DesktopServices } from '../../desktop';
import { renderPresales } from './render-presales';
import { renderedAnswer, saveFilter, saveWithDialog } from '../../rendered-files';
import type { Store } from '../../store';
import { loadValidPlan } from '../../plan-loader';

// The pre-sales summary PDF of a stored plan, at its stored revision; shared/summary computes it.

export type PresalesHandlers = Pick<Handlers, keyof typeof PRESALES_CHANNELS>;

export function createPresalesService(store: Store, desktop?: DesktopServices) {
  async function render(id: string, locale: Locale) {
    const { stored, plan } = await loadValidPlan(store, id, 'summary');
    return renderPresales({ plan, format: 'pdf', locale, revision: String(stored.revision) });
  }

  const handlers: PresalesHandlers = {
    'presales.render': async ({ id, locale }) => renderedAnswer(await render(id, locale)),
    'presales.saveFile': async ({ id, locale }) =>
      saveWithDialog(
        desktop,
        await render(id, locale),
        saveFilter(locale, documentFormat('presales', 'pdf')),
      ),
  };
  return { handlers };
}
