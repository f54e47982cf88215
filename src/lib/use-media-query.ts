/**
 * Whether a CSS media query matches now, kept current as the window changes (a phone turned, a
 * window narrowed). For the few places where what is drawn must also be what the DOM holds, in
 * the same order, so a screen reader reads it as it is seen: CSS alone (`order`, `display`) would
 * change only the picture. False where `matchMedia` is missing (some test DOMs).
 */
import { useSyncExternalStore } from 'react';

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      if (typeof window.matchMedia !== 'function') return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => false,
  );
}

/** The phone layout's breakpoint (phone-layout.css: `@media (max-width: 600px)`). */
export const PHONE_QUERY = '(max-width: 600px)';
