/** "1 mention", "26 mentions", "2,502 claims", "4 people": a count with its noun, agreeing. */
const nf = new Intl.NumberFormat('en');

export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${nf.format(n)} ${n === 1 ? singular : plural}`;
}
