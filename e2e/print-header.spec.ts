/**
 * Printed (or saved as PDF), an article opens as a printed article does: the headline, then who
 * wrote it, then where it is from and when, in type sized for paper, black on white, the three kept
 * together and with the story's first lines (never the header alone at the foot of a page).
 */
import { expect, test } from '@playwright/test';
import { openDefaultArticle, pickFile } from './support/app';

const TEXT = [
  'Ferry strike ends after three weeks',
  'By Jane Okafor',
  'Associated Press',
  'LISBON — Ferry crews voted on Monday to end their strike, the union said.',
  'The first boats sailed for Porto on Tuesday.',
  '',
].join('\n');

const style = (el: Element, props: string[]) => {
  const s = getComputedStyle(el);
  return Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)]));
};

for (const scheme of ['light', 'dark'] as const) {
  test(`a printed article shows its title, byline, then source and date, as on paper (${scheme})`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await openDefaultArticle(page);
    await pickFile(page, { name: 'ferry-strike.txt', mimeType: 'text/plain', buffer: Buffer.from(TEXT) });
    const article = page.getByRole('article');
    const title = article.getByRole('heading', { level: 1, name: 'Ferry strike ends after three weeks' });
    await expect(title).toBeVisible();
    await expect(article).toHaveAccessibleDescription(/^By Jane Okafor\s*Associated Press$/);

    await page.emulateMedia({ media: 'print', colorScheme: scheme });
    const by = article.getByText('By Jane Okafor', { exact: true });
    const agency = article.getByText('Associated Press', { exact: true });
    const meta = article.getByText('File: ferry-strike.txt', { exact: true });
    const first = page.locator('.article-body p').first();
    for (const seen of [title, by, agency, meta, first]) await expect(seen).toBeVisible();
    // Nothing of the screen's chrome on paper: no buttons, no first-run hint over the story.
    await expect(page.getByRole('button', { name: 'Open file' })).toBeHidden();
    await expect(page.getByRole('complementary', { name: 'Getting started' })).toBeHidden();
    await page.screenshot({ path: testInfo.outputPath(`print-${scheme}.png`) });

    // In reading order, top to bottom: title, name, agency, source line, story.
    const ys = [];
    for (const el of [title, by, agency, meta, first]) ys.push((await el.boundingBox())!.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);

    // Sized for paper: the byline under the headline and above the source line, not as large as
    // the story's own text; all in black ink on white, whatever the screen's theme.
    const [h1, byline, agencyLine, metaLine, body] = await Promise.all([
      title.evaluate(style, ['font-size', 'color']),
      by.evaluate(style, ['font-size', 'font-weight', 'color']),
      agency.evaluate(style, ['font-size', 'font-weight', 'color']),
      meta.evaluate(style, ['font-size', 'color']),
      first.evaluate(style, ['font-size', 'color']),
    ]);
    const px = (v: string) => parseFloat(v);
    expect(px(byline['font-size'])).toBeLessThan(px(body['font-size']));
    expect(px(byline['font-size'])).toBeGreaterThanOrEqual(px(metaLine['font-size']));
    expect(px(h1['font-size'])).toBeGreaterThan(px(body['font-size']));
    expect(Number(byline['font-weight'])).toBeGreaterThanOrEqual(600);
    expect(Number(agencyLine['font-weight'])).toBeLessThan(600);
    for (const c of [h1.color, byline.color, agencyLine.color, body.color]) expect(c).toBe('rgb(0, 0, 0)');
    expect(metaLine.color).toMatch(/^rgb\((\d{1,2}), \1, \1\)$/);
    // The header stays in one piece and with the story's first lines.
    const header = await page
      .locator('.article-header')
      .evaluate(style, ['break-inside', 'break-after', 'border-bottom-style']);
    expect(header).toEqual({ 'break-inside': 'avoid', 'break-after': 'avoid', 'border-bottom-style': 'solid' });
  });
}
