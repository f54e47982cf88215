/**
 * The rows of lexicon/fold-patterns-11.ts (helper ents19b): each rule on tagger output written by
 * hand, with the sentences it must decide and ordinary news sentences it must not fire on. (The
 * rows' examples run through the whole engine in lexicon/rows.test.ts' late tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('person.descriptor-before-name', () => {
  it.each([
    ['He sent them to his friend [[O:0.6 Auguste Chevalier]].', ['person:Auguste Chevalier']],
    ['The plant is controlled by billionaire [[O:0.58 Aliko Dangote]].', ['person:Aliko Dangote']],
    [
      'Former [[O Heineken]] boss [[O:0.4 Jean-François van Boxmeer]] now chairs the board.',
      ['organization:Heineken', 'person:Jean-François van Boxmeer'],
    ],
    ['Her husband, the cellist [[L:0.35 Willem de Graaf]], died in 2011.', ['person:Willem de Graaf']],
    ['He married the physician Yang Buwei in 1920.', ['person:Yang Buwei']],
    ['His first daughter [[O:0.44 Rulan Chao Pian]] taught at Harvard.', ['person:Rulan Chao Pian']],
    ['An interview with the writer Aner Shalev Wednesday, September 19.', ['person:Aner Shalev']],
    // Adversarial: a club named after its town, an organisation's tail word, a known organisation,
    // a name another row decided, a confident reading, one word, a longer name, a person already.
    ['The striker [[O:0.6 Manchester United]] signed in May scored.', ['organization:Manchester United']],
    ['The analyst [[O:0.6 Morningstar Research Group]] cut its rating.', ['organization:Morningstar Research Group']],
    ['The banker [[O:0.6 Goldman Sachs]] hired left.', ['organization:Goldman Sachs']],
    ['She thanked her colleague Amnesty International.', ['organization:Amnesty International']],
    ['The writer [[O:0.95 Penguin Books]] signed was thrilled.', ['organization:Penguin Books']],
    ['The lawyer [[O Warhol]] hired spoke.', ['organization:Warhol']],
    ['The farmer [[P Tshering Penjor]] lost his crops.', ['person:Tshering Penjor']],
    ['The doctor Berlin Charité hospital hired quit.', []],
    ['Her brother [[L:0.6 Buenos Aires]] visited.', ['place:Buenos Aires']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.name-then-person-apposition', () => {
  it.each([
    ['Sonam Choden, who runs a shop, said prices doubled.', ['person:Sonam Choden']],
    ['Tshering Penjor, a farmer, lost his crops.', ['person:Tshering Penjor']],
    ['[[L:0.6 Dorji Wangmo]], who runs a shop, said prices doubled.', ['person:Dorji Wangmo']],
    [
      '[[L:0.6 Ngozi Okonjo-Iweala]], the [[O WTO]] chief, warned of risks.',
      ['person:Ngozi Okonjo-Iweala', 'organization:WTO'],
    ],
    ['[[O:0.5 Chen Wei-ling]], an analyst at a Taipei firm, said sales rose.', ['person:Chen Wei-ling']],
    // The head of a body (ents36b); a place the map knows in the same frame stays.
    [
      '[[L:0.38 Ngozi Okonjo-Iweala]], the head of the [[O World Trade Organization]], said so.',
      ['person:Ngozi Okonjo-Iweala', 'organization:World Trade Organization'],
    ],
    ['[[L:0.6 Kenya]], the president of the bloc this year, said so.', ['place:Kenya']],
    // Adversarial: a place after a preposition of where, a club with "who", a body in apposition,
    // a known place, one word, an apposition whose head is no person noun, a confident reading.
    ['Voters in [[L:0.6 Spring Valley]], who backed the levy, were angry.', ['place:Spring Valley']],
    ['[[O:0.6 Manchester United]], who won on Sunday, lead the table.', ['organization:Manchester United']],
    ['[[O:0.6 Goldman Sachs]], the bank, said profits rose.', ['organization:Goldman Sachs']],
    // Minnesota, left unread in the input, is place.state-unread's (blind-19).
    ['[[O:0.6 Mayo Clinic]], a hospital in Minnesota, said.', ['organization:Mayo Clinic', 'place:Minnesota']],
    ['[[L:0.6 New Hampshire]], who voted first, backed him.', ['place:New Hampshire']],
    ['[[P Smith]], a lawyer, said.', ['person:Smith']],
    ['[[O:0.95 Red Cross Society]], a partner of the lawyers, said.', ['organization:Red Cross Society']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
