/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { bookmarklet } from './build/bookmarklet.ts';
import { bundledArticles } from './build/bundled-articles.ts';
import { devServiceWorkerKillSwitch, pwa } from './build/pwa.ts';
import { inlineScriptHashes, staticShell } from './build/static-shell.ts';
import { engineStamp } from './build/engine-stamp.ts';

// A strict Content-Security-Policy for the built reader: even if untrusted text ever reached the
// DOM as markup, no inline or foreign script could run. Build only: the dev server injects an
// inline script for hot reload. The only inline scripts allowed are the landing page's own two,
// each by its hash (build/static-shell.ts).
const csp = async () =>
  [
    "default-src 'self'",
    `script-src 'self' ${(await inlineScriptHashes()).join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    'connect-src *',
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'marginalia-csp',
    apply: 'build',
    transformIndexHtml: async () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: await csp() },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// Relative base so the built reader works from any folder or static host.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    bookmarklet(),
    bundledArticles(),
    staticShell(),
    pwa(),
    devServiceWorkerKillSwitch(),
  ],
  // One stylesheet, linked from the HTML: the boot script paints the article before the app's
  // code loads, and it must be styled exactly as the app will style it (no shift when React arrives).
  // MARGINALIA_KEEP_NAMES (a traced bench, bench/layers.ts): minified as usual, but functions keep
  // their names, so a CPU profile of the production build says which code ran.
  build: {
    cssCodeSplit: false,
    ...(process.env.MARGINALIA_KEEP_NAMES && {
      rolldownOptions: {
        output: { minify: { compress: { keepNames: { function: true, class: true } }, mangle: { keepNames: true } } },
      },
    }),
  },
  // Which engine produced an analysis: the analysis cache ignores entries of any other (build/engine-stamp.ts).
  define: { __ENGINE_STAMP__: JSON.stringify(engineStamp(import.meta.dirname)) },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  worker: { format: 'es' },
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'scripts/**/*.test.ts',
      'bench/**/*.test.ts',
      'build/**/*.test.ts',
    ],
    environment: 'node',
  },
});
