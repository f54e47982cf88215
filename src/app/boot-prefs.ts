/**
 * The reader's saved choices that the page needs before the app's code has loaded: the theme, and
 * what decides the analysis layers the app paints first. Read straight from localStorage, each as
 * model/preferences.ts reads it; anything unreadable is the default (the app reports it later).
 * Shared by the boot script (boot-paint.ts) and the landing page's inline layer paint
 * (boot-layers-inline.ts), so both decide alike.
 */
import { isPlainRecord } from '../lib/plain-record';
import { STORE_KEYS } from '../store/store-keys';
import type { Layer } from '../model/findings';

/** The reader's saved choices that decide what the app paints first (model/preferences.ts). */
export interface LayerPrefs {
  layers: Record<Layer, boolean>;
  viewMode: 'analysis' | 'reading';
  claimTint: 'active' | 'all';
}

export const DEFAULT_LAYER_PREFS: LayerPrefs = {
  layers: { person: true, place: true, organization: true, claim: true },
  viewMode: 'analysis',
  claimTint: 'active',
};

export interface SavedPrefs {
  theme: 'system' | 'light' | 'dark';
  layers: LayerPrefs;
}

function layerPrefs(state: Record<string, unknown>): LayerPrefs {
  const prefs: LayerPrefs = { ...DEFAULT_LAYER_PREFS, layers: { ...DEFAULT_LAYER_PREFS.layers } };
  const { layers, viewMode, claimTint } = state;
  if (isPlainRecord(layers) && Object.entries(layers).every(([k, v]) => k in prefs.layers && typeof v === 'boolean'))
    Object.assign(prefs.layers, layers);
  if (viewMode === 'analysis' || viewMode === 'reading') prefs.viewMode = viewMode;
  if (claimTint === 'active' || claimTint === 'all') prefs.claimTint = claimTint;
  return prefs;
}

export function readSavedPrefs(): SavedPrefs {
  const prefs: SavedPrefs = { theme: 'system', layers: DEFAULT_LAYER_PREFS };
  try {
    const raw = localStorage.getItem(STORE_KEYS.prefs);
    const state = raw ? (JSON.parse(raw) as { state?: unknown }).state : undefined;
    if (isPlainRecord(state)) {
      if (state.theme === 'light' || state.theme === 'dark') prefs.theme = state.theme;
      prefs.layers = layerPrefs(state);
    }
  } catch {
    // Unreadable or refused storage: the defaults.
  }
  return prefs;
}

/** Sets a saved light or dark theme on the document ('system' leaves the stylesheet's own choice). */
export function applyTheme(doc: Document, theme: SavedPrefs['theme']): void {
  if (theme !== 'system') doc.documentElement.setAttribute('data-theme', theme);
}

/** True unless the reader has certainly corrected nothing in this article (the app applies corrections). */
export function mayHaveCorrections(key: string): boolean {
  try {
    const raw = localStorage.getItem(STORE_KEYS.corrections);
    if (raw === null) return false;
    const byArticle = (JSON.parse(raw) as { state?: { byArticle?: unknown } }).state?.byArticle;
    return !isPlainRecord(byArticle) || key in byArticle;
  } catch {
    return true;
  }
}
