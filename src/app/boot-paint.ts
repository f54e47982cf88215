/**
 * What the boot script does before the app loads (see boot.ts), and what it hands the app:
 * `bootArticle()` resolves to the article it painted (or null: another route, an article it could
 * not read, or nothing painted), and the painted blocks wait in features/reader/boot-handoff.
 * Any failure here is silent: the app then loads the article itself and says what went wrong.
 */
import { readArticle } from '../api/article-storage';
import { BUNDLED, fetchBundled, isContentHash } from '../api/bundled-articles';
import { offerBootBody } from '../features/reader/boot-handoff';
import { parseRoute } from '../lib/hash-route';
import type { Article } from '../model/article';
import { rememberedStructure } from '../model/article-structure';
import { cancelPrefetchedAnalysis, prefetchAnalysis, warmUpAnalysis } from '../workers/analysis-client';
import { bundledAnalysisName, readBundledAnalysis } from '../workers/bundled-analysis';
import type { Analysis } from '../engine/types';
import { bootLayersOf, clearBootLayers, paintBootLayers } from './boot-layers';
import { applyTheme, mayHaveCorrections, readSavedPrefs, type SavedPrefs } from './boot-prefs';
import { analysisCache } from '../workers/analysis-cache';
import { bootShell, STATIC_SHELL_ATTR } from './boot-shell';
import { whenIdle } from '../lib/when-idle';
import { afterNextFrame } from '../lib/after-next-frame';
import { holdBackgroundWork } from '../lib/background-hold';
import { PENDING_FROM_ATTR } from '../anchoring/text-map';

export interface BootResult {
  key: string;
  article: Article;
}

let landingAnalysis: { text: string; analysis: Analysis } | null = null;

/**
 * The analysis the boot script painted layers from, if it has arrived and is the analysis of
 * `text` (the build's, for the landing page; a stored one, for an article read before): the app's first render starts from it, so the status line and the
 * legend's counts the boot script wrote are never replaced by "Preparing analysis…".
 */
export const bootAnalysis = (text: string): Analysis | null =>
  landingAnalysis?.text === text ? landingAnalysis.analysis : null;

let result: Promise<BootResult | null> = Promise.resolve(null);

/** How long the app waits for the boot script's read before it starts without it. */
const BOOT_WAIT_MS = 3000;

/**
 * The longest a long article's analysis waits, from the boot paint, for the app to load and take
 * the body over (the reader then holds it while the rest of the body goes in; ArticleBody).
 */
const BOOT_HOLD_MS = 3000;
/**
 * Text still to come after the boot paint for the analysis to wait: below this the rest goes in
 * within a few frames and the analysis is short, so it had better overlap the app's loading.
 */
const BOOT_HOLD_FROM_CHARS = 100_000;

/** The article the boot script painted, for the app's first render. */
export const bootArticle = (): Promise<BootResult | null> => result;

async function load(key: string): Promise<Article | null> {
  if (isContentHash(key)) {
    const stored = await readArticle(key);
    return stored && 'ok' in stored ? stored.ok : null;
  }
  const entry = BUNDLED.find((e) => e.id === key);
  return entry ? fetchBundled(entry) : null;
}

/** The saved theme, applied before anything paints (the app's ThemeSwitch keeps it after). */
function applySavedTheme(): SavedPrefs['theme'] {
  const { theme } = readSavedPrefs();
  applyTheme(document, theme);
  return theme;
}

/**
 * The page the build pre-rendered into index.html (build/static-shell.ts), if this address is
 * the article it shows: it is kept, and handed over once the article's text (preloaded by the
 * page) confirms it is that very text. Anywhere else it was never shown, and goes.
 */
function adoptStatic(
  root: HTMLElement,
  key: string | undefined,
  theme: SavedPrefs['theme'],
  late: () => boolean,
): Promise<BootResult | null> | null {
  const page = root.querySelector<HTMLElement>(`:scope > [${STATIC_SHELL_ATTR}]`);
  if (!page) return null;
  const body = page.querySelector<HTMLElement>('.article-body');
  const id = page.querySelector('article')?.dataset.articleId;
  if (!body || key !== page.getAttribute(STATIC_SHELL_ATTR)) {
    page.remove();
    clearBootLayers();
    return null;
  }
  const select = page.querySelector('select');
  if (select) select.value = theme;
  // The build's analysis of this text (preloaded by the page): the layers need no worker.
  const file = fetch(`${import.meta.env.BASE_URL}articles/${bundledAnalysisName(key)}`)
    .then((res) => (res.ok ? (res.json() as Promise<unknown>) : null))
    .catch(() => null);
  return load(key)
    .then((article) => {
      if (!article || article.id !== id || late() || !page.isConnected) throw new Error('not the pre-rendered text');
      offerBootBody({
        key,
        text: article.text,
        container: body,
        rendered: Number(body.dataset.rendered),
        cancelAnalysis: () => cancelPrefetchedAnalysis(article.text),
      });
      const precomputed = file.then((f) => {
        const analysis = readBundledAnalysis(f, article.text);
        if (analysis) landingAnalysis = { text: article.text, analysis };
        return analysis;
      });
      prefetchAnalysis(article.text, precomputed);
      // Used: the worker is for the next article, once the page is idle. Not: it is analysing already.
      void precomputed.then((analysis) => analysis && whenIdle(warmUpAnalysis, 1000, 200));
      return { key, article };
    })
    .catch(() => {
      page.remove();
      clearBootLayers();
      return null;
    });
}

