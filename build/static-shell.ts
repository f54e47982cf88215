/**
 * Pre-renders the landing page into the built index.html: the reader's page with the default
 * article's first screenfuls, exactly as the boot script would paint it (it is the boot script's
 * own `bootShell`, run here in happy-dom and serialized — text is set as text and escaped by the
 * serializer, never spliced in as markup), and the part of the stylesheet that its first frame
 * needs inlined (critical-css.ts; the whole stylesheet is linked once that frame is shown), so the
 * text shows as soon as the HTML is parsed, before any script or stylesheet has loaded.
 *
 * Other addresses (another article, the library, a share link) must not see that page, not even
 * for a frame: a tiny inline script in the head (allowed by its hash in the Content-Security-
 * Policy, see `BOOT_GATE_HASH`) marks the document when the address is the landing article, and
 * the page is hidden unless marked. The saved theme is applied by the inline script after the page
 * (app/boot-layers-inline.ts), still before the first frame. The boot script (app/boot-paint.ts)
 * then adopts the page or removes it.
 *
 * Build only: the dev server serves index.html as written, and the boot script paints instead.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import type { Plugin } from 'vite';
import { buildIife } from './iife.ts';
import { bundledArticle, type BundledEntry } from '../src/api/bundled-entry.ts';
import { APP_REQUESTS_ID, FIRST_FRAME_CSS_ID } from '../src/app/app-requests.ts';
import { criticalCss } from './critical-css.ts';
import { BOOT_LAYERS_ATTR, bootLayersOf } from '../src/app/boot-layers.ts';
import { bootShell, STATIC_SHELL_ATTR, STATIC_ROUTE_ATTR } from '../src/app/boot-shell.ts';
import { DEFAULT_ARTICLE } from '../src/lib/hash-route.ts';
import { SHARE_FIELDS } from '../src/features/incoming/share-target.ts';
import { structureArticle } from '../src/model/article-structure.ts';
import { bundledAnalysisName, readBundledAnalysis, type BundledAnalysisFile } from '../src/workers/bundled-analysis.ts';

const ARTICLES = fileURLToPath(new URL('../public/articles/', import.meta.url));

/**
 * Runs before the body is parsed. Marks the landing article's addresses (as `parseRoute` reads
 * them: no fragment, `#/`, `#/read/<default>` with or without an annotation to focus). It reads no
 * storage: a page's first `localStorage` read waits on the browser process (traced: 5–170 ms of
 * wall, 3–4 ms CPU, right after the navigation's commit, when the browser is busiest), and here it
 * held the parser before the body; the inline script after the page reads the saved choices once
 * (theme and layers), when that wait is shorter. It then removes itself: the document holds no inline script (tests check untrusted text never
 * adds one, and a stray one would be indistinguishable).
 *
 * A share ("Share → Marginalia" opens the start address with the share in its query) is not the
 * landing article: painting the default article first would show the wrong text and hold the
 * share's own fetch behind that article's start-up (boot.ts boots it as the library).
 */
const SHARE_TEST = `(${SHARE_FIELDS.map((field) => `q.has('${field}')`).join('||')})`;
export const BOOT_GATE = `(function(){var d=document.documentElement,h=location.hash,r='#/read/${DEFAULT_ARTICLE}',q=new URLSearchParams(location.search);if(!${SHARE_TEST}&&(h===''||h==='#/'||h===r||h.indexOf(r+'/a/')===0))d.setAttribute('${STATIC_ROUTE_ATTR}','');var s=document.currentScript;if(s)s.remove()})()`;

const cspHash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/** The CSP source that allows exactly `BOOT_GATE`. */
export const BOOT_GATE_HASH = cspHash(BOOT_GATE);

const LAYERS_ENTRY = fileURLToPath(new URL('../src/app/boot-layers-inline.ts', import.meta.url));

/**
 * The landing layers' inline script (app/boot-layers-inline.ts), built on its own into one
 * minified function with no imports: the same painter as the app's boot code, not a copy.
 */
async function buildLayersScript(): Promise<string> {
  const code = await buildIife(LAYERS_ENTRY, 'marginaliaLandingLayers', 'es2022');
  if (!code || /<\/script|<!--/i.test(code))
    throw new Error('The landing layers script did not build into an inline script.');
  return code;
}

let layersScript: Promise<string> | undefined;
const landingLayersScript = () => (layersScript ??= buildLayersScript());

/**
 * The CSP sources for the built page's inline scripts, each allowed by its hash and no other:
 * the head's gate and the landing layers' script.
 */
export async function inlineScriptHashes(): Promise<string[]> {
  return [BOOT_GATE_HASH, cspHash(await landingLayersScript())];
}

/** The pre-rendered page is hidden on any other address. */
const GATE_CSS = `html:not([${STATIC_ROUTE_ATTR}]) [${STATIC_SHELL_ATTR}]{display:none}`;

/**
 * An empty marker after the pre-rendered page and the layers' inline script: no frame is painted
 * before it is parsed. The parser always yields once it enters the body (the head's gate and
 * stylesheet outlast its 10 ms budget), and without this Chromium paints an empty frame there,
 * before the article, and only then parses it: a frame and a task later for the text. Aimed at
 * `<main>` itself, a loaded machine still painted a frame with `<main>` open and its article not
 * yet parsed; aimed past the script, the first frame also has the legend's final counts.
 */
const FIRST_FRAME_AFTER = 'landing-parsed';

