/**
 * Closes a small disclosure panel (Export, text settings) when the reader moves on: a press
 * anywhere outside it, or the focus moving outside it (Tab past its last control, a shortcut that
 * focuses the find field). Without the second, a panel opened by keys stayed open after the reader
 * tabbed on, and on a phone the Export formats then covered the find bar opened from the same
 * menu: two panels at once, the one in use underneath.
 */
import { useEffect, useEffectEvent, type RefObject } from 'react';

export function useDismissOutside(root: RefObject<HTMLElement | null>, open: boolean, dismiss: () => void): void {
  const onDismiss = useEffectEvent(dismiss);
  useEffect(() => {
    if (!open) return;
    const outside = (e: Event) => {
      const el = root.current;
      if (!el || !(e.target instanceof Node) || el.contains(e.target)) return;
      // A press on a label's words in the panel moves the focus to the nearest focusable element
      // around it (the reader's <main tabIndex=-1>): the focus stays around the panel, not past it,
      // and closing there dropped the click before it reached the label's box.
      if (e.type === 'focusin' && e.target.contains(el)) return;
      onDismiss();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
    };
  }, [root, open]);
}
