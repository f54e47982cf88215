/**
 * The reader's preferences — theme, which analysis layers show, text size and line width, how
 * claims are tinted, the library's sort, whether the map shows all places, which hints were dismissed, and the names of the highlight colours — with their schemas. All but the
 * colour names are the prefs store's state (`marginalia:prefs`); colour labels travel with the annotations (`marginalia:annotations`), since
 * exports and backups name colours by them.
 *
 * Each field is checked on its own: a damaged theme falls back to the default without costing the
 * layer choices, and every fallback is reported, never silent.
 */
import * as v from 'valibot';
import { HIGHLIGHT_COLORS, type HighlightColor } from './annotation';
import { LAYERS, type Layer } from './findings';
import { describeIssues, isPlainRecord } from './schema-kit';

export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemePref = (typeof THEMES)[number];
export type LayerName = Layer;

/** Article text sizes, smallest first; each is a step of the reader's "A−/A+" control. */
export const TEXT_SIZES = ['smaller', 'small', 'normal', 'large', 'larger', 'largest'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
/** Line widths (the measure), narrowest first. */
export const LINE_WIDTHS = ['narrow', 'normal', 'wide'] as const;
export type LineWidth = (typeof LINE_WIDTHS)[number];
/**
 * How much of the analysis shows: everything (analysis), or the reader's own marks with only a
 * light trace of it (reading: names underlined, claims as speaker and cue, no fills).
 */
export const VIEW_MODES = ['analysis', 'reading'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];
/**
 * Which claims have their content tinted: only the one the reader points at, has the cursor on
 * or has open (speaker and cue mark the rest), or every claim (analysis mode only).
 */
export const CLAIM_TINTS = ['active', 'all'] as const;
export type ClaimTint = (typeof CLAIM_TINTS)[number];
/** How the library is ordered. */
export const LIBRARY_SORTS = ['recent', 'title', 'annotated'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];
/** One-off hints the reader can dismiss for good. */
export const HINTS = ['first-run'] as const;
export type Hint = (typeof HINTS)[number];

export interface Preferences {
  theme: ThemePref;
  /** Analysis layers shown inline; remembered across articles and reloads. */
  layers: Record<LayerName, boolean>;
  textSize: TextSize;
  lineWidth: LineWidth;
  viewMode: ViewMode;
  claimTint: ClaimTint;
  librarySort: LibrarySort;
  /** The map frames every place, far ones included, rather than the article's main cluster. */
  mapShowAll: boolean;
  /** Hints the reader dismissed; they are not shown again. */
  dismissedHints: Hint[];
}

export const PREFERENCES_VERSION = 1;

export const defaultPreferences = (): Preferences => ({
  theme: 'system',
  layers: Object.fromEntries(LAYERS.map((l) => [l, true])) as Record<LayerName, boolean>,
  textSize: 'normal',
  lineWidth: 'normal',
  viewMode: 'analysis',
  claimTint: 'active',
  librarySort: 'recent',
  mapShowAll: false,
  dismissedHints: [],
});

export const themeSchema = v.picklist(THEMES);
/** Partial: a layer added by a later version is shown until the reader hides it. */
export const layersSchema = v.record(v.picklist(LAYERS), v.boolean());

export const textSizeSchema = v.picklist(TEXT_SIZES);
export const lineWidthSchema = v.picklist(LINE_WIDTHS);
export const viewModeSchema = v.picklist(VIEW_MODES);
export const claimTintSchema = v.picklist(CLAIM_TINTS);
export const librarySortSchema = v.picklist(LIBRARY_SORTS);
/** Hints unknown to this version are dropped, not refused: a later version may add some. */
export const dismissedHintsSchema = v.array(v.string());

/** Whatever part of `raw` is readable, over the defaults; one problem per field that was not. */
export function validatePreferences(raw: unknown, problems: string[]): Preferences {
  const prefs = defaultPreferences();
  if (!isPlainRecord(raw)) {
    problems.push('preferences are not an object; defaults used');
    return prefs;
  }
  // A one-of-a-list choice that is unknown (a later version's, or damaged) falls back on its own.
  const choice = <K extends keyof Preferences>(
    key: K,
    schema: v.GenericSchema<unknown, Preferences[K]>,
    what: string,
    fallback: string,
  ) => {
    if (raw[key] === undefined) return;
    const read = v.safeParse(schema, raw[key]);
    if (read.success) prefs[key] = read.output;
    else problems.push(`${what} "${String(raw[key]).slice(0, 40)}" is unknown; ${fallback}`);
  };
  choice('theme', themeSchema, 'theme', 'the system theme is used');
  if (raw.layers !== undefined) {
    const layers = v.safeParse(layersSchema, raw.layers);
    if (layers.success) Object.assign(prefs.layers, layers.output);
    else problems.push(`layer choices are damaged (${describeIssues(layers.issues)}); all layers shown`);
  }
  choice('textSize', textSizeSchema, 'text size', 'the normal size is used');
  choice('lineWidth', lineWidthSchema, 'line width', 'the normal width is used');
  choice('viewMode', viewModeSchema, 'view mode', 'analysis mode is used');
  choice('claimTint', claimTintSchema, 'claim tint', 'claims are tinted on hover and focus');
  choice('librarySort', librarySortSchema, 'library sort', 'the library is sorted by recently opened');
  if (raw.mapShowAll !== undefined) {
    if (typeof raw.mapShowAll === 'boolean') prefs.mapShowAll = raw.mapShowAll;
    else problems.push('the map’s “Show all places” choice is damaged; the map frames the main places');
  }
  if (raw.dismissedHints !== undefined) {
    const hints = v.safeParse(dismissedHintsSchema, raw.dismissedHints);
    if (hints.success) prefs.dismissedHints = HINTS.filter((h) => hints.output.includes(h));
    else problems.push('dismissed hints are damaged; the hints show again');
  }
  return prefs;
}

// ---- Colour labels ----

export type Labels = Record<HighlightColor, string>;

export const DEFAULT_LABELS: Labels = {
  yellow: 'important',
  green: 'agree',
  blue: 'question',
  pink: 'disagree',
  purple: 'follow up',
};

/** Any subset of the colours, each named by a string. */
export const labelsSchema = v.record(v.picklist(HIGHLIGHT_COLORS), v.string());

/** Labels over the defaults; damaged labels fall back to the defaults with a problem. */
export function validateLabels(raw: unknown, problems: string[]): Labels {
  const parsed = v.safeParse(labelsSchema, raw ?? {});
  if (parsed.success) return { ...DEFAULT_LABELS, ...parsed.output };
  problems.push(`colour labels are invalid, defaults used: ${describeIssues(parsed.issues)}`);
  return { ...DEFAULT_LABELS };
}
