/**
 * speed15 moved detectClaims' per-document state into a ClaimPass made per call, genderMap's
 * tallies into a `this` passed to forEach, and claimTurn to the module-level toClaim. These rows
 * pin what those moves must keep: a pass shares nothing with another pass (the same text twice,
 * or between two documents), the genders from given names, role words, kinship nouns and
 * pronouns, and each guest turn of a transcript as that guest's claims.
 */
import { describe, expect, it } from 'vitest';
import { buildContext } from '../context';
import { loadGazetteerSync } from '../gazetteer/load-sync';
import { detectMentions } from '../detect/mentions';
import { groupMentions } from '../coref/entities';
import { defaultModel } from '../tagger/default-model';
import { claimContext } from './claim-context';
import { detectClaims } from './claims';
import { genderMap } from './speaker';
import { claimsOf } from '../test-helpers';

const gazetteer = loadGazetteerSync();
function prepared(text: string) {
  const ctx = buildContext(text, gazetteer);
  return { ctx, found: groupMentions(ctx, detectMentions(ctx, defaultModel())) };
}
/** Each person's gender by name, in name order. */
function gendersOf(text: string): [string, string][] {
  const { ctx, found } = prepared(text);
  const byId = new Map(found.entities.map((e) => [e.id, e.name]));
  const g = genderMap(claimContext(ctx, found.mentions, found.entities));
  return [...g].map(([id, v]): [string, string] => [byId.get(id) ?? id, v]).sort((a, b) => a[0].localeCompare(b[0]));
}

// A quotation over two paragraphs, tagged at its close (fillBack, continuedBy, taggedAtClose),
// then an untagged quotation after a claim (afterClaim).
const CONTINUED =
  '"The river rose two metres overnight. We moved the families first.\n\n' +
  '"The school is now a shelter," said Mayor Helen Okafor on Tuesday.\n\n' +
  '"We will need more boats." The council said it would vote on funds.';
const TRANSCRIPT =
  'ANCHOR (NINA OKAFOR): Joining me is the coordinator, David Ashworth. How bad is it?\n\n' +
  'DAVID ASHWORTH: It is serious. We have evacuated around 1,200 homes since this morning.\n\n' +
  'OKAFOR: And the roads?\n\n' +
  'ASHWORTH: Two bridges are closed. Crews expect to reopen the north road by Friday.';

describe('detectClaims keeps no state between passes', () => {
  it.each([[CONTINUED], [TRANSCRIPT]])('the same document twice gives the same claims: %s', (text) => {
    const { ctx, found } = prepared(text);
    const first = detectClaims(ctx, found);
    expect(first.length).toBeGreaterThan(0);
    expect(detectClaims(ctx, found)).toEqual(first);
  });
  it('a document read between two passes of another changes nothing', () => {
    const a = prepared(CONTINUED),
      b = prepared(TRANSCRIPT);
    const alone = detectClaims(a.ctx, a.found);
    detectClaims(b.ctx, b.found);
    expect(detectClaims(a.ctx, a.found)).toEqual(alone);
  });
  it('a quotation continued over paragraphs takes the tag at its close, back to its first sentence', () => {
    expect(claimsOf(CONTINUED).map((c) => [c.name, c.content])).toEqual([
      ['Helen Okafor', 'The river rose two metres overnight'],
      ['Helen Okafor', 'We moved the families first'],
      ['Helen Okafor', 'The school is now a shelter'],
      // An untagged quotation right after her claim is hers too.
      ['Helen Okafor', 'We will need more boats'],
      ['council', 'it would vote on funds'],
    ]);
  });
});

describe('transcript turns (claimTurn with the module-level toClaim)', () => {
  it("each sentence of a guest's turns is the guest's, with the turn's label; the host's questions are not claims", () => {
    const claims = claimsOf(TRANSCRIPT);
    // "It is serious." is too short to be a claim (fewer than four words).
    expect(claims.map((c) => [c.speaker, c.name, c.kind, c.content])).toEqual([
      ['DAVID ASHWORTH', 'David Ashworth', 'direct', 'We have evacuated around 1,200 homes since this morning'],
      ['ASHWORTH', 'David Ashworth', 'direct', 'Two bridges are closed'],
      ['ASHWORTH', 'David Ashworth', 'direct', 'Crews expect to reopen the north road by Friday'],
    ]);
  });
});

describe('genderMap (tallies passed as forEach this)', () => {
  it.each([
    // Given names of both genders in one article.
    [
      'Maria Lopez met David Chen in Lima on Monday.',
      [
        ['David Chen', 'm'],
        ['Maria Lopez', 'f'],
      ],
    ],
    // Names no list knows: the gender comes from a role, a title or a noun before the name.
    [
      'Chairwoman Quill Ardent and Chairman Pell Ardent spoke.',
      [
        ['Pell Ardent', 'm'],
        ['Quill Ardent', 'f'],
      ],
    ],
    ['Mrs. Quill Ardent opened the clinic.', [['Quill Ardent', 'f']]],
    ['Her husband, Quill Ardent, opened the clinic. The neighbours came.', [['Quill Ardent', 'm']]],
    ['The spokeswoman, Kerrin Abbot, said the port was open.', [['Kerrin Abbot', 'f']]],
    // A pronoun that can only be the one person just named.
    ['Mayor Quill Ardent opened the clinic. He said it would stay open.', [['Quill Ardent', 'm']]],
    // "She" after the man's name, with a woman named just before: the pronoun is hers, not his vote.
    [
      'Republican Dale Hensley said taxes would fall. Democrat Rosa Villanueva said they would rise. "Those are different things," Hensley said. She said the plan was unfunded.',
      [
        ['Dale Hensley', 'm'],
        ['Rosa Villanueva', 'f'],
      ],
    ],
    // No clue at all: no gender.
    ['Quill Ardent opened the clinic.', []],
  ])('%s', (text, expected) => expect(gendersOf(text)).toEqual(expected));
});
