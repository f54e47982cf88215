/**
 * speed14 replaced slicing each name's text by reads of token forms (SpanTexts, textAfterLastSpace,
 * noSpaceBetween). Each is checked here against the expression it replaced (1ee20b5), over every
 * span of up to five tokens of texts whose names span tokens with odd spacing: double spaces,
 * tabs, no-break spaces, line breaks, hyphens, straight and curly apostrophes and quotes.
 */
import { describe, expect, it } from 'vitest';
import { buildContext, spanText, type Ctx } from '../context';
import { BLIND_NEWS_ROWS_5 } from '../lexicon/blind-news-5';
import { noSpaceBetween, textAfterLastSpace } from './blind-rules-6';
import { SpanTexts } from './named-spans';

const TEXTS = [
  "Mary  O'Brien met Jean-Luc\tPicard and Ana O’Brien; “O'Brien” said Smith - Jones, not Smith-Jones.",
  'Sen. Rhode\nIsland, New\u00a0Jersey and New  Jersey voted; New Jersey’s House  Republicans and House Republicans met.',
  'Dr. Mary Ann de la Cruz ( DE.N ) and McDonald’s; Senate\nDemocrats, Assembly-Tories, The Atlantic and THE Pacific.',
  "José María Aznar, Zoë  Ball and  Texas \n Ohio Tennessee. A  B\u2009C D\u3000E O' Brien ’s end",
];

function* spans(ctx: Ctx): Generator<[number, number]> {
  for (let a = 0; a < ctx.t.count; a++) for (let b = a + 1; b <= Math.min(ctx.t.count, a + 5); b++) yield [a, b];
}

describe('SpanTexts.has gives what Set.has(spanText) gave', () => {
  const rows = BLIND_NEWS_ROWS_5.filter(
    (r) => r.id === 'place.subnational-state' || r.id === 'none.chamber-party-members',
  );
  it.each(TEXTS)('%s', (text) => {
    const ctx = buildContext(text);
    // The rows' own lists, and a list holding a text of every length the document has (so the
    // length filter and the form read are both exercised on names that are in it).
    const own = [...spans(ctx)].filter((_, k) => k % 3 === 0).map(([a, b]) => spanText(ctx, a, b));
    const lists = [...rows.map((r) => r.value as readonly string[]), own];
    expect(rows).toHaveLength(2);
    let hits = 0;
    for (const list of lists) {
      const old = new Set(list);
      const now = new SpanTexts(list);
      for (const [a, b] of spans(ctx)) {
        const want = old.has(spanText(ctx, a, b));
        if (want) hits++;
        expect([a, b, now.has(ctx, a, b)]).toEqual([a, b, want]);
      }
    }
    expect(hits).toBeGreaterThan(0);
  });
});

describe('the surname of a person name is what the old slice gave', () => {
  it.each(TEXTS)('%s', (text) => {
    const ctx = buildContext(text);
    for (const [a, b] of spans(ctx)) {
      const whole = spanText(ctx, a, b);
      const cut = whole.lastIndexOf(' ');
      // 1ee20b5 added text.slice(cut + 1) when cut > 0 (an empty one never matches a name).
      const want = cut > 0 ? whole.slice(cut + 1) : '';
      expect([whole, textAfterLastSpace(ctx, a, b)]).toEqual([whole, want]);
      // A candidate skipped for a space between its tokens could never equal a surname (which holds none).
      if (!noSpaceBetween(ctx, a, b)) expect(whole).toContain(' ');
    }
  });
});
