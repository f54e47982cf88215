// Made on first need only: its first construction in a page costs tens of milliseconds, and counts
// (all whole numbers) are grouped without it, so the boot script can write a stored analysis's
// legend before the app loads (boot-paint.ts).
let nf: Intl.NumberFormat | undefined;

/** `n` as `Intl.NumberFormat('en')` writes it ("2,502"). */
export function formatCount(n: number): string {
  if (Number.isSafeInteger(n)) return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (nf ??= new Intl.NumberFormat('en')).format(n);
}

/** "1 mention", "26 mentions", "2,502 claims", "4 people": a count with its noun, agreeing. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}
