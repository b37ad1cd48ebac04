import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';

// Roboto ships inside pdfmake: Latin (with Polish, Czech, Turkish ...), Greek and Cyrillic, embedded
// and subset into every PDF, so no font has to be installed on the user's machine.
const ROBOTO = join(
  dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);

export const FONT_FAMILY = 'Roboto';

/** The same files by path: pdfkit then reuses pdfmake's embedded fonts instead of adding copies. */
export const FONT_FILES = {
  regular: join(ROBOTO, 'Roboto-Regular.ttf'),
  bold: join(ROBOTO, 'Roboto-Medium.ttf'),
  italic: join(ROBOTO, 'Roboto-Italic.ttf'),
} as const;

let configured = false;

/** pdfmake with the embedded font, and no access to the network or to any other file. */
export function pdfRenderer(): typeof pdfmake {
  if (!configured) {
    pdfmake.setFonts({
      [FONT_FAMILY]: {
        normal: FONT_FILES.regular,
        bold: FONT_FILES.bold,
        italics: FONT_FILES.italic,
        bolditalics: join(ROBOTO, 'Roboto-MediumItalic.ttf'),
      },
    });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => path.startsWith(ROBOTO));
    configured = true;
  }
  return pdfmake;
}
