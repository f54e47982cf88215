/**
 * The app's code, fetched after the first frame. The built page names the app's chunks in a
 * `<meta name="marginalia-app-chunks">` (build/bundled-articles.ts) rather than linking them:
 * modulepreload links in the head make the parser start every fetch before the article's first
 * frame, and their compiles compete with it. The boot script links them once that frame is
 * painted, so the app is in the cache by the time the text is handed over.
 */
import { afterNextFrame } from '../lib/after-next-frame';

export const APP_CHUNKS_META = 'marginalia-app-chunks';

export function preloadAppAfterFirstFrame(): void {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${APP_CHUNKS_META}"]`);
  if (!meta) return;
  const link = () => {
    for (const href of meta.content.split(' ').filter(Boolean)) {
      const el = document.createElement('link');
      el.rel = 'modulepreload';
      el.crossOrigin = '';
      el.href = href;
      document.head.append(el);
    }
  };
  // A task after the first frame; a hidden page (no frames) links them at once.
  if (document.visibilityState === 'visible') afterNextFrame(link);
  else link();
}
