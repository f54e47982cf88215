/**
 * W3C Web Annotation selectors as plain data, named as in the spec.
 * https://www.w3.org/TR/annotation-model/#selectors
 * Never persist a DOM Range: these two selectors are all an annotation keeps about where it is.
 */

/** https://www.w3.org/TR/annotation-model/#text-quote-selector */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** https://www.w3.org/TR/annotation-model/#text-position-selector — UTF-16 offsets, `end` exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** The first selector of one type, typed as that type (selectors are looked up by W3C type name). */
export function findSelector<T extends Selector['type']>(
  selectors: readonly Selector[],
  type: T,
): Extract<Selector, { type: T }> | undefined {
  return selectors.find((s): s is Extract<Selector, { type: T }> => s.type === type);
}
