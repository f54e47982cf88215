import { describe, expect, it } from 'vitest';
import { buildContext } from '../context';
import { DocFacts } from './features';
import { slotsOf } from './regions';

function factsOf(text: string) {
  const ctx = buildContext(text);
  const facts = new DocFacts(ctx, slotsOf(ctx));
  /** The token index of the nth occurrence of `word`. */
  const at = (word: string, nth = 0) =>
    [...Array(ctx.t.count).keys()].filter((i) => ctx.text.slice(ctx.t.start[i], ctx.t.end[i]) === word)[nth];
  return { facts, at, agg: (word: string, nth = 0) => facts.aggKeys(at(word, nth)) ?? [] };
}

describe('context aggregation: what all of a word’s occurrences in the document say', () => {
  it('gives a bare surname the first name it has elsewhere', () => {
    const { agg } = factsOf('Marta Kessel won the vote. On Tuesday Kessel thanked her staff.');
    expect(agg('Kessel', 1)).toContain('agg-1lx=first');
  });

  it('gives a town name the organisation head it carries elsewhere', () => {
    const { agg } = factsOf('She studied at Bramley University for three years. Bramley said fees would rise.');
    expect(agg('Bramley', 1)).toContain('agg+1lx=orgtail');
    expect(agg('Bramley', 1)).toContain('agg-1=at');
    expect(agg('Bramley', 0)).toEqual(agg('Bramley', 1));
  });

  it('keeps the words around a whole multi-word run for its inner words', () => {
    const { agg } = factsOf('Fans travelled to Port Vessa on Friday. Port Vessa won.');
    expect(agg('Vessa', 1)).toContain('aggr-1=to');
    expect(agg('Vessa', 1)).not.toContain('agg-1=to');
  });

  it('describes a word named once by its own neighbours, and says nothing about a lowercase word', () => {
    const { facts, at } = factsOf('Officials met Kessel in Lima with the team.');
    expect(facts.aggKeys(at('Lima'))).toContain('agg-1=in');
    expect(facts.aggKeys(at('team'))).toBeUndefined();
  });

  it('is one list object per word (inference caches its summed weights by it)', () => {
    const { facts, at } = factsOf('Kessel said no. Kessel said yes. Officials met Kessel in Lima.');
    expect(facts.aggKeys(at('Kessel', 0))).toBe(facts.aggKeys(at('Kessel', 1)));
    expect(facts.aggKeys(at('Kessel', 0))).toEqual(expect.arrayContaining(['agg+1=in', 'agg+1=said']));
  });
});
