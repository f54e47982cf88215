/**
 * The examples of the lead's stop-62 claims rows (claims-lead-62.ts) through the whole engine.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { ADJUNCT_CHAIN, COURT_OFFICER, KNOWLEDGE_QUOTED_OBJECT, UNNAMED_BODY_OTHER_KIND } from './claims-lead-62';

describe("the lead's stop-62 content rows: the sentence's claim has this content", () => {
  it.each(rowExamples([ADJUNCT_CHAIN]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([want]);
  });

  it('leaves a chain with a comma in it to the link rows', () => {
    expect(
      claimsOf('Prices will rise, officials said in a statement on Sunday, after talks in Geneva and Bern.').map(
        (c) => c.content,
      ),
    ).toEqual(['Prices will rise']);
  });
});

describe("the lead's stop-62 speaker rows: the last claim's speaker resolves to this name", () => {
  it.each(rowExamples([COURT_OFFICER, UNNAMED_BODY_OTHER_KIND]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).at(-1)?.name).toBe(want);
  });
});

describe("the lead's stop-62 cue rows: the sentence's claims have these cues", () => {
  it.each(rowExamples([KNOWLEDGE_QUOTED_OBJECT]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).map((c) => c.cue)).toEqual([want]);
  });
});
