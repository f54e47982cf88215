/**
 * Claims rows of the lead's reading in stop 62 (issue #9): patterns met in invented news that hold
 * in any news. claims/claims.ts reads them; claims-lead-62.test.ts runs the examples.
 */
import type { RuleRow } from './rule-row';

/** Row claim.tail.adjunct-chain (claims/claims.ts `adjunctChain`). */
export const ADJUNCT_CHAIN: RuleRow<{ prepositions: readonly string[]; phraseWords: number; maxWords: number }> = {
  id: 'claim.tail.adjunct-chain',
  value: {
    // Prepositions that open one more time, place or occasion phrase after the first.
    prepositions: ['on', 'in', 'at', 'after', 'before', 'during', 'following', 'with', 'to', 'from', 'by', 'for', 'of'],
    phraseWords: 6,
    maxWords: 14,
  },
  reason:
    'A trailing source ("…, the two governments said in a joint statement.") reports the clause before its comma when only a short adjunct (six words at most, row claim.tail.adjunct-opener) follows the cue. Wires chain such phrases: "Kenya and Ethiopia have agreed to reopen the crossing, the two governments said in a joint statement on Sunday after talks in Addis Ababa." — nine words, so the chain after the cue became the content and the agreement was lost. A chain of phrases each opened by a preposition and each at most six words, fourteen in all, with no "that", no quotation, no comma and no word that opens a clause, is still the circumstances of saying, when the source follows a comma.',
  examples: [
    {
      text: 'Kenya and Ethiopia have agreed to reopen the crossing from January, the two governments said in a joint statement on Sunday after talks in Addis Ababa.',
      expect: 'Kenya and Ethiopia have agreed to reopen the crossing from January',
    },
    {
      text: 'The plant will close in March, the company said in a filing to the stock exchange on Friday after the market closed.',
      expect: 'The plant will close in March',
    },
    // Must leave: a clause after the chain is what was said.
    {
      text: 'In a statement, officials said on Sunday after talks in Geneva they would meet again.',
      expect: 'on Sunday after talks in Geneva they would meet again',
    },
  ],
};

/** Row speaker.description.court-officer (claims/speaker.ts `describe`). */
export const COURT_OFFICER: RuleRow<readonly string[]> = {
  id: 'speaker.description.court-officer',
  value: ['judge', 'magistrate', 'coroner', 'prosecutor', 'sheriff'],
  reason:
    'A description no stated role fits falls back on the person just spoken of: "Alcaraz won. The Spaniard said …" is Alcaraz. In court reports the person just spoken of is the one before the court: "Tom Hale was jailed for six years. The judge said Hale had lied." gave the judge\'s words to Hale. The officers of a court or an inquest are never the person it tries or examines: such a description passes over a person the article gives no role at all ("Assistant U.S. Attorney Miriam Feld … The prosecutor said" still finds her), and stays as written when no one else fits.',
  examples: [
    { text: 'Tom Hale was jailed for six years. The judge said Hale had lied.', expect: 'judge' },
    { text: 'Anna Ruiz, 34, was fined on Friday. The magistrate said she had shown no remorse.', expect: 'magistrate' },
    // Must leave: a person the article gives the role.
    { text: 'Judge Rhys Rowlands jailed Tom Hale. The judge said Hale had lied.', expect: 'Rhys Rowlands' },
  ],
};

/** Row cue.verb.knowledge.quoted-object (claims/cues.ts `complementOk`). */
export const KNOWLEDGE_QUOTED_OBJECT: RuleRow<boolean> = {
  id: 'cue.verb.knowledge.quoted-object',
  value: true,
  reason:
    'Verbs that report a "that" clause (cue.verb.knowledge: found, showed, proved, ruled, agreed) also counted as cues when a quotation opened within a few words after them. Right after the verb a quotation is its object, a phrase someone else chose: "The judge said Hale had shown "no remorse at all"" made a second, direct claim that gave the judge\'s words to Hale. After such a verb a quotation that opens right after it makes it a cue only past a colon or a comma (one inside the clause, "found the school had "serious weaknesses"", still does) ("The panel found: "…""); a quotation closing before it ("…," the judge ruled) still does.',
  examples: [
    { text: 'Tom Hale was jailed. The judge said Hale had shown "no remorse at all".', expect: 'said' },
    { text: 'The judge said Hale had proved "a danger to the public".', expect: 'said' },
    // Must leave: a quotation past a colon or before the verb.
    { text: 'The panel found: "The fire was started deliberately."', expect: 'found' },
    { text: '"The fire was started deliberately," the panel found.', expect: 'found' },
    // Review of stop 62: a quotation inside the clause found still makes the verb a cue.
    { text: 'Ofsted found the school had "serious weaknesses" in leadership.', expect: 'found' },
    { text: 'Scientists showed the drug "works in mice".', expect: 'showed' },
  ],
};

/** Row speaker.description.organization.unnamed-body-other-kind (claims/speaker.ts, the organisation descriptions). */
export const UNNAMED_BODY_OTHER_KIND: RuleRow<boolean> = {
  id: 'speaker.description.organization.unnamed-body-other-kind',
  value: true,
  reason:
    'speaker.description.organization.unnamed-body-that-spoke gives "the department" to the unnamed body that spoke with that head ("The provincial health department said …") only while the nearest organisation has not spoken. A health story quotes the World Health Organization late, then closes "…, the department said.": the claim went to the WHO, whose name ends in a kind of its own. When the nearest organisation\'s name ends in another body noun ("Organization", "Institute", "Commission") than the description\'s head, it is not what "the department" means, and the unnamed department that spoke is.',
  examples: [
    {
      text: 'The provincial health department said most cases were in young children. The World Health Organization has warned of a global rise in measles. Vaccination is free at all clinics, the department said.',
      expect: 'provincial health department',
    },
    // Must leave: an organisation named with the head, or whose name declares no kind.
    {
      text: 'The provincial health department said most cases were in young children. The Department of Health said it would send nurses. Vaccination is free at all clinics, the department said.',
      expect: 'Department of Health',
    },
  ],
};
