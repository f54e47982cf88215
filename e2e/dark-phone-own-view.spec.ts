/**
 * The sender's own view on a phone in dark mode, with one of their highlights and its card open
 * (a note and a tag in it): the card's text, its controls and the highlight under it keep their
 * contrast (axe's colour-contrast on the card and the header), and nothing in the card runs past
 * the screen's edge. Dark mode is checked to be on, and the highlighted text's contrast is computed
 * from its ::highlight() colours (axe cannot see them) against 4.5:1.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openAnalysed, painted } from './support/app';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });

test.use({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });

test('390 px, dark: an own highlight with its note open keeps its contrast and stays on screen', async ({ page }) => {
  // axe runs on the whole page once: slow on a busy machine, not a product cost.
  test.slow();
  await openAnalysed(page);
  await page.getByRole('button', { name: 'Got it' }).click();
  await page.locator('.article-root').focus();
  await page.keyboard.press('s');
  await page.keyboard.press('Enter');
  await expect(toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => painted(page, 'mg-user-yellow')).toHaveLength(1);
  // Dark mode is on: the system asks for it, no light theme overrides it, the page is drawn dark.
  const theme = await page.evaluate(() => ({
    prefersDark: matchMedia('(prefers-color-scheme: dark)').matches,
    forcedLight: document.documentElement.getAttribute('data-theme') === 'light',
    scheme: getComputedStyle(document.documentElement).colorScheme,
  }));
  expect(theme).toMatchObject({ prefersDark: true, forcedLight: false });
  expect(theme.scheme).toContain('dark');
  // axe cannot see ::highlight(): the highlighted text's contrast, from the highlight's computed
  // colours (its background laid over the page's), against WCAG's 4.5:1 floor.
  const ratio = await page.evaluate(() => {
    const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const layer = [...(CSS.highlights.get('mg-user-yellow') ?? [])][0];
    const p = (layer.startContainer.parentElement as Element).closest('p') ?? layer.startContainer.parentElement!;
    let under = [0, 0, 0];
    const base = (el: Element | null): number[] => {
      for (let n = el; n; n = n.parentElement) {
        const c = parse(getComputedStyle(n).backgroundColor);
        if (c.length >= 3 && (c.length < 4 || c[3] > 0)) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    under = base(p);
    const hl = getComputedStyle(p, '::highlight(mg-user-yellow)');
    const bg = parse(hl.backgroundColor);
    const a = bg.length >= 4 ? bg[3] : 1;
    const back = [0, 1, 2].map((i) => bg[i] * a + under[i] * (1 - a));
    const fg = parse(hl.color).slice(0, 3);
    const lum = (rgb: number[]) => {
      const [r, g, b] = rgb.map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [l1, l2] = [lum(fg), lum(back)].sort((x, y) => y - x);
    // The page itself is dark under the highlight.
    return { ratio: (l1 + 0.05) / (l2 + 0.05), pageLum: lum(under) };
  });
  expect(ratio.pageLum).toBeLessThan(0.2);
  expect(ratio.ratio).toBeGreaterThanOrEqual(4.5);
  await page.keyboard.press('a');
  const card = page.getByRole('region', { name: 'Your highlight: important' });
  await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
  await card.getByRole('textbox', { name: 'Note (Markdown)' }).fill('Check the **date** against the ministry’s list');
  await card
    .getByRole('combobox', { name: 'Tags' })
    .or(card.getByRole('textbox', { name: 'Tags' }))
    .fill('dates');
  await page.keyboard.press('Enter');
  await expect(card.getByLabel('Note preview')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('own-view-dark-390.png') });
  // Nothing in the card runs past the screen's right edge.
  const over = await card.evaluate((el) =>
    [...el.querySelectorAll('*')]
      .filter((n) => n.getBoundingClientRect().width > 0 && n.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((n) => `${n.tagName.toLowerCase()}.${n.className}`),
  );
  expect(over).toEqual([]);
  const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  expect(results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`))).toEqual(
    [],
  );
});
