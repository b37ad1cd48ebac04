import { documentFormat, fileSlug, type FormatOf } from '../../../../shared/export';
import type { Locale } from '../../../../shared/i18n';
import { computeMatrix } from '../../../../shared/matrix';
import type { Plan } from '../../../../shared/plan';
import { presalesSummary } from '../../../../shared/summary';
import { planFingerprint } from '../checklist/checklist';
import { documentFile, type RenderedFile } from '../document-file';
import { PRESALES_RENDERERS } from '../renderers';

export type PresalesFormat = FormatOf<'presales'>;

export interface PresalesRequest {
  plan: Plan;
  format: PresalesFormat;
  locale: Locale;
  /** The stored plan's revision; without it the plan's fingerprint. */
  revision?: string;
  generatedAt?: Date;
}

/** The pre-sales summary of a valid plan as Markdown, JSON or a one-page PDF: `<plan>-presales-<locale>`. */
export async function renderPresales(request: PresalesRequest): Promise<RenderedFile> {
  const { plan, format, locale } = request;
  const summary = presalesSummary(plan, computeMatrix(plan));
  const body = await PRESALES_RENDERERS[format]({
    plan,
    summary,
    locale,
    revision: request.revision?.trim() || planFingerprint(plan),
    generatedAt: request.generatedAt ?? new Date(),
  });
  const subject = fileSlug(plan.project.name);
  return documentFile(
    documentFormat('presales', format),
    { subject, locale },
    body,
    summary.firewallRules,
  );
}
