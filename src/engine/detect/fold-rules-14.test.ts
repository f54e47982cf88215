/**
 * The rows of lexicon/fold-patterns-14.ts (helper ents23b): each rule on tagger output written by
 * hand, with the sentences it must decide and ordinary news sentences it must not fire on. (The
 * rows' examples run through the whole engine in lexicon/rows.test.ts' late tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('person.patronymic-parts', () => {
  it.each([
    // A "son of" or "daughter of" particle after the father's name, with a surname after it.
    ['[[P:0.43 Adilet Bakyt]] uulu, the editor, spoke.', ['person:Adilet Bakyt uulu']],
    ['[[P Aijan]] Toktogul kyzy, a lawyer, spoke.', ['person:Aijan Toktogul kyzy']],
    ['Ilham Heydar oglu Aliyev spoke on Monday.', ['person:Ilham Heydar oglu Aliyev']],
    // A patronymic between a given name and a surname, or after the given name alone.
    ['Sadyr Nurgojoevich Japarov signed the law.', ['person:Sadyr Nurgojoevich Japarov']],
    ['[[P Yulia]] Volodymyrivna [[P:0.6 Tymoshenko]] was jailed.', ['person:Yulia Volodymyrivna Tymoshenko']],
    ['Nursultan Abishuly Nazarbayev ruled for decades.', ['person:Nursultan Abishuly Nazarbayev']],
    ['"Vladimir Vladimirovich is tired," he said.', ['person:Vladimir Vladimirovich']],
    // Adversarial: one word before the particle, a name running on, a sure place or a firm, a
    // patronymic-like surname after a lowercase word, a lowercase "uly" nowhere near a name,
    // a month, a place the model is sure of.
    // One word before the particle, read as a person, joins it.
    ['[[P Bakyt]] uulu spoke.', ['person:Bakyt uulu']],
    [
      'The Adilet Bakyt uulu said no. Yesterday Adilet Bakyt uulu spoke.',
      ['person:Adilet Bakyt uulu', 'person:Adilet Bakyt uulu'],
    ],
    ['Deputy Petrovna Ivanova spoke.', []],
    ['The Adilet Bakyt uulu Foundation Trust opened.', []],
    [
      'The [[O Abramovich Foundation]] gave $5m, and the [[L:0.9 Novo Petrovich]] Street flooded.',
      ['organization:Abramovich Foundation', 'place:Novo Petrovich'],
    ],
    ['The unruly crowd left in July. [[O:0.9 Acme]] Petrovich Holdings grew.', ['organization:Acme']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

/** The cases of blind-news-14's person.patronymic-tail, one row with this one since 4 Dec. */
describe('person.patronymic-parts (blind batches 41-42)', () => {
  it.each([
    [
      'A firm run by [[P Temir Asan]] uulu won. [[P Nurlanovna Sadykova]] said so, and Aijan Toktogul kyzy agreed.',
      ['person:Temir Asan uulu', 'person:Nurlanovna Sadykova', 'person:Aijan Toktogul kyzy'],
    ],
    ['Aigerim [[P Nurlanovna Sadykova]] said so.', ['person:Aigerim Nurlanovna Sadykova']],
    // No lowercase tail, and a patronymic after a word of the language.
    [
      'The [[P Ivan Petrov]] case was heard. Deputy [[P Petrovna Ivanova]] spoke.',
      ['person:Ivan Petrov', 'person:Petrovna Ivanova'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.unit-of-firm', () => {
  it.each([
    // The unit itself is found by organisation.unit-apposition (BLIND_NEWS_ROWS_18).
    [
      'Sikorsky, a unit of [[P:0.49 Lockheed Martin]], won the contract.',
      ['organization:Sikorsky', 'organization:Lockheed Martin'],
    ],
    ['The brand became a subsidiary of [[P:0.7 John Deere]] in 2017.', ['organization:John Deere']],
    ['The plant is an affiliate of Kestrelmark, the firm said.', ['organization:Kestrelmark']],
    // Adversarial: the owner in the possessive, a place, a firm already read, a word of the
    // language, a lowercase noun, a name that runs on, "arm" and "division" of a land.
    [
      "It is a unit of [[P Warren Buffett]]'s [[O Berkshire Hathaway]].",
      ['person:Warren Buffett', 'organization:Berkshire Hathaway'],
    ],
    ['The division of [[L Cyprus]] began in 1974.', ['place:Cyprus']],
    ['A unit of [[O Acme Mining]] closed.', ['organization:Acme Mining']],
    ['He joined a unit of Marines in 2004.', []],
    ['A unit of measure and the arm of [[P:0.6 John Smith]] were cited.', ['person:John Smith']],
    ['A unit of the Royal Navy Fleet Air Arm Command sailed.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.planet', () => {
  it.each([
    [
      'Perseverance landed on Mars in 2021. Samples come back to [[P:0.4 Earth]] in 2033.',
      ['place:Mars', 'place:Earth'],
    ],
    ['On Mars, dust storms last weeks. A probe orbiting Jupiter sent images.', ['place:Mars', 'place:Jupiter']],
    // Adversarial: a planet's name in a longer name, a person named with it, a sure firm or a
    // person a rule made, no word of place before it, a title.
    [
      'Sales rose at [[O Mars Wrigley]] and she lost to [[P Venus Williams]].',
      ['organization:Mars Wrigley', 'person:Venus Williams'],
    ],
    [
      '[[P Venus Williams]] won. Then she lost to [[P:0.5 Venus]] in the final.',
      ['person:Venus Williams', 'person:Venus'],
    ],
    // A planet's word the text writes in a longer name elsewhere, whatever the model read there.
    ['[[P Serena]] beat Venus Williams, then lost to Venus in the final.', ['person:Serena']],
    ['Mars Wrigley said its bars sell well on Earth and on Mars.', ['place:Earth']],
    ['The deal went to [[O:0.9 Mars]] on Monday. Earth is warming.', ['organization:Mars']],
    ['He watched Planet Earth twice.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