/**
 * A read that hangs (a blocked IndexedDB, a stalled download) must not hold the app back: past
 * BOOT_WAIT_MS the app starts and loads the article itself, and a late read hands nothing over.
 */
function deadline(): { giveUp: Promise<null>; late: () => boolean } {
  let late = false;
  const giveUp = new Promise<null>((resolve) =>
    setTimeout(() => {
      late = true;
      resolve(null);
    }, BOOT_WAIT_MS),
  );
  return { giveUp, late: () => late };
}

/** How long the app's start waits for the analysis cache's read (a blocked IndexedDB can hang). */
const STORED_WAIT_MS = 150;
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** How long the cache's read waits for the text's frame where no frame comes (a hidden tab). */
const FRAME_WAIT_MS = 100;

/** Resolves right after the next frame is painted, or after `FRAME_WAIT_MS` where none is. */
const afterTextFrame = () =>
  new Promise<void>((resolve) => {
    const cancel = afterNextFrame(() => (clearTimeout(timer), resolve()));
    const timer = setTimeout(() => (cancel(), resolve()), FRAME_WAIT_MS);
  });

/**
 * A stored analysis of the painted article (workers/analysis-cache.ts): the app starts from it,
 * and its layers are painted now, as the landing page's are (boot-layers.ts) — unless the reader
 * may have corrected this article's findings, which the app applies first.
 */
function paintStoredLayers(key: string, text: string, page: HTMLElement, analysis: Analysis): void {
  if (!page.isConnected) return;
  landingAnalysis = { text, analysis };
  if (mayHaveCorrections(key)) return;
  paintBootLayers(page, bootLayersOf(analysis), readSavedPrefs().layers)?.();
}

export function startBoot(root: HTMLElement, hash: string): void {
  const theme = applySavedTheme();
  const route = parseRoute(hash);
  const { giveUp, late } = deadline();
  const adopted = adoptStatic(root, route.name === 'read' ? route.key : undefined, theme, late);
  if (adopted) {
    result = Promise.race([adopted, giveUp]);
    return;
  }
  if (route.name !== 'read') {
    // Another page: the worker and its data load once the page is idle, ready for an article.
    whenIdle(warmUpAnalysis, 1000, 200);
    return;
  }
  const key = route.key;
  const painted = load(key)
    .then((article) => {
      if (!article || late() || root.childElementCount > 0) return null;
      const structure = rememberedStructure(article.text, { knownTitle: article.title });
      const { page, body, rendered } = bootShell(article, structure, theme);
      root.append(page);
      // A long body that goes on in slices: the analysis waits (see lib/background-hold) while the app
      // loads and puts the rest in, so the worker and its compilers do not take the core its
      // tasks need. The reader ends this hold once it holds for its own slices.
      const pendingFrom = body.getAttribute(PENDING_FROM_ATTR);
      const releaseHold =
        pendingFrom !== null && article.text.length - Number(pendingFrom) > BOOT_HOLD_FROM_CHARS
          ? holdBackgroundWork(new Promise(() => {}), BOOT_HOLD_MS)
          : undefined;
      offerBootBody({
        key,
        text: article.text,
        container: body,
        rendered,
        releaseHold,
        cancelAnalysis: () => cancelPrefetchedAnalysis(article.text),
      });
      // After the paint is queued, so loading the worker and its data never delays the text. The
      // cache (opening its database, hashing the text) waits until the text's frame is painted.
      const framed = afterTextFrame();
      const stored = framed.then(() => (analysisCache.mayHold(article.text) ? analysisCache.read(article.text) : null));
      prefetchAnalysis(article.text, undefined, stored);
      const layered = stored.then((analysis) => analysis && paintStoredLayers(key, article.text, page, analysis));
      // The app's first render should start from a stored analysis, but never waits long for it.
      return Promise.race([layered, framed.then(() => wait(STORED_WAIT_MS))]).then(() => ({ key, article }));
    })
    .catch(() => null);
  result = Promise.race([painted, giveUp]);
}
