/**
 * The speaker rows added with claim batches 64–65 (claims23): each row's examples with the exact
 * name the last claim must get, and sentences each row must NOT fire on.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-helpers';
import { GENDER_APPOSITION_HEAD, PRONOUN_OWNER_OF_RELATION } from '../lexicon/speaker-words';

const lastName = (text: string) => claimsOf(text).at(-1)?.name ?? null;

describe('speaker.pronoun.owner-of-relation', () => {
  it.each(PRONOUN_OWNER_OF_RELATION.examples.map((e) => [e.text, e.expect] as const))('%s', (text, want) =>
    expect(lastName(text)).toBe(want),
  );
  it.each([
    // Must not fire: the one introduced is a woman the text shows, the pronoun is the other
    // gender's, or the possessive names no relation.
    [
      'Mayor Dana Reyes opened the meeting. Her deputy, Laura Kim, said the budget was short. "We will find the money," she said.',
      'Laura Kim',
    ],
    [
      'Mayor Dana Reyes opened the meeting. Her deputy, Tadas Rimkus, said the budget was short. "We will find the money," he said.',
      'Tadas Rimkus',
    ],
    [
      'Mayor Dana Reyes opened the meeting. Tadas Rimkus, a councillor, said the budget was short. "We will find the money," she said.',
      'Tadas Rimkus',
    ],
  ])('%s', (text, want) => expect(lastName(text)).toBe(want));
});

describe('speaker.gender.apposition-head', () => {
  it.each(GENDER_APPOSITION_HEAD.examples.map((e) => [e.text, e.expect] as const))('%s', (text, want) =>
    expect(lastName(text)).toBe(want),
  );
  it.each([
    // Must not fire: a head that names no gender, and a -man word that names no person.
    [
      '"The river is ours," said Nyipa Ugak, the village chief. His daughter, Rinda, said the papers were forms for rice subsidies. "They said it was for rice," she said. Officials are understood to have offered money. According to people familiar with the talks, the builder has spent 300 million ringgit. Asked about the money, the chief shook his head. "You cannot pay a grave to move," he said.',
      'he',
    ],
  ])('%s', (text, want) => expect(lastName(text)).toBe(want));
});
