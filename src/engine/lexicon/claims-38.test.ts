/**
 * The examples of claims38's rows (claims-38.ts) through the whole engine: for the speaker rows,
 * the text as written or the name of the speaker of the text's last claim; for the content rows,
 * the content of one of the sentence's claims ("" for no claim); for the guard, the cue of one of
 * the sentence's claims ("" for none).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import {
  DOCUMENT_AD,
  INFERENCE_WITHOUT_SOURCE,
  NAMED_TRAILING_TIME,
  RELATIVE_THAT_FINITE,
  SECOND_AFTER_LABEL,
  TAG_AFTER_CLOSE_BESIDE_QUOTATION,
  THAT_AFTER_ASIDE,
  THAT_AFTER_INNER_VERB,
  THAT_WINDOW_NAME_ONE_WORD,
} from './claims-38';

describe('claims38 speaker rows: the last claim has this speaker (its text as written, or its name)', () => {
  it.each(rowExamples([NAMED_TRAILING_TIME, RELATIVE_THAT_FINITE, DOCUMENT_AD]))('%s: %s', (_id, text, want) => {
    const last = claimsOf(text).at(-1);
    if (want === '') expect(last).toBeUndefined();
    else expect([last?.speaker, last?.name]).toContain(want);
  });
  it('keeps the whole relative clause, its month too: "A coalition that began campaigning in May says"', () => {
    expect(claimsOf('A coalition that began campaigning in May says the law is unfair.').at(-1)?.speaker).toBe(
      'A coalition that began campaigning in May',
    );
  });
  it('ends the speaker text before the time: "Senator Ann Reyes on Tuesday said"', () => {
    expect(claimsOf('Senator Ann Reyes on Tuesday said the bill would pass next month.').at(-1)?.speaker).toBe(
      'Senator Ann Reyes',
    );
  });
});

describe('claims38 content rows: some claim of the sentence has this content ("" = no claim)', () => {
  it.each(rowExamples([THAT_WINDOW_NAME_ONE_WORD, THAT_AFTER_INNER_VERB, THAT_AFTER_ASIDE, SECOND_AFTER_LABEL]))(
    '%s: %s',
    (_id, text, want) => {
      const contents = claimsOf(text).map((c) => c.content);
      if (want === '') expect(contents).toEqual([]);
      else expect(contents).toContain(want);
    },
  );
  it('reads a quoted clause after an inner verb as a claim that quotes, not a direct one', () => {
    const claims = claimsOf('The minister said the agreement showed that "neighbours can solve problems together".');
    expect(claims.map((c) => c.kind)).toEqual(['mixed']);
  });
  it('makes two claims of a label and the report after it, the first ending before "and"', () => {
    const claims = claimsOf('He called the deal "a betrayal" and said it would hurt farmers.');
    expect(claims.map((c) => [c.cue, c.content])).toEqual([
      ['called', 'the deal "a betrayal"'],
      ['said', 'it would hurt farmers'],
    ]);
  });
});

describe('guard.inference-without-source: the cue of one of the claims ("" = no claim)', () => {
  it.each(rowExamples([INFERENCE_WITHOUT_SOURCE]))('%s: %s', (_id, text, want) => expectCue(text, want));
  it('gives "That confirms that" after a named source no claim of its own (review, claims39b)', () => {
    expect(claimsOf('The analysts said prices rose. That confirms that demand is strong.').map((c) => c.cue)).toEqual([
      'said',
    ]);
    expect(claimsOf('Exports fell in May. That proved that demand was weak.')).toEqual([]);
  });
});

describe("quote.tag-after-close.beside-quotation: the second claim (the quotation's first sentence) has this speaker", () => {
  it.each(rowExamples([TAG_AFTER_CLOSE_BESIDE_QUOTATION]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text)[1]?.name).toBe(want);
  });
  it('gives every sentence of the quotation to the writer after the closing mark', () => {
    const claims = claimsOf(
      'The mayor said the plan was sound. "The plan will fail. It always does," Judge Ann Cole wrote in her opinion.',
    );
    expect(claims.map((c) => c.name)).toEqual(['mayor', 'Ann Cole', 'Ann Cole']);
  });
});
