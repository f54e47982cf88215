import { describe, expect, it } from 'vitest';
import { analyze } from '../index';

/**
 * "None of these": names of things that are neither a person, a place nor an organisation must
 * not be painted as one, while the real names around them still are. Invented sentences (no
 * gazetteer), so what is tested is the trained model and its lexicon features, not a list.
 */
const typed = (text: string) => analyze(text).mentions.map((m) => `${m.type}:${m.text}`);

describe('names that are none of person, place or organisation', () => {
  it.each([
    // products and software
    ['Users of the Lumeo browser complained on Tuesday that the update deleted their bookmarks.', []],
    [
      'Sales of the Vantix X2 phone doubled after Harlow Electronics cut its price.',
      ['organization:Harlow Electronics'],
    ],
    // works
    ['The novel Quiet Rivers sold a million copies in Canada.', ['place:Canada']],
    // events
    ['Thousands attended the Harvest Lantern Festival in Prague on Saturday.', ['place:Prague']],
    // weapons
    ['The army said it had fired a Brakon missile at the depot near Kharkiv.', ['place:Kharkiv']],
    ['Ministers debated whether to buy the Tarvik howitzer from a Swedish maker.', []],
    // vehicles
    ['The Corvane sedan goes on sale in Germany in May.', ['place:Germany']],
  ])('%s', (text, expected) => expect(typed(text)).toEqual(expected));

  it('says "none" was a real alternative in the model’s explanation', () => {
    const [m] = analyze('Sales of the Vantix X2 phone doubled after Harlow Electronics cut its price.').mentions;
    // The explanation names the runner-up answer; a name next to product words is never certain.
    expect(m.why).toMatch(/^model: organization 0\.\d\d \(next best (none|person|place) 0\.\d\d\)$/);
  });
});

describe('teams, where the text means the team', () => {
  // House convention (scripts/train/data/news/README.md, as GUM): a club or national team is an
  // organisation. What must never happen is a team painted as the city or person it is named after.
  const typesOf = (text: string, name: string) =>
    analyze(text)
      .mentions.filter((x) => name.includes(x.text))
      .map((x) => `${x.type}:${x.text}`);

  it.each([
    ['The Denver Broncos signed the quarterback on Monday.', 'Denver Broncos', ['organization:Denver Broncos']],
    ['On Saturday, Brno beat the league leaders 2-1 in front of 20,000 fans.', 'Brno', ['organization:Brno']],
  ])('%s', (text, name, expected) => expect(typesOf(text, name)).toEqual(expected));

  it('never reads a club of an invented town as a place or a person', () => {
    const types = typesOf('Fans of the Harbury Rovers cheered as the club won the cup.', 'Harbury Rovers');
    expect(types.filter((x) => !x.startsWith('organization:'))).toEqual([]);
  });

  // Known gaps: an invented club with no sports word in its own sentence is missed, and a city
  // club that "scores" is read as a person.
  it.fails.each([
    ['Fans of the Harbury Rovers cheered as the club won the cup.', 'Harbury Rovers', ['organization:Harbury Rovers']],
    ['The match ended with Brno scoring twice in the second half.', 'Brno', ['organization:Brno']],
    // Lost when context aggregation came in (30 Nov 2026).
    [
      'Manchester United signed the striker from Benfica on Friday.',
      'Manchester United, Benfica',
      ['organization:Manchester United', 'organization:Benfica'],
    ],
  ])('%s', (text, name, expected) => expect(typesOf(text, name)).toEqual(expected));
});
