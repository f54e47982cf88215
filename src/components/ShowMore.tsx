/**
 * The last item of a long list: a button that shows the next page, pressed by itself when it
 * scrolls into view, so a list of 10,000 costs one page of DOM at first and a keyboard user
 * still reaches every item.
 */
import { useEffect, useRef } from 'react';

/** Items a long list renders at first, and adds each time its end comes into view. */
export const LIST_PAGE = 100;

/**
 * `filling`: the page above is still going in over frames (lib/use-filled-count.ts). The in-view
 * trigger waits for it (it would ask for the next page before this one is shown) and looks again
 * once it is in; the button stays, so a keyboard user who pressed it keeps the focus on it.
 */
export function ShowMore({ left, onMore, filling = false }: { left: number; onMore: () => void; filling?: boolean }) {
  const ref = useRef<HTMLButtonElement>(null);
  const more = useRef(onMore);
  useEffect(() => {
    more.current = onMore;
  });
  useEffect(() => {
    const el = ref.current;
    if (!el || filling || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && more.current(), {
      rootMargin: '400px',
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [filling]);
  return (
    <li className="show-more">
      <button ref={ref} type="button" className="quiet" onClick={() => more.current()}>
        Show {Math.min(left, LIST_PAGE)} more ({left} not shown)
      </button>
    </li>
  );
}
