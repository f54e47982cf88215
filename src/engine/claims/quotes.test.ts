import { describe, expect, it } from 'vitest';
import { rowExamples } from '../test-helpers';
import { buildContext } from '../context';
import {
  QUOTE_PARAGRAPH_CONTINUES,
  QUOTE_SINGLE_AFTER_COLON,
  QUOTE_SINGLE_ELIDED_DECADE,
  QUOTE_SINGLE_ELIDED_DECADE_RIGHT_MARK,
  QUOTE_SINGLE_ELIDED_WORD_INSIDE,
  QUOTE_SINGLE_ELIDED_YEAR_BEFORE_STOP,
  QUOTE_SINGLE_PARAGRAPH_CONTINUES,
  QUOTE_SINGLE_PLURAL_POSSESSIVE,
  QUOTE_STYLES,
} from '../lexicon/quote-marks';
import { claimSentences, scanQuotes } from './quotes';

/** The quotations of a text as their inner text, trimmed. */
function quotesOf(text: string): string[] {
  const ctx = buildContext(text);
  return scanQuotes(ctx).quotes.map((q) => text.slice(q.inner, q.close).trim());
}

describe('quote styles (rule rows)', () => {
  const rows = rowExamples(QUOTE_STYLES);
  it.each(rows)('%s: %s', (_id, text, want) => {
    expect(quotesOf(text)[0] ?? '').toBe(want);
  });
});

describe('British-quote edge rows: the first quotation found', () => {
  const rows = rowExamples([
    QUOTE_SINGLE_PLURAL_POSSESSIVE,
    QUOTE_SINGLE_ELIDED_DECADE,
    QUOTE_SINGLE_ELIDED_DECADE_RIGHT_MARK,
    QUOTE_SINGLE_ELIDED_WORD_INSIDE,
    QUOTE_SINGLE_ELIDED_YEAR_BEFORE_STOP,
    QUOTE_SINGLE_AFTER_COLON,
  ]);
  it.each(rows)('%s: %s', (_id, text, want) => {
    expect(quotesOf(text)[0] ?? '').toBe(want);
  });
});

describe('quote.curly-single.paragraph-continues (rule row)', () => {
  // `expect`: the text of the quotation that continues one left open, or '' when none does.
  it.each(QUOTE_SINGLE_PARAGRAPH_CONTINUES.examples.map((e) => [e.text, e.expect] as const))('%s', (text, want) => {
    const qm = scanQuotes(buildContext(text));
    const cont = qm.quotes.find((q) => q.continues >= 0);
    expect(cont ? text.slice(cont.inner, cont.close).trim() : '').toBe(want);
  });
});

describe('quotations', () => {
  it.each([
    // Nested quotations: only the outermost is listed.
    ['“She told me ‘never again’ and left,” he said.', ['She told me ‘never again’ and left,']],
    ['‘He shouted “stop” twice,’ she said.', ['He shouted “stop” twice,']],
    // Apostrophes inside and after words are not quotation marks.
    ["The players' union said it wasn't over.", []],
    ['Rock ’n’ roll isn’t dead, the band’s singer said.', []],
    // A single quotation never closed was an apostrophe.
    ["Music of the '80s and '90s is back, fans say.", []],
    // …even one that opens a paragraph or a sentence before a capital, when the next paragraph
    // does not continue it (row quote.curly-single.paragraph-continues).
    ['‘Tis the season for cuts. The council said on Monday that bins would be collected late.', []],
    ['Residents were angry. ‘Twas ever thus. The mayor said the service would improve.\n\nThe end.', []],
    ['‘Cause we can, the band sang. The promoter said it would sell out.\n\n‘Never,’ she said.', ['Never,']],
    // A double quotation does not continue a single one left open.
    ['‘They promised a stand. They promised a pitch.\n\n“None of it,” he said.', ['None of it,']],
    // Several quotations in one sentence.
    ['“We won,” she said, “and we will win again.”', ['We won,', 'and we will win again.']],
    // Straight quotes next to punctuation.
    ['He called it "a disgrace" (twice).', ['a disgrace']],
    ['The verdict: "guilty".', ['guilty']],
  ])('%s', (text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });

  it('leaves a quotation open to the end of its paragraph and continues it in the next', () => {
    const text = '“We will rebuild,” he said. “It will take time.\n\n“But we will not give up.”\nThe end.';
    const qm = scanQuotes(buildContext(text));
    expect(qm.quotes.map((q) => [text.slice(q.inner, q.close), q.closed, q.continues])).toEqual([
      ['We will rebuild,', true, -1],
      ['It will take time.', false, -1],
      ['But we will not give up.', true, 1],
    ]);
    expect(QUOTE_PARAGRAPH_CONTINUES.id).toBe('quote.paragraph-continues');
  });

  it('does not continue a quotation into a paragraph that opens without a mark', () => {
    const text = '“It will take time.\nThe mayor left. “Maybe,” he said.';
    const qm = scanQuotes(buildContext(text));
    expect(qm.quotes.map((q) => q.continues)).toEqual([-1, -1]);
  });

  it('marks every token inside a quotation, across sentences', () => {
    const text = 'Lina said: “We lost. When we asked, they refused.” Then she left.';
    const ctx = buildContext(text);
    const qm = scanQuotes(ctx);
    const inside = [];
    for (let i = 0; i < ctx.t.count; i++) if (qm.of[i] >= 0) inside.push(text.slice(ctx.t.start[i], ctx.t.end[i]));
    expect(inside.join(' ')).toBe('“ We lost . When we asked , they refused . ”');
  });
});

describe('claim sentences', () => {
  const sentences = (text: string) => {
    const ctx = buildContext(text);
    const s = claimSentences(ctx, scanQuotes(ctx));
    return Array.from(s.first, (f, k) => text.slice(ctx.t.start[f], ctx.t.end[s.last[k] - 1]));
  };
  it.each([
    ["''Why not?'' he asked. ''We can.''", ["''Why not?'' he asked.", "''We can.''"]],
    ["He said: ''We won.'' Then he left.", ["He said: ''We won.''", 'Then he left.']],
    ['Er sagte: „Wir bauen auf.“ Dann ging er.', ['Er sagte: „Wir bauen auf.“', 'Dann ging er.']],
  ])('%s', (text, expected) => expect(sentences(text)).toEqual(expected));
});
