/**
 * The landing page's analysis layers, painted before the app's code has loaded. The build
 * pre-renders the landing article (build/static-shell.ts) and writes, on its `.article-body`, the
 * spans the app would paint from the build-time analysis of that very text (`bootLayersOf`); an
 * inline script right after the page (boot-layers-inline.ts) reads them, writes the legend's
 * counts and the status line before the page's first frame (they take room), and registers the
 * same CSS Custom Highlights, with the same names, priorities and styles, right after that frame:
 * colours move nothing, and the text shows a frame sooner without their cost in front of it.
 * When the app's painter later registers its own (identical) ranges under those names, nothing on
 * screen changes.
 *
 * The ranges are StaticRanges: the app adopts the pre-rendered paragraphs by moving them into its
 * own container (features/reader/boot-handoff.ts), and a live Range would collapse on the move.
 *
 * Only what the app would paint at once with the reader's saved choices: hidden layers stay
 * hidden, claims are tinted all at once only if the reader asked for that, and nothing is painted
 * early when the reader has corrected this article's findings (the app applies those).
 */
import { HIGHLIGHT_LAYERS as L, installLayerStyles, type HighlightLayer } from '../anchoring/highlight/layers';
import { staticRangesInBlocks } from '../anchoring/text-map';
import type { Analysis } from '../engine/types';
import { foundLine, layerCountText, layerCounts, type LayerCounts } from '../features/layers/layer-counts';
import { LAYERS, type Layer } from '../model/findings';
import { mayHaveCorrections, type LayerPrefs } from './boot-prefs';
import { STATIC_ROUTE_ATTR, STATIC_SHELL_ATTR } from './boot-shell';

/** On the pre-rendered page's `.article-body`: `BootLayers` as JSON. */
export const BOOT_LAYERS_ATTR = 'data-boot-layers';

/** Spans as flat [start, end, start, end, …] lists: small in the page, quick to read. */
export interface BootLayers {
  person: number[];
  place: number[];
  organization: number[];
  cues: number[];
  speakers: number[];
  /** Every claim's content: tinted at once only when the reader chose "tint all claims". */
  contents: number[];
  /**
   * The legend's count per layer and the status line, as words written at build time: the page
   * then needs no `Intl.NumberFormat`, whose first use in a fresh page costs 30–100 ms.
   */
  legend: Record<Layer, string>;
  status: string;
}

const flat = (spans: Array<{ start: number; end: number }>): number[] => spans.flatMap((s) => [s.start, s.end]);

const countWords = (counts: LayerCounts): Pick<BootLayers, 'legend' | 'status'> => ({
  legend: Object.fromEntries(LAYERS.map((l) => [l, layerCountText(l, counts[l]).short])) as Record<Layer, string>,
  status: foundLine(counts),
});

/** Build time: the spans of each layer as use-article-layers.ts and use-claim-tint.ts paint them. */
export function bootLayersOf(analysis: Pick<Analysis, 'mentions' | 'entities' | 'claims'>): BootLayers {
  const of = (type: Layer) => flat(analysis.mentions.filter((m) => m.type === type));
  return {
    person: of('person'),
    place: of('place'),
    organization: of('organization'),
    cues: flat(analysis.claims.map((c) => c.cue)),
    speakers: flat(analysis.claims.flatMap((c) => (c.speaker && c.speaker.end > c.speaker.start ? [c.speaker] : []))),
    contents: flat(analysis.claims.map((c) => c.content)),
    ...countWords(layerCounts(analysis)),
  };
}

/** Every highlight `firstPaint` may register, whatever the reader's choices. */
const BOOT_LAYER_NAMES = /* @__PURE__ */ [L.person, L.place, L.organization, L.claimCue, L.claimSpeaker, L.claim].map(
  (l) => l.name,
);

/** Which highlight layers the app registers first with these choices, and their spans. */
export function firstPaint(data: BootLayers, prefs: LayerPrefs): Array<[HighlightLayer, number[]]> {
  const { layers } = prefs;
  const out: Array<[HighlightLayer, number[]]> = [];
  if (layers.person) out.push([L.person, data.person]);
  if (layers.place) out.push([L.place, data.place]);
  if (layers.organization) out.push([L.organization, data.organization]);
  if (layers.claim) {
    out.push([L.claimCue, data.cues], [L.claimSpeaker, data.speakers]);
    if (prefs.claimTint === 'all' && prefs.viewMode === 'analysis') out.push([L.claim, data.contents]);
  }
  return out.filter(([, spans]) => spans.length > 0);
}

