/**
 * The rows of lexicon/fold-patterns-16.ts (helper ents26b) on tagger output written by hand, so
 * each rule is tested whatever the committed model reads (the rows' examples run through the
 * whole engine in lexicon/rows.test.ts' late tables).
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.acronym-extends-name', () => {
  it.each([
    [
      'The [[O Board of Control for Cricket]] in [[L India]] (BCCI) said he was fit.',
      // The acronym after the extended name is organisation.bracket-acronym-late's (blind-20).
      ['organization:Board of Control for Cricket in India', 'organization:BCCI'],
    ],
    [
      'The [[O Centre for Science]] and [[O Environment]] (CSE) said so.',
      ['organization:Centre for Science and Environment', 'organization:CSE'],
    ],
    // The acronym spells the shorter name, or neither.
    [
      'The [[O World Health Organization]] in [[L Geneva]] (WHO) met. The [[O Acme Group]] in [[L Oslo]] (XYZ) met.',
      [
        'organization:World Health Organization',
        'place:Geneva',
        'organization:WHO',
        'organization:Acme Group',
        'place:Oslo',
      ],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.unsure-body-by-place-words', () => {
  it.each([
    [
      'He lives near [[O:0.3/L:0.3 Manchester]]. Roads were closed to [[O:0.46/L:0.42 Leeds]] on Monday.',
      ['place:Manchester', 'place:Leeds'],
    ],
    ['[[O:0.42/L:0.35 Manhattan]] prosecutors charged three men.', ['place:Manhattan']],
    // A side's travel, a score in the sentence, a body the model is sure of, a distant place
    // reading, a word the map does not know; and a sports report.
    [
      'Leeds travel to [[O:0.45/L:0.4 Leicester]] next. They lost 2-0 at [[O:0.44/L:0.39 Stoke]]. Data came from [[O:0.6/L:0.3 Manchester]]. It met at [[O:0.45/L:0.2 Leeds]]. He studied at [[O:0.4/L:0.35 Cornell]].',
      [
        'organization:Leicester',
        'organization:Stoke',
        'organization:Manchester',
        'organization:Leeds',
        'organization:Cornell',
      ],
    ],
    [
      'Bologna sacked the coach after a heavy defeat at [[O:0.45/L:0.4 Genoa]]. The striker scored twice in the 2-1 win. The goalkeeper made 11 saves.',
      ['organization:Bologna', 'organization:Genoa'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
