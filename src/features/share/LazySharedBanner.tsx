/**
 * The shared banner, loaded on demand: most readers never open a share link, so its note renderer
 * and styles stay out of the first load. The share route preloads the chunk while it decodes the
 * link; once loaded, the banner renders in the same pass as the article (no Suspense round), so
 * the arrival scroll measures the page with the banner already in it.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import type { SharedBannerProps } from './SharedBanner';

let loaded: ComponentType<SharedBannerProps> | null = null;
const load = () =>
  import('./SharedBanner').then((m) => {
    loaded = m.default;
    return m;
  });
const Lazy = lazy(load);

export function SharedBanner(props: SharedBannerProps) {
  const Loaded = loaded;
  if (Loaded) return <Loaded {...props} />;
  return (
    <Suspense fallback={null}>
      <Lazy {...props} />
    </Suspense>
  );
}

/** Starts loading the banner (and its stylesheet); resolves when it is ready. */
export const preloadSharedBanner = (): Promise<void> => load().then(() => undefined);