function landingEntry(): BundledEntry | undefined {
  const { articles = [] } = JSON.parse(readFileSync(`${ARTICLES}index.json`, 'utf8')) as {
    articles?: BundledEntry[];
  };
  return articles.find((a) => a.id === DEFAULT_ARTICLE);
}

/**
 * The landing article's analysis file (src/workers/bundled-analysis.ts), computed by the engine
 * in a child process (tsx), so the engine and its models never load into Vite's config.
 */
async function landingAnalysis(entry: BundledEntry): Promise<string> {
  const script = fileURLToPath(new URL('./analyse-landing.ts', import.meta.url));
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', script, `${ARTICLES}${entry.file}`],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return stdout;
}

/**
 * The landing page's markup, from the boot script's own description of it, with the layers of
 * `analysis` (the build's analysis file) for the inline script after it to paint (app/boot-layers.ts).
 */
export function landingPageHtml(analysis?: BundledAnalysisFile): string {
  const entry = landingEntry();
  if (!entry) return '';
  const article = bundledArticle(entry, readFileSync(`${ARTICLES}${entry.file}`, 'utf8'));
  const structure = structureArticle(article.text, { knownTitle: article.title });
  // bootShell builds DOM through the globals `document` and `CustomEvent`: happy-dom's, for this call.
  const window = new Window();
  const g = globalThis as Record<string, unknown>;
  const saved = { document: g.document, CustomEvent: g.CustomEvent };
  Object.assign(g, { document: window.document, CustomEvent: window.CustomEvent });
  try {
    const { page, body, rendered } = bootShell(article, structure, 'system');
    page.setAttribute(STATIC_SHELL_ATTR, DEFAULT_ARTICLE);
    body.dataset.rendered = String(rendered);
    // Only the analysis of exactly this text (the app's own test, bundled-analysis.ts).
    if (analysis && readBundledAnalysis(analysis, article.text))
      body.setAttribute(BOOT_LAYERS_ATTR, JSON.stringify(bootLayersOf(analysis.analysis)));
    return page.outerHTML;
  } finally {
    Object.assign(g, saved);
    void window.happyDOM.close();
  }
}

export function staticShell(): Plugin {
  let analysis: Promise<string> | undefined;
  const entry = landingEntry();
  return {
    name: 'marginalia-static-shell',
    apply: 'build',
    // Started at once, so the engine runs while the app is being bundled.
    buildStart() {
      analysis = entry ? landingAnalysis(entry) : undefined;
      layersScript = buildLayersScript();
    },
    async generateBundle() {
      if (!entry || !analysis) return;
      this.emitFile({ type: 'asset', fileName: `articles/${bundledAnalysisName(entry.id)}`, source: await analysis });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.bundle) return html;
        const file = analysis ? (JSON.parse(await analysis) as BundledAnalysisFile) : undefined;
        const bundle = ctx.bundle;
        const page = entry ? landingPageHtml(file) : '';
        const landing = page.includes('id="main-content"');
        // The stylesheet is inlined: no request stands between the HTML and its first paint. With
        // the landing page, only the part its first frame needs (critical-css.ts); the whole file
        // is held with the app's requests, for after that frame (app/app-requests.ts).
        const requests: string[] = [];
        let out = html.replace(/<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/, (link, name: string) => {
          const asset = bundle[name];
          const css = asset?.type === 'asset' ? String(asset.source) : '';
          if (!css || css.includes('</style')) return link;
          if (!landing) return `<style>${css}</style>`;
          requests.push(link);
          return `<style id="${FIRST_FRAME_CSS_ID}">${criticalCss(css, page).css}</style>`;
        });
        // After the CSP (which must allow it) and the charset, before anything in the body.
        out = out.replace(
          /<meta charset="UTF-8" \/>/i,
          (charset) => `${charset}\n    <script>${BOOT_GATE}</script>\n    <style>${GATE_CSS}</style>`,
        );
        if (!entry) return out;
        if (landing)
          out = out.replace(
            `<style>${GATE_CSS}</style>`,
            (gate) => `${gate}\n    <link rel="expect" href="#${FIRST_FRAME_AFTER}" blocking="render">`,
          );
        // The boot script, its modules and the landing files' preloads go after the page: in the
        // head, the parser's time on them (a request each) makes it stop before the body, and the
        // first frame is empty. Held in an inert template, they are requested by the layers' inline
        // script: after the landing page's first frame is shown, at once on any other address
        // (app/app-requests.ts).
        out = out.replace(
          /^[ \t]*(<script type="module"[^>]*><\/script>|<link rel="(?:modulepreload|preload)"[^>]*>)[ \t]*\n/gm,
          (_, tag: string) => {
            requests.push(tag);
            return '';
          },
        );
        // The landing article's analysis, asked for beside its text (bundled-articles.ts).
        requests.push(
          `<link rel="preload" href="./articles/${bundledAnalysisName(entry.id)}" as="fetch" crossorigin="">`,
        );
        // Right after the page is parsed: the legend's counts and status line before its first
        // frame, the layers' highlights right after that frame (app/boot-layers-inline.ts).
        const layers = `<script>${await landingLayersScript()}</script>`;
        const held = `<template id="${APP_REQUESTS_ID}">${requests.join('')}</template>`;
        return out.replace(
          '<div id="root"></div>',
          `<div id="root">${page}</div>\n    ${[held, layers, `<template id="${FIRST_FRAME_AFTER}"></template>`].join('\n    ')}`,
        );
      },
    },
  };
}
