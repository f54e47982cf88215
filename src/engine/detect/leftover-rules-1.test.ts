/**
 * The rows of lexicon/news-leftovers-1.ts (helper ents17b) on tagger output written by hand, with
 * news sentences each must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

/** Enough sport around the sentence that the article is a sports report. */
const SPORT = ' The coach praised the defence after the game. The side kicked five goals in the last quarter.';

describe('organisation.of-chain', () => {
  it.each([
    [
      'The [[O Court of Justice]] of the [[O European Union]] ruled on Thursday.',
      ['organization:Court of Justice of the European Union'],
    ],
    ['She taught at the [[L University]] of [[L Cape Coast]] until 2008.', ['organization:University of Cape Coast']],
    [
      'He teaches at the [[O University of Texas]] of the Permian Basin in [[L Odessa]].',
      ['organization:University of Texas of the Permian Basin', 'place:Odessa'],
    ],
    [
      'A spokesman for the [[O Ministry of Foreign Affairs]] of [[L Ukraine]] said the talks would resume.',
      ['organization:Ministry of Foreign Affairs of Ukraine'],
    ],
    // Adversarial: no institution head, a time or a month after "of", a person after it, a
    // lowercase word, an institution whose name is whole already, news sentences.
    [
      'The mayor of [[L Paris]] of the time, [[P Jacques Chirac]], opposed it.',
      ['place:Paris', 'person:Jacques Chirac'],
    ],
    ['A report by the [[O Bank of England]] of March 2024 said prices rose.', ['organization:Bank of England']],
    [
      'A portrait of the [[O Bank of England]] of [[P Andrew Bailey]] hung in the hall.',
      ['organization:Bank of England', 'person:Andrew Bailey'],
    ],
    ['The [[O Bank of Japan]] of late has cut rates.', ['organization:Bank of Japan']],
    ['Students of the [[O University of Ghana]] of all ages marched.', ['organization:University of Ghana']],
    ['The [[O Organization of American States]] sent observers.', ['organization:Organization of American States']],
    ['Fans of [[O Bayern]] of [[L Munich]] travelled to the final.', ['organization:Bayern', 'place:Munich']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.the-no-given-name', () => {
  it.each([
    [
      'A painting stolen in 2015 was found, the [[P Garda Síochána]] said on Thursday.',
      ['organization:Garda Síochána'],
    ],
    ['The [[P Cortes Generales]] were dissolved by the king.', ['organization:Cortes Generales']],
    ['Members of the [[P Dáil]] voted late on Tuesday.', ['organization:Dáil']],
    // Adversarial: a given name, a title or epithet, a family, an English word alone, a title
    // row's person, a name written elsewhere without "the", no "the", news sentences.
    ['The [[P John Smith]] who spoke on Monday is a teacher.', ['person:John Smith']],
    ['The [[P Dalai Lama]] said he would visit in May.', ['person:Dalai Lama']],
    ['The [[P Kennedys]] gathered at the house.', ['person:Kennedys']],
    ['Power passed to the [[P Regent]] in 1689.', ['person:Regent']],
    ['It was the work of [[P Alexander]] the [[P Great]].', ['person:Alexander', 'person:Great']],
    [
      'The [[P Okonjo Iweala]] report came out on Monday. [[P Okonjo Iweala]] said it was fair.',
      ['person:Okonjo Iweala', 'person:Okonjo Iweala'],
    ],
    ['[[P Nguyen Van An]] said the plan would fail.', ['person:Nguyen Van An']],
    // fix18a: a title before a person with a given name; a family named by a person's surname.
    ['The [[P Tánaiste Micheál Martin]] said the government would act.', ['person:Tánaiste Micheál Martin']],
    ['The [[P Führer Adolf Hitler]] was named in the letter.', ['person:Führer Adolf Hitler']],
    [
      'The [[P Müller]] family ran the bakery. [[P Thomas Müller]] scored twice.',
      ['person:Müller', 'person:Thomas Müller'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.the-nickname', () => {
  it.each([
    [
      `The [[O Penrith Panthers]] beat the [[O Melbourne]] Storm 18-12. The Storm led at half-time.${SPORT}`,
      ['organization:Penrith Panthers', 'organization:Melbourne Storm', 'organization:Storm'],
    ],
    [
      `The [[O Brisbane Broncos]] won 24-10. The [[P Broncos]] defended well.${SPORT}`,
      ['organization:Brisbane Broncos', 'organization:Broncos'],
    ],
    // Adversarial: not a sports report, a nickname before another capitalised word, a name of an
    // institution head, news sentences.
    [
      'The [[O Melbourne]] Storm Relief Fund raised money. The Storm hit the coast on Monday.',
      ['organization:Melbourne'],
    ],
    [
      'The [[O Sydney Morning Herald]] reported it. A storm hit [[L Sydney]] on Monday. The Storm was named Alfred.',
      ['organization:The Sydney Morning Herald', 'place:Sydney'],
    ],
    [`The [[O Denver Broncos]] won. The Broncos Stadium was full.${SPORT}`, ['organization:Denver Broncos']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.town-acting', () => {
  it.each([
    [
      'Voters in [[L Bedford]] and [[O:0.5 Merrimack]] decided local questions. [[O:0.45 Merrimack]] approved a $12 million bond.',
      ['place:Bedford', 'place:Merrimack', 'place:Merrimack'],
    ],
    ['[[O:0.5 Nashua]] voted to raise the tax rate.', ['place:Nashua']],
    // Adversarial: a sports report, a country, no town the map knows, a rule's organisation,
    // a capitalised word after the verb, news sentences.
    [`[[O Chelsea]] rejected a bid for the striker.${SPORT}`, ['organization:Chelsea']],
    ['[[O Acme]] approved a dividend on Monday.', ['organization:Acme']],
    ['[[O Leeds]] approved Smith as chair.', ['organization:Leeds']],
    ['The [[O Leeds City Council]] approved a budget.', ['organization:Leeds City Council']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.war-not-result (narrows sport.result-over)', () => {
  it.each([
    [
      `[[L Ukraine]] claimed a victory over [[L Russia]] in the battle for the town, the general said.${SPORT}`,
      ['place:Ukraine', 'place:Russia'],
    ],
    // Still firing: a result in a sentence with no war word.
    [
      `[[O Chennai]] needed a win over [[L Rajasthan]] on the last day.${SPORT}`,
      ['organization:Chennai', 'organization:Rajasthan'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.facility-head (narrows organisation.trade-tail)', () => {
  it.each([
    ['The Navy handed over the [[L Portsmouth Naval Shipyard]] to the state.', ['place:Portsmouth Naval Shipyard']],
    ['Workers at the [[L Gdańsk Shipyard]] went on strike.', ['place:Gdańsk Shipyard']],
    // Still a firm: a trade word that is no facility, a head that is no place.
    ['[[L Hanjin Shipyard]] won the order.', ['organization:Hanjin Shipyard']],
    ['[[L Aegean Crest Shipping]] ordered two tankers.', ['organization:Aegean Crest Shipping']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.thing-beaten-not-side (narrows sport.place-team)', () => {
  it.each([
    [`[[L Leeds]] beat the deadline to register the new striker.${SPORT}`, ['place:Leeds']],
    [`[[L Bradford]] beat the odds to reach the final.${SPORT}`, ['place:Bradford']],
    // Still a side: beaten sides, scores.
    [`[[L Leeds]] beat the visitors 2-1 on Saturday.${SPORT}`, ['organization:Leeds']],
    [`[[L Leeds]] beat [[L Chelsea]] 2-1 on Saturday.${SPORT}`, ['organization:Leeds', 'organization:Chelsea']],
    // A player's country before the possessive is no side (lead, stop 52).
    [
      `[[P Jannik Sinner]] defeated [[L Spain]]'s [[P Carlos Alcaraz]] 7-6, 6-4.${SPORT}`,
      ['person:Jannik Sinner', 'place:Spain', 'person:Carlos Alcaraz'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.sentence-case-acronym', () => {
  it.each([
    [
      'The line is run by [[P Železnice Slovenskej]] republiky (ŽSR), the minister said.',
      ['organization:Železnice Slovenskej republiky', 'organization:ŽSR'],
    ],
    [
      'Rates were set by Národná banka Slovenska (NBS) on Monday.',
      ['organization:Národná banka Slovenska', 'organization:NBS'],
    ],
    [
      'The ruling party, Prawo i Sprawiedliwość (PiS), lost.',
      ['organization:Prawo i Sprawiedliwość', 'organization:PiS'],
    ],
    // Adversarial: English words, no lowercase word, initials that do not spell it, a longer
    // capitalised run before it, news sentences.
    ['Gross domestic product (GDP) rose 2%.', []],
    [
      'The [[O World Health Organization]] (WHO) said so.',
      ['organization:World Health Organization', 'organization:WHO'],
    ],
    ['Growth in Bratislava slowed (GDP) last year.', []],
    // The short form does not spell the words: this row leaves them (another row reads the first word).
    ['Officials at Národná banka Slovenska (NBX) said so.', ['organization:Národná']],
    ['He met Ján Novák in Bratislava (NBS) on Monday.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
