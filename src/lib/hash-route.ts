/**
 * The reader's routes live in the URL fragment, so the app works from any static host and a
 * share link's payload is never sent to a server.
 */
export type Route =
  | { name: 'library' }
  | { name: 'read'; key: string; focus?: string }
  | { name: 'share'; payload: string }
  /** A page sent by the bookmarklet (model/save-link.ts); `fragment` is the whole `#/save/…`. */
  | { name: 'save'; fragment: string }
  | { name: 'not-found'; hash: string };

export const DEFAULT_ARTICLE = 'putin-high-tech-duel';

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { name: 'read', key: DEFAULT_ARTICLE };
  if (path === '/library') return { name: 'library' };
  const read = /^\/read\/([A-Za-z0-9_-]{1,100})(?:\/a\/([A-Za-z0-9_-]{1,100}))?$/.exec(path);
  if (read) return read[2] ? { name: 'read', key: read[1], focus: read[2] } : { name: 'read', key: read[1] };
  if (path.startsWith('/share/')) return { name: 'share', payload: path.slice('/share/'.length) };
  if (path.startsWith('/save/')) return { name: 'save', fragment: `#${path}` };
  return { name: 'not-found', hash: path.slice(0, 200) };
}

export const readHref = (key: string, focus?: string) => `#/read/${key}${focus ? `/a/${focus}` : ''}`;
export const LIBRARY_HREF = '#/library';
