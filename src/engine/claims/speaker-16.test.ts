/**
 * The claim and speaker rows added with claim batches 48–50 and last stop's leftovers (claims16):
 * each row's examples with the exact name the claim must get, and sentences each row must NOT
 * fire on.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-helpers';
import { KIN_OF_UNNAMED, PLACE_AFTER_COMMA_REGION, PRONOUN_IT_POSSESSED_BODY } from '../lexicon/speaker-words';

const lastName = (text: string) => claimsOf(text).at(-1)?.name ?? null;

describe('speaker.subject.place-after-comma.gazetteer-region', () => {
  it.each(PLACE_AFTER_COMMA_REGION.examples.map((e) => [e.text, e.expect] as const))('%s', (text, want) =>
    expect(lastName(text)).toBe(want),
  );
  it.each([['Officers in Bradford, West Yorkshire, said the road would reopen.', 'Officers in Bradford, said']])(
    "the region is the place's rest: %s",
    (text, without) => {
      expect(lastName(text)).toBe(lastName(without.replace(', said', ' said the road would reopen.')));
      expect(lastName(text)).not.toMatch(/Yorkshire|Saxony/);
    },
  );
  it('a region tagged a place still leaves the source before the preposition', () =>
    expect(lastName('A spokeswoman in Hanover, Lower Saxony, said the road would reopen.')).toBe('spokeswoman'));
  it('does not fire on a sheriff named after the county', () =>
    expect(lastName('The sheriff in Pima County, Sheriff Nanos, said the search would go on.')).toBe('Nanos'));
});

describe('speaker.description.kin-of-unnamed', () => {
  it.each(KIN_OF_UNNAMED.examples.map((e) => [e.text, e.expect] as const))('%s', (text, want) =>
    expect(lastName(text)).toBe(want),
  );
  it.each([
    ['Maria Lopez, a nurse, spoke first. The widow of a miner said the mine had been unsafe.', 'widow of a miner'],
    // Must not fire: the named widow in apposition, and a plain description.
    ['The widow of the miner, Ana Ruiz, said the mine had been unsafe.', 'Ana Ruiz'],
    ['Tom Baker, the head teacher, spoke first. The teacher said the school would reopen.', 'Tom Baker'],
  ])('%s', (text, want) => expect(lastName(text)).toBe(want));
});

describe('speaker.pronoun.it.possessed-body', () => {
  const itName = (text: string) => claimsOf(text).find((c) => /^it$/i.test(c.speaker ?? ''))?.name ?? null;
  it.each(PRONOUN_IT_POSSESSED_BODY.examples.map((e) => [e.text, e.expect] as const))('%s', (text, want) =>
    expect(itName(text)).toBe(want),
  );
  it('does not fire after the person himself', () =>
    expect(
      itName('Marcus Reed leads the polls. Marcus Reed said the charge was false. It said the budgets were fine.'),
    ).toBe('It'));
});
