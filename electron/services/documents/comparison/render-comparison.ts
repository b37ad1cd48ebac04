import { documentFormat, type FormatOf } from '../../../../shared/export';
import { documentFile, type RenderedFile } from '../document-file';
import { COMPARISON_RENDERERS } from '../renderers';
import type { ComparisonInput } from './comparison-document';

export type ComparisonFormat = FormatOf<'comparison'>;

export interface ComparisonRequest extends Omit<ComparisonInput, 'generatedAt'> {
  format: ComparisonFormat;
  /** The file name's subject, both sides: "frankfurt-rev2-vs-rev5", "a-vs-b". */
  baseName: string;
  generatedAt?: Date;
}

/** The change between two plans as Markdown, CSV (one row per change), JSON or PDF: `<a>-vs-<b>-<level>-<locale>`. */
export async function renderComparison(request: ComparisonRequest): Promise<RenderedFile> {
  const { comparison: c, format, locale, baseName, ...input } = request;
  const body = await COMPARISON_RENDERERS[format]({
    ...input,
    comparison: c,
    locale,
    generatedAt: request.generatedAt ?? new Date(),
  });
  return documentFile(
    documentFormat('comparison', format),
    { subject: baseName, level: c.level, locale },
    body,
    c.added + c.removed + c.changed,
  );
}
