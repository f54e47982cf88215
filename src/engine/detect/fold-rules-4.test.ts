/**
 * The rows of lexicon/fold-patterns-4.ts (helper ents12c) on tagger output written by hand, with
 * news sentences each must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('person.initial-joins', () => {
  it.each([
    ['Reagan won, then [[P George H. W.]] [[L:0.4 Bush]] in 1988.', ['person:George H. W. Bush']],
    ['Then [[P George W.]] Bush won in 2000.', ['person:George W. Bush']],
    ['Then [[P George W.]] [[L:0.4 Bush]] won in 2000.', ['person:George W. Bush']],
    ['For the intervener: K. [[P Michael Stevens]], Shannon Ramsey.', ['person:K. Michael Stevens']],
    ['The author J. R. R. [[P Tolkien]] wrote it.', ['person:J. R. R. Tolkien']],
    // Adversarial: an abbreviation that is no initial, a letter closing a sentence after a
    // capitalised word, a lowercase word after the initial, a long name after it.
    ['The U.S. [[P Smith]] family sued.', ['person:Smith']],
    ['They play in Group B. [[P Smith]] scored twice.', ['person:Smith']],
    ['He met [[P John F.]] yesterday.', ['person:John F.']],
    [
      'She met [[P John F.]] [[O Kennedy Space Center Foundation]] staff.',
      ['person:John F.', 'organization:Kennedy Space Center Foundation'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.given-name-joins', () => {
  it.each([
    ['He said Jens [[P Otto Harry Jespersen]] was right.', ['person:Jens Otto Harry Jespersen']],
    [
      '[[P Évariste Galois]] died young. On 2 June, Évariste [[P:0.56 Galois]] was buried.',
      ['person:Évariste Galois', 'person:Évariste Galois'],
    ],
    // Adversarial: a place that is also a given name, a title, a weekday, a word opening the
    // sentence, a given name in another name, a given name on the line before.
    ['In Georgia [[P Smith]] won the primary.', ['person:Smith']],
    ['President [[P Obama]] spoke.', ['person:Obama']],
    ['On Monday [[P Smith]] spoke.', ['person:Smith']],
    ['Currently [[P Shalev]] teaches in Jerusalem.', ['person:Shalev']],
    ['They thanked [[O Jordan]] [[P Smith]] for the loan.', ['organization:Jordan', 'person:Smith']],
    ['The speaker was Mary\n[[P Smith]] of Leeds.', ['person:Smith']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.publication-the', () => {
  it.each([
    ['Stan remarked to The [[O:0.5 Brooklyn Paper]], "We will keep it."', ['organization:The Brooklyn Paper']],
    ['The [[O:0.52 Independent]] reported it first.', ['organization:The Independent']],
    ['She told The [[L:0.6 Jakarta Post]] on Monday.', ['organization:The Jakarta Post']],
    // Adversarial: a lowercase "the", a news agency, a name that is no publication, "The" on the
    // line before, a title in capitals.
    ['She told the [[O Washington Post]] on Monday.', ['organization:Washington Post']],
    ['He told The [[O Associated Press]] on Monday.', ['organization:Associated Press']],
    ['The [[O Metropolitan Police]] said so.', ['organization:Metropolitan Police']],
    ['Read by The\n[[O Herald]] staff.', ['organization:Herald']],
    ['THE [[O GUARDIAN]] LIVE BLOG', ['organization:GUARDIAN']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.appeals-circuit', () => {
  it.each([
    ['Cases from the [[L:0.6 Ninth Circuit]] say otherwise.', ['organization:Ninth Circuit']],
    ['Goldsmith and the Second Circuit say no.', ['organization:Second Circuit']],
    ['A judge of the D.C. Circuit wrote it.', ['organization:D.C. Circuit']],
    // Adversarial: a longer court name, a racing circuit, a lowercase circuit, a name holding it.
    ['The [[O Ninth Circuit Court of Appeals]] ruled.', ['organization:Ninth Circuit Court of Appeals']],
    ['He won at the [[L Silverstone Circuit]] in July.', ['place:Silverstone Circuit']],
    ['The second circuit of the track was slow.', []],
    ['The [[O First Circuit Bank]] closed.', ['organization:First Circuit Bank']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
