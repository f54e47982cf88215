/**
 * Where the focus goes when a card closes: back to what opened it (a panel's entry, a button)
 * while that is still in the page and drawn (a phone's sheet may have closed under it), else to
 * `fallback` (the article, where a mark was chosen). Without scrolling: focusing the tall article
 * root would otherwise scroll the page, and the reader would lose the passage they were reading.
 * Shared by the finding card and the card of the reader's own highlight.
 */
export function focusBack(opener: HTMLElement | null | undefined, fallback: HTMLElement | null | undefined): void {
  const back = opener?.isConnected && opener.getClientRects().length > 0 ? opener : fallback;
  back?.focus({ preventScroll: true });
}

/**
 * What had the focus as a card opened, to give it back to: the focused element, unless that is
 * <body> or already inside the card (a step within the card keeps the first opener).
 */
export function openerOutside(box: HTMLElement | null): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body && !box?.contains(active) ? active : null;
}
