/**
 * name.compound-modifier (lexicon/fold-patterns-16.ts): a name inside a hyphenated modifier is a
 * mention smaller than its token, and its text and offsets leave the hyphen and participle out.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { loadGazetteerSync } from '../gazetteer/load-sync';
import { buildContext } from '../context';
import type { Mention } from '../types';
import { wholeWordMentions } from './compound-modifiers';

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

describe('wholeWordMentions', () => {
  // Every span of one or two tokens, and spans ending inside a word, in text order and shuffled:
  // the forward search from the mention before must keep what a fresh search per mention keeps.
  const text = 'The Toronto-listed firm and Almaty-based Kaspi met in São Paulo, Brazil.';
  const ctx = buildContext(text);
  const mention = (start: number, end: number): Mention => ({
    id: '',
    type: 'place',
    start,
    end,
    text: text.slice(start, end),
    entityId: '',
    why: '',
  });
  const spans: Mention[] = [];
  for (let i = 0; i < ctx.t.count; i++) {
    spans.push(mention(ctx.t.start[i], ctx.t.end[i]));
    if (i + 1 < ctx.t.count) spans.push(mention(ctx.t.start[i], ctx.t.end[i + 1]));
    spans.push(mention(ctx.t.start[i], ctx.t.end[i] - 1));
  }
  const endsAtTokenEnd = (m: Mention) => m.end <= m.start || Array.from(ctx.t.end).includes(m.end);
  it('drops exactly the mentions that end inside a word, in text order', () => {
    expect(wholeWordMentions(ctx, spans)).toEqual(spans.filter(endsAtTokenEnd));
  });
  it('and out of order', () => {
    const shuffled = spans.map((_, k) => spans[(k * 7) % spans.length]);
    expect(wholeWordMentions(ctx, shuffled)).toEqual(shuffled.filter(endsAtTokenEnd));
  });
  it('returns the same array when none ends inside a word', () => {
    const whole = spans.filter(endsAtTokenEnd);
    expect(wholeWordMentions(ctx, whole)).toBe(whole);
  });
});
