/**
 * The list of bundled articles (public/articles/index.json), baked into the app at build time as
 * `import bundled from 'virtual:bundled-articles'`, so opening a bundled article fetches its text
 * at once instead of first waiting for the list. The JSON file stays for anything else that reads it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { APP_CHUNKS_META } from '../src/app/app-chunks.ts';
import { DEFAULT_ARTICLE } from '../src/lib/hash-route.ts';

const ID = 'virtual:bundled-articles';
const RESOLVED = `\0${ID}`;
const INDEX = fileURLToPath(new URL('../public/articles/index.json', import.meta.url));

export function bundledArticles(): Plugin {
  return {
    name: 'marginalia-bundled-articles',
    // The landing page is the default article: the built page asks for its text from the start,
    // beside the boot script, instead of after it has run, and names the app's chunks for the
    // boot script to fetch once the first frame is painted; it runs them once the text is in.
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return [];
        const tags: HtmlTagDescriptor[] = [];
        const { articles = [] } = JSON.parse(readFileSync(INDEX, 'utf8')) as {
          articles?: Array<{ id: string; file: string }>;
        };
        const landing = articles.find((a) => a.id === DEFAULT_ARTICLE);
        if (landing)
          tags.push({
            tag: 'link',
            attrs: { rel: 'preload', href: `./articles/${landing.file}`, as: 'fetch', crossorigin: '' },
            injectTo: 'head',
          });
        // The app's chunk and everything it imports, so running it costs no further round trips.
        // Named here, not linked: 30 modulepreload links in the head made the parser start 30
        // fetches (and their compiles) before the article's first frame. The boot script links
        // them once that frame is painted (app/boot.ts).
        const app = Object.values(ctx.bundle).find(
          (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/app/main.tsx'),
        );
        const seen = new Set<string>();
        const chunks: string[] = [];
        const visit = (fileName: string) => {
          const chunk = ctx.bundle?.[fileName];
          if (seen.has(fileName) || chunk?.type !== 'chunk') return;
          seen.add(fileName);
          chunk.imports.forEach(visit);
          if (!html.includes(`/${fileName}"`)) chunks.push(`./${fileName}`);
        };
        if (app?.type === 'chunk') visit(app.fileName);
        if (chunks.length)
          tags.push({ tag: 'meta', attrs: { name: APP_CHUNKS_META, content: chunks.join(' ') }, injectTo: 'head' });
        return tags;
      },
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(INDEX);
      const { articles = [] } = JSON.parse(readFileSync(INDEX, 'utf8')) as { articles?: unknown[] };
      return `export default ${JSON.stringify(articles)};`;
    },
  };
}
