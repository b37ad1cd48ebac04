// `npm run icons`: renders build/icon.svg, the one source image, to build/icon.png (1024x1024), from which
// electron-builder derives the Windows .ico, the macOS .icns and the Linux icon sizes.
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ICON_SOURCE = join(ROOT, 'build/icon.svg');
export const ICON_PNG = join(ROOT, 'build/icon.png');
/** macOS asks for 1024 pixels; electron-builder scales down from it for every other size. */
export const ICON_SIZE = 1024;

/** The PNG bytes of the source image at ICON_SIZE; without system fonts, the same bytes on every machine. */
export function renderIcon(svg: string | Buffer): Buffer {
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: ICON_SIZE },
    font: { loadSystemFonts: false },
  }).render();
  if (image.width !== ICON_SIZE || image.height !== ICON_SIZE) {
    throw new Error(
      `build/icon.svg must be square: it renders to ${image.width}x${image.height}, not ${ICON_SIZE}x${ICON_SIZE}`,
    );
  }
  return image.asPng();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    writeFileSync(ICON_PNG, renderIcon(readFileSync(ICON_SOURCE)));
    console.log(`rendered build/icon.png (${ICON_SIZE}x${ICON_SIZE}) from build/icon.svg`);
  } catch (e) {
    console.error(`Cannot render the icon: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
