/** "1 mention", "26 mentions", "2,502 claims", "4 people": a count with its noun, agreeing. */
// Pure: a bundle that imports this module but counts nothing (the landing page's inline layer
// script) drops it, since its first construction in a page costs tens of milliseconds.
const nf = /* @__PURE__ */ new Intl.NumberFormat('en');

export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${nf.format(n)} ${n === 1 ? singular : plural}`;
}
