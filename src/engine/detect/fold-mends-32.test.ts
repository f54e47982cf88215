/**
 * Fold rows 32 (helper ents60c): the mend of organisation.and-join (detect/rules.ts) on tagger
 * output written by hand. A body opening a paragraph with its county ("Leicestershire Fire and
 * Rescue Service said", missed on the study folds) lost its first word: the walk back from "and"
 * stopped at the line's first word. The take cases fail without the mend; the leave cases are
 * ordinary lines it must not change.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.and-join, a place opening the line (ents60c)', () => {
  it.each([
    [
      'The fire was out by midnight.\n\nLeicestershire Fire and [[O:0.93 Rescue Service]] said crews stayed.',
      ['organization:Leicestershire Fire and Rescue Service'],
    ],
    [
      'Nobody was hurt.\nDevon Fire and [[O:0.9 Rescue Service]] thanked the neighbours.',
      ['organization:Devon Fire and Rescue Service'],
    ],
    // Leave: a common word opening the line, a name already read there, a word on the line before
    // (the body's own first word opening the line is the body's: organisation.and-join, lead 60).
    [
      'The fire was out.\n\nYesterday Fire and [[O:0.93 Rescue Service]] crews went home.',
      ['organization:Fire and Rescue Service'],
    ],
    [
      'The fire was out.\n\n[[P Jones]] Fire and [[O:0.93 Rescue Service]] staff said so.',
      ['person:Jones', 'organization:Fire and Rescue Service'],
    ],
    ['Crews from Leicestershire\nFire and [[O:0.93 Rescue Service]] came.', ['organization:Fire and Rescue Service']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});
