/**
 * The rows of lexicon/lead-names-63.ts on tagger output written by hand, so each row is tested
 * whatever the committed model reads. (The rows' examples run through the whole engine in
 * lexicon/rows.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

/** Two more sentences of scores make the text a sports report. */
const SPORT = ' [[O Celtic]] beat [[O Rangers]] 3-1. [[O Hibernian]] lost 2-0 to [[O Motherwell]].';

describe('sport.saint-club', () => {
  it.each([
    [
      '[[P:0.89 St Mirren]] climbed to fifth with a 1-0 win.' + SPORT,
      [
        'organization:St Mirren',
        'organization:Celtic',
        'organization:Rangers',
        'organization:Hibernian',
        'organization:Motherwell',
      ],
    ],
    // The saint's word cut off, the rest an unsure place.
    [
      'St [[L:0.42 Mirren]] climbed to fifth with a 1-0 win.' + SPORT,
      [
        'organization:St Mirren',
        'organization:Celtic',
        'organization:Rangers',
        'organization:Hibernian',
        'organization:Motherwell',
      ],
    ],
    [
      'Dundee lost 3-0 to St. [[P:0.7 Johnstone]].' + SPORT,
      [
        'organization:Dundee',
        'organization:St. Johnstone',
        'organization:Celtic',
        'organization:Rangers',
        'organization:Hibernian',
        'organization:Motherwell',
      ],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A feast in a sports report (review of stop 63).
    [
      "Fans marked [[P:0.7 St Patrick]]'s Day in the stands." + SPORT,
      [
        'person:St Patrick',
        'organization:Celtic',
        'organization:Rangers',
        'organization:Hibernian',
        'organization:Motherwell',
      ],
    ],
    // Outside sport a saint is a person.
    ['The abbey was founded by [[P:0.7 St Columba]] in 563.', ['person:St Columba']],
    // A ground or a town after "at"; a sure place.
    [
      'The final is at St [[L:0.4 Andrews]] in July.' + SPORT,
      [
        'place:St Andrews',
        'organization:Celtic',
        'organization:Rangers',
        'organization:Hibernian',
        'organization:Motherwell',
      ],
    ],
    [
      'St [[L:0.9 Helens]] is a town near Wigan.' + SPORT,
      [
        'place:St Helens',
        'place:Wigan',
        'organization:Celtic',
        'organization:Rangers',
        'organization:Hibernian',
        'organization:Motherwell',
      ],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
