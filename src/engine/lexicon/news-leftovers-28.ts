/**
 * Rows for the weak patterns issue #9 names, twenty-first round (helper ents62b, 7 Dec 2026), each
 * found failing on probe texts of our own (detect/lexicon-gaps-52b.cases.ts, gold committed in
 * 521231a1 before the first run). The rules that apply them are in detect/leftover-rules-28.ts,
 * called by applyNameRules after the leftover-27 rows. (The round also widens older rows where the
 * fault lives: place.list-of-places, place.list-of-towns, sport.club-tail-unread and
 * none.opening-word-before-role.)
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const SURNAME_LIST_ROW: RuleRow<{ joins: readonly string[]; below: number }> = {
  id: 'person.list-of-surnames',
  value: { joins: words('and'), below: 0.6 },
  reason:
    'Reports name the people they have already introduced, or well-known players, by surname in a list that is the subject of its clause: "At Wimbledon, Alcaraz, Sinner and Djokovic all advanced", "In Glasgow on Friday, Murray, Kerr and Doyle pleaded guilty", "After the vote, Smith and Jones left the chamber". The model reads a surname it knows as a person and an unfamiliar one as a place or nothing. A list of two to six one-word capitalised members, joined by commas and a last "and", opening its clause (at the start of a sentence or a quote, or after a comma; a name before that comma must be an opening adjunct, "At the Masters," or "In Glasgow on Friday,", for "residents in Ikeja, Surulere and Oshodi complained" lists towns; a list whose first member is read as a place is left to place.list-of-towns) and running straight into a lowercase word that is not "of", "and" or "or" (its verb), with at least one member the model read as a person and every other member unread or read by the model alone below 0.6, is a list of people, when no member is a place the map knows, a body everyone knows, a word in capitals, a month or a demonym, and no member the model did not read as a person is a word of the language or a place the map knows ("Sinner", "Murray" read as persons may be). A list with a place the map knows ("France, Spain and Italy raised rates") or a body the model is sure of is left. One member must be the surname of a person the text names in full: "In London, Lambeth, Southwark and Lewisham have the highest rents" lists boroughs (stop 62\'s review).',
  examples: [
    {
      text: 'Jon Rahm birdied the last hole. At the weekend, Scheffler, McIlroy and Rahm were tied on six under.',
      expect: 'person:Jon Rahm | person:Scheffler | person:McIlroy | person:Rahm',
    },
    {
      text: 'In Europe, France, Spain and Italy raised rates.',
      expect: 'place:Europe | place:France | place:Spain | place:Italy',
    },
  ],
};

export const INTER_CLUB_ROW: RuleRow<{ prefixes: readonly string[] }> = {
  id: 'organisation.inter-club',
  // Words that open a club's name before its city ("Inter Miami", "Inter Milan", "Inter Turku").
  value: { prefixes: words('Inter') },
  reason:
    'Football clubs are named "Inter" (short for Internazionale or International) and their city: "Inter Miami", "Inter Milan", "Inter Turku". The model, which knows no person named Inter, still reads the pair as a person ("Inter Miami" 0.6) or as the place. Capitalised "Inter" and one capitalised word after it on the line, that the map knows as a place or that the model alone read as a person or a place, is the club, an organisation. "Inter" before a word of the language ("Inter Press Service") or a longer name is left.',
  examples: [
    {
      text: 'Lionel Messi scored twice as Inter Miami won 3-1.',
      expect: 'person:Lionel Messi | organization:Inter Miami',
    },
  ],
};

export const NEWS_LEFTOVER_ROWS_28: readonly RuleRow<unknown>[] = [SURNAME_LIST_ROW, INTER_CLUB_ROW];
