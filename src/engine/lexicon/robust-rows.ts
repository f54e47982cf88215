/**
 * Rows that hold decisions the tagger used to make only by luck of its training order (1 Dec 2026,
 * helper ents11b). Retraining the unchanged recipe with another seed flipped them: a sentence-opening
 * "The" kept in an organisation's name, "Republican Austin Carver" read as one organisation, "Burkina
 * Faso warned" read as a person, "Stade de France" as an organisation. Each is a general fact of
 * English news text, so a row says it and any reasonable model gets it right. Kept in their own file
 * so they merge cleanly with rows added in parallel; the rules that apply them are the last block
 * of detect/rules.ts.
 */
import type { RuleRow } from './rule-row';

export const ROBUST_ROWS: readonly RuleRow[] = [
  {
    id: 'the.sentence-opening',
    value:
      `times post paper press journal herald tribune news gazette telegraph chronicle observer economist examiner inquirer star mirror review magazine club orchestra`.split(
        ' ',
      ),
    reason:
      'A sentence that opens with "The" (also right after a wire dateline\'s "(Reuters) -", which the sentence reader keeps in the sentence) and a name of two or more words ("The Metropolitan Police said", "The Finance Ministry said", "The Strait of Hormuz is") capitalises the article only because it opens the sentence: the name is the words after it, as it is mid-sentence ("the Metropolitan Police"). Titles of publications and ensembles own their article ("The New York Times", "The Cleveland Orchestra"): a name ending in one of these words keeps it. A one-word name after "The" is left to the model and to place.the-name ("The Hague", "The Onion").',
    examples: [
      {
        text: 'The Metropolitan Police said it had opened an inquiry.',
        expect: 'organization:Metropolitan Police',
      },
      { text: 'The Strait of Hormuz is narrow.', expect: 'place:Strait of Hormuz' },
      {
        text: 'HARARE, June 18 (Reuters) - The Reserve Bank of Zimbabwe raised its rate.',
        expect: 'place:HARARE | organization:Reuters | organization:Reserve Bank of Zimbabwe',
      },
      { text: 'The New York Times reported the deal on Friday.', expect: 'organization:The New York Times' },
      { text: 'The Hague Court of Appeal ruled on Friday.', expect: 'organization:The Hague Court of Appeal' },
      // Mid-sentence "the" is lowercase and never part of the name anyway; a one-word name is left to the model.
      { text: 'Officers from the Metropolitan Police came.', expect: 'organization:Metropolitan Police' },
    ],
  },
  {
    id: 'title.party-label-any-type',
    value: [],
    reason:
      '"Republican Austin Carver" is a party label and a person\'s name whatever type the model gives the whole run: when the run starts with "Democrat" or "Republican" (title.party-label) and the next word is a known given name, the name is the person after the label. "Republican National Committee" and "Democratic Party" do not continue with a given name and are left alone.',
    examples: [
      {
        text: 'Republican Austin Carver and Democrat Eve Whitlow met in the debate on Tuesday.',
        expect: 'person:Austin Carver | person:Eve Whitlow',
      },
      {
        text: 'The Republican National Committee sued on Monday.',
        expect: 'organization:Republican National Committee',
      },
    ],
  },
  {
    id: 'gazetteer.country-not-person',
    value: [],
    reason:
      'A country\'s name of more than one word ("Burkina Faso", "Sierra Leone", "Costa Rica") names no person, however a sentence uses it ("Burkina Faso warned Bamako"): a person read on exactly such a name is the place. One-word country names can be given names ("Jordan", "Chad", "Georgia") and are left to gazetteer.place-not-person; a title or honorific before the name, or a person named with its words elsewhere in the article, keeps the person.',
    examples: [
      {
        text: 'Ministers met in Ouagadougou. Burkina Faso warned Bamako on Friday.',
        expect: 'place:Ouagadougou | place:Burkina Faso | place:Bamako',
      },
      // A person whose name opens with a country's word is no country.
      { text: 'Georgia Hale said the vote was close.', expect: 'person:Georgia Hale' },
    ],
  },
  {
    id: 'place.facility-lead',
    value: `stade estadio estádio stadio mercado palacio palais palazzo istana`.split(' '),
    reason:
      'Romance and Malay names of stadiums, markets and palaces put the kind of building first ("Stade de France", "Estadio Azteca", "Mercado de San Telmo", "Istana Negara"): the whole name is a place, a building, however its last words ("France", "San Telmo") pull the model towards a country or a person.',
    examples: [
      { text: 'The final was played at the Stade de France on Saturday.', expect: 'place:Stade de France' },
      { text: 'She bought fruit at the Mercado de San Telmo.', expect: 'place:Mercado de San Telmo' },
      // The word with no particle and name after it is no building's name.
      { text: 'Coach Paul Stade said the team would travel.', expect: 'person:Paul Stade' },
    ],
  },
  {
    id: 'none.holiday',
    value: `christmas easter halloween hanukkah diwali eid thanksgiving`.split(' '),
    reason:
      'A holiday is a date or an event, never a person, place or organisation: "Guests at the Christmas party", "Easter weekend traffic". Read on its own before a lowercase word it is dropped, whatever the model half-believed; a longer name that holds it ("Christmas Island", "Easter Island") or a person\'s name ("Mike Easter") is left alone.',
    examples: [
      { text: 'Guests at the Christmas party sang carols.', expect: '' },
      { text: 'Flights to Christmas Island were cancelled.', expect: 'place:Christmas Island' },
    ],
  },
];
