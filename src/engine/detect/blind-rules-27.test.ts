/**
 * The rows of lexicon/blind-news-27.ts (helper ents38a): each rule on tagger output written by
 * hand, with the readings it must decide and ordinary news sentences it must not fire on. The
 * sentences are our own, not the batches'. (The rows' examples run through the whole engine in
 * lexicon/rows.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('person.sheikh-inside-name', () => {
  it.each([
    ['The envoy [[P Yusuf Sheikh]] [[P:0.8 Warsame]] arrived.', ['person:Yusuf Sheikh Warsame']],
    ['Herders met Ahmed Sheikh [[P Ali Gedi]] on Monday.', ['person:Ahmed Sheikh Ali Gedi']],
    ['[[P Hassan Sheikh]] [[P Mohamud]] spoke.', ['person:Hassan Sheikh Mohamud']],
    // A given name the lexicon may not know, read by the model through "Sheikh".
    ['[[P Abdiweli Sheikh]] [[P:0.8 Warsame]] spoke.', ['person:Abdiweli Sheikh Warsame']],
    // A title or a place before "Sheikh", a name read whole, nothing read after it, a body after it.
    ['Emir Sheikh [[P Tamim Al Thani]] spoke.', ['person:Tamim Al Thani']],
    // An unknown word before "Sheikh" that the model did not read with it.
    ['Abdiweli Sheikh [[P Warsame]] spoke.', ['person:Warsame']],
    ["[[L Dubai]]'s Sheikh [[P Mohammed]] spoke.", ['place:Dubai', 'person:Mohammed']],
    ['[[P Hassan Sheikh Mohamud]] spoke.', ['person:Hassan Sheikh Mohamud']],
    ['[[P Yusuf Sheikh]] Road was closed.', ['person:Yusuf Sheikh']],
    ['Yusuf Sheikh [[O Zayed Foundation]] gave money.', ['organization:Zayed Foundation']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
