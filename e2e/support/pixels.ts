/**
 * What a person sees, measured on screenshots: the box of a phrase in the article, captured as
 * pixels, and how much two captures of the same box differ. A layer is "visible" when its paint
 * changes a real share of the pixels, not when its ranges are registered.
 */
import type { Page } from '@playwright/test';
import { phraseRects } from './phrase';
import { twoFrames } from './frames';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The first line box of the `nth` occurrence of `phrase` in the article, scrolled on screen. */
export async function phraseBox(page: Page, phrase: string, nth = 0): Promise<Box> {
  const [rect] = await phraseRects(page, phrase, { nth, scroll: 'if-hidden' });
  return {
    x: Math.round(rect.left),
    y: Math.round(rect.top),
    width: Math.round(rect.width),
    height: Math.round(rect.height),
  };
}

/** A PNG of the box, as base64. */
export async function capture(page: Page, box: Box): Promise<string> {
  // Let any highlight change reach the screen first.
  await twoFrames(page);
  return (await page.screenshot({ clip: box, animations: 'disabled', caret: 'hide' })).toString('base64');
}

interface Pixels {
  width: number;
  height: number;
  /** RGBA, four numbers a pixel. */
  data: number[];
}

/** A capture decoded to its pixels by the page's own image decoder. */
function decode(page: Page, png: string): Promise<Pixels> {
  return page.evaluate(async (png) => {
    const blob = new Blob([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    return { width: bitmap.width, height: bitmap.height, data: Array.from(data) };
  }, png);
}

/** Share of pixels (0–1) that differ clearly between two captures of the same size. */
export async function pixelDifference(page: Page, a: string, b: string): Promise<number> {
  const [pa, pb] = await Promise.all([decode(page, a), decode(page, b)]);
  if (pa.width !== pb.width || pa.height !== pb.height) throw new Error('captures differ in size');
  let differ = 0;
  for (let i = 0; i < pa.data.length; i += 4) {
    const d =
      Math.abs(pa.data[i] - pb.data[i]) +
      Math.abs(pa.data[i + 1] - pb.data[i + 1]) +
      Math.abs(pa.data[i + 2] - pb.data[i + 2]);
    if (d > 24) differ++;
  }
  return differ / (pa.width * pa.height);
}

/** The mean colour of a capture, [r, g, b]. */
export async function meanColour(page: Page, png: string): Promise<[number, number, number]> {
  const { data } = await decode(page, png);
  const sum = [0, 0, 0];
  for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) sum[c] += data[i + c];
  const n = data.length / 4;
  return [sum[0] / n, sum[1] / n, sum[2] / n];
}

/**
 * Share of pixels (0–1) of a capture that carry colour: black text on white has none, a tinted
 * highlight or a coloured underline has many.
 */
export async function colouredShare(page: Page, png: string): Promise<number> {
  const { data } = await decode(page, png);
  let coloured = 0;
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 12) coloured++;
  }
  return coloured / (data.length / 4);
}

/**
 * Share of pixels (0–1) of a capture that stand out from its commonest colour (its background):
 * a line of text drawn there has some, an empty or covered box has none.
 */
export async function inkShare(page: Page, png: string): Promise<number> {
  const { data } = await decode(page, png);
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const bg = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const [r, g, b] = [bg >> 16, (bg >> 8) & 255, bg & 255];
  let ink = 0;
  for (let i = 0; i < data.length; i += 4)
    if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) > 96) ink++;
  return ink / (data.length / 4);
}
