/**
 * Rows of claims32 (issue #9, blind claim batch 83: the styles the batches had least of — wires
 * of short attributed paraphrases, long features, stories built on documents and statements,
 * parliamentary debates, sports reports quoting both sides). Kept in a file of its own so a merge
 * with the other claims helpers is a union. claims-32.test.ts runs the examples through the whole
 * engine; claims/speaker-32.ts reads the rows.
 */
import type { RuleRow } from './rule-row';

/**
 * Row speaker.description.statement-of-source: "X said in a statement that … . '…,' the statement
 * said." — the statement is X's.
 */
export const STATEMENT_OF_SOURCE: RuleRow<{
  /** Heads of "the statement said": what a source speaks "in". */
  nouns: readonly string[];
  /** How many sentences back the source that spoke "in a statement" may be. */
  sentences: number;
}> = {
  id: 'speaker.description.statement-of-source',
  value: { nouns: ['statement', 'release', 'email', 'e-mail', 'letter'], sentences: 2 },
  reason:
    'Stories built on documents quote a statement after saying whose it is: "The Kettleby Hospitals NHS Trust said in a statement that it accepts the findings … . \'We are deeply sorry for the failings identified,\' the statement said." (batch 83). "The statement" was kept as written, so the trust\'s apology had no speaker. When the speaker is "the statement" (or release, email, letter) and a source spoke "in a statement" (the same noun, with "in" at most three words before it) in one of the two sentences before, the statement is that source\'s: the person or body that spoke there, the nearer one if both did. A statement no one was said to have issued ("The ministry published its plan. \'…,\' the statement said.") stays as written.',
  examples: [
    {
      text: 'The Kettleby Hospitals NHS Trust said in a statement that it accepted the findings. "We are deeply sorry for the failings identified," the statement said.',
      expect: 'Kettleby Hospitals NHS Trust',
    },
    {
      text: 'Mayor Ana Ruiz said in a statement on Friday that the road would reopen. "We thank residents for their patience," the statement said.',
      expect: 'Ana Ruiz',
    },
    // Must leave: a statement nobody was said to have issued, and a source who spoke otherwise.
    {
      text: 'The ministry published its plan on Monday. "Every school will have a nurse by 2027," the statement said.',
      expect: 'the statement',
    },
    {
      text: 'Mayor Ana Ruiz told reporters on Friday that the road would reopen. "We thank residents for their patience," the statement said.',
      expect: 'the statement',
    },
  ],
};

/**
 * Row speaker.description.organization.unnamed-body-that-spoke: "Kazakhstan's central bank raised
 * … and said … . The bank said …" — the bank that spoke, though the engine found no name for it.
 */
export const UNNAMED_BODY_THAT_SPOKE: RuleRow<{
  /** How many sentences back the body's claim may be. */
  sentences: number;
  /** Words before the head that make it the object of a preposition, not the source's head. */
  prepositions: readonly string[];
}> = {
  id: 'speaker.description.organization.unnamed-body-that-spoke',
  value: { sentences: 15, prepositions: ['by', 'of', 'at', 'from', 'in', 'for', 'with', 'to', 'on', 'about'] },
  reason:
    'A wire names a body by what it is when it has no short name: "Kazakhstan\'s central bank raised its base rate … and said further increases could not be ruled out." Later "The bank said its next meeting would be on December 6." went to the nearest organisation the tagger found, a news agency that had only quoted a minister (batch 83). "The bank" looked only at organisation entities, and the bank that spoke was none. When the description\'s head ("bank", "utility", "agency") ends the as-written source of an earlier claim within fifteen sentences (a wire names the body once in its lead and calls it "the bank" to its last paragraph, eleven sentences later in batch 83) (a source with no entity, its head not after a preposition: "A report by the agency" is a report), and no organisation holding that head word is named nor the nearest one has spoken, that source is the speaker.',
  examples: [
    {
      text: "Kazakhstan's central bank raised its base rate on Friday and said further increases could not be ruled out. The Interfax-Kazakhstan news agency quoted Finance Minister Daulet Abenov as saying the government would cut spending. The bank said its next meeting would be on December 6.",
      expect: "Kazakhstan's central bank",
    },
    {
      text: "The city's water utility said it would raise prices by 8 percent. Mayor Tom Hale spoke at a dinner of Greenway Partners on Monday. The utility said the money would pay for new pipes.",
      expect: "city's water utility",
    },
    // Must leave: a body named with the head word, and a head after a preposition.
    {
      text: "Kazakhstan's central bank raised its base rate on Friday and said further increases could not be ruled out. Halyk Bank said it would raise its lending rates. The bank said it expected demand for loans to fall.",
      expect: 'Halyk Bank',
    },
    {
      text: 'A report by the agency found that most fires had been started deliberately. Forestas plans to plant trees on the burnt land. The agency said the work would take years.',
      expect: 'The agency',
    },
  ],
};

