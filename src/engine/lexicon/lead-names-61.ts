/**
 * Name rows of the lead's reading in stop 61 (issue #9): patterns met in invented news that hold
 * in any news. detect/lead-rules-61.ts reads them; lexicon/rows.test.ts runs the examples.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const HEADLINE_HEAD_NOUN_ROW: RuleRow<readonly string[]> = {
  id: 'none.headline-head-noun',
  value: words(`School University College Academy Hospital Clinic Airport Port Harbour Council Court Prison
    Police Museum Library Church Cathedral Mosque Temple Station Railway Rail Bank Club Stadium Zoo
    Mine Refinery Factory Plant Hotel Theatre Festival Union Party Parliament Government Ministry
    Army Navy Embassy Charity Trust Airline Regulator Watchdog`),
  reason:
    'A headline opens with the common noun of a kind of institution or place, capitalised only by its place, before a lowercase word ("School trust rebuked over exam results", "University staff vote to strike", "Airport expansion approved"); the model reads the lone capital as a one-word organisation or place. Such a word opening a headline (a line without final punctuation), before a lowercase word, is no name unless the document names it alone inside a sentence too or a rule decided it. A body sentence keeps it ("University said …" is no headline), as does a longer name ("University of Leeds staff strike").',
  examples: [
    {
      text: 'School trust rebuked over exam results\n\nInspectors said the Pennine Learning Trust had failed pupils in Burnley.',
      expect: 'organization:Pennine Learning Trust | place:Burnley',
    },
    {
      text: 'Airport expansion approved\n\nThe council in Bristol approved the plan on Monday.',
      expect: 'place:Bristol',
    },
  ],
};

export const PARTNER_AFTER_AND_ROW: RuleRow<{ unsure: number; before: readonly string[] }> = {
  id: 'organisation.partner-after-and',
  // The pair must follow a word that makes both its members owners, operators or holdings.
  value: { unsure: 0.5, before: words('by in') },
  reason:
    'Two firms are named as partners or rivals with "and" between them ("owned by FirstGroup and Keolis", "run by Arriva and Keolis"); the model reads the first, which it knows, and leaves the second, a one-word name it has not met, unread or a person below 0.5. A lone capitalised word on the line right after an organisation and "and", that ends there, is no common word, given name or place the map knows, and that nothing or only such an unsure person reading took, is an organisation too; so is the same word alone elsewhere in the text where only such a reading took it ("Keolis declined to comment"). A surname after a firm stays a person where the model is sure of one (a person of 0.5 or more keeps); and since a body and a person are often named as a pair ("The BBC and Lineker reached an agreement", "talks between the RMT and Haigh"), the pair must follow "by" or "in" ("owned by", "run by", "shares in", "invested in"), which make both members firms. The first member counts as a firm where the model read it otherwise but the document reads the same words as a firm elsewhere, with more of the model\'s weight on a firm over all their readings ("owned by FirstGroup and Keolis … FirstGroup said it would appeal", the first an unsure person: fold rows 33). Not after "in" where the model read the first member as a place: "homes in Tunbridge Wells and Pembury" named two towns, and the town\'s council elsewhere ("Tunbridge Wells Borough Council") made the first a firm by the document\'s vote and the village a firm with it (ents64a, batch 128).',
  examples: [
    {
      text: 'The operator, owned by FirstGroup and Keolis, cancelled many trains. Keolis declined to comment.',
      expect: 'organization:FirstGroup | organization:Keolis | organization:Keolis',
    },
    {
      text: 'Shares in Siemens and Alstom rose in Paris.',
      expect: 'organization:Siemens | organization:Alstom | place:Paris',
    },
    // Must not fire: a body and a person named as a pair.
    {
      text: 'The talks between the RMT and Haigh broke down.',
      expect: 'organization:RMT',
    },
  ],
};

export const LEAD_NAME_ROWS_61: readonly RuleRow<unknown>[] = [HEADLINE_HEAD_NOUN_ROW, PARTNER_AFTER_AND_ROW];
