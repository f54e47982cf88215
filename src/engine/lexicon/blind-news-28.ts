/**
 * Rows from the blind entity batches 83 and 84 (5 Dec 2026, helper ents39a; the batches are in
 * detect/news-entities-83.cases.ts). Batch 85 was written with them and is never fixed against (its
 * errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-28.ts, called by applyNameRules
 * after the rows of batches 80 and 81. Example texts are written for the rows, not taken from a
 * batch: each row has sentences it must decide and sentences it must leave alone.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const SPORT_LABEL_ROW: ListsRow<'sports' | 'qualifiers'> = {
  id: 'none.sport-section-label',
  value: {
    // Sports that organisation.sport-body does not list (its list is read too).
    sports: words(`baseball softball handball skiing biathlon judo wrestling fencing snooker darts lacrosse
      motorsport chess bobsleigh luge polo squash weightlifting karate surfing canoeing kayaking climbing
      sevens hockey`),
    // Lowercase words that name the branch of a sport in such a label ("Rugby union", "Ice hockey").
    qualifiers: words('union league ice field table beach alpine motor track road mountain and'),
  },
  reason:
    'A sports roundup opens each paragraph with the sport and a colon ("Rugby union: the hosts won …", "Baseball: The Owls lost …", "Ice hockey: …"). The model, seeing a capitalised word open the line, reads the sport as a body or a person. One to three words opening a line right before a colon, each a sport (these, or the sports of organisation.sport-body) or a word that names its branch ("union", "league", "ice", "table"), at least one a sport, are a label and no name. A body named with the sport and a country or "World" ("Rugby Australia:", "World Athletics:") has a word that is neither, and is left. A one-word label the model reads as a place, or the map knows, is a town\'s dateline and is left ("Rugby: A fire closed two shops …"; review, stop 49).',
  examples: [
    {
      text: 'Baseball: The Portside Mariners lost to the Ridgeline Hawks 5-1 on Sunday.\n\nRugby union: Tonga beat Samoa 27-20 in Apia.',
      expect:
        'organization:Portside Mariners | organization:Ridgeline Hawks | organization:Tonga | organization:Samoa | place:Apia',
    },
  ],
};

export const BLIND_NEWS_ROWS_28: readonly RuleRow<unknown>[] = [SPORT_LABEL_ROW];
