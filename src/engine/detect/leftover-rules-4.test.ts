/**
 * The rows of lexicon/news-leftovers-4.ts (helper ents29c): each rule on tagger output written by
 * hand, with the sentences it must decide and ordinary news sentences it must leave alone. (The
 * rows' examples run through the whole engine in lexicon/rows.test.ts' late tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('person.role-place-surname', () => {
  it.each([
    ['The elections director, [[L:0.7 Linnea Park]], said turnout was high.', ['person:Linnea Park']],
    ['The spokeswoman, [[O:0.6 Maren Hill]], said the road would close.', ['person:Maren Hill']],
    ['Events manager [[L:0.8 Tamsin Field]] said the fair would go ahead.', ['person:Tamsin Field']],
    // No role noun before it: a park, even one that "said".
    ['Voters gathered in [[L Central Park]] on Sunday.', ['place:Central Park']],
    ['[[L Hyde Park]] said the gates would close at dusk.', ['place:Hyde Park']],
    ['The festival director said [[L:0.6 Victoria Park]] would close.', ['place:Victoria Park']],
    // A role noun, but no comma or verb of saying after; a word of the language first; no place-kind word.
    ['The director of [[L Olympic Park]] left.', ['place:Olympic Park']],
    ['The manager, [[L:0.7 Linnea Park]] staff and guests left.', ['place:Linnea Park']],
    ['The director, [[L:0.7 Central Park]], said so.', ['place:Central Park']],
    ['The director, [[L:0.7 Linnea Bay]], said so.', ['place:Linnea Bay']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('org.sector-place-body', () => {
  it.each([
    ['[[P:0.6 Tourism Tasmania]] said visitor numbers rose.', ['organization:Tourism Tasmania']],
    ['Tourism [[L Tasmania]] said visitor numbers rose.', ['organization:Tourism Tasmania']],
    ['Sport [[L England]] will fund the pools.', ['organization:Sport England']],
    ['The grant from Education [[L New South Wales]] was cut.', ['organization:Education New South Wales']],
    // A word or a mark between, a lowercase sector word, a city, a longer name.
    ['Tourism in [[L Tasmania]] rose.', ['place:Tasmania']],
    ['In tourism, [[L Tasmania]] leads.', ['place:Tasmania']],
    ['The tourism [[L Tasmania]] needs is green.', ['place:Tasmania']],
    ['Transport for [[L London]] raised fares.', ['place:London']],
    ['Transport [[L Sydney]] raised fares.', ['place:Sydney']],
    ['[[O Sport England Trust]] said so.', ['organization:Sport England Trust']],
    ['[[O Visit Sport England]] said so.', ['organization:Visit Sport England']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

const SPORT =
  'The match ended 2–1 after a goal in the second half. The league table tightened. The coach praised the striker.';

describe('sport.club-word-unread', () => {
  it.each([
    [`Hertha [[L:0.6 Berlin]] beat [[O Mainz]] 2–1. ${SPORT}`, ['organization:Hertha Berlin', 'organization:Mainz']],
    [`[[O Mainz]] beat Hertha [[L:0.6 Berlin]] 2–1. ${SPORT}`, ['organization:Mainz', 'organization:Hertha Berlin']],
    // A word of the language, a weekday, a place before the side; no sport rule made the city a side.
    [`Visitors [[L:0.6 Berlin]] beat [[O Mainz]] 2–1. ${SPORT}`, ['organization:Berlin', 'organization:Mainz']],
    [`On Sunday [[L:0.6 Berlin]] beat [[O Mainz]] 2–1. ${SPORT}`, ['organization:Berlin', 'organization:Mainz']],
    [`Hertha fans in [[L Berlin]] cheered. ${SPORT}`, ['place:Berlin']],
    ['Hertha [[L Berlin]] is a name.', ['place:Berlin']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
