/**
 * The rows of lexicon/blind-news-10.ts (helper ents18a): each rule on tagger output written by
 * hand, with the sentences it must decide and ordinary news sentences it must not fire on. (The
 * rows' examples run through the whole engine in lexicon/rows.test.ts' late tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

/** Sentences of a game, so the text around reads as a sports report. */
const GAME =
  'The Hawks beat the Jets 3-2 on Monday in the semi-final. The goalkeeper made 11 saves in the match. The winger scored in the 2-1 win.';

describe('place.resource-field', () => {
  it.each([
    [
      'Oil began to flow from the [[P Johan Castberg]] field. Output will reach 220,000 barrels a day.',
      ['place:Johan Castberg'],
    ],
    [
      'The deal raises crude output at the giant [[O Rumaila]] field, which pumps 1.4 million barrels.',
      ['place:Rumaila'],
    ],
    [
      'Oil and gas reserves at the Johan Castberg and [[P Johan Sverdrup]] fields grew.',
      ['place:Johan Castberg', 'place:Johan Sverdrup'],
    ],
    [
      "Gas output rose at [[L Iraq]]'s [[O Rumaila]] field. Crude exports to [[O Rumaila]] buyers fell.",
      ['place:Iraq', 'place:Rumaila', 'place:Rumaila'],
    ],
    // Adversarial: no oil or gas in the text, a compound after "field", a known organisation, a
    // demonym, a name running on past the field word.
    ['[[P Tucker]] field trips were cancelled this year.', ['person:Tucker']],
    ['A [[P Harrison Butker]] field goal won it. Oil prices rose and gas barrels fell.', ['person:Harrison Butker']],
    ['The [[O FBI]] field office in Denver opened an inquiry into the oil and gas deal.', ['organization:FBI']],
    ['The Norwegian field produced oil and gas for 40 years.', []],
    ['[[P Sarah Field]] said oil and gas output fell.', ['person:Sarah Field']],
    ['He worked the [[P Kennedy]] field in 1960.', ['person:Kennedy']],
    // Review (ents19b): the operator before the word, named as a company elsewhere in the text.
    [
      '[[O Exxon Mobil]] will sell its stake in the [[O Exxon]] field in [[L Texas]]. Oil and gas output fell.',
      ['organization:Exxon Mobil', 'organization:Exxon', 'place:Texas'],
    ],
    [
      '[[P Exxon Mobil]] said it would sell the [[O Exxon]] field. Oil and gas output fell.',
      ['person:Exxon Mobil', 'organization:Exxon'],
    ],
    [
      '[[O Chevron]] and [[O Exxon]] said they would pump more oil. Gas output at the [[O Exxon]] field fell.',
      ['organization:Chevron', 'organization:Exxon', 'organization:Exxon'],
    ],
    [
      'Oil output at the giant [[O Ghawar]] field has fallen, [[O Saudi Aramco]] said. Gas exports rose.',
      ['place:Ghawar', 'organization:Saudi Aramco'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.particle-surname', () => {
  it.each([
    [
      'Director [[P Bassem Abdul-Karim al-Tamimi]] spoke. Tamimi said the water would be reinjected.',
      ['person:Bassem Abdul-Karim al-Tamimi', 'person:Tamimi'],
    ],
    [
      'The suit was brought by [[P Pieter van Dijk]]. [[O Van Dijk]] said the board had sold the company.',
      ['person:Pieter van Dijk', 'person:Van Dijk'],
    ],
    // Adversarial: the bare word inside a longer name, a firm after the particle name, no person
    // with that surname, the particle name already a person.
    [
      '[[P Ahmed al-Mufti]] spoke. The [[O Mufti Trading Company]] said it would bid.',
      ['person:Ahmed al-Mufti', 'organization:Mufti Trading Company'],
    ],
    [
      'The suit was brought by [[P Pieter van Dijk]]. [[O Van Dijk Holdings]] said profits rose.',
      ['person:Pieter van Dijk', 'organization:Van Dijk Holdings'],
    ],
    ['Tamimi tribes met in [[L Basra]].', ['place:Basra']],
    ['[[O Van Dijk]] said profits rose.', ['organization:Van Dijk']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.landform-noun-after', () => {
  it.each([
    ['Villages below the [[P Fuego]] volcano were evacuated.', ['place:Fuego']],
    ['Troops clashed near the Ta Muen Thom temple.', ['place:Ta Muen Thom']],
    [
      'Ash rose from the [[P Fuego]] volcano. "[[P Fuego]] has taught us to leave early," she said.',
      ['place:Fuego', 'place:Fuego'],
    ],
    // Adversarial: faiths and peoples, a person named in full, an acronym, a known organisation.
    ['Monks prayed at the Buddhist temple.', []],
    ['Pilgrims visited the Inca temple.', []],
    ['The [[P John Smith]] dam story ran.', ['person:John Smith']],
    ['Engineers from the [[O EU]] dam project met.', ['organization:EU']],
    ['The [[O Google]] dam data was shared.', ['organization:Google']],
    // Review (ents19b): the surname of a person named in full in the text.
    [
      'Prime Minister [[P Narendra Modi]] spoke. Crowds waited for the [[P Modi]] temple visit.',
      ['person:Narendra Modi', 'person:Modi'],
    ],
    [
      '"Erupción [[P del Volcán de Fuego]]". Villages below the [[P Fuego]] volcano were evacuated.',
      ['place:Volcán de Fuego', 'place:Fuego'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.feature-word-first', () => {
  it.each([
    ['Ash fell from the [[P Volcán de Fuego]] on Sunday.', ['place:Volcán de Fuego']],
    ['"Erupción [[P del Volcán de Fuego]]"', ['place:Volcán de Fuego']],
    ['The rider crashed on the descent from the Passo delle Capannelle.', ['place:Passo delle Capannelle']],
    ['Ships sailed up the [[O Río de la Plata]].', ['place:Río de la Plata']],
    // Adversarial: firms, clubs and people whose first word is also a kind word.
    ['[[O Rio Tinto]] said output rose.', ['organization:Rio Tinto']],
    ['The [[O Sierra Club]] sued.', ['organization:Sierra Club']],
    ['[[P Monte Hellman]] directed the film.', ['person:Monte Hellman']],
    ['[[O Cerro Verde]] raised copper output.', ['organization:Cerro Verde']],
    ['Col. [[P Ana Ruiz]] spoke.', ['person:Ana Ruiz']],
    // Review (ents19b): banks named with "Monte", and a kind word inside another name.
    ['Shares in [[O Monte dei Paschi]] rose.', ['organization:Monte dei Paschi']],
    ['Analysts said the merger with Monte dei Paschi made sense.', []],
    ['[[O Banca Monte dei Paschi di Siena]] said profits rose.', ['organization:Banca Monte dei Paschi di Siena']],
    ['In Cerro de Pasco the mine reopened.', ['place:Cerro de Pasco']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.particle-town', () => {
  it.each([
    ['He attacked at [[P Prati di Tivo]] on Wednesday.', ['place:Prati di Tivo']],
    ['A road near [[L Montorio]] al [[P Vomano]] was closed.', ['place:Montorio al Vomano']],
    // Adversarial: a given name first, a bank, "to"/"from" (people too), a possessive, a town in "in".
    ['The talks were led by [[P Fabio di Marco]].', ['person:Fabio di Marco']],
    ['She worked in [[O Banca di Roma]] for years.', ['organization:Banca di Roma']],
    ['The letter went to [[P Rossi di Montalto]].', ['person:Rossi di Montalto']],
    ["In [[P Marco di Stefano]]'s view the plan failed.", ['person:Marco di Stefano']],
    ['He lives at [[P Leonardo da Vinci]] street.', ['person:Leonardo da Vinci']],
    ['Crowds gathered in [[L Aparri]] in [[L Cagayan]].', ['place:Aparri', 'place:Cagayan']],
    // Review (ents19b): schools, offices and events named with a particle.
    ['The song won at Festival di Sanremo in February.', []],
    ['Investigators in Procura di Milano charged him.', []],
    ['He studied at Liceo di Roma for five years.', []],
    ['He was treated at Casa di Cura in town.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.team-word-short', () => {
  it.each([
    [
      `${GAME} [[P Matteo Zanardi]] of [[O Astana Qazaqstan]] won. The leaders sit behind [[L Astana]].`,
      [
        'organization:Hawks',
        'organization:Jets',
        'person:Matteo Zanardi',
        'organization:Astana Qazaqstan',
        'organization:Astana',
      ],
    ],
    [
      `${GAME} [[O Real Madrid]] held off a late run by [[L Madrid]].`,
      ['organization:Hawks', 'organization:Jets', 'organization:Real Madrid', 'organization:Madrid'],
    ],
    // Adversarial: the word after a preposition of where anywhere in the text; no sports report;
    // a body of four words.
    [
      `${GAME} [[O Real Madrid]] flew home to [[L Madrid]]. [[L Madrid]] greeted them.`,
      ['organization:Hawks', 'organization:Jets', 'organization:Real Madrid', 'place:Madrid', 'place:Madrid'],
    ],
    [
      '[[O Bank Austria]] raised rates. [[L Austria]] said growth slowed.',
      ['organization:Bank Austria', 'place:Austria'],
    ],
    // Review (ents19b): the word as the owner of a state's thing.
    [
      `${GAME} [[O Bahrain Victorious]] won. [[L Bahrain]]'s government funds the team.`,
      ['organization:Hawks', 'organization:Jets', 'organization:Bahrain Victorious', 'place:Bahrain'],
    ],
    [
      `${GAME} The [[O Bank of England Museum]] opened. [[L England]] lost the vote.`,
      // (the museum is read as a place by an earlier row, not this one)
      ['organization:Hawks', 'organization:Jets', 'place:Bank of England Museum', 'place:England'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

/**
 * Review (ents31e, after ents31b's review texts): a court or another body named after a state gives
 * no team word ("The Wisconsin Supreme Court ruled 4-3 … Wisconsin teachers"), and a sentence of a
 * sport of players, sets or frames names no team.
 */
describe('review (ents31e): sport.team-word-short', () => {
  it.each([
    [
      `${GAME} The [[O Wisconsin Supreme Court]] ruled 4-3 on Friday. [[L:0.5 Wisconsin]] teachers had challenged it.`,
      ['organization:Hawks', 'organization:Jets', 'organization:Wisconsin Supreme Court', 'place:Wisconsin'],
    ],
    [
      `${GAME} The [[O Ohio State University]] board met. [[L:0.5 Ohio]] voters backed the levy.`,
      ['organization:Hawks', 'organization:Jets', 'organization:Ohio State University', 'place:Ohio'],
    ],
    // Still the team: a sponsor's name, not a body's.
    [
      `${GAME} [[P Matteo Zanardi]] of [[O Bahrain Victorious]] won. The leaders sit behind [[L Bahrain]].`,
      [
        'organization:Hawks',
        'organization:Jets',
        'person:Matteo Zanardi',
        'organization:Bahrain Victorious',
        'organization:Bahrain',
      ],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.side-status', () => {
  it.each([
    [
      `${GAME} [[O Finland]] beat [[O Sweden]] 3-2. [[L Kazakhstan]] and [[L Hungary]] were relegated and will be replaced by [[L Slovenia]].`,
      [
        'organization:Hawks',
        'organization:Jets',
        'organization:Finland',
        'organization:Sweden',
        'organization:Kazakhstan',
        'organization:Hungary',
        'organization:Slovenia',
      ],
    ],
    [
      `${GAME} [[O Finland]] beat [[O Sweden]] 3-2. [[L Russia]] and [[L Belarus]] remain banned.`,
      [
        'organization:Hawks',
        'organization:Jets',
        'organization:Finland',
        'organization:Sweden',
        'organization:Russia',
        'organization:Belarus',
      ],
    ],
    // Adversarial: a place of where, a possessive, no national side in the text, no sports report.
    [
      `${GAME} [[O Finland]] beat [[O Sweden]] 3-2. Two players were banned in [[L Italy]].`,
      ['organization:Hawks', 'organization:Jets', 'organization:Finland', 'organization:Sweden', 'place:Italy'],
    ],
    [
      `${GAME} [[O Finland]] beat [[O Sweden]] 3-2. [[L Russia]]'s coach was suspended.`,
      ['organization:Hawks', 'organization:Jets', 'organization:Finland', 'organization:Sweden', 'place:Russia'],
    ],
    [`${GAME} [[L Hungary]] banned the import of pork.`, ['organization:Hawks', 'organization:Jets', 'place:Hungary']],
    // Review (ents19b): a list after a preposition of where; the state acting on an object.
    [
      `${GAME} [[O Finland]] beat [[O Sweden]] 3-2. Players from [[L Germany]], [[L Austria]] and [[L France]] were banned.`,
      [
        'organization:Hawks',
        'organization:Jets',
        'organization:Finland',
        'organization:Sweden',
        'place:Germany',
        'place:Austria',
        'place:France',
      ],
    ],
    [
      `${GAME} [[O Finland]] beat [[O Sweden]] 3-2. [[L Spain]] suspended its ambassador and [[L Italy]] replaced its envoy.`,
      [
        'organization:Hawks',
        'organization:Jets',
        'organization:Finland',
        'organization:Sweden',
        'place:Spain',
        'place:Italy',
      ],
    ],
    [
      `${GAME} [[O Finland]] beat [[O Sweden]] 3-2. [[L Canada]] qualified for the final.`,
      ['organization:Hawks', 'organization:Jets', 'organization:Finland', 'organization:Sweden', 'organization:Canada'],
    ],
    [
      '[[L Russia]] and [[L Belarus]] were banned from the talks, diplomats said. [[L Finland]] objected.',
      ['place:Russia', 'place:Belarus', 'place:Finland'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.parish', () => {
  it.each([
    ['The sheriff of Jefferson Parish was re-elected, and the parish voted for a tax.', ['place:Jefferson Parish']],
    ['In St. Tammany Parish the parish council met.', ['place:St. Tammany Parish']],
    ['Turnout in [[P Orleans Parish]] was low in [[L Louisiana]].', ['place:Orleans Parish', 'place:Louisiana']],
    // Adversarial: a surname with no parish nor Louisiana in the text, a given name, a body, a church.
    ['The historian [[P Helen Parish]] said the records were lost.', ['person:Helen Parish']],
    [
      '[[P Helen Parish]] moved to [[L Louisiana]] and joined the parish choir.',
      ['person:Helen Parish', 'place:Louisiana'],
    ],
    ['The [[O Jefferson Parish Council]] met on Monday in the parish.', ['organization:Jefferson Parish Council']],
    ["The bells of St. Mary's Parish Church rang across the parish.", ["organization:St. Mary's Parish Church"]],
    ['Jefferson Parish was a planter in Virginia.', []],
    // Review (ents19b): a title before a given name; a given name after "St." is the saint's.
    ['Rev. Matthew Parish led the service in the parish.', []],
    ['Flooding closed roads in St. James Parish and the parish school.', ['place:St. James Parish']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.acronym-body', () => {
  it.each([
    [
      'The [[O National Institute of Public Health]] (INSP) said only 62% were vaccinated.',
      ['organization:National Institute of Public Health', 'organization:INSP'],
    ],
    ["INSIVUMEH, the country's volcano and weather institute, said the column rose.", ['organization:INSIVUMEH']],
    ['SOMO, the state oil marketer, said talks went well.', ['organization:SOMO']],
    // Adversarial: a ticker whose letters are not the body's initials, a weapon, a capital city,
    // an acronym after a person, a unit.
    ['Shares of [[O Apple]] (AAPL) rose.', ['organization:Apple']],
    ['HIMARS, the rocket system, arrived in May.', []],
    ['[[L LIMA]], the capital, was calm.', ['place:LIMA']],
    ['[[P Ana Ruiz]] (PhD) spoke.', ['person:Ana Ruiz']],
    ['NATO-backed HIMARS, the launchers the army uses, arrived.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
