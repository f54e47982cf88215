import { describe, expect, it } from 'vitest';
import { buildContext, lower, tokensOf, type Ctx } from '../context';
import type { TaggedName } from '../tagger/tag';
import { Kind } from '../tokenize/tokenize';
import {
  FIRST_TOKEN,
  LAST_TOKEN,
  Names,
  ORG,
  TOKEN_AFTER,
  TOKEN_BEFORE,
  aliveByExactWord,
  aliveByWord,
  formMarks,
  kindFormMarks,
  modelReadExactly,
  modelReadWithin,
  patternFormMarks,
  touchesNext,
  type NameEdge,
  type NamedSpan,
} from './named-spans';

describe('patternFormMarks', () => {
  const ctx = buildContext(
    'Anna Smith-Jones met NATO and the UN in Lima; smith-jones, NATO-led and Smith-Jones again.',
  );
  const marked = (pattern: RegExp) =>
    [...tokensOf(ctx, patternFormMarks(ctx, pattern))].map((i) => ctx.forms[ctx.form[i]]);

  it('marks the forms whose exact text matches, so tokensOf visits each of their tokens in text order', () => {
    expect(marked(/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u)).toEqual(['Smith-Jones', 'Smith-Jones']);
  });

  it('tests the text as written: no lowercase form, no longer word that only contains the shape', () => {
    // "NATO-led" is one word: its text does not match, though it starts with the shape.
    expect(marked(/^[A-Z]{2,5}$/)).toEqual(['NATO', 'UN']);
    expect(marked(/^smith-jones$/)).toEqual(['smith-jones']);
  });

  it('marks nothing when no word has the shape', () => {
    expect([...patternFormMarks(ctx, /^\d{4}$/)].every((m) => m === 0)).toBe(true);
  });
});

describe('kindFormMarks', () => {
  const ctx = buildContext("Casey's General Stores and Dick's stores; the Smiths' farm, Ann's and Casey's.");
  const every = (kind: Kind) => [...Array(ctx.t.count).keys()].filter((i) => ctx.t.kind[i] === kind);

  it('visits every token of the kind, in text order, through tokensOf', () => {
    const poss = [...tokensOf(ctx, kindFormMarks(ctx, Kind.Poss))];
    expect(poss.length).toBeGreaterThanOrEqual(4);
    expect(poss).toEqual(every(Kind.Poss));
    expect([...tokensOf(ctx, kindFormMarks(ctx, Kind.Word))]).toEqual(every(Kind.Word));
  });
});

describe('Names.aliveOn / aliveByWord', () => {
  const text =
    'The Leicester City fans met Mayor Ann Lee in St. Louis on Monday. Lee said Leicester City would win, ' +
    'and the Ford Motor board met at Ford Motor in Detroit. the city of Detroit said city fans met Ann.';
  const ctx = buildContext(text);
  /** Every capitalised run of words is a name (a stand-in for the tagger's output). */
  const tagged = (c: Ctx): TaggedName[] => {
    const out: TaggedName[] = [];
    for (let i = 0; i < c.t.count;) {
      let b = i;
      while (b < c.t.count && /^\p{Lu}/u.test(c.forms[c.form[b]]) && c.t.kind[b] === c.t.kind[i]) b++;
      if (b > i) out.push({ a: i, b, type: 0, probs: [1, 0, 0, 0] });
      i = b > i ? b : i + 1;
    }
    return out;
  };
  const edgeToken = (n: NamedSpan, edge: NameEdge) =>
    edge === FIRST_TOKEN ? n.a : edge === LAST_TOKEN ? n.b - 1 : edge === TOKEN_BEFORE ? n.a - 1 : n.b;
  /** What a row's loop over alive() that skips every other name keeps. */
  const filtered = (out: Names, words: Set<string>, edge: NameEdge, exact = false) =>
    out.alive().filter((n) => {
      const i = edgeToken(n, edge);
      return i >= 0 && i < ctx.t.count && words.has(exact ? ctx.forms[ctx.form[i]] : lower(ctx, i));
    });

  it('finds the names whose first, last, before or after token is a trigger word, as the filter over alive() does', () => {
    const out = new Names(ctx.t.count, tagged(ctx));
    const words = new Set(['city', 'motor', 'ann', 'the', 'in', 'said', 'louis', 'lee']);
    for (const edge of [FIRST_TOKEN, LAST_TOKEN, TOKEN_BEFORE, TOKEN_AFTER] as NameEdge[]) {
      const found = aliveByWord(ctx, out, words, edge);
      expect(found).toEqual(filtered(out, words, edge));
      expect(found.length).toBeGreaterThan(0);
    }
  });

  it("keeps alive()'s order after names are replaced, and leaves out removed names", () => {
    const out = new Names(ctx.t.count, tagged(ctx));
    // A later put moves "Leicester City" (the first one) to the end of alive()'s order.
    const first = out.alive().find((n) => ctx.forms[ctx.form[n.a]] === 'Leicester')!;
    out.put(first.a, first.b, ORG, 'test.row', undefined, first);
    const lee = out.alive().find((n) => ctx.forms[ctx.form[n.a]] === 'Lee')!;
    out.remove(lee);
    const words = new Set(['city', 'motor', 'lee', 'detroit']);
    for (const edge of [FIRST_TOKEN, LAST_TOKEN] as NameEdge[])
      expect(aliveByWord(ctx, out, words, edge)).toEqual(filtered(out, words, edge));
    const cities = aliveByWord(ctx, out, new Set(['city']), LAST_TOKEN);
    expect(cities.map((n) => n.type)).toEqual([0, ORG]);
  });

  it('reads exact forms with aliveByExactWord: "City" is not "city"', () => {
    const out = new Names(ctx.t.count, tagged(ctx));
    expect(aliveByExactWord(ctx, out, new Set(['city']), LAST_TOKEN)).toEqual([]);
    const found = aliveByExactWord(ctx, out, new Set(['City']), LAST_TOKEN);
    expect(found).toEqual(filtered(out, new Set(['City']), LAST_TOKEN, true));
    expect(found.length).toBe(2);
  });

  it('finds nothing when no trigger word stands at the edge', () => {
    const out = new Names(ctx.t.count, tagged(ctx));
    expect(aliveByWord(ctx, out, new Set(['nowhere']), FIRST_TOKEN)).toEqual([]);
    expect(aliveByWord(ctx, out, new Set(['fans']), FIRST_TOKEN)).toEqual([]);
  });

  it("aliveHolding finds the names holding a trigger word anywhere, each once, in alive()'s order", () => {
    const out = new Names(ctx.t.count, tagged(ctx));
    // "Ford Motor" (the first one) moves to the end of alive()'s order; "Lee" is gone.
    const ford = out.alive().find((n) => ctx.forms[ctx.form[n.a]] === 'Ford')!;
    out.put(ford.a, ford.b, ORG, 'test.row', undefined, ford);
    out.remove(out.alive().find((n) => ctx.forms[ctx.form[n.a]] === 'Lee')!);
    const words = new Set(['city', 'motor', 'ford', 'lee', 'ann']);
    const holds = (n: NamedSpan) => {
      for (let i = n.a; i < n.b; i++) if (words.has(lower(ctx, i))) return true;
      return false;
    };
    const found = out.aliveHolding(tokensOf(ctx, formMarks(ctx, words)));
    expect(found).toEqual(out.alive().filter(holds));
    // "Ford Motor" holds two trigger words and is listed once; "Mayor Ann Lee" holds two too.
    expect(found.map((n) => ctx.text.slice(ctx.t.start[n.a], ctx.t.end[n.b - 1]))).toEqual([
      'The Leicester City',
      'Mayor Ann Lee',
      'Leicester City',
      'Ford Motor',
      'Ann',
      'Ford Motor',
    ]);
    expect(out.aliveHolding(tokensOf(ctx, formMarks(ctx, new Set(['nowhere']))))).toEqual([]);
  });
});

