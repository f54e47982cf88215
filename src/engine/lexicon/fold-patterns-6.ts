/**
 * Rows for patterns across the held-out fold documents of the court and interview genres (1 Dec
 * 2026, night, helper ents13c, issue #9): people addressed by their first name in speech, and the
 * parties of a hearing. Kept in their own file so they merge cleanly with rows added in parallel;
 * the rules that apply them are in detect/fold-rules-6.ts, called at the end of applyNameRules.
 */
import type { RuleRow } from './rule-row';

export const FOLD_PATTERN_ROWS_6: readonly RuleRow[] = [
  {
    id: 'person.spoken-first-name',
    value: ['hey', 'hi', 'hello', 'dear'],
    reason:
      'In speech people are called by their first name alone: "Hey Frank", "my name is John", "Rebecca and I put it together", "I was called by Matthew here". The frames: after a greeting (the words of this row), after "my name is" or "name\'s", before "and I", or before "here" after "by", "with" or "to". A lone capitalised word in one of these frames that is a known given name (the first-name lists, or the first word of a person this document names in full) is that person. The word must stand in no name, go on no capitalised word after it, and be no place a map knows ("Hi Jordan" is left alone). "Here" counts only after "by", "with" or "to", so "Denver here" stays as read. A greeting whose name a closing quotation mark ends is a title ("Hey Jude", "Dear Prudence"), left as read.',
    examples: [
      { text: "They come up and say, 'Hey Frank, my name is John,' and laugh.", expect: 'person:Frank | person:John' },
      { text: 'I have an idea -- Rebecca and I put it together.', expect: 'person:Rebecca' },
    ],
  },
  {
    id: 'legal.hearing-marks',
    value: [
      'appellant',
      'appellants',
      'appellee',
      'appellees',
      'petitioner',
      'petitioners',
      'intervener',
      'interveners',
      'intervenor',
      'intervenors',
      'plaintiff',
      'plaintiffs',
      'defendant',
      'defendants',
    ],
    reason:
      'A court hearing is a document where counsel address the bench ("Your Honor", "may it please the Court") or that names two kinds of party to a case (appellants and appellees, the intervener; plaintiffs and defendants count only with a third kind: a news report of a lawsuit names those two, and "the County" or "the City" there is no party, review fix15a). The rows below read parties and litigating governments only in such a document: in a news report or a guide the same words ("in Moran and Pyle", "the State", "County of Maui") are places as the model reads them. The words are the party roles; the two forms of address are read by the rule.',
    examples: [
      {
        text: 'Plaintiffs, defendants and the intervener agree. That is set out in Moran and Pyle.',
        expect: 'person:Moran | person:Pyle',
      },
    ],
  },
  {
    id: 'organisation.litigant-government',
    value: ['state', 'county', 'commonwealth', 'city'],
    reason:
      'In a hearing, a government that is a party to the case is named by its body: "the State argued at trial", "The State of Ohio had then directed the jury", "County of Maui, Department of Finance, defendants", "Even so, the County did afford some process". GUM names such a party an organisation, as it names the Court. The row reads "State", "County", "Commonwealth" or "City" capitalised, after a lowercase "the" with no capitalised word after ("the State Department" is a longer name), or before "of" and a capitalised name ("County of Maui"), in a court hearing only (legal.hearing-marks). A body inside a longer name ("the Supreme Court of the State of Hawaiʻi") is left alone.',
    examples: [
      {
        text: 'Your Honor, at the trial the State conceded the point, and the County of Maui agreed.',
        expect: 'organization:State | organization:County of Maui',
      },
    ],
  },
  {
    id: 'person.case-pair',
    value: ['and'],
    reason:
      'Counsel cite cases by their parties, often read aloud with "and" for "v.": "That\'s set out in Moran and Pyle", "the decision in Ratych and Bloomer", "made in Clements and Clements". In a court hearing (legal.hearing-marks), two single capitalised words joined by "and" right after "in" are the parties, people: no function or common words, not all capitals, no place a map knows (a weak town that shares a surname aside), in no longer name. Outside a hearing "in Cruden and Ellon" stays two places.',
    examples: [
      {
        text: 'May it please the Court. This is the decision in Ratych and Bloomer.',
        expect: 'organization:Court | person:Ratych | person:Bloomer',
      },
    ],
  },
  {
    id: 'organisation.country-party',
    value: ['versus', 'v.'],
    reason:
      'When a country is a party to a case, the party is its government, an organisation: "Green versus United States", "Reynolds v. United States". In a court hearing (legal.hearing-marks) a country a map knows right after "versus" or "v." is typed an organisation. Towns, states and surnames after "versus" are left to legal.case-party and the model ("Kennedy versus Washington").',
    examples: [
      {
        text: 'Your Honor, in Green versus United States the court agreed.',
        expect: 'person:Green | organization:United States',
      },
    ],
  },
  {
    id: 'place.shire-county',
    value: ['shire'],
    reason:
      'English and Scottish counties are named "…shire": "Aberdeenshire", "Lancashire", "North Yorkshire". A single capitalised word of that shape that the model reads as a person ("a native of Oldham, [Lancashire]", "in Auchleuchries, [Aberdeenshire], Scotland") is the county, a place. Only a person of one word is retyped: an organisation ("Berkshire rose 2%", Berkshire Hathaway) and longer names ("West Yorkshire Police") are left, and so is a surname of that shape the document gives a person ("Leonard Cheshire … Cheshire said") or writes after a title ("Mr Wilshire").',
    examples: [
      { text: 'He was born in 1635 in Aberdeenshire, Scotland.', expect: 'place:Aberdeenshire | place:Scotland' },
    ],
  },
];
