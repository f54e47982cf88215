/**
 * The rows of lexicon/blind-news-7.ts (helper ents14a): each rule on tagger output written by hand,
 * with the sentences it must decide and news sentences it must not fire on. (The rows' examples
 * run through the whole engine in lexicon/rows.test.ts' late tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

/** Two sentences of a game, so the text around reads as a sports report. */
const GAME = 'The Hawks beat the Jets 3-2 on Monday in overtime. The goalie made 31 saves in the game.';
/** What the sport rows make of GAME's two clubs. */
const TEAMS = ['organization:Hawks', 'organization:Jets'];

describe('organisation.ticker-name-repeat', () => {
  it.each([
    [
      '[[P Woolworths]] lost. Chain [[O Woolworths]] (WOW.AX) fell 2%. [[P:0.4 Woolworths]] said it would appeal.',
      ['organization:Woolworths', 'organization:Woolworths', 'organization:Woolworths'],
    ],
    ['Danish group [[P A.P. Moller-Maersk]] (MAERSKb.CO) kept its ships away.', ['organization:A.P. Moller-Maersk']],
    // Adversarial: a founder named in full keeps his surname, a bracket holding no ticker, a person
    // another name's ticker does not concern, and a ticker-less firm.
    [
      '[[P John Deere]] built ploughs. [[O Deere]] (DE.N) rose. [[P:0.5 Deere]] died in 1886.',
      ['person:John Deere', 'organization:Deere', 'person:Deere'],
    ],
    ['[[P Ana Ruiz]] (PSOE) spoke in [[L Madrid]].', ['person:Ana Ruiz', 'place:Madrid']],
    [
      '[[O Saab]] (SAABb.ST) fell. [[P Ingrid]] said [[P Solvang]] was right.',
      ['organization:Saab', 'person:Ingrid', 'person:Solvang'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.ai-firm-tail', () => {
  it.each([
    [
      'Start-up [[P Mistral AI]] released a model. [[P:0.34 Mistral]] said it was trained in [[L Paris]].',
      ['organization:Mistral AI', 'organization:Mistral', 'place:Paris'],
    ],
    ['Investors in [[P Stability AI]] met.', ['organization:Stability AI']],
    // Adversarial: "AI" inside a longer title, "AI" alone, a person named like the firm's first word
    // in full, and a name the model already reads as an organisation.
    [
      'She met [[P Ana Mistral]]. [[P Mistral AI]] grew. [[P Mistral]] spoke.',
      ['person:Ana Mistral', 'organization:Mistral AI', 'person:Mistral'],
    ],
    ['Voice is where people will meet AI every day.', []],
    ['[[O Scale AI]] hired staff.', ['organization:Scale AI']],
    ['The Generative AI Policy Unit met.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.family-name', () => {
  it.each([
    ['The founding [[O Moller]] family controls the group.', ['person:Moller']],
    ['It is controlled by the [[L Luksic]] family.', ['person:Luksic']],
    // Adversarial: a demonym, a country, a common word, a kind of products, a longer name, a
    // sentence's first word.
    ['The Saudi family owns it.', []],
    ['The [[L Jordan]] family visit was cancelled.', ['place:Jordan']],
    ['The Royal family appeared on the balcony.', []],
    ['It launched the [[O Galaxy]] family of phones.', ['organization:Galaxy']],
    ['The [[O Ford Motor]] family of cars grew.', ['organization:Ford Motor']],
    ['Family members said he was kind. Police family liaison officers came.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.possessive-body-split', () => {
  it.each([
    [
      "[[O Lebanon's Ministry of Culture]] said he would be buried.",
      ['place:Lebanon', 'organization:Ministry of Culture'],
    ],
    ["[[O Poland's Armament Agency]] signed it.", ['place:Poland', 'organization:Armament Agency']],
    // Adversarial: a possessive after a name no map knows, a firm, a city's body (kept whole by
    // other rows), and a country's possessive at the name's end.
    ["[[O McDonald's Corporation]] said sales rose.", ["organization:McDonald's Corporation"]],
    ["[[O Women's Institute]] members met.", ["organization:Women's Institute"]],
    ["[[O Farmers' Federation]] welcomed it.", ["organization:Farmers' Federation"]],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.particle-place', () => {
  it.each([
    ['Supporters gathered in [[L Santa Cruz]] de la [[P Sierra]].', ['place:Santa Cruz de la Sierra']],
    ['The bones were found near [[L Paso]] de Indios.', ['place:Paso de Indios']],
    ['A plant in [[L São José]] dos Campos closed.', ['place:São José dos Campos']],
    // Adversarial: a person's particle, a particle ending the line, a speech verb after, a person
    // before, a lowercase word after the particle, and a name running on.
    ['In [[L Lisbon]] da [[P Silva]] said the vote was fair.', ['place:Lisbon', 'person:Silva']],
    ['[[P Jean]] de Vaubercourt designed it.', ['person:Jean']],
    ['They met in [[L Madrid]] de facto.', ['place:Madrid']],
    ['The talks in [[L Bogotá]] de\nOcampo began.', ['place:Bogotá']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.city-after-in', () => {
  it.each([
    [
      `[[O Denver]] lost 110-104 on Monday. ${GAME} Game 6 is Friday in [[L Denver]].`,
      ['organization:Denver', 'organization:Hawks', 'organization:Jets', 'place:Denver'],
    ],
    // Adversarial: a possessive after the town, a country, a name running on, and a report that is
    // not about sport.
    [
      `[[O Denver]] lost 110-104 on Monday. ${GAME} It was the first title in [[O Denver]]'s history.`,
      ['organization:Denver', 'organization:Hawks', 'organization:Jets', 'organization:Denver'],
    ],
    [`${GAME} The team will play in [[L Canada]] next.`, [...TEAMS, 'place:Canada']],
    ['The mayor said crime fell in [[L Denver]] last year. Police hired 300 officers.', ['place:Denver']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.club-statement', () => {
  it.each([
    [
      `${GAME} [[L Dallas]] said it would not pick up the option on guard [[P Luka Vrhovec]].`,
      [...TEAMS, 'organization:Dallas', 'person:Luka Vrhovec'],
    ],
    [
      `[[L LAS VEGAS]] (AP) — ${GAME}\n\nVegas said after the game that defenceman [[P Alex Pietrangelo]] was hurt. The team played in [[L Las Vegas]].`,
      // The agency in brackets after the dateline: organisation.dateline-agency (blind-rules-13).
      [
        'place:LAS VEGAS',
        'organization:AP',
        ...TEAMS,
        'organization:Vegas',
        'person:Alex Pietrangelo',
        'place:Las Vegas',
      ],
    ],
    // Adversarial: a town's statement about no player, a country, a town after a locative, no sports
    // report, an election, and a word no map knows.
    [`${GAME} [[L Dallas]] said the parade would start at noon.`, [...TEAMS, 'place:Dallas']],
    [`${GAME} [[L Canada]] said forward [[P Ana Ruiz]] was hurt.`, [...TEAMS, 'place:Canada', 'person:Ana Ruiz']],
    [`${GAME} Fans in [[L Dallas]] said coach [[P Ana Ruiz]] must go.`, [...TEAMS, 'place:Dallas', 'person:Ana Ruiz']],
    [
      '[[L Dallas]] said officer [[P Ana Ruiz]] was hurt. The city hired 40 police officers last year.',
      ['place:Dallas', 'person:Ana Ruiz'],
    ],
    [
      `${GAME} The county counted votes. [[L Dallas]] said candidate [[P Ana Ruiz]] won the election.`,
      [...TEAMS, 'place:Dallas', 'person:Ana Ruiz'],
    ],
    [`${GAME} Brixworth said coach [[P Ana Ruiz]] was hurt.`, [...TEAMS, 'person:Ana Ruiz']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.ocean-over', () => {
  it.each([
    ['Casts of the bones flew over the [[O Atlantic]] in January.', ['place:Atlantic']],
    ['He crossed The Atlantic alone, the magazine said.', ['organization:The Atlantic']],
    // Adversarial: the magazine named after a preposition, a capital The with no magazine speaking,
    // an ocean with no crossing word, and a longer name.
    ['In an interview with [[O The Atlantic]], he said so.', ['organization:The Atlantic']],
    ['He crossed The Atlantic alone in 1927.', ['place:Atlantic']],
    ['Storms in the [[L Atlantic]] grew.', ['place:Atlantic']],
    ['Ships sailed over the [[O Atlantic Council]] maps.', ['organization:Atlantic Council']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
