/**
 * Rows of claims36 (issue #9, blind claim batch 92: a Wikinews court ruling quoting the judgment,
 * a space agency report, a disaster report, a Reuters politics wire with anonymous sources and a
 * White House briefing, an earnings wire). Kept in a file of its own so a merge with the other
 * claims helpers is a union. claims-36.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';
import { ADJUNCT_PREPOSITIONS } from './speaker-words';

/**
 * Row cue.verb.read.document.legal (extends claims33's cue.verb.read.document): "'…,' the
 * judgment reads." — court and official papers quoted with "read".
 */
export const READ_LEGAL_DOCUMENT: RuleRow<{ nouns: readonly string[] }> = {
  id: 'cue.verb.read.document.legal',
  value: {
    nouns: [
      'judgment',
      'judgement',
      'ruling',
      'decision',
      'verdict',
      'order',
      'opinion',
      'filing',
      'complaint',
      'indictment',
      'lawsuit',
      'motion',
      'petition',
      'affidavit',
      'resolution',
      'communique',
      'communiqué',
      'declaration',
      'report',
      'document',
      'summary',
      'transcript',
      'agreement',
      'treaty',
    ],
  },
  reason:
    'Court reports quote the judgment itself: "\'The state cannot treat every citizen as a suspect,\' the judgment reads." (batch 92) was read as one more quotation of "The judges" of the sentence before, since claims33\'s row cue.verb.read.document lists letters, statements, notices and posts but no paper of a court or an assembly. The same two frames (a quotation closing right before "the judgment read(s)", or "The ruling reads:" and a quotation after the colon) with the papers of courts, prosecutors and official bodies — judgment, ruling, decision, verdict, order, opinion, filing, complaint, indictment, lawsuit, motion, petition, affidavit, resolution, communique, declaration, report, document, summary, transcript, agreement, treaty — report the paper\'s words. Without a quotation beside it "read" stays an act ("The judge read the verdict to a silent courtroom"), as in the row it extends.',
  examples: [
    { text: '"The state cannot treat every citizen as a suspect," the judgment reads.', expect: 'reads' },
    { text: 'The ruling reads: "The applicant\'s detention was unlawful."', expect: 'reads' },
    { text: '"Both sides share the blame for the delay," the report read.', expect: 'read' },
    // Must not take: a document read aloud, and a report read with no quotation beside it.
    { text: 'The judge read the verdict to a silent courtroom.', expect: '' },
    { text: 'The report read like a list of complaints.', expect: '' },
  ],
};

/**
 * Row speaker.subject.past-adjunct.role-of-body: "At the daily briefing, White House press
 * secretary Dana Whitcomb declined … but said …" — past an opening adjunct, a body named before
 * a role and a person is the person's office, not the subject.
 */
export const ADJUNCT_ROLE_OF_BODY: RuleRow<null> = {
  id: 'speaker.subject.past-adjunct.role-of-body',
  value: null,
  reason:
    'A sentence that opens with an adjunct ("At the daily briefing,", "In a statement,") finds its subject as the first name after the adjunct\'s comma (subjectPastAdjunct, used for coordinated verbs and participles). "At the daily briefing, White House press secretary Dana Whitcomb declined to discuss the details but said the president …" (batch 92) gave "White House": the name found first was the body whose role the person holds. The same subject opening the sentence is read whole by the ordinary subject step ("White House press secretary Dana Whitcomb said …": a body, a lowercase role or a capitalised title, then the person). Past the adjunct, an organisation followed by such a role and a person now gives that whole subject, so the person speaks; an organisation that is itself the subject ("In a statement, the White House said …", "On Monday, Acme Corp cut its forecast, saying …") stays as it was. A possessor too (lead, stop 49, on an invented wire): "In a statement, the European Union\'s foreign affairs spokesperson Anitta Hipper welcomed … but urged …" gave the Union, and "At a briefing, Georgia\'s secretary of state … praised … and said …" lost its claim (a place was skipped and the possessive ended the search); a body or place with "\'s", a lowercase role and a person now gives that whole subject, ending at the person.',
  examples: [
    {
      text: 'At the daily briefing, White House press secretary Dana Whitcomb declined to discuss the details but said the president would act.',
      expect: 'Dana Whitcomb',
    },
    {
      text: 'On Tuesday, Kremlin spokesman Dmitry Orlov dismissed the report, saying it was "fiction".',
      expect: 'Dmitry Orlov',
    },
    {
      text: "In a statement, the European Commission's trade spokesperson Marta Kessel welcomed the vote but urged members to act.",
      expect: 'Marta Kessel',
    },
    {
      text: "At a briefing, Ohio's secretary of state Dale Harlan praised the count and said the results were final.",
      expect: 'Dale Harlan',
    },
    // Must leave: the body is the subject itself.
    {
      text: "In a statement, the union's leadership welcomed the vote but urged members to act.",
      expect: "union's leadership",
    },
    {
      text: 'At the daily briefing, the White House declined to discuss the details but said the president would act.',
      expect: 'White House',
    },
    {
      text: 'On Monday, Talbot Telecom cut its forecast for the year, saying demand had fallen.',
      expect: 'Talbot Telecom',
    },
  ],
};

/**
 * Row speaker.description.organization.institution-word-whole: "Harcourt Foods cut its forecast …
 * Sales will grow, the company said." — "the company" is not a court because "Harcourt" ends in
 * "court".
 */
