/**
 * Rows of claims32b (issue #9: probe texts in claims/probes-32b.cases.ts, gold written first).
 * Kept in a file of its own so a merge with the other claims helpers is a union.
 * claims-32b.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row speaker.transcript.mixed-case-label: "Renwick: …" / "Alison Renwick: …" name lines of an
 * interview of two people, written in mixed case.
 */
export const TRANSCRIPT_MIXED_CASE_LABEL: RuleRow<{
  /** Turns each of at least two people must have before mixed-case labels count. */
  minTurnsEach: number;
}> = {
  id: 'speaker.transcript.mixed-case-label',
  value: { minTurnsEach: 2 },
  reason:
    'Interviews of two people are printed with name lines in capitals ("VANCE: …", already row speaker.transcript.turn) or in mixed case ("Renwick: …"), which was not read, so none of the answers was a claim (probes-32b: seven answer sentences missed). A mixed-case word before a colon at a paragraph\'s start is a heading or a label as often as a name ("Note:", "Update:", "Editor\'s note:", "Kane: quiet first half" in a player-ratings list), so only labels that are the full name or the surname of a person the text names count, and only when at least two such people each have at least two turns: a dialogue, not a list of one entry per person.',
  examples: [
    {
      text: 'Alison Renwick and Emeka Okonjo both teach at Hillside Academy.\n\nRenwick: Nobody wanted to strike. We tried for eight months to settle this.\n\nOkonjo: The offer was 2 percent, and rents went up 9 percent last year.\n\nRenwick: Our pupils are the ones who lose in the end.\n\nOkonjo: We will be back in the classroom the day they make a fair offer.',
      expect: 'Alison Renwick|Emeka Okonjo',
    },
    // Must leave: one entry per person (a ratings list), and labels that name no one in the text.
    {
      text: 'Harry Kane and Bukayo Saka both started on Saturday.\n\nKane: Quiet in the first half but took his goal well after the break.\n\nSaka: Lively on the right and set up the second goal with a fine cross.',
      expect: '',
    },
    {
      text: 'The council met on Tuesday to discuss the budget.\n\nNote: The figures below are for the year to March and have not been audited.\n\nUpdate: The meeting was adjourned until next week after a fire alarm went off.',
      expect: '',
    },
  ],
};

/**
 * Row speaker.inverted.of-lowercase-body: '"…," said Dr. Thandi Mbatha of the regional health
 * office' — a person's body after "of the" written in lowercase.
 */
export const INVERTED_OF_LOWERCASE_BODY: RuleRow<{ articles: readonly string[]; maxWords: number }> = {
  id: 'speaker.inverted.of-lowercase-body',
  value: { articles: ['the', 'a'], maxWords: 5 },
  reason:
    'After a quotation the inverted source is often a person and the body they work for, described in lowercase ("said Thandi Mbatha of the regional health office", "said Ana Gomez of the local residents\' association"). Row speaker.inverted.of-affiliation only reads a capitalised body, so the tag did not end at punctuation and the subject was looked for inside the quotation ("neighbours" was named the speaker). Only right after a closing quotation mark, when a person\'s name is followed by "of the"/"of a" and at most five lowercase words ending at punctuation or the sentence\'s end, the last of which heads an organisation\'s description (office, council, board, union, …: ORG_DESCRIPTORS), the source is the name alone. "said Ana Gomez of the problems she faced" is left to the other rows.',
  examples: [
    {
      text: '"Check on your neighbours, especially those who live alone," said Thandi Mbatha of the regional health office.',
      expect: 'Thandi Mbatha',
    },
    {
      text: '"The road will reopen on Monday," said Peter Novak of the county roads department.',
      expect: 'Peter Novak',
    },
    {
      text: '"Stay indoors after noon," said Dr. Thandi Mbatha of the regional health office.',
      expect: 'Thandi Mbatha',
    },
    // Must leave: no body after "of the" ("" = no claim, as before the row), and a capitalised body
    // (row speaker.inverted.of-affiliation's).
    { text: '"I have seen worse," said Peter Novak of the problems his crew faced.', expect: '' },
    {
      text: '"The road will reopen on Monday," said Peter Novak of the Slovak Roads Agency.',
      expect: 'Peter Novak',
    },
  ],
};

/**
 * Row claim.recall.quantity-object: "Fenwood Dairies recalled 40,000 pots of yoghurt" — a product
 * recall, not a memory told.
 */
export const RECALL_QUANTITY_OBJECT: RuleRow<{ forms: readonly string[]; before: readonly string[] }> = {
  id: 'claim.recall.quantity-object',
  value: {
    forms: ['recall', 'recalls', 'recalled', 'recalling'],
    before: ['about', 'some', 'nearly', 'almost', 'around', 'roughly', 'over', 'more', 'than', 'up', 'to'],
  },
  reason:
    '"Recall" is a cue of remembering ("She recalled that the door was open", "He recalled how …"), but in business and consumer news a company "recalled 40,000 pots of yoghurt" or "is recalling 1.2 million cars": goods taken back, nothing said (probes-32b: a false claim). When a number follows the verb, past at most a few words of approximation ("about", "more than", "up to"), the object is a quantity of goods, so the sentence is no claim. "recalled that 40 people had died" and "recalled how 200 workers …" keep their clause.',
  examples: [
    {
      text: 'Fenwood Dairies recalled 40,000 pots of strawberry yoghurt on Tuesday after finding plastic in one batch.',
      expect: '',
    },
    { text: 'The carmaker is recalling about 1.2 million vehicles over a faulty airbag.', expect: '' },
    // Must not fire: a clause after "recalled".
    { text: 'She recalled that 40 people had been trapped in the mine.', expect: 'recalled' },
    { text: 'He recalled the night the factory burned down.', expect: 'recalled' },
  ],
};
