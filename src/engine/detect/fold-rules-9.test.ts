/**
 * The rows of lexicon/fold-patterns-9.ts (helper ents15) on tagger output written by hand, with
 * sentences each must not fire on, news among them.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('none.award-name', () => {
  it.each([
    ['He received a nomination at [[L Teen Choice Awards]] for the role.', []],
    ['She was the first woman awarded the [[O Royal Gold Medal]] from the institute.', []],
    ['He won the [[P Nobel]] Prize in 1993.', []],
    [
      'The [[O Oilers]] beat the [[O Panthers]] to reach the [[O Stanley Cup]] final.',
      ['organization:Oilers', 'organization:Panthers'],
    ],
    ['He was named at the [[L Satellite Awards]] in Los Angeles.', []],
    // Adversarial: a row word opening a name, one word alone, lowercase, a name the row word does
    // not close, a name before it without "the", news sentences.
    ['Three [[O Medal of Honor]] recipients attended.', ['organization:Medal of Honor']],
    [
      '[[O Sunderland]] moved to the top of the [[O Championship]] on Saturday.',
      ['organization:Sunderland', 'organization:Championship'],
    ],
    ['[[P Djokovic]] lifted the [[L Wimbledon]] trophy for the eighth time.', ['person:Djokovic', 'place:Wimbledon']],
    ['[[O England]] named their World Cup squad on Monday.', ['organization:England']],
    ['[[P Smith]] Cup holders [[O Arsenal]] lost 2-0.', ['person:Smith', 'organization:Arsenal']],
    ['The award went to [[P Maria Lopez]], the jury said.', ['person:Maria Lopez']],
    ['[[O Prize Energy]] shares rose 4% on Monday.', ['organization:Prize Energy']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.paired-with-person', () => {
  it.each([
    ['Institutions were analyzed by [[P Coase]] and [[L North]], respectively.', ['person:Coase', 'person:North']],
    ['Both [[P Chao]] and [[L Yang]] were known for their hospitality.', ['person:Chao', 'person:Yang']],
    ['Calling the Shots (1988) by [[P Janis Cole]] and [[L Holly Dale]].', ['person:Janis Cole', 'person:Holly Dale']],
    // Adversarial: a known place, a pair after a place word, the person second, a longer name,
    // an organisation, a line break, news sentences.
    ['[[P Smith]] and [[L Jordan]] signed the deal on Monday.', ['person:Smith', 'place:Jordan']],
    ['Talks between [[P Macron]] and [[L Berlin]] stalled, officials said.', ['person:Macron', 'place:Berlin']],
    ['They met in [[P Schmidt]] and [[L Rockport]] last year.', ['person:Schmidt', 'place:Rockport']],
    ['[[L Rockport]] and [[P Schmidt]] were named in the suit.', ['place:Rockport', 'person:Schmidt']],
    ['[[P Harris]] and [[L North Carolina]] voters back the plan.', ['person:Harris', 'place:North Carolina']],
    ['[[P Ortiz]] and [[O Acme]] agreed to settle, the court said.', ['person:Ortiz', 'organization:Acme']],
    ['Sponsored by [[P Lee]] and\n[[L Dunmore]] Parish.', ['person:Lee', 'place:Dunmore']],
    ['[[P Biden]] and [[L Kyiv]] discussed aid.', ['person:Biden', 'place:Kyiv']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
