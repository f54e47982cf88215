/**
 * name.compound-modifier (lexicon/fold-patterns-16.ts): a name inside a hyphenated modifier is a
 * mention smaller than its token, and its text and offsets leave the hyphen and participle out.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { loadGazetteerSync } from '../gazetteer/load-sync';

const gazetteer = loadGazetteerSync();
const inside = (text: string) =>
  analyze(text, { gazetteer })
    .mentions.filter((m) => m.why === 'rule name.compound-modifier')
    .map((m) => `${m.type}:${m.text}:${text.slice(m.start, m.end)}`);

describe('name.compound-modifier', () => {
  it.each([
    ['The Almaty-based holding sells copper.', ['place:Almaty:Almaty']],
    // Two words before the compound, and a body the article names on its own.
    ['A New York-born actor spoke.', ['place:New York:New York']],
    ['Hamas controls the strip, and a Hamas-run ministry gave the toll.', ['organization:Hamas:Hamas']],
    // A determiner opening the sentence is no part of the name.
    ['The London-listed miner and a Paris-made dress.', ['place:London:London', 'place:Paris:Paris']],
    // Demonyms, a word nobody knows, a word that is no participle, a person of the article.
    ['Syrian-owned shops, Saudi-led strikes and Mutation-based tests.', []],
    ['The Paris-Dakar rally and London-wide strikes.', []],
    ['Ana Ruiz spoke. The Ruiz-backed bill passed.', []],
  ])('%s', (text, expected) => expect(inside(text)).toEqual(expected));

  it('joins the place of the same name elsewhere in the article', () => {
    const a = analyze('The Almaty-based holding met. Critics in Almaty agreed.', { gazetteer });
    const [x, y] = a.mentions.filter((m) => m.text === 'Almaty');
    expect(x.entityId).toBe(y.entityId);
  });
});

describe('a name inside a modifier is no speaker', () => {
  it('the firm the modifier describes is', () => {
    const a = analyze('Toronto-listed Altyn Ridge Resources said the water was safe.', { gazetteer });
    expect(a.mentions.map((m) => m.text)).toContain('Toronto');
    expect(a.claims.map((c) => c.speaker?.name)).toEqual(['Altyn Ridge Resources']);
  });
});