/**
 * Row speaker.people-of-place.at: "Travellers at Changi Airport said …" — people who are only at
 * a place are not the place.
 */
export const PEOPLE_AT_PLACE: RuleRow<readonly string[]> = {
  id: 'speaker.people-of-place.at',
  value: [
    'travellers',
    'travelers',
    'passengers',
    'visitors',
    'tourists',
    'shoppers',
    'fans',
    'spectators',
    'commuters',
    'residents',
    'worshippers',
    'pilgrims',
    'guests',
    'customers',
    'diners',
    'mourners',
    'onlookers',
    'protesters',
    'demonstrators',
    'voters',
    'students',
    'parents',
  ],
  reason:
    'Row speaker.people-of-place keeps "Residents of Lyon", "Officials in Madrid" as the people, but read no "at": "Travellers at Changi Airport said they had been offered seats …" (batch 83) was named "Changi Airport", the place, right only because the scorer also compares the text as written. People who are merely at a place — travellers, passengers, fans, shoppers, residents — are the source, not the place; "Officials at Changi Airport", "Analysts at Mercer Lane Securities" speak for the body they work at, so only these heads read "at".',
  examples: [
    {
      text: 'Travellers at Changi Airport said they had been offered refunds.',
      expect: 'Travellers at Changi Airport',
    },
    { text: 'Fans at Wembley Stadium said the queues had been worse than ever.', expect: 'Fans at Wembley Stadium' },
    // Must leave: officials speak for the place they work at.
    { text: 'Officials at Changi Airport said the runway would reopen on Monday.', expect: 'Changi Airport' },
  ],
};

/**
 * Row speaker.pronoun.named-introduced: "Her only employee, a 23-year-old from Lyngen named Eirik
 * Haugland, joined last winter. The work suits him, he says." — a name a person noun introduces
 * with "named" or "called" is a person, whatever type the tagger gave it.
 */
export const NAMED_INTRODUCED: RuleRow<{
  /** Words that introduce the name. */
  links: readonly string[];
  /** How many words back from the link the person noun may stand ("a 23-year-old from Lyngen named"). */
  reach: number;
  /** Words that make a person noun besides the person descriptors: "a 23-year-old named …". */
  ages: readonly string[];
}> = {
  id: 'speaker.pronoun.named-introduced',
  value: { links: ['named', 'called'], reach: 6, ages: ['old'] },
  reason:
    'Features introduce people as "a 23-year-old from Lyngen named Eirik Haugland"; the tagger made that name a place (an unknown given name after a place), so "he says" and "he adds" after it found no man and stayed unresolved (batch 83, three speakers). When "he" or "she" finds no person, a name of two or more words right after "named" or "called", in the pronoun\'s sentence or the one before, whose link follows a person noun or an age ("year-old") within six words, is the referent. Only as a last resort, so a person found by the ordinary steps always wins; "a ship named Northern Star" has no person noun before the link and gives no one.',
  examples: [
    {
      text: 'Her only employee, a 23-year-old from Lyngen named Eirik Haugland, joined last winter. The work suits him, he says.',
      expect: 'Eirik Haugland',
    },
    // Must leave: a thing named, with no person noun before the link.
    {
      text: 'A ship named Northern Star sank off the cape in 1912. He says the wreck was never found.',
      expect: 'He',
    },
  ],
};
