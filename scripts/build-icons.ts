/**
 * Renders the app icons (PNG) from the one hand-drawn source, public/icons/icon.svg, so the
 * manifest, the home screen and the browser tab all show the same picture.
 *
 * Run: `npm run icons` (tsx scripts/build-icons.ts). Deterministic: the same SVG and the same
 * @resvg/resvg-js give the same bytes, which is what build-icons.test.ts checks ("the committed
 * PNGs are fresh").
 *
 * Why resvg: a Rust SVG renderer shipped as one prebuilt binary inside its npm package — no
 * browser, no system libraries (sharp needs libvips), and it needs no fonts because the icon has
 * no text.
 *
 * Maskable and Apple icons are full-bleed squares (the platform cuts its own shape): the artwork
 * is drawn smaller on a square of the background colour so it stays inside the safe zone (the
 * central circle of 80 % diameter).
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ICON_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');
const BACKGROUND = '#8a5a00';

interface IconSpec {
  file: string;
  size: number;
  /** Full-bleed: the artwork scaled by this factor, centred on a square of the background colour. */
  bleedScale?: number;
}

export const ICONS: readonly IconSpec[] = [
  { file: 'icon-192.png', size: 192 },
  { file: 'icon-512.png', size: 512 },
  { file: 'icon-maskable-512.png', size: 512, bleedScale: 0.78 },
  { file: 'apple-touch-icon.png', size: 180, bleedScale: 0.9 },
];

function fullBleed(svg: string, scale: number): string {
  const inner = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const side = 512 * scale;
  const offset = (512 - side) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" fill="${BACKGROUND}"/><svg x="${offset}" y="${offset}" width="${side}" height="${side}" viewBox="0 0 512 512">${inner}</svg></svg>`;
}

export function renderIcon(svg: string, spec: IconSpec): Buffer {
  const source = spec.bleedScale ? fullBleed(svg, spec.bleedScale) : svg;
  const resvg = new Resvg(source, { fitTo: { mode: 'width', value: spec.size }, font: { loadSystemFonts: false } });
  return resvg.render().asPng();
}

export function readSourceSvg(): string {
  return readFileSync(join(ICON_DIR, 'icon.svg'), 'utf8');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const svg = readSourceSvg();
  for (const spec of ICONS) {
    const png = renderIcon(svg, spec);
    writeFileSync(join(ICON_DIR, spec.file), png);
    console.log(`${spec.file}  ${spec.size}×${spec.size}  ${png.length.toLocaleString('en')} bytes`);
  }
}
