/**
 * The claim card's verdict boxes on a phone (Note, Sources): where the browser knows
 * `field-sizing: content` (Chromium) an empty box is one line tall and grows with its text; where
 * it does not (Firefox and Safari in 2026) the style sheet's fallback keeps each box two lines
 * tall, scrolling inside, and lets the reader drag it taller (phone-layout.css). Chromium cannot
 * be made to forget `field-sizing`, so the fallback is forced here the way such a browser reads
 * the sheet: the `@supports not (field-sizing: content)` block applies, and `field-sizing` is
 * dropped from every rule.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openAnalysed, openQuoteCard } from './support/app';

const LINES = ['First line of the note', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];

/** Reads the style sheets as a browser without `field-sizing` would: how many rules it changed. */
const forceFallback = (page: Page) =>
  page.evaluate(() => {
    let applied = 0;
    let dropped = 0;
    const walk = (host: CSSStyleSheet | CSSGroupingRule | CSSStyleRule) => {
      for (let i = host.cssRules.length - 1; i >= 0; i--) {
        const rule = host.cssRules[i];
        if (rule instanceof CSSSupportsRule && /not\s*\(\s*field-sizing/.test(rule.conditionText)) {
          // The block's rules, in its place, unconditionally.
          const inner = [...rule.cssRules].map((r) => r.cssText);
          host.deleteRule(i);
          for (const text of inner.reverse()) host.insertRule(text, i);
          applied += inner.length;
          continue;
        }
        if (rule instanceof CSSStyleRule && rule.style.getPropertyValue('field-sizing')) {
          rule.style.removeProperty('field-sizing');
          dropped++;
        }
        if ('cssRules' in rule) walk(rule as CSSGroupingRule);
      }
    };
    for (const sheet of document.styleSheets) walk(sheet);
    return { applied, dropped };
  });

/** The box's height, the height of its text, how many lines it shows, and its overflow and resize. */
const measure = (box: Locator) =>
  box.evaluate((el: HTMLTextAreaElement) => {
    const s = getComputedStyle(el);
    const line = parseFloat(s.lineHeight);
    const inner = el.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom);
    return {
      height: Math.round(el.getBoundingClientRect().height),
      scrolls: el.scrollHeight > el.clientHeight + 1,
      lines: Math.round((inner / line) * 10) / 10,
      overflowY: s.overflowY,
      resize: s.resize,
    };
  });

async function noteBox(page: Page) {
  await openAnalysed(page);
  const card = await openQuoteCard(page);
  return { card, note: card.getByRole('textbox', { name: 'Verdict note' }) };
}

test.describe('390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('with field-sizing, the note box is one line until written in, then grows with its text', async ({ page }) => {
    const { note } = await noteBox(page);
    const empty = await measure(note);
    await note.fill(LINES.join('\n'));
    const full = await measure(note);
    expect(full.height).toBeGreaterThan(empty.height + 40);
  });

  test('without field-sizing, the note box keeps two lines, scrolls inside and can be dragged taller', async ({
    page,
  }) => {
    const { note } = await noteBox(page);
    const changed = await forceFallback(page);
    // The fallback exists and was applied; else this test would be testing Chromium's own sizing.
    expect(changed.applied).toBeGreaterThan(0);
    expect(changed.dropped).toBeGreaterThan(0);
    const empty = await measure(note);
    expect(empty.lines).toBeGreaterThanOrEqual(2);
    expect(empty.lines).toBeLessThan(3);
    expect([empty.overflowY, empty.resize]).toEqual(['auto', 'vertical']);
    await note.fill(LINES.join('\n'));
    const full = await measure(note);
    // Its height kept, its text scrolling inside it.
    expect(full.height).toBe(empty.height);
    expect(full.scrolls).toBe(true);
    // The Sources box alike.
    const sources = await measure(page.getByRole('textbox', { name: 'Sources (one link per line)' }));
    expect(sources.height).toBe(empty.height);
  });
});
