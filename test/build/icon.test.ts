// The app icon: build/icon.png is the committed rendering of build/icon.svg, big enough for every OS.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICON_PNG, ICON_SIZE, ICON_SOURCE, renderIcon } from '../../electron/icons';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('build/icon.png', () => {
  const png = readFileSync(ICON_PNG);

  it('is a 1024x1024 PNG with an alpha channel (for the rounded corners)', () => {
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    // The IHDR chunk comes first: width, height, bit depth, colour type (6 = RGBA).
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([ICON_SIZE, ICON_SIZE]);
    expect(png[25]).toBe(6);
  });

  it('is up to date with build/icon.svg (otherwise: npm run icons)', () => {
    const rendered = renderIcon(readFileSync(ICON_SOURCE));
    expect(rendered.equals(png), 'build/icon.png is stale: run `npm run icons`').toBe(true);
  });

  it('refuses a source image that is not square, in one sentence', () => {
    const wide = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"/>';
    expect(() => renderIcon(wide)).toThrow(/must be square: it renders to 1024x512/);
  });
});
