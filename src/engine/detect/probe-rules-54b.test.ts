/**
 * The sports rows widened by helper ents64b for the probe texts of lexicon-gaps-54b (names in
 * sports and local news): each rule on tagger output written by hand, with the sentences it must
 * now decide and ordinary sentences it must leave alone (a county that is a place outside sport, a
 * saint who is a person, a stadium's name used for a firm, a vote's count, a side that scores).
 * The sentences are our own. (The rows' examples run through the whole engine in
 * lexicon/rows.test.ts; the probe texts in lexicon-gaps-54b.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('sport.team-nickname-shared: a nickname opening a short sports brief', () => {
  it.each([
    ['Hearts won 2-0 in the rain, with both goals coming late.', ['organization:Hearts']],
    ['"Saints deserved the point," the manager said after the 1-1 draw.', ['organization:Saints']],
    ['The visitors led at the break. Spurs levelled through a penalty and won it.', ['organization:Spurs']],
    ['Gunners cruise into last eight\n\nTwo goals in five minutes settled the tie.', ['organization:Gunners']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No sport word in the sentence; a score alone is a vote's count; not opening its sentence; a
    // headline whose next sentence says nothing of sport; a paragraph's last sentence is no headline.
    ['Hearts were broken when the old pier closed.', []],
    ['Saints and sinners gathered for the cup final in the cathedral.', []],
    ['Senators voted 52-48 to confirm the nominee.', []],
    ['Fans of Hearts sang all night after the win.', []],
    ['Hearts and flowers\n\nThe shop sold out before Valentine’s Day.', []],
    ['Hearts were broken in the town.\nTwo goals in five minutes settled the tie.', []],
  ])('leaves: %s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.county-side: Gaelic scores, margins and the Irish counties', () => {
  it.each([
    [
      'Kerry were beaten 1-15 to 0-12 by [[L:0.34 Dublin]] in the league on Sunday.',
      ['organization:Kerry', 'organization:Dublin'],
    ],
    [
      '[[O:0.39 Kilkenny]] beat Tipperary by four points to reach the hurling final.',
      ['organization:Kilkenny', 'organization:Tipperary'],
    ],
    [
      '[[O:0.5 Surrey]] beat Essex by 40 runs in the championship match.',
      ['organization:Surrey', 'organization:Essex'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A county outside sport stays a place; a person named like a county stays a person; a result
    // beaten by a thing, a record beaten by a margin of time, and a saint are no sides.
    ['Tourism in [[L:0.4 Kerry]] grew by 9% last year.', ['place:Kerry']],
    [
      '[[P:0.9 Kerry Smith]] beat [[P:0.9 Ann Jones]] by two points in the county final.',
      ['person:Kerry Smith', 'person:Ann Jones'],
    ],
    ['[[P:0.5 Clare]] beat her own record by four seconds in the pool.', ['person:Clare']],
    // A margin in a sentence with no further sport word is a poll's (the model's own reading kept).
    ['[[O:0.39 Kilkenny]] beat Tipperary by four points in the survey of hotels.', ['organization:Kilkenny']],
    ['Flooding in [[L:0.6 Cork]] closed roads, and the bridge was beaten 3-1 by the storm.', ['place:Cork']],
    ['Pilgrims walked to the shrine of St [[P:0.5 Columba]] on the island.', ['person:Columba']],
    // A stadium's name used for a firm stays the firm.
    [
      '[[O:0.7 Emirates]] said it would add six flights a week to [[L:0.9 Manchester]].',
      ['organization:Emirates', 'place:Manchester'],
    ],
  ])('leaves: %s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.player-action is not widened to "scored": a side scores as often as a player', () => {
  // ents64b read one name before "scored twice" as a player; review64 found "Fulham scored twice
  // before half-time" made a person, and doc.repeat then made every "Fulham" in the report one.
  it.each([
    ['Fulham scored twice before half-time in the match.', []],
    ['Wolves scored twice in the second half of the match.', ['organization:Wolves']],
    ['[[O:0.5 Ajax]] scored twice in the second half of the match.', ['organization:Ajax']],
  ])('leaves: %s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
