/**
 * Rows for leftovers other helpers met on news sentences of their own (helper ents30d, issue #9):
 * universities named by a state and "Tech"/"State", and clubs whose first word is itself a town.
 * Each is a construction of news writing, not a phrase of a batch. The rules that apply them are in
 * detect/leftover-rules-6.ts, called by applyNameRules right after the blind-20 rows.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const PLACE_TECH_STATE_ROW: RuleRow<{ tails: readonly string[]; placeTails: readonly string[] }> = {
  id: 'organisation.place-tech-state',
  value: {
    // "Virginia Tech", "Boise State": what a person's name never ends in.
    tails: words('Tech State'),
    // "Tech" is never part of a place's name; "State" is ("Washington State", "New York State").
    placeTails: words('Tech'),
  },
  reason:
    'American universities, and the teams named after them, are named by a state or city and "Tech" or "State" ("Virginia Tech", "Georgia Tech", "Boise State", "Michigan State"); the model, seeing a place and then a capitalised word, may read a person ("Virginia Tech beat Georgia Tech 31-20"), as it reads "Virginia Woolf". One to two words that name a place the map knows, then "Tech" or "State", read as a person (for "Tech" also as a place), with no capitalised word after them on the line, and that are not themselves a place the map knows ("Washington State", "New York State" are the states), are the organisation.',
  examples: [
    {
      text: 'Virginia Tech beat Georgia Tech 31-20 in Blacksburg on Saturday.',
      expect: 'organization:Virginia Tech | organization:Georgia Tech | place:Blacksburg',
    },
    {
      text: 'Virginia Woolf wrote the novel in 1927. Tech stocks fell in Seattle, and Washington State lawmakers passed a budget.',
      expect: 'person:Virginia Woolf | place:Seattle | place:Washington State',
    },
  ],
};

export const CLUB_TOWN_FIRST_TOWN_ROW: RuleRow<number> = {
  id: 'sport.club-town-first-town',
  // Words of the club's name: two ("Sparta Prague"); three would take "Leeds Bradford Airport"-like runs.
  value: 2,
  reason:
    'sport.club-town-pair refuses a club whose first word is a place the map knows, lest two places be read as one club (sport.club-town-move-slot, whose slots are surer, now lets that word be a town); but clubs are named after a town word of their own ("Werder Bremen": Werder is also a town near Potsdam; "Sparta Prague": Sparta is also a town in Greece and the United States), and the model reads the pair as a person or a place. In a sports report, two capitalised words, the first a town (a city the map knows, not a region or country), the second a city, not a place the map knows as a whole, the first no word of the language, given name or first word of a person the article names, read by the model alone, standing where a side stands in a match sentence (as sport.club-town-pair reads it: after the sentence\'s start or "beat", "against", "at"; before "beat", "drew", "are" or a score), is the club.',
  examples: [
    {
      text: 'Werder Bremen drew 1-1 with Slavia Prague on Sunday. The visitors scored twice in the second half, and the coach said his side deserved the win in the league.',
      expect: 'organization:Werder Bremen | organization:Slavia Prague',
    },
    {
      text: 'Sparta was the rival of Athens. The port of Bremen handled more ships, and Kraken myths came from Norway.',
      expect: 'place:Sparta | place:Athens | place:Bremen | place:Norway',
    },
  ],
};

export const NEWS_LEFTOVER_ROWS_6: readonly RuleRow<unknown>[] = [PLACE_TECH_STATE_ROW, CLUB_TOWN_FIRST_TOWN_ROW];
