import pdfmake from 'pdfmake';
import vfs from 'pdfmake/build/vfs_fonts.js';

// Roboto ships inside pdfmake as data (build/vfs_fonts.js): it travels inside the app's bundle, no
// font file has to exist on the user's machine, and every PDF embeds (a subset of) it. It covers
// Latin with Polish, Czech, Turkish and the other European accents, Greek and Cyrillic.
export const FONT_FAMILY = 'Roboto';

const FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

/** pdfmake's in-memory file system (Node side; not in its type definitions). */
interface VirtualFiles {
  virtualfs: { writeFileSync(name: string, data: Buffer): void };
}

let configured = false;

/** pdfmake with the embedded font, and no access to the network or to any file on disk. */
export function pdfRenderer(): typeof pdfmake {
  if (!configured) {
    const files = (pdfmake as unknown as VirtualFiles).virtualfs;
    for (const name of Object.values(FILES)) {
      files.writeFileSync(name, Buffer.from((vfs as Record<string, string>)[name]!, 'base64'));
    }
    pdfmake.setFonts({ [FONT_FAMILY]: FILES });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => false);
    configured = true;
  }
  return pdfmake;
}
