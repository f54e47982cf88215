/**
 * The rows of lexicon/fold-patterns-28.ts (helper ents46c) on tagger output written by hand, so
 * each row is tested whatever the committed model reads. (The rows' examples run through the whole
 * engine in lexicon/rows.test.ts' tables.) The take cases fail with the row off; the leave cases
 * are ordinary news sentences the row must not change.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('none.defined-term-acronym', () => {
  it.each([
    // A spelled-out term before its short form in brackets, and the short form's repeats.
    ['The [[O:0.96 Household Energy Consumption Survey]] ([[O:0.45 HECS]]) found that use rose.', []],
    [
      'Schools will widen [[O:0.8 Information and Communication Technology]] ([[O:0.5 ICT]]). [[O:0.5 ICT]] is key.',
      [],
    ],
    ['Ants die sooner when ingesting [[O:0.46 ROS]] [Reactive Oxygen Species]. The [[O:0.4 ROS]] rose.', []],
    ['The [[O:0.7 Consumer Price Index]] (CPI) rose 3 percent.', []],
    ['Ants ingest [[O:0.46 ROS]] (Reactive Oxygen Species, chemicals that harm cells).', []],
    // Leave: a body's name, a firm of two words, a known body, no matching initials, a head word
    // that is no term's, lowercase term words.
    [
      'Students at the [[O:1.0 Massachusetts Institute of Technology]] ([[O:0.4 MIT]]) built it.',
      ['organization:Massachusetts Institute of Technology', 'organization:MIT'],
    ],
    [
      'The [[O:1.0 Department of Natural Resources]] ([[O:0.5 DNR]]) closed the lake.',
      ['organization:Department of Natural Resources', 'organization:DNR'],
    ],
    ['Shares of [[O:0.9 Teck Resources]] ([[O:0.5 TR]]) fell.', ['organization:Teck Resources', 'organization:TR']],
    // A firm of three words the model is sure of (review, stop 56).
    [
      '[[O:0.95 Pioneer Natural Resources]] ([[O:0.5 PNR]]) agreed to a takeover.',
      ['organization:Pioneer Natural Resources', 'organization:PNR'],
    ],
    [
      'The [[O:0.9 World Health Survey]] ([[O:0.6 WHO]]) said.',
      ['organization:World Health Survey', 'organization:WHO'],
    ],
    [
      'The [[O:0.9 Tata Consultancy Services]] ([[O:0.5 TCS]]) said.',
      ['organization:Tata Consultancy Services', 'organization:TCS'],
    ],
    [
      '[[O:0.9 Micron Technology]] ([[O:0.5 MU]]) rose 3 percent.',
      ['organization:Micron Technology', 'organization:MU'],
    ],
    [
      'The [[O:0.9 Federal Reserve System]] ([[O:0.5 FRS]]) met.',
      ['organization:Federal Reserve System', 'organization:FRS'],
    ],
    ['She joined [[O:0.9 Acme Health]] ([[O:0.5 AH]]) in May.', ['organization:Acme Health', 'organization:AH']],
    ['The [[O:0.5 WHO]] (World Health Organization, in Geneva) said.', ['organization:WHO']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});
