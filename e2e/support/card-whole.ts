import type { Page } from '@playwright/test';

/** The card of the reader's own highlight. */
export const highlightCard = (page: Page) => page.getByRole('region', { name: /^Your highlight/ });

/**
 * Whether the highlight card's button `name` is whole on screen and whole in the card's own view
 * (its bottom edge the topmost thing there): 'whole', or what cuts or covers it.
 */
export const cardButtonWhole = (page: Page, name: string) =>
  highlightCard(page)
    .getByRole('button', { name, exact: true })
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      if (r.bottom > innerHeight) return `past the window's foot by ${r.bottom - innerHeight} px`;
      const box = el.closest('.finding-card')!.getBoundingClientRect();
      if (r.bottom > box.bottom) return `cut by the card by ${r.bottom - box.bottom} px`;
      const at = document.elementFromPoint(r.left + r.width / 2, r.bottom - 2);
      return at === el || el.contains(at) ? 'whole' : `covered by ${at?.className}`;
    });
