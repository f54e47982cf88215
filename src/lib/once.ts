/**
 * A value worked out the first time it is asked for, then kept: for derived data a render may
 * never need (tag suggestions, needed only when a card opens).
 */
export function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
