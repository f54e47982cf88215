/**
 * Rows for the weak patterns issue #9 names, fifth round (helper ents36b, 5 Dec 2026), each found
 * failing on probe texts of our own (detect/lexicon-gaps-36b.cases.ts, gold committed before the
 * first run): national sides named by their country in frames only a side fills (cricket's toss,
 * margins and innings, a coach or captain), and short firms of an all-caps word and a capitalised
 * word. The rules that apply them are in detect/leftover-rules-12.ts, called by applyNameRules after
 * the leftover-11 rows.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const NATIONAL_SIDE_FRAME_ROW: RuleRow<{
  toss: readonly string[];
  out: readonly string[];
  margins: readonly string[];
  roles: readonly string[];
  opponents: readonly string[];
  named: readonly string[];
  squads: readonly string[];
  meets: readonly string[];
  modals: readonly string[];
  innings: readonly string[];
}> = {
  id: 'sport.national-side-frame',
  value: {
    // "<side> won the toss", "lost the toss".
    toss: words('won lost wins loses'),
    // "<side> were bowled out", "were all out".
    out: words('were was are is'),
    // "… by four wickets", "by 120 runs", "by an innings": a margin only a side wins by.
    margins: words('wickets wicket runs run innings'),
    // "<side> coach <person>": the side's coach or captain.
    roles: words('coach captain skipper'),
    // In a sentence whose side the frame found, a place after these is the other side.
    opponents: words('against face faces meet meets'),
    // "<side> named its squad", "named two uncapped players in its squad": a squad word a few words on.
    named: words('squad squads XV players caps side'),
    // "the <side> squad" in a sentence about sport. Not "team": "The Georgia team won" is a place
    // in none.demonym-before-noun's test (blind-rules-5), so that reading is left as it was.
    squads: words('squad XV'),
    // "<side> will face <side>" in a sentence about sport.
    meets: words('face faces meet meets'),
    modals: words('will would'),
    // "<side> made 187-6", "reached 210 for four": verbs before an innings' total and its wickets.
    innings: words('made reached posted scored were'),
  },
  reason:
    'National sides are named by their country or region ("Ireland won the toss", "Sri Lanka were bowled out for 143", "Bangladesh chased down 245", "Australia declared on 450"), and the batches mark a side as an organisation (sport.place-team\'s convention; ../shared/eval\'s rule that a country acting is a place is for governments). sport.place-team reads a place beside beat/drew/against only in a sentence with a score or a sport word, and cricket\'s sentences have neither ("won by seven wickets" is no score of its rows, "toss" no sport word). A country or region the map knows (or one to two capitalised words read as nothing or as a person with no given name first, before a margin only), right before a frame only a side fills — won/lost the toss, were bowled out / all out, chased down, declared on/at a number, won/lost/beat … by a number of wickets or runs or by an innings, or coach/captain/skipper and a person — is the side, an organisation; so is a place after "against" or "face" in that sentence. Not "Ireland said it would send ships" (no frame), not a person winning the toss (a place only), not "declared a state of emergency" (on/at and a number). Frames with no score in the sentence (ents37b, probe texts of lexicon-gaps-37b): a country or region before \'s and coach/captain/skipper (or "head coach") and a person, a comma or a verb of saying ("Fiji\'s coach said", "Argentina\'s captain Julián Montoya"; the batches mark "[[O Indonesia]]\'s coach" so; not "Britain\'s coach operators"); before "named" and, a few words on, squad/players/caps/side/XV ("Samoa named its squad"; not "named a new ambassador"); after "the" and before squad/XV in a sentence about sport ("The Fiji squad flew home"; not "team": "The Georgia team won" stays a place, none.demonym-before-noun\'s test); before face/meet (after will/would or not) and a country, a side or "them" in a sentence about sport ("Tonga will face Samoa in the final"; not "will face Britain in talks"), the other side too. An innings\' total with its wickets after made/reached/posted/scored/were (ents45b, probe texts of lexicon-gaps-45b): "Sri Lanka made 187-6", "Pakistan reached 210 for four", a total of two or more digits, then a dash or a slash glued to it and a number of wickets up to ten, or "for" and such a number (in figures or words); not "Pakistan reached a deal", not "made 2-1" (a football score is no innings\' total). Not "for N" before a noun ("Arizona reached 118 for five days", "Turnout reached 210 for four straight elections": "for four" ends its clause or goes on with a preposition or "wickets"), not a range before percent ("20-5 percent"), not a common word read as nothing ("Prices were …"), and after "were" only a side already read ("Losses were 187-6 in the model"; mendN55).',
  examples: [
    {
      text: 'Ireland won the toss and chose to bat first against Zimbabwe in Harare.',
      expect: 'organization:Ireland | organization:Zimbabwe | place:Harare',
    },
    {
      text: 'Wales coach Warren Gatland named an unchanged side.',
      expect: 'organization:Wales | person:Warren Gatland',
    },
    {
      text: 'Ireland said it would send two ships to help with the rescue.',
      expect: 'place:Ireland',
    },
    {
      text: 'Tonga will face Samoa in the final on Saturday.',
      expect: 'organization:Tonga | organization:Samoa',
    },
    {
      text: "Fiji's coach said the team would not change its style.",
      expect: 'organization:Fiji',
    },
    {
      text: 'Sri Lanka made 187-6 in their 20 overs.',
      expect: 'organization:Sri Lanka',
    },
    {
      text: 'Ireland will face Britain in talks on the border.',
      expect: 'place:Ireland | place:Britain',
    },
  ],
};

export const CAPS_WORD_FIRM_ROW: RuleRow<readonly string[]> = {
  id: 'organisation.caps-word-firm',
  // Nouns for a body that may stand right before the firm ("the union IF Metall").
  value: words('union company firm group utility carrier airline bank insurer maker operator'),
  reason:
    'Nordic, Swiss and Korean firms are named by a short all-caps word and one capitalised word ("HS Orka", "IF Metall", "SR Technics", "SK Hynix"): the shape of initials before a surname ("JD Vance"), so the model reads a person. Such a pair (two or three capitals, not a title, place or state; the second word no given name, both unread or read together as one person) is a body when the sentence says so: a body noun right before it ("the union IF Metall"), or "its" after it in the same sentence with no he/she and no other name between ("HS Orka said its plant was safe", "SR Technics will cut 300 jobs at its base"). Initials before a surname with no such sign stay a person ("JD Vance spoke at a rally").',
  examples: [
    {
      text: 'HS Orka said its power plant near the lava field was safe.',
      expect: 'organization:HS Orka',
    },
    {
      text: 'JD Vance spoke at a rally in Ohio on Monday.',
      expect: 'person:JD Vance | place:Ohio',
    },
  ],
};

export const NEWS_LEFTOVER_ROWS_12: readonly RuleRow<unknown>[] = [NATIONAL_SIDE_FRAME_ROW, CAPS_WORD_FIRM_ROW];
