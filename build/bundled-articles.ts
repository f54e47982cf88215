/**
 * The list of bundled articles (public/articles/index.json), baked into the app at build time as
 * `import bundled from 'virtual:bundled-articles'`, so opening a bundled article fetches its text
 * at once instead of first waiting for the list. The JSON file stays for anything else that reads it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ID = 'virtual:bundled-articles';
const RESOLVED = `\0${ID}`;
const INDEX = fileURLToPath(new URL('../public/articles/index.json', import.meta.url));

export function bundledArticles(): Plugin {
  return {
    name: 'marginalia-bundled-articles',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(INDEX);
      const { articles = [] } = JSON.parse(readFileSync(INDEX, 'utf8')) as { articles?: unknown[] };
      return `export default ${JSON.stringify(articles)};`;
    },
  };
}
