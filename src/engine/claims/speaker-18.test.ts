/**
 * The rows added with claim batches 67–68 (claims24), the "the headman said" role and a title
 * before a common-word surname: each row's examples with the exact name or span the claim must
 * get, and sentences each row must NOT fire on.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-helpers';
import { analyze } from '../index';
import { VERDICT_HOW } from '../lexicon/claim-cues';
import { APPOSITIVE_KIND_THEN_NAME } from '../lexicon/speaker-words';

const lastName = (text: string) => claimsOf(text).at(-1)?.name ?? null;

describe('cue.verdict-after.how', () => {
  it.each(
    VERDICT_HOW.examples
      .filter((e) => e.expect)
      .map((e) => [e.text, /how (\p{Lu}\p{L}+ \p{Lu}\p{L}+)/u.exec(e.text)![1]] as const),
  )('%s', (text, want) => {
    const c = claimsOf(text);
    expect(c).toHaveLength(1);
    expect(c[0].name).toBe(want);
    expect(c[0].kind).toBe('direct');
  });
  it.each([
    // Must not fire: "how" not right before the person, or no sentence of the kind after the quotation.
    '"We are not going anywhere."\n\nThat was exactly how Marco Ruiz opened the meeting.',
    '"We are not going anywhere."\n\nMarco Ruiz opened the meeting that way.',
    '"We are not going anywhere."\n\nThe council met on Monday. That was how Marco Ruiz opened the meeting.',
  ])('%s', (text) => expect(claimsOf(text)).toEqual([]));
});

describe('speaker.appositive.kind-then-name: bodies', () => {
  it.each(APPOSITIVE_KIND_THEN_NAME.examples.map((e) => [e.text, e.expect] as const))('%s', (text, want) =>
    expect(lastName(text)).toBe(want),
  );
  it('"It said" after the body goes to the body too', () => {
    const c = claimsOf(
      'Opposition leader Grace Mhango told supporters the count was wrong. Her party, the United Progressive Front, said its agents had been turned away. It said it would file its petition on Friday.',
    );
    expect(c.map((x) => x.name)).toEqual(['Grace Mhango', 'United Progressive Front', 'United Progressive Front']);
  });
  it.each([
    // Must not fire: a noun of no body before the name keeps the ordinary reading ("Its" is the
    // organisation named before).
    [
      "The Civic Alliance won the most seats. Its strongest card, the Farmers' Party, said it would not support cuts.",
      'Civic Alliance',
    ],
  ])('%s', (text, want) => expect(lastName(text)).toBe(want));
});

describe('speaker.description.person-compound: "the headman said" after "X, the village headman"', () => {
  it.each([
    [
      '"The river is ours," said Nyipa Ugak, the village headman. Officials visited on Monday. "You cannot pay a grave to move," the headman said.',
      'Nyipa Ugak',
    ],
    [
      '"People are asking whether their votes went anywhere," said Yohane Phiri, the village headman of Chimbiya. Police arrested 14 people. The headman said young men had blocked the road.',
      'Yohane Phiri',
    ],
    [
      'Kofi Mensah, the headman, said the river was theirs. Ama Owusu, a fisherwoman, said the lake was empty. "We cannot wait," the headman said.',
      'Kofi Mensah',
    ],
  ])('%s', (text, want) => expect(lastName(text)).toBe(want));
  it.each([
    // Must not fire: a compound no one was given stays as written, not the last speaker; nor a
    // word in -man that names no person.
    [
      '"The river is ours," said Nyipa Ugak, the village headman. Officials visited on Monday. The fisherman said the money was not enough.',
      'fisherman',
    ],
    [
      '"The river is ours," said Nyipa Ugak, the village headman. Officials visited on Monday. The human said the money was not enough.',
      'human',
    ],
  ])('%s', (text, want) => expect(lastName(text)).toBe(want));
});

describe('claim.sentence.words: a title goes on into a surname that is also a common word', () => {
  const spans = (text: string) => analyze(text).claims.map((c) => text.slice(c.start, c.end));
  it.each([
    ['Laura Diaz said Mr. Brown called her at midnight.', ['Laura Diaz said Mr. Brown called her at midnight.']],
    [
      'Laura Diaz spoke after the count. "I told Mr. Brown to call me," she said.',
      ['"I told Mr. Brown to call me," she said.'],
    ],
    [
      "Laura Diaz spoke after the count. ''Dr. Park called me at midnight,'' she said.",
      ["''Dr. Park called me at midnight,'' she said."],
    ],
  ])('%s', (text, want) => expect(spans(text)).toEqual(want));
  it.each([
    // Must not fire: a sentence opener after the abbreviation still opens a sentence.
    ['The colonel was promoted to the rank of Brig. Gen. He said the army was ready.', ['He said the army was ready.']],
  ])('%s', (text, want) => expect(spans(text)).toEqual(want));
});
