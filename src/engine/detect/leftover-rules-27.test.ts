/**
 * The rows of lexicon/news-leftovers-27.ts (helper ents61b) and the older rows this round widened
 * (person.prefixed-title, organisation.plural-possessive-body, organisation.ampersand-initials,
 * sport.club-suffix-name, business.shares-in,
 * organisation.body-noun-apposition): each rule on tagger output written by hand, with the
 * sentences it must decide and ordinary news sentences it must leave alone. The sentences are our
 * own. (The rows' examples run through the whole engine in lexicon/rows.test.ts; the probe texts in
 * lexicon-gaps-51b.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { rulesOn } from './rules-on';

describe('organisation.campaign-verb-name', () => {
  it.each([
    ['Stop the [[O:0.99 War Coalition]] said 100,000 people had marched.', ['organization:Stop the War Coalition']],
    [
      "Keep [[P:0.7 Britain Tidy]]'s chief executive, [[P:0.96 Alan Whitby]], said litter had doubled.",
      ['organization:Keep Britain Tidy', 'person:Alan Whitby'],
    ],
    ['Campaign group Stand Up to Racism organised the march.', ['organization:Stand Up to Racism']],
    ['Marchers from Save the Children Alliance gathered.', ['organization:Save the Children Alliance']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A command with nothing that makes it a body; a lowercase word after the verb.
    ['Keep [[L:0.9 Britain]] Tidy, the posters read.', ['place:Britain']],
    ['Stop the boats, he told the crowd.', []],
    // A title-case headline.
    ['A City Hall Fight Over [[L:0.8 Iloilo]] Lights\n\nThe power went out.', ['place:Iloilo']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.title-general-office', () => {
  it.each([
    [
      'A spokesman for the [[O:1 Office of the Attorney]] General said the case was closed.',
      ['organization:Office of the Attorney General'],
    ],
    [
      'The [[O:0.9 Office of the Inspector]] General opened an inquiry.',
      ['organization:Office of the Inspector General'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Not a body before it; a word that takes no "General".
    ['Attorney General [[P:0.99 Pam Reyes]] said so.', ['person:Pam Reyes']],
    ['The [[O:0.9 Office of the President]] General Secretary spoke.', ['organization:Office of the President']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.firm-after-executive-of', () => {
  it.each([
    ['said Ruth Ashdown, chief executive of [[P:0.4 Johnson Matthey]].', ['organization:Johnson Matthey']],
    ['The founder of [[P:0.7 Taylor Wimpey]] died.', ['organization:Taylor Wimpey']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A sure person; a given name first; a possessive after; "of" after a noun of kin.
    ['The chairman of [[P:0.95 Smithers Pyle]] spoke.', ['person:Smithers Pyle']],
    ['The chairman of [[P:0.7 Anna Berg]] spoke.', ['person:Anna Berg']],
    ["The chairman of [[P:0.6 Marlow Keane]]'s team spoke.", ['person:Marlow Keane']],
    ['The wife of [[P:0.6 Marlow Keane]] spoke.', ['person:Marlow Keane']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.firm-kind-after-name', () => {
  it.each([
    ['Persimmon, the housebuilder, said sales rose.', ['organization:Persimmon']],
    ['[[P:0.6 Dunmore Pike]], the FTSE 100 retailer, said sales rose.', ['organization:Dunmore Pike']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A sure person; a noun for a person; a given name alone.
    ['[[P:0.97 Sarah Dunmore]], the retailer, said sales rose.', ['person:Sarah Dunmore']],
    ['Persimmon, the builder, said sales rose.', []],
    ['The builder Sam, the housebuilder, said so.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.word-before-country', () => {
  it.each([
    ['A director of Age [[L:0.53 UK]], Helen Prosser, said so.', ['organization:Age UK', 'person:Helen Prosser']],
    ['Energy UK said bills would fall.', ['organization:Energy UK']],
    // Lead, stop 63: longer names, the first word not one of the language the document shows.
    ['[[O:0.74 Cancer Research]] [[L:0.57 UK]] said the figures were worrying.', ['organization:Cancer Research UK']],
    ['Patient group [[O:0.8 Blood Pressure]] [[L:0.56 UK]] warned of panic.', ['organization:Blood Pressure UK']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A lowercase noun after; a place before; a function word.
    ['Today [[L:0.9 UK]] inflation fell.', ['place:UK']],
    ['In [[L:0.9 UK]], prices fell.', ['place:UK']],
    ['[[L:0.9 London]] UK said so.', ['place:London']],
    // A region of the country; a given name in the run.
    ['Rents in Northern [[L:0.7 UK]] rose.', ['place:Northern UK']],
    ['Rents in North West [[L:0.7 UK]] rose.', ['place:UK']],
    ['[[P:0.9 Sarah Jones]] [[L:0.6 UK]] said so.', ['person:Sarah Jones', 'place:UK']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('none.lone-place-head', () => {
  it.each([['Ships will go around the [[L:0.32 Cape]] until spring.', []]])('%s', (text, expected) =>
    expect(rulesOn(text)).toEqual(expected),
  );
  it.each([
    // A sure place; a name after the head.
    ['Ships will go around the [[L:0.8 Cape]] until spring.', ['place:Cape']],
    ['The ship docked in [[L:0.4 Cape Town]].', ['place:Cape Town']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.prefixed-title, widened: a hyphened title', () => {
  it.each([['The mission was set up by [[P:0.79 then-Secretary-General Ban Ki-moon]].', ['person:Ban Ki-moon']]])(
    '%s',
    (text, expected) => expect(rulesOn(text)).toEqual(expected),
  );
});

describe('organisation.plural-possessive-body, widened: a court', () => {
  it.each([
    [
      "Liam Corder appeared at [[O:0.76 Telford Magistrates]]' [[O:0.55 Court]] on Monday.",
      ["place:Telford Magistrates' Court"],
    ],
    ["[[O:0.76 Telford Magistrates]]' [[O:0.55 Court]] heard the case.", ["organization:Telford Magistrates' Court"]],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.ampersand-initials, widened: a letter read alone, a firm before the pair', () => {
  it.each([
    ['[[O:0.7 Samsung]] C&T shareholders voted.', ['organization:Samsung C&T']],
    ['Samsung C&T shareholders voted.', ['organization:Samsung C&T']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A set term after a firm; a set term after a person.
    ['[[O:0.7 Velmora]] R&D spending rose.', ['organization:Velmora']],
    ['[[P:0.9 Anna Berg]] R&D rose.', ['person:Anna Berg']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.ampersand-initials, widened: through the whole engine', () => {
  const names = (text: string) => analyze(text).mentions.map((m) => `${m.type}:${m.text}`);
  it('reads the pair after "shares in", which read its first letter alone', () => {
    expect(names('Shares in H&M, Inditex and Marks & Spencer rose.')).toContain('organization:H&M');
  });
});

describe('sport.club-suffix-name, widened: a short text, an unsure person', () => {
  it.each([
    [
      '[[L:0.51 Huddersfield Town]] lost 3-0 at home to [[L:0.41 Bolton Wanderers]] on Saturday.',
      ['organization:Huddersfield Town', 'organization:Bolton Wanderers'],
    ],
    [
      '[[P:0.36 Stoke City]] drew 1-1 with [[L:0.48 Grimsby Town]] in the cup.',
      ['organization:Stoke City', 'organization:Grimsby Town'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No sport in the sentence; a sure person; an election.
    ['[[L:0.6 Grimsby Town]] hall was closed.', ['place:Grimsby Town']],
    ['[[P:0.95 Stoke City]] drew 1-1 with them in the cup.', ['person:Stoke City']],
    ['[[L:0.6 Grimsby Town]] voted 45-43 in the election.', ['place:Grimsby Town']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('business.shares-in, widened: a body read from the share word', () => {
  it.each([['[[O:0.9 Shares of Bangkok Bank]] rose 2%.', ['organization:Bangkok Bank']]])('%s', (text, expected) =>
    expect(rulesOn(text)).toEqual(expected),
  );
});

describe('organisation.body-noun-apposition, widened: nouns for a kind of firm', () => {
  it.each([
    [
      "[[L:0.9 Britain]]'s biggest housebuilder, [[P:0.8 Barratt Developments]], said sales fell.",
      ['place:Britain', 'organization:Barratt Developments'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
