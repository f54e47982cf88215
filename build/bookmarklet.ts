/**
 * Builds the bookmarklet's page script (src/features/bookmarklet/page-script.ts) on its own, as
 * one minified function with no imports, and hands it to the app as a string:
 * `import source from 'virtual:marginalia-bookmarklet'`. Built from source at every build and in
 * dev, so the bookmark the library offers always runs the reader's current Readability code.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { buildIife } from './iife.ts';

const ID = 'virtual:marginalia-bookmarklet';
const RESOLVED = `\0${ID}`;
const ENTRY = fileURLToPath(new URL('../src/features/bookmarklet/page-script.ts', import.meta.url));

export async function buildBookmarklet(): Promise<string> {
  // One expression, no trailing newline or semicolon noise: it becomes a URL.
  const code = await buildIife(ENTRY, 'marginaliaBookmarklet', 'es2020');
  if (!code) throw new Error('The bookmarklet script did not build.');
  return code;
}

export function bookmarklet(): Plugin {
  return {
    name: 'marginalia-bookmarklet',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(ENTRY);
      return `export default ${JSON.stringify(await buildBookmarklet())};`;
    },
  };
}
