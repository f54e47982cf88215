/**
 * Rows from the blind entity batches 122 and 123 (7 Dec 2026, helper ents62a; the batches are in
 * detect/news-entities-122.cases.ts). Batch 124 was written with them and is never fixed against
 * (its errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-41.ts, called by applyNameRules
 * after the rows of batches 119 and 120. Example texts are written for the rows, not taken from a
 * batch: each row has sentences it must decide and sentences it must leave alone.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const GAELIC_ARTICLE_NAME_ROW: RuleRow<{
  articles: readonly string[];
  bodyHeads: readonly string[];
  placeHeads: readonly string[];
}> = {
  id: 'organisation.gaelic-article-name',
  value: {
    // The Irish and Scottish Gaelic article between a noun and the noun it governs.
    articles: words('na nan nam'),
    // Nouns that open the name of a body: commission, council, authority, board, department,
    // office, league, association, foundation, service, bank, school, company.
    bodyHeads: words(
      'Coimisiún Comhairle Údarás Bord Roinn Oifig Conradh Cumann Foras Seirbhís Banc Scoil Comhlacht Comann Ceàrd Bòrd Oilthigh Ollscoil',
    ),
    // Nouns that open the name of a place: town, church, fort, island, head, glen, field, hill.
    placeHeads: words('Baile Cill Dún Inis Ceann Gleann Achadh Cnoc Ros Port Eilean Bun Ath Àth Loch Caisleán'),
  },
  reason:
    'Irish and Scottish Gaelic names put the article "na" (or "nan", "nam") between a noun and the noun it governs: "Coimisiún na Meán" (the media commission), "Comhairle nan Eilean Siar" (the Western Isles council), "Údarás na Gaeltachta", "Baile na hAbhann". The model, meeting words it has never seen, reads the last word alone as a body ("Meán" at 0.32) or a place ("Eilean Siar"), and the first word not at all. A capitalised noun that opens a body\'s name (Coimisiún, Comhairle, Údarás, Bord, Roinn, Cumann …) or a place\'s name (Baile, Cill, Dún, Inis, Gleann …), then the article and one or two capitalised words (an Irish word may carry a prefixed "h", "t" or the eclipsis "m", "g", "n", "b", "d", "bh": "hAbhann", "mBan") is one name, a body or a place by its first word, when nothing but the model read its words and no longer name holds them. A head word outside the closed lists ("Sinn Féin", a Portuguese "na": "Casa na Praia") is left to the model.',
  examples: [
    {
      text: 'Coimisiún na Meán said the fine was the largest it had imposed.',
      expect: 'organization:Coimisiún na Meán',
    },
    {
      text: 'Comhairle nan Eilean Siar, the islands council, said it would write to the board.',
      expect: 'organization:Comhairle nan Eilean Siar',
    },
    // Merged from organisation.irish-article-name (dedupe62).
    { text: 'Coimisiún na Meán said it would fine the platform.', expect: 'organization:Coimisiún na Meán' },
    {
      text: 'Conradh na Gaeilge wrote to every member of the Dáil.',
      expect: 'organization:Conradh na Gaeilge | organization:Dáil',
    },
  ],
};

export const LIST_OF_SURNAMES_ROW: RuleRow<{ joins: readonly string[]; below: number }> = {
  id: 'person.list-with-named-surname',
  value: { joins: words('and or'), below: 0.8 },
  reason:
    'A report names people in full and then lists them by surname: "In Salford, Hughes, Okafor and Lewis were charged", "In Eastbourne, Dubois, Sato and Reyes now lead the field", "At Wimbledon, Marchetti, Okonkwo and Lindqvist will start as the top seeds". After a place opening the sentence, place.list-of-places and place.list-of-towns read a list of unknown one-word names as more places, and the model reads some as people and some as nothing. A list of two to eight one-word members joined by commas and a last "and" or "or" in which one member is the last word of a person the text names in two words or more ("Tomás Reyes") is a list of people when every member is unread, a place given by one of those list rows, or read by the model alone below 0.8, and none is a place the map knows, a common word, a given name or a word in capitals; each member becomes a person. "In Kent, Dover, Folkestone and Deal were flooded" (the map knows the towns, and no one is named Deal) and "between Marchetti, BASF and Leeds" (capitals, a place) are left.',
  examples: [
    {
      text: 'Tomás Reyes won last year. In Eastbourne, Dubois, Sato and Reyes now lead the field.',
      expect: 'person:Tomás Reyes | place:Eastbourne | person:Dubois | person:Sato | person:Reyes',
    },
  ],
};

export const BLIND_NEWS_ROWS_41: readonly RuleRow<unknown>[] = [GAELIC_ARTICLE_NAME_ROW, LIST_OF_SURNAMES_ROW];
