/**
 * How a list of annotations differs from the one before it, when an edit of a few records made
 * it: the store's reading-order lists and the reader's anchored summaries are patched by it
 * instead of being worked out afresh. A module of its own (no code), so the store, which is in
 * the start-up path, does not pull in the anchoring code to share one limit with it.
 */
import type { Annotation } from './annotation';

/** A list that differs from an earlier one by a few annotations (the store knows which). */
export interface ListChange {
  from: readonly Annotation[];
  removed: readonly Annotation[];
  added: readonly Annotation[];
}

/**
 * Past this many annotations changed at once, a list or a summary is worked out afresh rather
 * than patched: one patch step is a binary search and a splice, so a few dozen are cheaper than
 * a walk of 10,000, an import of thousands is not.
 */
export const PATCH_LIMIT = 64;
