import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-helpers';

describe('attribution patterns', () => {
  it.each([
    ['Helena Marsh said the plan would fail.', 'Helena Marsh', 'said', 'indirect'],
    ['The plan would fail, Helena Marsh said.', 'Helena Marsh', 'said', 'indirect'],
    ['“The plan will fail,” said Helena Marsh.', 'Helena Marsh', 'said', 'direct'],
    ['“The plan will fail,” Helena Marsh told reporters.', 'Helena Marsh', 'told', 'direct'],
    ['The plan is doomed, according to Helena Marsh.', 'Helena Marsh', 'according to', 'indirect'],
    ['Helena Marsh claimed the vote was rigged.', 'Helena Marsh', 'claimed', 'indirect'],
    ['Helena Marsh accused the board of lying.', 'Helena Marsh', 'accused', 'indirect'],
    ['Helena Marsh pledged to rebuild the bridge.', 'Helena Marsh', 'pledged', 'indirect'],
    ['Helena Marsh, who led the inquiry, recalled the night of the fire.', 'Helena Marsh', 'recalled', 'indirect'],
    ['The Harbor Research Institute estimates that prices will rise.', 'Harbor Research Institute', 'estimates', 'indirect'],
    ['The fire spread quickly, the Kestrel news agency reported.', 'Kestrel', 'reported', 'indirect'],
    ['Helena Marsh said the pact was “a betrayal of voters”.', 'Helena Marsh', 'said', 'mixed'],
    ['Lars Berg, a fisherman in Tromsø, Norway, said the ice came early.', 'Lars Berg', 'said', 'indirect'],
    ['Lars Berg mocked the plan as “silly” and said it would fail.', 'Lars Berg', 'said', 'indirect'],
    ['Lars Berg said the plan was “silly” and would fail.', 'Lars Berg', 'said', 'mixed'],
    ['Farm groups and unions also assume that prices will rise.', 'Farm groups and unions', 'assume', 'indirect'],
  ])('%s', (text, name, cue, kind) => {
    const [c] = claimsOf(text);
    expect(c).toMatchObject({ name, cue, kind });
  });

  it.each([
    ['Helena Marsh claimed victory was near.', true],
    ['Helena Marsh said victory was near.', false],
    ['Helena Marsh reportedly said victory was near.', true],
  ])('hedging: %s', (text, hedged) => expect(claimsOf(text)[0].hedged).toBe(hedged));

  it('passive "is said to" has no speaker', () => {
    const [c] = claimsOf('The general is said to be planning a new offensive.');
    expect(c.speaker).toBeNull();
    expect(c.cue).toBe('is said to');
  });

  it('resolves pronouns to the previous speaker', () => {
    const cs = claimsOf('Omar Haddad met Lina Park. Haddad said the talks went well. The deal was fair, he said.');
    expect(cs.map((c) => c.name)).toEqual(['Omar Haddad', 'Omar Haddad']);
  });

  it('resolves a description through stated roles', () => {
    const cs = claimsOf('Chilean President Mateo Salas met Ana Ortiz on Monday. Talks went well, according to the Chilean leader.');
    expect(cs[0].name).toBe('Mateo Salas');
  });

  it('resolves "the agency" to the last organisation', () => {
    const cs = claimsOf('The National Water Agency issued a warning. In a statement, the agency said levels were falling.');
    expect(cs[0].name).toBe('National Water Agency');
  });

  it('joins a cue line ending in a colon with the quote paragraph after it', () => {
    const cs = claimsOf('Mayor Lena Fox wrote on her blog:\n“The bridge will reopen in May.”');
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ name: 'Lena Fox', kind: 'direct', content: '“The bridge will reopen in May.”' });
  });

  it('ignores participles and passives that are not attributions', () => {
    expect(claimsOf('The book, written by Ana Ruiz, sold well. The visas were twice denied.')).toEqual([]);
  });

  it('continues a quote paragraph with the previous speaker', () => {
    const cs = claimsOf('The roads will reopen soon, Mateo Salas said.\n“We will not give up.”');
    expect(cs).toHaveLength(2);
    expect(cs[1]).toMatchObject({ name: 'Mateo Salas', kind: 'direct' });
  });

  it('does not treat a programme title in quotes as a claim', () => {
    expect(claimsOf('The show aired on the programme “Voices of the Week,” which runs on Sundays.')).toEqual([]);
  });

  it('does not treat the reporter’s own prose as a claim', () => {
    expect(claimsOf('The storm damaged hundreds of homes in the valley. Schools were closed.')).toEqual([]);
  });
});
