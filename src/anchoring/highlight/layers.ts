/**
 * Every highlight layer painted over the article, in one table: its `::highlight()` name, its
 * priority (higher paints over lower where layers overlap) and its style. The painter takes names
 * and priorities from here, `layerStyleSheet` writes the `::highlight()` rules from here, and the
 * legend draws its swatches from here, so a layer is added or restyled in one place.
 *
 * Styles are declarations over the CSS custom properties themed in layers.css / annotate.css /
 * share.css / find.css (colours with light and dark values); the print stylesheet keeps its own overrides.
 */
import type { Layer } from '../../model/findings';

export interface LayerStyle {
  background?: string;
  /** A `text-decoration` value: line, style, colour and thickness. */
  decoration?: string;
  underlineOffset?: string;
}

export interface HighlightLayer {
  name: string;
  priority: number;
  style: LayerStyle;
}

const layer = (name: string, priority: number, style: LayerStyle): HighlightLayer => ({ name, priority, style });

export const HIGHLIGHT_LAYERS = {
  claim: layer('mg-claim', 0, { background: 'var(--layer-claim-bg)' }),
  claimCue: layer('mg-claim-cue', 1, {
    decoration: 'underline wavy var(--layer-claim) 1.5px',
    underlineOffset: '4px',
  }),
  claimSpeaker: layer('mg-claim-speaker', 1, { background: 'var(--layer-speaker-bg)' }),
  person: layer('mg-person', 2, {
    background: 'var(--layer-person-bg)',
    decoration: 'underline solid var(--layer-person) 2px',
    underlineOffset: '4px',
  }),
  place: layer('mg-place', 2, {
    background: 'var(--layer-place-bg)',
    decoration: 'underline dotted var(--layer-place) 3px',
    underlineOffset: '4px',
  }),
  organization: layer('mg-organization', 2, {
    background: 'var(--layer-organization-bg)',
    decoration: 'underline double var(--layer-organization) 1.5px',
    underlineOffset: '3px',
  }),
  cursor: layer('mg-cursor', 3, { background: 'var(--layer-cursor)' }),
  shared: layer('mg-shared', 4, {
    background: 'var(--layer-shared-bg)',
    // Dashed above and below, in no colour the reader's own marks use: someone else's marks.
    decoration: 'underline overline dashed var(--layer-shared) 2px',
  }),
  flash: layer('mg-flash', 4, { background: 'var(--layer-cursor)' }),
  userYellow: layer('mg-user-yellow', 5, {
    background: 'var(--user-yellow)',
    decoration: 'overline solid var(--user-line) 1.5px',
  }),
  userGreen: layer('mg-user-green', 5, {
    background: 'var(--user-green)',
    decoration: 'overline dotted var(--user-line) 2px',
  }),
  userBlue: layer('mg-user-blue', 5, {
    background: 'var(--user-blue)',
    decoration: 'overline dashed var(--user-line) 1.5px',
  }),
  userPink: layer('mg-user-pink', 5, {
    background: 'var(--user-pink)',
    decoration: 'overline wavy var(--user-line) 1px',
  }),
  userPurple: layer('mg-user-purple', 5, {
    background: 'var(--user-purple)',
    decoration: 'overline double var(--user-line) 1.5px',
  }),
  userClaim: layer('mg-user-claim', 5, { decoration: 'overline solid var(--layer-claim) 2px' }),
  /** Find in the article: every match, and the current one above everything else. */
  findMatch: layer('mg-find', 6, {
    background: 'var(--find-match-bg)',
    decoration: 'underline solid var(--find-match-line) 2px',
    underlineOffset: '3px',
  }),
  findCurrent: layer('mg-find-current', 7, {
    background: 'var(--find-current-bg)',
    decoration: 'underline solid var(--find-match-line) 3px',
    underlineOffset: '3px',
  }),
} as const satisfies Record<string, HighlightLayer>;

export type LayerKey = keyof typeof HIGHLIGHT_LAYERS;

/** The reader's highlight colour → its layer. */
export const USER_COLOR_LAYER = {
  yellow: HIGHLIGHT_LAYERS.userYellow,
  green: HIGHLIGHT_LAYERS.userGreen,
  blue: HIGHLIGHT_LAYERS.userBlue,
  pink: HIGHLIGHT_LAYERS.userPink,
  purple: HIGHLIGHT_LAYERS.userPurple,
} as const;

/** The declarations of one style, for a `::highlight()` rule or a legend swatch. */
export function declarations(style: LayerStyle): string {
  return [
    style.background && `background-color: ${style.background};`,
    style.decoration && `text-decoration: ${style.decoration};`,
    style.underlineOffset && `text-underline-offset: ${style.underlineOffset};`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** Every layer's `::highlight()` rule, as one stylesheet. */
export function layerStyleSheet(layers: readonly HighlightLayer[] = Object.values(HIGHLIGHT_LAYERS)): string {
  return layers.map((l) => `::highlight(${l.name}) { ${declarations(l.style)} }`).join('\n');
}

/** The layers each legend entry (an analysis layer the reader toggles) stands for. */
export const FINDING_LAYER_STYLES: Record<Layer, LayerStyle[]> = {
  person: [HIGHLIGHT_LAYERS.person.style],
  place: [HIGHLIGHT_LAYERS.place.style],
  organization: [HIGHLIGHT_LAYERS.organization.style],
  // Speaker and cue: how every claim looks until it is pointed at, focused or opened.
  claim: [HIGHLIGHT_LAYERS.claimSpeaker.style, HIGHLIGHT_LAYERS.claimCue.style],
};

/**
 * Inline style for a legend swatch (camel-cased for React): the layer's tint, and its line (style
 * and colour) drawn as the swatch's bottom border, so the legend shows what the text shows.
 */
export function swatchStyle(styles: readonly LayerStyle[]) {
  const merged: LayerStyle = Object.assign({}, ...styles);
  const [, line, colour] = merged.decoration?.split(' ') ?? [];
  return {
    backgroundColor: merged.background,
    ...(line && colour ? { borderBottom: `3px ${line === 'wavy' ? 'dashed' : line} ${colour}` } : {}),
  };
}

const STYLE_ID = 'mg-highlight-layers';

/** Puts the layer rules into the document once (idempotent). */
export function installLayerStyles(doc: Document = document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const el = doc.createElement('style');
  el.id = STYLE_ID;
  el.textContent = layerStyleSheet();
  doc.head.append(el);
}
