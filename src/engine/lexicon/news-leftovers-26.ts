/**
 * Rows for the weak patterns issue #9 names, nineteenth round (helper ents60b, 7 Dec 2026), each
 * found failing on probe texts of our own (detect/lexicon-gaps-50b.cases.ts, gold committed in
 * d762ef7 before the first run). The rules that apply them are in detect/leftover-rules-26.ts,
 * called by applyNameRules after the leftover-25 rows. (The round also widens older rows where the
 * fault lives: organisation.same-head-pair, organisation.see-of-place and
 * none.airline-word-as-adjective.)
 */
import type { RuleRow } from './rule-row';
import { FIRM_KIND_NOUNS } from './news-leftovers-27';

const words = (s: string) => s.trim().split(/\s+/);

export const BODY_NOUN_APPOSITION_ROW: RuleRow<{
  nouns: readonly string[];
  least: number;
  prepositions: readonly string[];
}> = {
  id: 'organisation.body-noun-apposition',
  value: {
    // Lowercase nouns for a kind of body that a name in commas may follow.
    // Nouns for a kind of firm come from news-leftovers-27 ("Britain's biggest housebuilder,
    // Barratt Developments,"; ents61b).
    nouns: [
      ...words(`chamber union association federation confederation lobby council committee
      watchdog regulator agency company firm group charity foundation party cooperative syndicate guild`),
      ...FIRM_KIND_NOUNS,
    ],
    // How far before the comma the noun may stand ("chamber of commerce").
    least: 3,
    // A preposition before the body's phrase makes it a person's complement: "a spokesman for the
    // union, Okafor, said" names the spokesman.
    prepositions: words('for of at with from to by in on'),
  },
  reason:
    'A news text names a body by what it is, in lowercase, then gives its name in commas: "The Culiacán chamber of commerce, Canaco, said", "the country\'s biggest farmers\' union, Copa, said". The model, seeing a lone capitalised word between commas after a noun phrase, reads it as a person in apposition. When a lowercase noun for a kind of body (chamber, union, association, federation, lobby, council, …) stands among the last three lowercase words before the comma, a name of one to three capitalised words right after it, closed by a comma, that the model read as a person below 0.9 or left unread, with no given name first and no place the map knows, is an organisation. A person ("The union\'s leader, Mick Lynch,") follows a noun for a person, not a body, and a body\'s phrase after a preposition is a person\'s complement ("A spokesman for the union, Okafor, said" names the spokesman).',
  examples: [
    {
      text: 'The chamber of commerce, Canaco, said 200 shops had closed.',
      expect: 'organization:Canaco',
    },
    // Must keep: a person after a noun for a person, and after a body's phrase after a preposition.
    {
      text: 'A spokesman for the union, Okafor, said talks had failed.',
      expect: 'person:Okafor',
    },
    {
      text: "The union's leader, Mick Lynch, said talks had failed.",
      expect: 'person:Mick Lynch',
    },
  ],
};

export const BISHOPS_CONFERENCE_ROW: RuleRow<{ leads: readonly string[] }> = {
  id: 'organisation.bishops-conference',
  value: {
    // Capitalised words that may lead a bishops' conference: denominations and the word "Roman".
    // (Demonyms and countries lead it too: the map and the demonym list read those.)
    leads: words('Catholic Roman Anglican Orthodox Lutheran Methodist Episcopal Evangelical'),
  },
  reason:
    'The bishops of a country meet as a body named for them: "the Irish Catholic Bishops\' Conference", "the Catholic Bishops\' Conference of England and Wales". The model leaves it unread, the capitalised words before "Bishops" being an adjective it does not join to a body. "Bishops" or "Bishops\'" right before a capitalised "Conference", with the capitalised words before it that are a denomination, "Roman", a demonym or a country (three at most), is one organisation; a place after "of" is left to the rows that read it.',
  examples: [
    {
      text: "The Irish Catholic Bishops' Conference said it would publish the report.",
      expect: "organization:Irish Catholic Bishops' Conference",
    },
  ],
};

export const NEWS_LEFTOVER_ROWS_26: readonly RuleRow<unknown>[] = [BODY_NOUN_APPOSITION_ROW, BISHOPS_CONFERENCE_ROW];
