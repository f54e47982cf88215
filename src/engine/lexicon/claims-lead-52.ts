/**
 * Rows of the lead's reading in stop 52 (issue #9): patterns of English met in invented news wires
 * that hold in any news. Kept in a file of its own so a merge with the claims helpers is a union.
 * claims-lead-52.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row speaker.subject.name-before-possessed-description (npLeftOf, claims/speaker.ts): '"…,"
 * Lee-Anne Mulholland, Google's global head of regulatory affairs, said' — a description opening
 * with an organisation's possessive is an aside about the person named before its comma.
 */
export const NAME_BEFORE_POSSESSED_DESCRIPTION: RuleRow<boolean> = {
  id: 'speaker.subject.name-before-possessed-description',
  value: true,
  reason:
    'A segment between commas before the cue that opens with a capital was read as the speaker itself ("…, Jeff Rathke, said"), so "Lee-Anne Mulholland, Google\'s global head of regulatory affairs, said in a blog post" gave the speaker "Google\'s global head of regulatory affairs" while "Anne Mulholland, the firm\'s head of affairs, said" gave the person. A segment made of capitalised words, a possessive and then a lowercase word is a description like "the firm\'s head"; when a person\'s name ends right before its comma, that person is the speaker.',
  examples: [
    {
      text: '"The decision is wrong," Lee-Anne Mulholland, Google\'s global head of regulatory affairs, said in a blog post.',
      expect: 'Lee-Anne Mulholland',
    },
    { text: "Maria Keane, Acme Bank's chief economist, said rates would fall.", expect: 'Maria Keane' },
    // Must leave: no person before the segment, and a name after a description.
    { text: "In a statement, Google's head of affairs said the ruling was wrong.", expect: "Google's head of affairs" },
    { text: "Google's global head of affairs, Anne Mulholland, said the ruling was wrong.", expect: 'Anne Mulholland' },
  ],
};

/**
 * Row speaker.subject.name-across-comma (sourceOnLeft, claims/claims.ts): "…, the Meteorology,
 * Climatology and Geophysical Agency (BMKG) said" — a comma inside a found name does not cut it.
 */
export const NAME_ACROSS_COMMA: RuleRow<{ maxBefore: number }> = {
  id: 'speaker.subject.name-across-comma',
  /** Most tokens of the name before the comma. */
  value: { maxBefore: 6 },
  reason:
    'The subject before a cue is read back to the nearest comma, so a body whose name lists its fields with commas ("the Meteorology, Climatology and Geophysical Agency (BMKG) said") gave the speaker "Climatology and Geophysical Agency", though the mention layer had found the whole name. When the subject opens right after a comma, no name starts at its first word, and a name found within six tokens before the comma runs on to the subject\'s end, the subject is that whole name (speaker.subject.body-of-list does this only after "Ministry of …").',
  examples: [
    {
      text: 'The quake struck at night, the Meteorology, Climatology and Geophysical Agency (BMKG) said.',
      expect: 'Meteorology, Climatology and Geophysical Agency',
    },
    // Must leave: a list of bodies, each its own name.
    // (review, stop 52: the row is reached only by a subject after a comma).
    { text: 'The road was closed, the police, the army and the Red Cross said.', expect: 'the Red Cross' },
  ],
};

/**
 * Row speaker.subject.possessor-body (leadingSubject, claims/claims.ts): "Peru's Congress voted …,
 * citing …" — a place's or a body's organisation after the possessive is the subject.
 */
export const POSSESSOR_BODY: RuleRow<boolean> = {
  id: 'speaker.subject.possessor-body',
  value: true,
  reason:
    'A participle\'s source ("…, citing …", "…, saying …") and a coordinated verb\'s ("… and said") are read from the sentence\'s start; past a possessive only lowercase words were taken ("Kenya\'s parliament"), so "Peru\'s Congress voted late on Wednesday to remove the president, citing \'permanent moral incapacity\'" gave the speaker "Peru", while "Peru\'s Congress said" gave Congress. An organisation\'s name found right after the possessive of a name that is no person runs the subject through it.',
  examples: [
    {
      text: 'Peru\'s Congress voted late on Wednesday to remove the president, citing "permanent moral incapacity".',
      expect: 'Congress',
    },
    { text: "Peru's Congress voted to remove the president and said the vote was legal.", expect: 'Congress' },
    // Must leave: a lowercase body after the possessive, and a person's possessive.
    {
      text: "Kenya's parliament voted on Tuesday to remove the governor, saying he had broken the law.",
      expect: "Kenya's parliament",
    },
    // People of the body (review, stop 52).
    { text: "Italy's Fiat workers went on strike on Monday, saying pay was too low.", expect: "Italy's Fiat workers" },
  ],
};
