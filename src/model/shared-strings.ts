/**
 * Saved annotations as `JSON.parse` gives them hold their own copy of every string, also of the
 * few values every record repeats: a reload with 10,000 highlights kept 10,000 "highlight", 10,000
 * "yellow", 10,000 of each selector type and an `updated` equal to `created` in every record never
 * edited (seen in a heap snapshot, bench/heap-many.ts). Each is one more object for every major
 * garbage collection to mark, and the reload's longest task was such a collection's final pause.
 * Here a record fresh from the parser takes the one shared string for each of those values instead;
 * what it says is unchanged (equal strings), only the number of objects the page keeps.
 */
import { ANNOTATION_KINDS, HIGHLIGHT_COLORS, VERDICTS, type Annotation } from './annotation';

/** Each known value once: looked up by value, so the record keeps this copy, not its own. */
const SHARED = new Map<string, string>(
  [...ANNOTATION_KINDS, ...HIGHLIGHT_COLORS, ...VERDICTS, 'TextQuoteSelector', 'TextPositionSelector'].map((s) => [
    s,
    s,
  ]),
);
/** One empty tag list for every record without tags (nothing changes a record's list in place). */
const NO_TAGS: string[] = Object.freeze([]) as unknown as string[];

const shared = (s: string) => SHARED.get(s) ?? s;

/**
 * Swaps the repeated strings of `a` (and `articleId`, when it equals the key it was filed under)
 * for shared ones, in place. Only for a record the caller owns: fresh from `JSON.parse`, already
 * checked to be in the schema's own form (canonical-annotation.ts), so every field is what its
 * type says.
 */
export function shareRepeatedStrings(a: Annotation, articleKey: string): void {
  a.kind = shared(a.kind) as Annotation['kind'];
  if (a.articleId === articleKey) a.articleId = articleKey;
  // An edit sets `updated` anew; until then both times are the same text.
  if (a.updated === a.created) a.updated = a.created;
  if (a.color !== undefined) a.color = shared(a.color) as Annotation['color'];
  if (a.verdict !== undefined) a.verdict = shared(a.verdict) as Annotation['verdict'];
  if (a.tags.length === 0) a.tags = NO_TAGS;
  for (let i = 0; i < a.selectors.length; i++) {
    const s = a.selectors[i] as { type: string };
    s.type = shared(s.type);
  }
}
