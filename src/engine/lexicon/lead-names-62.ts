/**
 * Name rows of the lead's reading in stop 62 (issue #9): patterns met in invented news that hold
 * in any news. detect/lead-rules-62.ts reads them; lexicon/rows.test.ts runs the examples.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const LEAGUE_SIDE_TOWN_ROW: RuleRow<{ nouns: readonly string[]; unsure: number }> = {
  id: 'sport.league-side-town',
  // Nouns for a team that a league's or division's name stands before.
  // A person reading the row may override: the model below this, with no given name first.
  value: { nouns: words('side outfit club'), unsure: 0.5 },
  reason:
    'Football reports name a club by its division and a word for a team: "knocked out by Championship side Sunderland", "Serie A side Lazio", "League One outfit Wycombe". The town after it was read as the place (or left unread), and the division, one capitalised word, as a person. A capitalised name, then one of these nouns in lowercase, then a capitalised name of one or two words is a division and a club: the name after the noun is an organisation where it was read as a place or left unread, or as a person the model is unsure of (below 0.5) that opens with no given name, and the name before it an organisation on the same terms. "The Liverpool side Jurgen Klopp built", "the England side Gareth Southgate picked" name a manager after the noun (review of stop 62): a sure person or a given name keeps its reading. A lowercase word before the noun ("the away side Sunderland") is no division and the row leaves it.',
  examples: [
    {
      text: 'Serie A side Lazio signed the striker from Bundesliga club Mainz.',
      expect: 'organization:Serie A | organization:Lazio | organization:Bundesliga | organization:Mainz',
    },
    {
      text: 'Brentford beat League One outfit Wycombe 3-1 on Tuesday.',
      expect: 'organization:Brentford | organization:League One | organization:Wycombe',
    },
    // Must not fire: a lowercase word before the noun, a day after it.
    {
      text: 'The away side Leeds United were never in danger.',
      expect: 'organization:Leeds United',
    },
    {
      text: 'The Pakistani side Sunday rejected the claim.',
      expect: '',
    },
    {
      text: 'The Arsenal side Arsene Wenger built went unbeaten.',
      expect: 'organization:Arsenal | person:Arsene Wenger',
    },
  ],
};

export const LEAD_NAME_ROWS_62: readonly RuleRow<unknown>[] = [LEAGUE_SIDE_TOWN_ROW];
