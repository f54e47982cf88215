/**
 * Keeps the browser's and the installed app's title bar in the reader's theme. index.html has a
 * theme-color for each system scheme; when the reader picks a theme in the app, both take that
 * theme's colour, so a dark reader on a light system gets a dark title bar.
 */
import { useEffect } from 'react';
import { usePrefsStore } from '../../store/prefs';

type Scheme = 'light' | 'dark';

function metas(): Array<{ el: HTMLMetaElement; scheme: Scheme | null; original: string }> {
  return [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].map((el) => {
    el.dataset.original ??= el.content;
    const media = el.getAttribute('media') ?? '';
    const scheme = media.includes('dark') ? 'dark' : media.includes('light') ? 'light' : null;
    return { el, scheme, original: el.dataset.original };
  });
}

export function useThemeColor(): void {
  const theme = usePrefsStore((s) => s.theme);
  useEffect(() => {
    const all = metas();
    const chosen = theme === 'system' ? null : all.find((m) => m.scheme === theme)?.original;
    for (const m of all) m.el.content = chosen ?? m.original;
  }, [theme]);
}
