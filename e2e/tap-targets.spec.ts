/**
 * On a phone every control a finger has to hit is at least 44 × 44 CSS px (WCAG 2.5.5, Apple's
 * and Material's guidance): the header, the Layers and Tools menus, the Export panel, the bar of
 * tabs and every panel's rows and filters. Measured at 390 px, on a touch phone and in a narrow
 * desktop window alike. Links inside running text are exempt (as WCAG exempts them); a checkbox
 * or radio is hit through its label, so its label is measured.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAnalysed } from './support/app';

/** Visible controls in the window smaller than 44 × 44, as "name w×h". */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const MIN = 44;
    const small: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a[href], select, input, textarea, summary, [role="tab"]',
    );
    for (const el of controls) {
      if (el.closest('.skip-link, .visually-hidden, .article-body, p, li > p')) continue;
      if (el instanceof HTMLInputElement && el.type === 'file') continue;
      const target =
        el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
          ? (el.closest('label') ?? el)
          : el;
      const r = target.getBoundingClientRect();
      if (!r.width || !r.height || r.bottom <= 0 || r.top >= innerHeight) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      // Half a pixel of rounding is not a smaller finger.
      if (r.width < MIN - 0.5 || r.height < MIN - 0.5) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
        small.push(`${el.localName} "${name}" ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    return small;
  });

for (const touch of [true, false]) {
  test.describe(`390 px, ${touch ? 'touch phone' : 'narrow window'}`, () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: touch, isMobile: touch });

    test('every control a finger hits is at least 44 × 44 px', async ({ page }) => {
      test.setTimeout(120_000);
      await openAnalysed(page);
      const tap = (name: string | RegExp, role: 'button' | 'tab' = 'button') =>
        touch
          ? page.getByRole(role, { name, exact: typeof name === 'string' }).tap()
          : page.getByRole(role, { name, exact: typeof name === 'string' }).click();
      await tap('Got it');
      const seen: Record<string, string[]> = {};
      seen['header and menus'] = await smallTargets(page);
      await tap('Layers');
      seen['Layers menu'] = await smallTargets(page);
      await tap('Layers');
      await tap('Tools');
      seen['Tools menu'] = await smallTargets(page);
      await tap('Export');
      await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
      seen['Export panel'] = await smallTargets(page);
      await tap('Export');
      await tap('Tools');
      for (const tab of [/^Notes/, /^Cast/, /^Claims/, /^Map/]) {
        await tap(tab, 'tab');
        await expect(page.getByRole('tabpanel')).toBeVisible();
        seen[`${tab.source.slice(1)} sheet`] = await smallTargets(page);
      }
      expect(seen).toEqual({
        'header and menus': [],
        'Layers menu': [],
        'Tools menu': [],
        'Export panel': [],
        'Notes sheet': [],
        'Cast sheet': [],
        'Claims sheet': [],
        'Map sheet': [],
      });
    });
  });
}
