/**
 * Building the overview strip's mark groups (paint-marks.ts): findings grouped by colour in one
 * pass over a sorted list, and the reader's own marks patched when a few highlights change.
 */
import type { MarkGroup } from './paint-marks';

/**
 * One group per colour, in the order each colour first appears in `items` (the order the strip
 * paints them), each item at `placeOf(item)`; items whose `colorOf` is undefined are left out.
 */
export function groupByColour<T>(
  items: readonly T[],
  colorOf: (item: T) => string | undefined,
  placeOf: (item: T) => number,
): MarkGroup[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const color = colorOf(item);
    if (color !== undefined) counts.set(color, (counts.get(color) ?? 0) + 1);
  }
  const columns = new Map<string, { at: Float64Array; n: number }>();
  for (const [color, n] of counts) columns.set(color, { at: new Float64Array(n), n: 0 });
  for (const item of items) {
    const color = colorOf(item);
    const column = color === undefined ? undefined : columns.get(color);
    if (column) column.at[column.n++] = placeOf(item);
  }
  return [...columns].map(([color, { at }]) => ({ color, own: false, at }));
}

/**
 * `group` with one mark taken out at each place of `removed` (any mark there: the strip draws in
 * any order, so which one does not matter) and a mark added at each place of `added`.
 */
export function patchedGroup(group: MarkGroup, removed: readonly number[], added: readonly number[]): MarkGroup {
  const gone = new Uint8Array(group.at.length);
  let left = group.at.length;
  for (const r of removed) {
    const i = group.at.findIndex((at, k) => at === r && !gone[k]);
    if (i >= 0) {
      gone[i] = 1;
      left--;
    }
  }
  const at = new Float64Array(left + added.length);
  let n = 0;
  for (let k = 0; k < group.at.length; k++) if (!gone[k]) at[n++] = group.at[k];
  for (const a of added) at[n++] = a;
  return { color: group.color, own: group.own, at };
}
