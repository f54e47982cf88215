/**
 * Anchoring against generated edits of real article text (issue 14, "prefers orphan to wrong
 * place"): each case marks a few passages on an article, applies one to three edits (insertions,
 * deletions, rewrites, duplicated sentences, moved paragraphs) and anchors the marks on the result,
 * one by one and in batch as the reader does. Ground truth comes from character provenance
 * (anchor-edits.ts), never from the anchorer.
 *
 * Verdicts: right; wrong place (landed where the marked passage is not); orphan although the
 * passage is intact (findable); orphan of a passage that was edited or deleted (honest); and
 * landed on a twin that no text can tell apart (the quote and both recorded contexts are
 * identical there — every anchorer must accept that place, so it is reported, not counted wrong).
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorAnnotation, anchorAnnotations, CONTEXT_LENGTH, describeRange, type AnchorResult } from './anchor';
import {
  applyEdit,
  docOf,
  EDIT_KINDS,
  markOn,
  MARK_KINDS,
  sentencesOf,
  truthOf,
  type Doc,
  type Edit,
  type Mark,
} from './anchor-edits';

const FIXTURES = 'src/engine/fixtures';
const ARTICLES = [
  readFileSync('public/articles/putin-high-tech-duel.txt', 'utf8'),
  readFileSync('public/articles/harbour-council-sample.txt', 'utf8'),
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(`${FIXTURES}/${f}`, 'utf8')),
];
const POOL = ARTICLES.flatMap((t) => sentencesOf(t).map((s) => t.slice(s.start, s.end)));

/** Cases generated; the issue asks for at least 2,000. */
const CASES = 2_500;
/**
 * The anchoring this replaced (a 120-character bypass of the context check, one side of context
 * enough, a shift shortcut learned from any anchor), measured on these same cases (seed 14):
 * single 45 wrong places and 70 findable passages orphaned; batch 45 and 67.
 * Refusing every one of those wrong places costs findable passages: now ≈ 340 single, ≈ 300
 * batch, most of them a quote with identical copies of which the marked one kept a single side of
 * its context (the shape of the "Putin said." example, which must be an orphan). The
 * ceiling below keeps that cost from growing unnoticed.
 */
const ORPHANED_FINDABLE_CEILING = 360;

type Verdict = 'right' | 'wrong' | 'orphanFindable' | 'orphan' | 'indistinguishable';

const caseArb = fc.record({
  article: fc.nat(ARTICLES.length - 1),
  edits: fc.array(fc.record({ kind: fc.constantFrom(...EDIT_KINDS), a: fc.nat(10_000), b: fc.nat(10_000) }), {
    minLength: 1,
    maxLength: 3,
  }),
  marks: fc.array(fc.record({ kind: fc.constantFrom(...MARK_KINDS), a: fc.nat(10_000), b: fc.nat(10_000) }), {
    minLength: 3,
    maxLength: 6,
  }),
});

function sameSelectorAt(original: string, s: number, e: number, text: string, start: number, end: number): boolean {
  const c = CONTEXT_LENGTH;
  return (
    text.slice(start, end) === original.slice(s, e) &&
    text.slice(Math.max(0, start - c), start) === original.slice(Math.max(0, s - c), s) &&
    text.slice(end, end + c) === original.slice(e, e + c)
  );
}

function judge(original: string, doc: Doc, s: number, e: number, result: AnchorResult): Verdict {
  const truth = truthOf(doc, s, e);
  if (result.status === 'orphan') return truth.kind === 'intact' ? 'orphanFindable' : 'orphan';
  const { start, end } = result;
  if (truth.kind === 'intact' && start === truth.start && end === truth.end) return 'right';
  if (truth.kind === 'edited') {
    for (let i = start; i < end; i++) if (truth.survivors.has(i)) return 'right';
  }
  return sameSelectorAt(original, s, e, doc.text, start, end) ? 'indistinguishable' : 'wrong';
}

interface Tally {
  counts: Record<Verdict, number>;
  examples: string[];
}

const newTally = (): Tally => ({
  counts: { right: 0, wrong: 0, orphanFindable: 0, orphan: 0, indistinguishable: 0 },
  examples: [],
});

function describeWrong(original: string, edits: Edit[], s: number, e: number, doc: Doc, r: AnchorResult): string {
  const at = r.status === 'anchored' ? JSON.stringify(doc.text.slice(Math.max(0, r.start - 30), r.end + 30)) : 'orphan';
  return `marked ${JSON.stringify(original.slice(s, e))} at ${s}; edits ${JSON.stringify(edits)}; landed on ${at}`;
}

function run(): { single: Tally; batch: Tally; annotations: number } {
  const single = newTally();
  const batch = newTally();
  let annotations = 0;
  for (const c of fc.sample(caseArb, { numRuns: CASES, seed: 14 })) {
    const original = ARTICLES[c.article];
    const spans = c.marks
      .map((m: Mark) => markOn(original, m))
      .filter((s): s is { start: number; end: number } => !!s && s.end > s.start);
    const doc = c.edits.reduce((d: Doc, edit: Edit) => applyEdit(d, edit, POOL), docOf(original));
    const selectors = spans.map((s) => describeRange(original, s.start, s.end));
    const batchResults = anchorAnnotations(doc.text, selectors);
    spans.forEach((span, i) => {
      annotations++;
      const one = anchorAnnotation(doc.text, selectors[i]);
      for (const [tally, result] of [
        [single, one],
        [batch, batchResults[i]],
      ] as const) {
        const verdict = judge(original, doc, span.start, span.end, result);
        tally.counts[verdict]++;
        if (verdict === 'wrong' && tally.examples.length < 5) {
          tally.examples.push(describeWrong(original, c.edits, span.start, span.end, doc, result));
        }
      }
    });
  }
  return { single, batch, annotations };
}

describe('anchoring over generated edits of real articles', () => {
  const { single, batch, annotations } = run();

  it(`lands nowhere wrong over ${CASES.toLocaleString('en')} edit cases`, () => {
    console.info(`anchoring property: ${CASES} cases, ${annotations} annotations`, {
      single: single.counts,
      batch: batch.counts,
    });
    expect(single.examples).toEqual([]);
    expect(batch.examples).toEqual([]);
    expect(single.counts.wrong + batch.counts.wrong).toBe(0);
  });

  it('orphans no more findable passages than the ceiling, fewer in batch than one by one', () => {
    expect(single.counts.orphanFindable).toBeLessThanOrEqual(ORPHANED_FINDABLE_CEILING);
    expect(batch.counts.orphanFindable).toBeLessThan(single.counts.orphanFindable);
  });

  it('still finds most passages: the test would catch an anchorer that orphans everything', () => {
    expect(single.counts.right).toBeGreaterThan(0.8 * annotations);
  });
});
