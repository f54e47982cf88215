import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_DIR, ICONS, readSourceSvg, renderIcon } from './build-icons';

describe('app icons', () => {
  const svg = readSourceSvg();
  it.each(ICONS.map((spec) => [spec.file, spec] as const))(
    '%s is fresh (run `npm run icons` after editing icon.svg)',
    (_file, spec) => {
      const committed = readFileSync(join(ICON_DIR, spec.file));
      expect(renderIcon(svg, spec).equals(committed)).toBe(true);
    },
  );

  it.each(ICONS.map((spec) => [spec.file, spec.size] as const))('%s is a %i px square PNG', (file, size) => {
    const png = readFileSync(join(ICON_DIR, file));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height are the first two big-endian words of the first chunk.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  });
});
