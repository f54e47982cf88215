/**
 * The rows of lexicon/fold-patterns-26.ts (helper ents44c) on tagger output written by hand, so
 * each row is tested whatever the committed model reads. (The rows' examples run through the whole
 * engine in lexicon/rows.test.ts' tables.) The take cases fail with the row off; the leave cases
 * are ordinary news sentences the row must not change.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('none.named-event', () => {
  it.each([
    // A name ending in a head, a hyphenated head, a year after the head, a period.
    ['Thousands came to the [[O:0.5 Harwick Pumpkin Jubilee]] on Saturday.', []],
    ['He was named the MVP of the [[O:0.8 Northern League All-Star Game]] in July.', []],
    ['She was picked in the 2019 Major [[P:0.8 League Hockey Draft]].', []],
    ['We toured [[L:0.4 Magi-Fest]] in February.', []],
    ['During [[P:0.6 Harbour City Comic-Con 2015]], fans queued for hours.', []],
    ['Poets of the [[O:0.7 Spanish Golden Age]] wrote sonnets.', []],
    // A name right before the head or its bare apostrophe, and one read unsure after "Festival of".
    ['In March we went to the [[L:0.5 Dunmore Springs]] Cavalcade of Magic.', []],
    ["The city holds Mystery Plays and [[P:0.5 Christmas St Aldhelm]]' Fair.", []],
    ['The official festivals are the Viking Festival and the Festival of [[L:0.31 Lanterns]].', []],
    // Leave: a head after an owner's "'s" or an acronym, a head alone, a place the map knows, a
    // known body, a name the model is sure of after "Festival of", a head inside a body's name,
    // "The Age", words that are no heads.
    ["[[O:0.6 Skyline]]'s Game of Crowns returns in April.", ['organization:Skyline']],
    ['The [[O:0.6 NHL]] Draft opened on Friday.', ['organization:NHL']],
    ['[[P:0.9 Emma Fair]] said the vote was close.', ['person:Emma Fair']],
    ['The [[L:0.7 Notting Hill]] Carnival drew crowds.', ['place:Notting Hill']],
    ['The [[P:0.9 Lena Marsh]] Gala raised money for the hospital.', ['person:Lena Marsh']],
    ['She met [[P:0.9 Gala Ortiz]] at the [[L:0.5 Harbourview]] Regatta.', ['person:Gala Ortiz']],
    ['The Festival of [[L:0.4 Britain]] opened in 1951.', ['place:Britain']],
    ['The Festival of [[P:0.9 Maria Lenz]] was her idea.', ['person:Maria Lenz']],
    ['[[O:0.9 The Age]] reported the deal.', ['organization:The Age']],
    ['The [[O:0.8 Fair Work Commission]] raised the minimum wage.', ['organization:Fair Work Commission']],
    ['The [[O:0.8 Edinburgh Festival]] said ticket sales rose.', ['organization:Edinburgh Festival']],
    // Periodicals: an organisation the model reads at 0.6 not after "the" or a year, a name before
    // a verb of publishing or after "told"/"according to".
    ['[[O:0.79 Vanity Fair]] reported that the studio had cut its budget.', ['organization:Vanity Fair']],
    ['A [[O:0.72 Vanity Fair]] profile called her shy.', ['organization:Vanity Fair']],
    ['[[O:0.97 The Asian Age]] reported the arrests on Monday.', ['organization:Asian Age']],
    ['The mayor told the [[O:0.5 Harbour Fair]] that he would run.', ['organization:Harbour Fair']],
    ['According to the [[O:0.55 Coastal Fair]], sales rose.', ['organization:Coastal Fair']],
    ['The [[L:0.5 Riverside Fair]] wrote that the vote was close.', ['place:Riverside Fair']],
    ['The [[L:0.8 Cannes]] Film Festival opens on Tuesday.', ['place:Cannes']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});