describe('touchesNext', () => {
  const ctx = buildContext('OPEC+ met S&P, then A & B.');
  const at = (w: string) => [...Array(ctx.t.count).keys()].find((i) => ctx.forms[ctx.form[i]] === w)!;

  it('is true when a token ends where the next starts, false across a space', () => {
    expect(touchesNext(ctx, at('OPEC'))).toBe(true);
    expect(touchesNext(ctx, at('+'))).toBe(false);
    expect(touchesNext(ctx, at('S'))).toBe(true);
    expect(touchesNext(ctx, at('A'))).toBe(false);
  });

  it('is false before the first token and at the last (no token to touch)', () => {
    expect(touchesNext(ctx, -1)).toBe(false);
    expect(touchesNext(ctx, ctx.t.count - 1)).toBe(false);
  });
});

describe('modelReadWithin', () => {
  const ctx = buildContext('Ann Lee met Acme Bank staff in Lima.');
  const out = () =>
    new Names(ctx.t.count, [
      { a: 0, b: 2, type: 0, probs: [0.7, 0.2, 0.1, 0] },
      { a: 3, b: 5, type: ORG, probs: [0.1, 0.1, 0.8, 0] },
      { a: 7, b: 8, type: 1, probs: [0, 0.95, 0.05, 0] },
    ]);

  it('gives the names inside when the model alone read them below the threshold', () => {
    expect(modelReadWithin(out(), 0, 5, 0.9)?.map((n) => n.a)).toEqual([0, 3]);
    expect(modelReadWithin(out(), 3, 5, 0.1)?.map((n) => n.a)).toEqual([3]);
  });

  it('gives nothing when the model is that sure of a person or place, a rule read one, or a name crosses the edge', () => {
    expect(modelReadWithin(out(), 0, 5, 0.6)).toBeUndefined();
    expect(modelReadWithin(out(), 7, 8, 0.9)).toBeUndefined();
    const ruled = out();
    ruled.put(3, 5, ORG, 'some.row');
    expect(modelReadWithin(ruled, 3, 5, 0.9)).toBeUndefined();
    expect(modelReadWithin(out(), 1, 5, 0.9)).toBeUndefined();
  });
});

describe('modelReadExactly', () => {
  const ctx = buildContext('Ann Lee met Acme Bank staff in Lima.');
  const out = () =>
    new Names(ctx.t.count, [
      { a: 0, b: 2, type: 0, probs: [0.7, 0.2, 0.1, 0] },
      { a: 3, b: 5, type: ORG, probs: [0.1, 0.1, 0.8, 0] },
    ]);

  it('gives the name the model alone read over exactly [a, b), below `max`, of one of `types`', () => {
    expect(modelReadExactly(out(), 0, 2, 0.8)?.a).toBe(0);
    expect(modelReadExactly(out(), 3, 5, 0.9, [0, ORG])?.a).toBe(3);
  });

  it('gives nothing for another span, a sure reading, another type or a rule', () => {
    expect(modelReadExactly(out(), 0, 1, 0.8)).toBeUndefined();
    expect(modelReadExactly(out(), 3, 6, 0.9)).toBeUndefined();
    expect(modelReadExactly(out(), 0, 2, 0.7)).toBeUndefined();
    expect(modelReadExactly(out(), 3, 5, 0.9, [0])).toBeUndefined();
    const ruled = out();
    ruled.put(3, 5, ORG, 'some.row');
    expect(modelReadExactly(ruled, 3, 5, 0.9)).toBeUndefined();
  });
});