const isSpanList = (v: unknown): v is number[] =>
  Array.isArray(v) && v.length % 2 === 0 && v.every((n) => Number.isInteger(n) && n >= 0);

/** The page's `BootLayers`, or null if absent or not in that shape. */
export function readBootLayers(raw: string | null): BootLayers | null {
  if (!raw) return null;
  try {
    const d = JSON.parse(raw) as Partial<BootLayers>;
    const lists = [d.person, d.place, d.organization, d.cues, d.speakers, d.contents];
    const wordsOk = typeof d.status === 'string' && LAYERS.every((l) => typeof d.legend?.[l] === 'string');
    return lists.every(isSpanList) && wordsOk ? (d as BootLayers) : null;
  } catch {
    return null;
  }
}

const supportsHighlights = () =>
  typeof CSS !== 'undefined' &&
  'highlights' in CSS &&
  typeof Highlight !== 'undefined' &&
  typeof StaticRange !== 'undefined';

/**
 * Writes what lays out: the legend's counts and pressed states, the status line and the view
 * mode, as the app will. Before the page's first frame, or the text would move when they change.
 */
function writeBootLegend(page: HTMLElement, data: BootLayers, prefs: LayerPrefs): void {
  page.querySelector('.workspace')?.setAttribute('data-mode', prefs.viewMode);
  page.querySelector('.mode-switch')?.setAttribute('aria-pressed', String(prefs.viewMode === 'reading'));
  for (const layer of LAYERS) {
    const count = page.querySelector(`.layer-count[data-layer="${layer}"]`);
    if (!count) continue;
    count.textContent = data.legend[layer];
    count.parentElement?.setAttribute('aria-pressed', String(prefs.layers[layer]));
  }
  const status = page.querySelector('.layers-status');
  if (status) status.textContent = data.status;
}

/**
 * Registers the highlights of `data` over the blocks in `body`. Paints colours only (highlights
 * never move text), so it may come a frame after the text. Nothing once the page is gone or the
 * app has adopted its blocks: the app paints its own by then.
 */
function paintBootHighlights(page: HTMLElement, body: HTMLElement, data: BootLayers, prefs: LayerPrefs): void {
  if (!page.isConnected || !body.firstElementChild) return;
  installLayerStyles();
  // Only spans inside the blocks on the page: the credits below them are the app's to render.
  const rangesOf = staticRangesInBlocks(body);
  for (const [layer, spans] of firstPaint(data, prefs)) {
    const h = new Highlight(...rangesOf(spans));
    h.priority = layer.priority;
    CSS.highlights.set(layer.name, h);
  }
}

/**
 * Paints `data` over the pre-rendered `page`: the legend's counts and the status line at once
 * (`writeBootLegend`), and returns the highlights' paint for the caller to run when it chooses
 * (the inline script: right after the first frame). Nothing, if the browser cannot paint highlights.
 */
export function paintBootLayers(page: HTMLElement, data: BootLayers, prefs: LayerPrefs): (() => void) | null {
  const body = page.querySelector<HTMLElement>('.article-body');
  if (!body || !supportsHighlights()) return null;
  writeBootLegend(page, data, prefs);
  return () => paintBootHighlights(page, body, data, prefs);
}

/** Takes the early layers down again, when the pre-rendered page they were painted on goes. */
export function clearBootLayers(): void {
  if (supportsHighlights()) for (const name of BOOT_LAYER_NAMES) CSS.highlights.delete(name);
}

/**
 * The pre-rendered landing page's layers (by the inline script boot-layers-inline.ts): only on the
 * landing addresses (the head's gate marks them, build/static-shell.ts), never when the reader may
 * have corrected this article's findings (the app applies those), with the reader's saved layer
 * choices. The legend and status line are written at once, before the page's first frame; the
 * returned function paints the highlights (null: nothing to paint).
 */
export function paintLandingLayers(doc: Document, prefs: LayerPrefs): (() => void) | null {
  if (!doc.documentElement.hasAttribute(STATIC_ROUTE_ATTR)) return null;
  const page = doc.querySelector<HTMLElement>(`#root > [${STATIC_SHELL_ATTR}]`);
  const body = page?.querySelector<HTMLElement>('.article-body');
  const key = page?.getAttribute(STATIC_SHELL_ATTR);
  if (!page || !body || !key) return null;
  const data = readBootLayers(body.getAttribute(BOOT_LAYERS_ATTR));
  body.removeAttribute(BOOT_LAYERS_ATTR);
  return data && !mayHaveCorrections(key) ? paintBootLayers(page, data, prefs) : null;
}
