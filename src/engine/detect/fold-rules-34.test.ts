/**
 * The rows of lexicon/fold-patterns-34.ts (helper ents63c) and its mends of older rows
 * (sport.county-side in blind-rules-12.ts, place.county-office-before-name in lead-rules-55.ts;
 * person.local-office-title's widening is tested in fold-rules-33.test.ts), on tagger output written
 * by hand, so each is tested whatever the committed model reads. (The rows' examples run through the
 * whole engine in lexicon/rows.test.ts' tables.) The sentences are invented news; the take cases
 * fail with the row or mend off; the leave cases are ordinary news sentences they must not change.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('place.region-not-person', () => {
  it.each([
    // A region or a country the map knows, read as a person however sure, with no given name first.
    ['[[P:0.69 Nuevo Leon]] said it would appeal the ruling.', ['place:Nuevo Leon']],
    ['[[P:0.8 New Mexico]] sued the company on Monday.', ['place:New Mexico']],
    // Leave: a given name first, a title before it, a town, a word of a person named in full.
    ['[[P:0.8 Carolina Herrera]] showed her collection.', ['person:Carolina Herrera']],
    ['Senator [[P:0.7 Nuevo Leon]] spoke first.', ['person:Nuevo Leon']],
    ['[[P:0.8 San Jose]] said the road would reopen.', ['person:San Jose']],
    [
      '[[P Leon Brittan]] arrived late. [[P:0.7 Nuevo Leon]] was his host.',
      ['person:Leon Brittan', 'person:Nuevo Leon'],
    ],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});

describe('place.office-of-place-before-name', () => {
  it.each([
    // The place unread between "Mayor of" and the holder; the holder after a comma; one body over both.
    [
      'Mayor of Greater Manchester [[P:0.85 Paul Kershaw]] said the trams would run.',
      ['place:Greater Manchester', 'person:Paul Kershaw'],
    ],
    [
      'The Mayor of Greater Manchester, [[P Paul Kershaw]], said the trams would run.',
      ['place:Greater Manchester', 'person:Paul Kershaw'],
    ],
    [
      'Mayor of [[O:0.85 Greater Manchester Paul Kershaw]] said the trams would run.',
      ['place:Greater Manchester', 'person:Paul Kershaw'],
    ],
    [
      'Premier of Western Australia [[P Roger Cook]] opened the mine.',
      ['place:Western Australia', 'person:Roger Cook'],
    ],
    // Leave: an office whose "of" names a body or a field, no given name after the place, no person
    // after the comma.
    [
      'Governor of the Bank of England [[P Andrew Bailey]] spoke.',
      ['organization:Bank of England', 'person:Andrew Bailey'],
    ],
    ['Minister of Finance [[P Ana Ruiz]] resigned.', ['person:Ana Ruiz']],
    ['The Mayor of Greater Manchester Combined Authority spoke.', []],
    ['The Mayor of Greater Manchester, who is new, spoke.', []],
    // Review of stop 63: one model name over a body and the holder; a body's word before the name.
    [
      'Provost of [[O:1 Trinity College Dublin Linda Doyle]] said so.',
      ['organization:Trinity College Dublin Linda Doyle'],
    ],
    ['Prefect of [[O:0.97 Police Laurent Nunez]] said so.', ['organization:Police', 'person:Laurent Nunez']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});

describe('sport.county-side (widened by ents63c): a side beaten, and beaten by, with its score', () => {
  it.each([
    // One sentence: the frame and its score are the evidence.
    ['[[L:0.45 Leeds]] were beaten 2-0 by [[L:0.4 Derby]] on Saturday.', ['organization:Leeds', 'organization:Derby']],
    // Leave: no score in a brief, no side before the verb, an election.
    ['[[L Leeds]] were beaten by [[L Derby]] on Saturday.', ['place:Leeds', 'place:Derby']],
    ['Homes in [[L Leeds]] were damaged by the storm.', ['place:Leeds']],
    ['[[L Leeds]] were beaten 45-43 by [[L Derby]] in the council election.', ['place:Leeds', 'place:Derby']],
    // A court's vote: no side named after "by" (review of stop 63).
    ['[[L:0.35 Alabama]] was defeated 5-4 by the justices.', ['place:Alabama']],
    ['[[L:0.5 Ohio]] was thrashed 7-2 in the ruling.', ['place:Ohio']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});

describe('place.county-office-before-name (mended by ents63c): a body over the given name only', () => {
  it.each([
    [
      'Turnout was high, [[O Los Angeles County Clerk Dean]] [[P:0.49 Logan]] said.',
      ['place:Los Angeles County', 'person:Dean Logan'],
    ],
    // Leave: the body runs into the whole name (the older reading), a surname a rule read.
    [
      '[[O Harris County Sheriff Ed Gonzalez]] said two deputies were hurt.',
      ['place:Harris County', 'person:Ed Gonzalez'],
    ],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});
