/**
 * How much of the window's top the pinned header and notices take, as CSS variables on the root:
 * `--sticky-top` (what covers the page's top while scrolled). The side panels stick below it, so a
 * notice never covers their tabs. (Not scroll-padding-top: the controls in the pinned area itself
 * would then count as hidden, and tabbing to them scrolled the page.) On a phone the header
 * scrolls away and only the notices stay (styles.css).
 */
import { useEffect, type RefObject } from 'react';

export function useStickyTop(top: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const box = top.current;
    if (!box) return;
    const root = document.documentElement;
    const measure = () => {
      const phone = getComputedStyle(box).display === 'contents';
      const height = (phone ? box.querySelector('.notices') : box)?.getBoundingClientRect().height ?? 0;
      // On a phone the notices stick 0.5rem from the top, and take nothing when there are none.
      const covered = phone && height > 0 ? height + 8 : height;
      root.style.setProperty('--sticky-top', `${Math.ceil(covered)}px`);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    for (const child of box.children) observer.observe(child);
    // A phone turned sideways moves the header between pinned and not.
    window.addEventListener('resize', measure);
    measure();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
      root.style.removeProperty('--sticky-top');
    };
  }, [top]);
}
