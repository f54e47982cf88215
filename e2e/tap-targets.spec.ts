/**
 * On a phone every control a finger has to hit is at least 44 × 44 CSS px (WCAG 2.5.5, Apple's
 * and Material's guidance): the header, the Layers and Tools menus, the Export panel, the Aa
 * menu, the selection toolbar, the Share dialog, a finding's card, the bar of tabs and every
 * panel's rows and filters. Measured at 390 px, on a touch phone and in a narrow
 * desktop window alike. Only a link inside a sentence is exempt (as WCAG exempts inline targets):
 * a link alone on its line, and every button, field or summary anywhere, is measured. Controls
 * past the window or below a sheet's or menu's fold are scrolled to and measured too. A checkbox
 * or radio is hit through its label, so its label is measured.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openAnalysed, selectWithMouse } from './support/app';

/**
 * Rendered controls smaller than 44 × 44, as "name w×h": those in the window and those a reader
 * scrolls to (each is scrolled into view, in the page or in its sheet or menu, before it is
 * measured), except a link that is part of a sentence.
 */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const MIN = 44;
    const small: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a[href], select, input, textarea, summary, [role="tab"]',
    );
    /** A link inside running text: its paragraph or list item holds more words than the link. */
    const inlineInProse = (el: HTMLElement) => {
      if (!(el instanceof HTMLAnchorElement)) return false;
      const block = el.parentElement?.closest('p, li, dd, td, blockquote');
      const words = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, '');
      return !!block && words(block).length > words(el).length;
    };
    const scrollTops = [...document.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.scrollHeight > el.clientHeight)
      .map((el) => [el, el.scrollTop] as const);
    const pageY = scrollY;
    for (const el of controls) {
      if (el.closest('.skip-link, .visually-hidden') || inlineInProse(el)) continue;
      if (el instanceof HTMLInputElement && el.type === 'file') continue;
      const target =
        el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
          ? (el.closest('label') ?? el)
          : el;
      let r = target.getBoundingClientRect();
      if (!r.width || !r.height) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      if (r.bottom <= 0 || r.top >= innerHeight) {
        target.scrollIntoView({ block: 'center', behavior: 'instant' });
        r = target.getBoundingClientRect();
      }
      // Half a pixel of rounding is not a smaller finger.
      if (r.width < MIN - 0.5 || r.height < MIN - 0.5) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
        small.push(`${el.localName} "${name}" ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    // Back where the reader was, so the next step taps what it tapped before.
    for (const [el, top] of scrollTops) el.scrollTop = top;
    scrollTo({ top: pageY, behavior: 'instant' });
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
      // The toolbar under a selection, and the Share dialog with a highlight to choose.
      await selectWithMouse(page, 'marathon session');
      const toolbar = page.getByRole('toolbar', { name: 'Annotate selection' });
      await expect(toolbar).toBeVisible();
      seen['selection toolbar'] = await smallTargets(page);
      await toolbar.getByRole('button', { name: 'Highlight: important (yellow)' }).click();
      await page.keyboard.press('Escape');
      await tap('Tools');
      await tap('Share');
      const share = page.getByRole('dialog', { name: 'Share with annotations' });
      await expect(share.getByRole('button', { name: 'Select none' })).toBeVisible();
      seen['Share dialog'] = await smallTargets(page);
      await share.getByRole('button', { name: 'Close' }).click();
      await expect(share).toBeHidden();
      if (await page.getByRole('button', { name: 'Tools', expanded: true }).count()) await tap('Tools');
      // The Aa menu: text size, line width and the claims' tint.
      await tap('Tools');
      await tap('Text size and line width');
      await expect(page.getByRole('group', { name: 'Text size and line width' })).toBeVisible();
      seen['Aa menu'] = await smallTargets(page);
      await tap('Text size and line width');
      await tap('Tools');
      // A finding's card, risen from the foot: a quotation's (its verdict form first), then a
      // person's, each with its "Other claims" and "Correct this" sections opened too.
      const press = (locator: Locator) => (touch ? locator.tap() : locator.click());
      await tap(/^Claims/, 'tab');
      await press(page.getByRole('tabpanel').getByRole('button', { name: /There is no chance/ }));
      const claimCard = page.getByRole('region', { name: 'Claim by Vladimir Putin' });
      await expect(claimCard.getByRole('button', { name: 'Save verdict' })).toBeVisible();
      seen['claim card'] = await smallTargets(page);
      await press(claimCard.getByText(/^Other claims by/));
      await press(claimCard.getByText('Correct this'));
      await expect(claimCard.getByRole('button', { name: 'Fix speaker' })).toBeVisible();
      seen['claim card, opened'] = await smallTargets(page);
      await press(claimCard.getByRole('button', { name: 'Close card' }));
      await expect(claimCard).toBeHidden();
      await tap(/^Cast/, 'tab');
      await press(page.getByRole('tabpanel').getByRole('button', { name: /^Donald Trump, \d+ mentions?/ }));
      const personCard = page.getByRole('region', { name: 'Donald Trump' });
      await expect(personCard.getByRole('button', { name: 'Next mention →' })).toBeVisible();
      await press(personCard.getByText('Correct this'));
      await expect(personCard.getByRole('button', { name: 'Not a name: remove' })).toBeVisible();
      seen['person card'] = await smallTargets(page);
      await press(personCard.getByRole('button', { name: 'Close card' }));
      await expect(personCard).toBeHidden();
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
        'selection toolbar': [],
        'Share dialog': [],
        'Aa menu': [],
        'claim card': [],
        'claim card, opened': [],
        'person card': [],
        'Notes sheet': [],
        'Cast sheet': [],
        'Claims sheet': [],
        'Map sheet': [],
      });
    });
  });
}
