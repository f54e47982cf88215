/**
 * Arrays that a document's analysis makes once (tables indexed by token, form or id, lists it
 * fills), made the same way in every document.
 *
 * Why: an array literal or `new Array(n)` gets an allocation site only once the function that
 * makes it has feedback, which for code run once per document is the second to tenth document;
 * from then on the site remembers what the arrays came to hold, and new ones begin with that
 * elements kind instead of small integers. Code optimised on the earlier documents' arrays then
 * meets another kind and is thrown away and compiled again ("wrong map", "not a Smi") inside the
 * bench's timed analyses. These helpers are shared and called often, so their own allocation
 * sites settle in the first document, and a copy of an array has none.
 */

/** `n` empty slots (holey, any value, from its creation on). */
export function emptySlots<T>(n: number): (T | undefined)[] {
  return new Array<T | undefined>(n).fill(undefined);
}

/** Empty, and of the any-value kind: a copy of it is too. */
const NO_OBJECTS: unknown[] = [null];
NO_OBJECTS.length = 0;

/**
 * An empty list to push objects or strings into, of the any-value kind from its creation on.
 * Optimised code pushes an object into a list of small integers only by throwing itself away
 * ("not a Smi"), so a list that began as one cost the grouper its optimised code per document.
 */
export function emptyObjectList<T extends object | string>(): T[] {
  return NO_OBJECTS.slice() as T[];
}

/*
 * A hot loop's function. A loop over a document's tokens is compiled while it runs, in the first
 * document ("on-stack replacement"), before the code after the loop has ever run. That code has
 * no type feedback, so the compiled loop leaves itself at the first statement after it ("Insufficient
 * type feedback"), and V8 keeps and reuses that compiled loop: it deoptimised once in every
 * analysis, forever, and the function was compiled again from time to time inside the bench's
 * timed analyses. So a loop over the tokens ends its function with a bare `return` of a local
 * made before the loop (no call, no property access, no object literal after it); what follows
 * goes in the caller, which has no loop of its own (speed36).
 */
