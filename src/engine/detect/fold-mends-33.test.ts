/**
 * Mends of older rows in fold rows 33 (helper ents62c), each on invented news sentences with the
 * tagger's output written by hand: the take cases fail without the mend, the leave cases hold the
 * readings the rows were written to keep.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.partner-after-and follows the document reading of the first firm', () => {
  it.each([
    // The first firm read as an unsure person here, as a body where it is named again.
    [
      'The line, owned by [[P:0.42 FirstGroup]] and Keolis, cut services. [[O:0.7 FirstGroup]] said it would appeal.',
      ['person:FirstGroup', 'organization:Keolis', 'organization:FirstGroup'],
    ],
    // Leave: the document reads the first name as a person more than as a body.
    [
      'The club, owned by [[P:0.8 Abramovich]] and Keolis, was sold. [[P:0.9 Abramovich]] and [[O:0.4 Abramovich]] Holdings said so.',
      ['person:Abramovich', 'person:Abramovich', 'organization:Abramovich'],
    ],
    // Leave: the first name is read nowhere else.
    ['The line, owned by [[P:0.42 FirstGroup]] and Keolis, cut services.', ['person:FirstGroup']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});
