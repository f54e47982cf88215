/**
 * The rows of lexicon/fold-patterns-8.ts (helper ents14c) on tagger output written by hand, with
 * sentences each must not fire on, news among them.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('person.sovereign-title', () => {
  it.each([
    ['He stayed in high favour with the [[L:0.3 Tsar]], who confided to him the army.', ['person:Tsar']],
    ['The Tsar employed him in organizing the army.', ['person:Tsar']],
    ['He fought against the Regent, Tsarevna [[P Sophia]].', ['person:Regent', 'person:Sophia']],
    ['He was created Count of the [[L Holy Roman Empire]] in 1701.', ['person:Count', 'place:Holy Roman Empire']],
    [
      '[[P John FitzGibbon]], 2nd Earl of [[L Clare]], wrote back.',
      ['person:John FitzGibbon', 'person:Earl', 'place:Clare'],
    ],
    [
      'The History of [[P Peter]] the Great, Emperor of [[L Russia]].',
      ['person:Peter', 'person:Emperor', 'place:Russia'],
    ],
    ['In 1859 he proclaimed himself Emperor of the [[L United States]].', ['person:Emperor', 'place:United States']],
    ['Crowds cheered as the [[O:0.4 Queen]] arrived.', ['person:Queen']],
    // Adversarial: a longer name, a possessive, an office with "of", a work, a title used as a
    // name part, lowercase and capitals, an office title, news sentences.
    ['He wrote about [[P Emperor Norton]] at length.', ['person:Emperor Norton']],
    ["He was not the only Scot in the Tsar's service.", []],
    ['The legend says that the King of [[L Athens]] fell.', ['place:Athens']],
    ['What use was made of the Orange Prince in the license?', []],
    ['They played [[O King of Fighters]] all night.', ['organization:King of Fighters']],
    ['The tsar and the king met.', []],
    ['THE KING ARRIVED.', []],
    ['The President said the plan would work.', []],
    ['Shares of [[O Prince]] rose 3% on Monday, the company said.', ['organization:Prince']],
    ['[[P King]] scored twice as [[O Leeds]] won 2-0.', ['person:King', 'organization:Leeds']],
    ['The Emperor penguin colony shrank, scientists said.', []],
    ['[[O Count]] the votes, the official said.', ['organization:Count']],
    // News venues named by a title (fix16a): a hotel, a cinema.
    ['The band stayed at the [[L:0.39 Regent]], a luxury hotel.', ['place:Regent']],
    ['The film premiered at the Prince, which reopened last year.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.university-place-name', () => {
  it.each([
    [
      'She attended [[O Suffolk University]]. At [[L:0.4 Suffolk]] she obtained a degree.',
      ['organization:Suffolk University', 'organization:Suffolk'],
    ],
    [
      'He took a Ph.D. at [[O Harvard University]], then returned to teach at [[L Harvard]].',
      ['organization:Harvard University', 'organization:Harvard'],
    ],
    [
      'Bos, of the [[O University of Helsinki]], began research at [[L Helsinki]] in 2012.',
      ['organization:University of Helsinki', 'organization:Helsinki'],
    ],
    [
      "A conference was held at [[P UC Berkeley]] before he joined [[P Berkeley]]'s Department.",
      ['organization:UC Berkeley', 'organization:Berkeley'],
    ],
    // Adversarial: no university named, another preposition, a list of places, a longer name,
    // a person, a name a rule made, news sentences.
    ['Protesters gathered at [[L Harvard]] Square on Friday.', ['place:Harvard']],
    ['He arrived at [[L Cambridge]] on Monday, police said.', ['place:Cambridge']],
    [
      'She went to [[O Harvard University]] and was born in [[L Harvard]].',
      ['organization:Harvard University', 'place:Harvard'],
    ],
    [
      'The [[O University of Basel]] says he studied at [[L Basel]], [[L Heidelberg]] and [[L Strasbourg]].',
      ['organization:University of Basel', 'place:Basel', 'place:Heidelberg', 'place:Strasbourg'],
    ],
    [
      '[[O Washington State University]] staff met at [[L Washington]], officials said.',
      ['organization:Washington State University', 'place:Washington'],
    ],
    [
      "Rep. [[P Ruth Stanford]], a [[O Stanford University]] graduate, spoke at [[P Ruth Stanford]]'s home.",
      ['person:Ruth Stanford', 'organization:Stanford University', 'person:Ruth Stanford'],
    ],
    // News that names a university, then its town or state as such (fix16a).
    [
      'A study by [[O Oxford University]] found rising rents. The prime minister arrived at [[L Oxford]] on Friday, aides said.',
      ['organization:Oxford University', 'place:Oxford'],
    ],
    [
      '[[O Boston University]] researchers found the drug safe. At [[L Boston]], police arrested two men.',
      ['organization:Boston University', 'place:Boston'],
    ],
    [
      "Smith, a professor at the [[O University of Georgia]], spoke. He joined [[L Georgia]]'s cabinet in May.",
      ['organization:University of Georgia', 'place:Georgia'],
    ],
    // "The University of X": "The" is no short name; the town in a sentence about research is the university.
    [
      'The [[O University of Washington]] released data. Researchers at [[L Washington]] said it spread.',
      ['organization:University of Washington', 'organization:Washington'],
    ],
    [
      'The [[O University of Michigan]] won. The senator, who attended [[L Michigan]], praised it.',
      ['organization:University of Michigan', 'organization:Michigan'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('none.belief-or-discipline', () => {
  it.each([
    ['Her mother converted to [[L:0.4 Catholicism]] upon marriage.', []],
    ['He was initiated into [[L Freemasonry]] in 1789.', []],
    ['She took a Bachelor of Science in [[L:0.5 Psychology]].', []],
    ['Although skeptical of [[P:0.3 Christianity]], he converted.', []],
    ['[[P Chemistry]] teacher [[P Ann Lee]] said.', ['person:Ann Lee']],
    // Adversarial: inside a longer name, typed an organisation, a word outside the row, news.
    ['He joined the [[O Department of Linguistics]] in 1971.', ['organization:Department of Linguistics']],
    ['She met [[P Ann Physics]] at the lab.', ['person:Ann Physics']],
    ['It was [[O Christianity]] that the emperor made official.', ['organization:Christianity']],
    ['She moved to [[L Physicsville]] last year.', ['place:Physicsville']],
    [
      'The [[O Journal of Social Psychology]] retracted the paper, [[O Reuters]] reported.',
      ['organization:Journal of Social Psychology', 'organization:Reuters'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
