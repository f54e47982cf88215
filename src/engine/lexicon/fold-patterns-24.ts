/**
 * Fold rows 24 (helper ents42c, issue #9): the families fold rows 23 left on the study folds
 * (players named by one name in a match report, people named after a word of kin), found in the
 * errors of the study folds (0–2, `folds.ts --study`, counted by cause with
 * scripts/train/fold-causes.ts) of the training documents; the check folds (3–4) are read by their
 * totals only. The rules are in detect/fold-rules-24.ts; applyNameRules calls
 * `applyFoldPatternRows24` right after the fold-23 rows. Example texts are written for the rows,
 * not taken from a fold or a batch.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const PLAYER_ACTION_ROW: ListsRow<'verbs' | 'strikes' | 'leads' | 'balls' | 'calls' | 'away' | 'scores'> = {
  id: 'person.player-action',
  value: {
    // What one player does with the ball, written right after the player's one name ("Silva headed …").
    verbs: words('headed volleyed nodded slotted curled tapped chipped lobbed side-footed dribbled'),
    // What such a verb must reach within three words to be a strike: "headed the opener", "curled
    // home a second", "nodded in", "volleyed wide" ("Okafor headed the inquiry", "Botafogo headed
    // the table" reach none).
    strikes: words(`
      home in wide over past opener winner equaliser equalizer leveller goal goals second third fourth
      header shot effort chance penalty post bar crossbar corner net`),
    // "X doubled the lead": a scorer (a side "doubled its lead"; "extended the lead" is a side's too).
    leads: words('doubled'),
    // "from a X cross": the passer's name before the ball he gave.
    balls: words('cross pass through-ball lay-off flick'),
    // "call up X", "called up X": a coach picks a player.
    calls: words('call calls called calling'),
    // Right after the verb: a move, not a strike ("Silva headed to Madrid").
    away: words('to for towards toward back into out off up down north south east west abroad'),
    // Lead (stop 54): "despite 64 from Litton Das", "a header from Ana Ruiz": what a player made,
    // before "from" and the player's full name (a number of runs stands for it too).
    scores: words('goal goals header penalty strike double brace hat-trick try tries century fifty runs'),
  },
  reason:
    'Match reports name players by one name, often a nickname or a Brazilian or Portuguese first name ("Pedro headed the opener from a Gerson cross, and Arrascaeta doubled the lead"; "the coach is expected to call up Pedro"); the model, with no given name and no title, leaves the name unread or reads a place (a study-fold football report: 4 names on both seeds). In a sports report (a quarter of its sentences with a sport word or a score) or a sentence about sport, one capitalised word that no rule read and that the model leaves unread or reads below 0.6 as a place or a body is a person when it stands right before a verb of one player\'s touch ("headed", "volleyed", "nodded", "slotted", "curled", "chipped", …) that reaches a strike within three words ("the opener", "home", "in", "wide", "a second", …; not "headed to Madrid", "headed the inquiry", "headed the table"), before "doubled the lead", between "a" and a pass ("a Gerson cross", "an Alves through-ball"), or right after "call up" / "called up". Not a word of the language ("Defence headed clear"), not a known body, not a place the map knows ("a Liverpool cross", "called up Wellington"), not a name of two words or more, not outside sport ("Okafor headed the inquiry": no sports report). After a number or what a player made and "from", two or three such capitalised words ending the name (no possessive after) are the player\'s full name ("despite 64 from Litton Das", "a header from Ana Ruiz"; lead, stop 54); not a place the map knows ("a goal from New Zealand").',
  examples: [
    {
      text: 'Manchester City beat Leeds 2-0 on Saturday. Two goals from Erling Haaland sank them.',
      expect: 'organization:Manchester City | organization:Leeds | person:Erling Haaland',
    },
    {
      text: 'Santos beat Vasco 2-1 on Sunday. Marcão headed the opener, and Wesley doubled the lead before half-time. The coach will call up Marcão for the qualifiers.',
      expect: 'organization:Santos | organization:Vasco | person:Marcão | person:Wesley | person:Marcão',
    },
    {
      // No sport: the row leaves "Okafor" (which the model leaves unread) alone.
      text: 'Okafor headed the inquiry into the bank. Investors fled to Lagos.',
      expect: 'place:Lagos',
    },
  ],
};

export const KIN_NAME_ROW: ListsRow<'kin' | 'owners'> = {
  id: 'person.kin-name',
  value: {
    // Words of kin a person's name follows as an apposition ("his brother Dean", "her son Hunter").
    kin: words(`
      brother brothers sister sisters son sons daughter daughters wife husband father mother parents
      uncle aunt nephew niece cousin grandson granddaughter grandfather grandmother widow widower
      stepson stepdaughter stepfather stepmother fiancé fiancée fiance fiancee partner twin`),
    // What stands before the word of kin: a possessive or "the".
    owners: words('his her their my our your the'),
  },
  reason:
    'Biographies, features and interviews name relatives right after the word of kin ("Sam and his brother Dean drive …", "naming the brother Petronios as his successor", "her husband Mark"); a given name that is also a word of the language ("Dean", "Mark", "Will") or an unusual one is left unread or read as a place or a body (study folds: 2 names on both seeds, both biographies). One to three capitalised words on the line right after a possessive ("his", "her", "their", …) or "the" and a word of kin, that no rule read and that the model leaves unread or reads below 0.6 as something else, are a person. Not a title after the word of kin ("her father Judge Ruiz": the title\'s rows read it), not a sentence opening, not a known body or a place the map knows ("their son Paris"? left to the model), not when the words run on as a longer name ("the sister company Acme" has no capital after the kin word; "his brother Dean Foods" is read whole by the model and left).',
  examples: [
    {
      text: 'The singer and her husband Dean drove to the hospital on Monday.',
      expect: 'person:Dean',
    },
    {
      text: 'The sister company Orlen Lietuva said its profit rose.',
      expect: 'organization:Orlen Lietuva',
    },
  ],
};

export const FOLD_PATTERN_ROWS_24: readonly RuleRow<unknown>[] = [PLAYER_ACTION_ROW, KIN_NAME_ROW];
