/**
 * place.town-in-region (helper ents40b): where the whole engine puts a town written with its state
 * or province after a comma. The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { loadGazetteerIfAny } from '../../cli/analyze';

/** "name:country" for every entity the map placed, in the engine's order. */
async function placed(text: string): Promise<string[]> {
  const gazetteer = await loadGazetteerIfAny();
  return analyze(text, { gazetteer })
    .entities.filter((e) => e.place)
    .map((e) => `${e.name}:${e.place!.country}`);
}

describe('place.town-in-region', () => {
  it.each([
    ['A storm knocked out power in Lima, Ohio, on Monday.', ['Lima:United States', 'Ohio:United States']],
    [
      'The paper mill in Berlin, New Hampshire, closed in 2006.',
      ['Berlin:United States', 'New Hampshire:United States'],
    ],
    ['Police in London, Ontario said two men were arrested.', ['London:Canada', 'Ontario:Canada']],
    // A US state the map holds only as a country (place.state-named-like-country, ents41b).
    ['The band played in Athens, Georgia, on Friday.', ['Athens:United States', 'Georgia:United States']],
  ])('%s', async (text, expected) => expect((await placed(text)).sort()).toEqual(expected.sort()));

  it("puts the town at its state's centre, the map knowing no town of that name there", async () => {
    const gazetteer = await loadGazetteerIfAny();
    const lima = analyze('A storm knocked out power in Lima, Ohio, on Monday.', { gazetteer }).entities.find(
      (e) => e.name === 'Lima',
    );
    const ohio = gazetteer?.lookup('Ohio');
    expect(lima?.place).toMatchObject({
      name: 'Lima',
      countryCode: 'US',
      kind: 'city',
      lat: ohio?.lat,
      lon: ohio?.lon,
    });
  });

  it.each([
    // A list after the state; the town in the state's own country; a country after the comma; a
    // bare town.
    ['Offices in London, Texas and Tokyo shut.', ['London:United Kingdom', 'Texas:United States', 'Tokyo:Japan']],
    // A list whose comma after the state goes on to another place (review, stop 50).
    [
      'The firm has offices in Tokyo, California, New York and London.',
      ['California:United States', 'London:United Kingdom', 'New York:United States', 'Tokyo:Japan'],
    ],
    ['The plant in Valencia, Carabobo, closed.', ['Valencia:Venezuela']],
    ['Flights from Paris, France, resumed.', ['France:France', 'Paris:France']],
    ['The summit will be held in Lima in November.', ['Lima:Peru']],
    // A town of the country Georgia; the country alone.
    ['Protesters gathered in Tbilisi, Georgia, on Sunday.', ['Georgia:Georgia', 'Tbilisi:Georgia']],
    ['Talks with Georgia resumed in Athens.', ['Athens:Greece', 'Georgia:Georgia']],
  ])('%s', async (text, expected) => expect((await placed(text)).sort()).toEqual(expected.sort()));
});
