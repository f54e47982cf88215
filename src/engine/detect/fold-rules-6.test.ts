/**
 * The rows of lexicon/fold-patterns-6.ts (helper ents13c) on tagger output written by hand, with
 * news sentences each must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

/** Opens a text as counsel open a hearing, so the hearing rows may read it. */
const HEARING = 'May it please the Court. ';

describe('person.spoken-first-name', () => {
  it.each([
    [
      "[[P Frank Messina]] smiled. They say, 'Hey Frank, my name is John,' and I say hello.",
      ['person:Frank Messina', 'person:Frank', 'person:John'],
    ],
    ['I have an idea -- Rebecca and I put it together.', ['person:Rebecca']],
    ['Uh I was called by Matthew here, to do the job.', ['person:Matthew']],
    ['Hello, Sarah, come in.', ['person:Sarah']],
    ["The name's Michael, he said.", ['person:Michael']],
    ['Hey [[L:0.4 Rebecca]], over here!', ['person:Rebecca']],
    ['Hey [[P John Smith]], my name is Bob.', ['person:John Smith', 'person:Bob']],
    // Adversarial: a place, a common word, a month, a brand, a longer name, a title, "here" after a
    // verb, news sentences.
    ['Hi Jordan, welcome back.', []],
    ['Dear Reader, this one is for you.', []],
    ['It was June and I was tired.', []],
    ['Hey Google, play music.', []],
    ['Hey John Smith, welcome.', []],
    ['We moved to Denver here in 2019.', []],
    ['Dear Sir, I write to complain.', []],
    ['Shares of [[O Apple]] and I.B.M. rose on Tuesday.', ['organization:Apple']],
    ['[[O Microsoft]] and I spoke about it, the analyst said.', ['organization:Microsoft']],
    ['Police said the suspect, named as Daniel, was held by [[O Kent Police]] here.', ['organization:Kent Police']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.litigant-government', () => {
  it.each([
    [`${HEARING}At the trial, the [[L:0.48 State]], and it can be found in the record.`, ['organization:State']],
    [`${HEARING}The [[L:0.6 State of Ohio]] had then directed the jury.`, ['organization:State of Ohio']],
    [
      'Plaintiffs, appellees, versus [[L County of Maui]], Department of Finance, defendants, appellants.',
      // The department the model leaves unnamed is joined by news-leftovers-1's organisation.of-chain
      // (an institution head word, "of", a capitalised name): GUM names such a body an organisation.
      ['organization:County of Maui', 'organization:Department of Finance'],
    ],
    [`Your Honor, even so, the [[L:0.3 County]] did afford some process.`, ['organization:County']],
    // Adversarial: outside a hearing, inside a longer name, a longer body, a name before.
    ['At the trial, the [[L State]] said little, residents recalled.', ['place:State']],
    ['Fires swept the [[L County of Maui]] on Tuesday.', ['place:County of Maui']],
    [
      `${HEARING}Before the [[O Supreme Court]] of the [[L State of Hawaiʻi]], draw nigh.`,
      ['organization:Supreme Court', 'place:State of Hawaiʻi'],
    ],
    [`${HEARING}The [[O State Department]] wrote to us.`, ['organization:State Department']],
    [`${HEARING}He lived in [[L Maui County]] for years.`, ['place:Maui County']],
    [`${HEARING}He came from the state of [[L Texas]].`, ['place:Texas']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.case-pair', () => {
  it.each([
    [`${HEARING}That's set out in [[L:0.61 Moran]] and [[L:0.36 Pyle]].`, ['person:Moran', 'person:Pyle']],
    [
      'For the appellant and the intervener: the decision in [[L:0.6 Ratych]] and Bloomer.',
      ['person:Ratych', 'person:Bloomer'],
    ],
    [`${HEARING}The same point is made in Clements and Clements at Tab 8.`, ['person:Clements', 'person:Clements']],
    // Adversarial: outside a hearing, places a map knows, common words, a longer name.
    ['He studied at the schools in Cruden and Ellon.', []],
    [`${HEARING}He lived in [[L Lahore]] and [[L Peshawar]].`, ['place:Lahore', 'place:Peshawar']],
    [`${HEARING}It is written in Black and White.`, []],
    [`${HEARING}He worked in [[O Marks and Spencer Group]].`, ['organization:Marks and Spencer Group']],
    [`${HEARING}He worked in Smith and Jones Limited.`, []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.country-party', () => {
  it.each([
    [
      `${HEARING}In looking at Green versus [[L United States]], the court agreed.`,
      ['person:Green', 'organization:United States'],
    ],
    [`Your Honor, Reynolds v. [[L Canada]] says so.`, ['person:Reynolds', 'organization:Canada']],
    // Adversarial: outside a hearing, a match, a town or state.
    ['Green versus [[L United States]] was decided in 1957, the court said.', ['person:Green', 'place:United States']],
    ['[[O England]] versus [[L France]] kicks off at 8pm.', ['organization:England', 'place:France']],
    [`${HEARING}In Kennedy versus [[L Washington]] the court agreed.`, ['person:Kennedy', 'place:Washington']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.shire-county', () => {
  it.each([
    ['He was born in Auchleuchries, [[P:0.56 Aberdeenshire]], Scotland.', ['place:Aberdeenshire']],
    ['A native of Oldham, [[P Lancashire]], she moved to Paris.', ['place:Lancashire']],
    // Adversarial: a firm, a longer name, a surname after a title or given in full, a short word.
    ['[[O Berkshire]] shares rose 2% on Friday.', ['organization:Berkshire']],
    ['[[O West Yorkshire Police]] said officers were called.', ['organization:West Yorkshire Police']],
    ['Mr. [[P Wilshire]] said the plan was sound.', ['person:Wilshire']],
    ['Dr [[P Cheshire]] said the plan was sound.', ['person:Cheshire']],
    ['[[P Leonard Cheshire]] founded it. [[P Cheshire]] said so.', ['person:Leonard Cheshire', 'person:Cheshire']],
    ['The [[P Shire]] is quiet.', ['person:Shire']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