export const INSTITUTION_WORD_WHOLE: RuleRow<{
  /** Institution words that end one-word compound names ("Commerzbank", "Bundesbank"). */
  compoundHeads: readonly string[];
}> = {
  id: 'speaker.description.organization.institution-word-whole',
  value: { compoundHeads: ['bank'] },
  reason:
    '"The company" skips an organisation whose name holds an institution word ("the company" is not "the Economy Ministry" or "Commerzbank"), and the check read any name word that ends in one: "Harcourt Foods cut its full-year sales forecast … the company said in a filing" (batch 92) left "the company" unresolved, because "Harcourt" ends in "court". Names such as "Delacourt" or "Agincourt" end in it by spelling alone. Institution words count whole ("Supreme Court", "Foods Union"); only those that form one-word compound names in the languages the news quotes ("Commerzbank", "Bundesbank", "Rabobank") count at the end of a word.',
  examples: [
    {
      text: 'Harcourt Foods cut its forecast on Wednesday. Sales will grow 1%, the company said.',
      expect: 'Harcourt Foods',
    },
    // Must leave: a compound bank and a court are not "the company".
    {
      text: 'Talbot Telecom cut prices. Commerzbank raised its target for the shares. The company said sales would grow.',
      expect: 'Talbot Telecom',
    },
    {
      text: 'Talbot Telecom cut prices. The Supreme Court heard its appeal. The company said sales would grow.',
      expect: 'Talbot Telecom',
    },
  ],
};

/**
 * Row speaker.description.organization.firm-long-kind (extends claims34's firm heads): "The
 * packaged food maker now expects …" — a firm described by its kind with more than one word
 * before the head.
 */
export const FIRM_LONG_KIND: RuleRow<{
  /** Most words between "the" and the firm's head. */
  modifiers: number;
}> = {
  id: 'speaker.description.organization.firm-long-kind',
  value: { modifiers: 3 },
  reason:
    'Wires name a firm once and then describe it by what it makes or sells: "Harcourt Foods cut its full-year sales forecast … The packaged food maker now expects organic sales to grow 1% to 2% …" (batch 92). "The food maker" resolves to the organisation named before, but a description of an organisation was read only up to three words, so "The packaged food maker" kept its own words. When the head names a firm (claims34\'s heads: company, maker, retailer, carrier, miner, lender …) and "the" is followed by at most three plain words before it (lowercase words or demonyms, no name: "the packaged food maker", "the German sportswear maker", "the budget airline carrier"), the description is read like a short one. A head that names no firm ("the regional health authority", "the country\'s disaster agency") is left to the other rows, and so is a name inside the description ("the Ohio-based maker").',
  examples: [
    {
      text: 'Harcourt Foods cut its forecast on Wednesday. The packaged food maker said sales would grow 1%.',
      expect: 'Harcourt Foods',
    },
    {
      text: 'Talbot Telecom cut prices on Monday. The Swedish telecoms equipment maker said demand was weak.',
      expect: 'Talbot Telecom',
    },
    // Must leave: a head that names no firm, and a firm description with a name inside.
    {
      text: 'Talbot Telecom cut prices on Monday. The regional public health authority said the water was safe.',
      expect: 'regional public health authority',
    },
  ],
};

/**
 * Row speaker.subject.opening-segment.adjunct: "In a post on Facebook, Lunaris Space, which built
 * the lander, said …" — the capitalised segment before the first comma is no subject when it
 * opens with a preposition.
 */
export const OPENING_SEGMENT_ADJUNCT: RuleRow<readonly string[]> = {
  id: 'speaker.subject.opening-segment.adjunct',
  /** The prepositions of row speaker.not-subject (speaker-words.ts), not its "well", "so", "yes". */
  value: ADJUNCT_PREPOSITIONS,
  reason:
    'When a comma stands right before the cue, the subject is looked for between commas, and a short segment opening the sentence that begins and ends with a capital is taken whole ("Maria Gonzalez, 52, a shop owner in El Paso, said"). "In a post on X, Lunaris Space, which built the lander, said a replacement valve was already being tested" (batch 92) gave "a post on X", "In a post on Facebook, …" gave "Facebook", and "On Monday, Lunaris Space, which …, said" made no claim at all ("On Monday" is no speaker): that segment was an adjunct. A segment whose first word is a preposition that opens an adjunct (in, on, at, during, after, before, …: the prepositions of row speaker.not-subject, not its discourse words "well", "so", "yes", which open conversation turns such as "Well, the philosophers, and …") is passed over, so the relative clause\'s antecedent is read as before; a segment that opens with a name stays the subject.',
  examples: [
    {
      text: 'In a post on X, Lunaris Space, which built the lander, said a replacement valve was being tested.',
      expect: 'Lunaris Space',
    },
    {
      text: 'On Monday, Talbot Telecom, which built the network, said the outage was over.',
      expect: 'Talbot Telecom',
    },
    // Must leave: a segment that opens with a name is the subject.
    { text: 'Maria Gonzalez, 52, a shop owner in El Paso, said prices were up.', expect: 'Maria Gonzalez' },
    { text: 'In Paris, the minister, Anna Holm, said the valve was being tested.', expect: 'Anna Holm' },
    // Must leave: a firm whose name opens with one of the prepositions (claims38b review).
    { text: 'Beyond Meat, the plant-based food maker, said it would cut 200 jobs.', expect: 'Beyond Meat' },
    {
      text: 'Against Malaria Foundation, a charity based in London, said the nets had arrived.',
      expect: 'Against Malaria Foundation',
    },
  ],
};
