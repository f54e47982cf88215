/**
 * Rows of claims46 (issue #9): the known faults left by stop 55 (transcripts with "Q:" and one
 * named guest, refusals by "neither …", the head of a list of places as a speaker, a description
 * the last speaker used of someone else) and claims batches 122 and 123 (court reporting, science
 * and health news, post-match quotes, letters and posts, a speaker named once then by role). Each
 * row is a pattern of English that holds in any news. Kept in a file of its own so a merge with the
 * other claims helpers is a union. claims-46.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row speaker.description.object-of-last-speaker (claims/other-described.ts, read by speaker.ts's
 * `describe`): a description the last speaker's sentence used of someone else is not the last
 * speaker.
 */
export const DESCRIBED_AS_OTHER: RuleRow<{ determiners: readonly string[] }> = {
  id: 'speaker.description.object-of-last-speaker',
  value: { determiners: ['the', 'this'] },
  reason:
    'A definite description with no stated role to match ("The mayor said …") falls back to the person who spoke last, or to the subject of the sentence before. When that sentence used the same description of someone else — after the person\'s own name, as an object or after a preposition ("Council member Ray Oduya criticised the mayor on Tuesday. The mayor said the budget was balanced.") — the fallback gave the mayor\'s words to the council member who criticised her (a known fault left by stop 55, the reversed order of the look-ahead narrowed by claims45). The description then stands for that someone else: the speaker stays as written. Only "the" or "this" and the same words, after the end of the person\'s name in that sentence, and not right after a comma, so a description in apposition to the name ("Ray Oduya, the mayor, criticised the council") is still the same person, and a role the article gave someone ("The mayor, Ann Cole, …") is matched by that role first.',
  examples: [
    {
      text: 'Council fight over budget\n\nCouncil member Ray Oduya criticised the mayor on Tuesday. The mayor said the budget was balanced.',
      expect: 'The mayor',
    },
    {
      text: 'Council fight over budget\n\nCouncil member Ray Oduya voted against the mayor on Tuesday. The mayor said the budget was balanced.',
      expect: 'The mayor',
    },
    // Must leave: the same order (the mayor first), a role given by name, a description the last speaker's own.
    {
      text: 'Council fight over budget\n\nThe mayor said the budget was balanced. Council member Ray Oduya criticised the mayor on Tuesday. The mayor said the cuts were needed.',
      expect: 'The mayor',
    },
    {
      text: 'Council fight over budget\n\nThe mayor, Ann Cole, presented the budget on Monday. Council member Ray Oduya criticised the mayor on Tuesday. The mayor said the budget was balanced.',
      expect: 'Ann Cole',
    },
    {
      text: 'Storm damage\n\nFire chief Lena Sorby said three homes had been damaged. The fire chief said crews would stay overnight.',
      expect: 'Lena Sorby',
    },
  ],
};

/**
 * Row claim.negated-cue.negative-subject (claims/negative-subject.ts, read by claims.ts's
 * `sourceOnLeft`): a verb of saying whose subject is a negative quantifier says nothing.
 */
export const NEGATIVE_SUBJECT: RuleRow<{ on: boolean; openers: readonly string[]; verbForms: readonly string[] }> = {
  id: 'claim.negated-cue.negative-subject',
  value: {
    on: true,
    // "No" is read apart: before a word of the subject ("No official", "No one").
    openers: ['neither', 'none', 'nobody', 'noone'],
    verbForms: [
      'say',
      'says',
      'said',
      'tell',
      'tells',
      'told',
      'confirm',
      'confirms',
      'confirmed',
      'disclose',
      'discloses',
      'disclosed',
      'reveal',
      'reveals',
      'revealed',
      'specify',
      'specifies',
      'specified',
      'comment',
      'commented',
      'explain',
      'explains',
      'explained',
    ],
  },
  reason:
    'A negated verb of saying reports that nothing was said (row claim.negated-cue.negator reads "has not commented publicly" with nothing after it). News gives a refusal with the negation in the subject too: "Neither government would say whether talks had resumed.", "None of the ministers would say when the crossing might reopen.", "No official would confirm that the plant had closed." Each was a claim of "Neither government" or "None of the ministers" (a known fault left by stop 55; batch 120 and batch 121 each had one). When the subject the cue takes opens with "neither", "none", "nobody", "no one" or "no" and a noun, and the cue is a verb of saying or disclosing (say, tell, confirm, disclose, reveal, specify, comment, explain), nothing was said, whatever follows. Verbs of knowing, thinking and finding keep their claim ("No one knows what happened to the Olmec" is a claim in the study folds\' textbook, "Nobody doubts that the plan will cost more" a belief reported), and so does a negative word inside the content ("The minister said no one had been hurt", "Neither side, the mediator said, wanted a war").',
  examples: [
    { text: 'Neither government would say whether talks had resumed.', expect: '' },
    { text: 'None of the ministers would say when the crossing might reopen.', expect: '' },
    { text: 'No official would confirm that the plant had closed.', expect: '' },
    { text: 'Nobody at the company would comment on the sale.', expect: '' },
    // Must keep: a negative word inside the content, after the cue, or a verb of knowing.
    { text: 'The minister said no one had been hurt in the blast.', expect: 'The minister' },
    { text: 'Neither side wanted a war, the mediator said on Friday.', expect: 'the mediator' },
    { text: 'No one knows what happened to the crew, the coast guard said.', expect: 'the coast guard' },
    { text: 'Both governments said the talks had resumed.', expect: 'Both governments' },
  ],
};

/**
 * Row speaker.subject.list-of-names (claims/list-subject.ts, read by claims.ts's `sourceOnLeft`):
 * a list of names that opens the sentence is the subject as a whole.
 */
export const LIST_OF_NAMES: RuleRow<{
  determiners: readonly string[];
  prepositions: readonly string[];
  nameWords: number;
}> = {
  id: 'speaker.subject.list-of-names',
  value: { determiners: ['the', 'all', 'both'], prepositions: ['of', 'in', 'from'], nameWords: 3 },
  reason:
    'The subject before a verb of saying is walked back over "and" between capitalised names ("Paris and Berlin also assume") but stops at a comma, so a list of three or more gave its last two members: "The counties of Bihor, Mureș and Iași reported new cases on Monday." had the speaker "Mureș and Iași" (a known fault left by stop 55). The batches\' convention for coordinated speakers is the whole coordination or one of its members (row speaker.subject.coordinated-roles, claims45). When the subject found is capitalised names joined by "and" right after a comma, and before that comma stand only more names of at most three capitalised words each, separated by commas, back to the start of the sentence — or back to "of", "in" or "from" after a plural noun that opens it, with "the", "all" or "both" or alone ("The counties of …", "Officials in …") — the subject is the whole list with that head. A list after an adjunct ("Speaking in Lagos, Obi and Atiku said …") or after any other word does not open the sentence and is left as before.',
  examples: [
    {
      text: 'The counties of Bihor, Mureș and Iași reported new cases on Monday.',
      expect: 'The counties of Bihor, Mureș and Iași',
    },
    { text: 'Bihor, Mureș and Iași reported new cases on Monday.', expect: 'Bihor, Mureș and Iași' },
    {
      text: 'Officials in Harlow, Leyton and Epping said the roads would reopen on Friday.',
      expect: 'Officials in Harlow, Leyton and Epping',
    },
    // Must leave: a list after an adjunct; two names alone.
    { text: 'Speaking in Lagos, Obi and Atiku said the vote had been fair.', expect: 'Obi and Atiku' },
    { text: 'France and Germany said the talks would resume in May.', expect: 'France and Germany' },
  ],
};

/**
 * Row speaker.transcript.q-and-name (claims/transcript-turns.ts, claims.ts): an interview printed
 * as "Q: …" and "NAME: …" paragraphs.
 */
export const TRANSCRIPT_Q_AND_NAME: RuleRow<{ minQuestions: number }> = {
  id: 'speaker.transcript.q-and-name',
  value: { minQuestions: 1 },
  reason:
    'Interviews are printed with the interviewer\'s turns labelled "Q:" and the guest\'s with the guest\'s surname in capitals ("ACHEBE: We never asked for the money."). Transcripts with name labels were read only where two different people had turns (row speaker.transcript.turn), and "Q: … / A: …" interviews only with "A:" (row speaker.interview.q-and-a), so an interview of one guest between "Q:" turns gave no claim for any answer, and a question with a cue ("Q: Do you know what caused it?") was read as one (a known fault left by stop 55; batch 119 missed six answers and read one question). The batches\' convention (72–121) is that the labelled guest\'s statements are the guest\'s direct claims and the questions put to a speaker are no claims. The training documents cannot decide it: the GUM interviews print the turns without labels, their gold marks only what a cue introduces, and it gives an answer\'s "I" and "we" to the person interviewed, as this row does. When one person whom the text names in mixed case (so "ACHEBE" is "Ngozi Achebe") has labelled turns and at least one paragraph opens with "Q:", the guest\'s turns are read as a transcript\'s and the "Q:" turns are the interviewer\'s; a sentence of a "Q:" turn that ends with a question mark is no claim (also in "Q: … / A: …" interviews). A label that names no one in the text, or a single labelled paragraph with no "Q:", is left as before.',
  examples: [
    {
      text: 'Clinic grant\n\nNgozi Achebe runs the Ikoyi Community Clinic, which lost its city grant in March. She spoke to us on Monday.\n\nQ: Did you ask for the grant?\n\nACHEBE: We never asked for the money. The city offered it.\n\nQ: What happens now?\n\nACHEBE: We stay open three days a week instead of five.',
      expect: 'Ngozi Achebe',
    },
    {
      text: 'Fire at the mill\n\nFire chief Rosalind Okafor spoke to reporters on Friday.\n\nQ: Do you know what caused it?\n\nOKAFOR: Our investigators will be in there as soon as the building is safe.',
      expect: 'Rosalind Okafor',
    },
    // Must leave: a label that names no one in the text; no "Q:" turn.
    {
      text: 'Clinic grant\n\nThe clinic lost its city grant in March.\n\nQ: Did you ask for the grant?\n\nMENDES: We never asked for the money from the city.',
      expect: '',
    },
    {
      text: 'Clinic grant\n\nNgozi Achebe runs the Ikoyi Community Clinic.\n\nACHEBE: We never asked for the money from the city.',
      expect: '',
    },
  ],
};

/**
 * Row guard.participle.admitted-to-care (claims/admitted-to-care.ts, read by cues.ts): "admitted to
 * hospital" is no confession.
 */
export const ADMITTED_TO_CARE: RuleRow<{
  forms: readonly string[];
  determiners: readonly string[];
  places: readonly string[];
}> = {
  id: 'guard.participle.admitted-to-care',
  value: {
    forms: ['admitted', 'readmitted'],
    determiners: ['the', 'a', 'an', 'their', 'his', 'her', 'its'],
    places: [
      'hospital',
      'hospitals',
      'intensive',
      'icu',
      'clinic',
      'clinics',
      'ward',
      'wards',
      'care',
      'emergency',
      'hospice',
      'university',
      'college',
      'school',
      'bar',
    ],
  },
  reason:
    'Health news counts patients "admitted to hospital": "A new malaria vaccine halved the number of children admitted to hospital with the disease, researchers reported" read "admitted" as the verb of saying (cue.verb.say lists "admit" as a confession), so the vaccine became the speaker, the disease its claim, and the researchers\' report a second claim with the time and journal for its content (batch 123). "Admitted to" a place of care or study (hospital, intensive care, a clinic, a ward, hospice, a university, the bar) is being taken in: after a form of "be" the passive guard already left it ("was admitted to hospital"), but as a participle after a noun ("children admitted to hospital", "the number of patients admitted to intensive care") nothing guarded it. A confession "admitted to" an act keeps its cue ("He admitted to taking the money", "The firm admitted to the breach").',
  examples: [
    {
      text: 'A new malaria vaccine halved the number of children admitted to hospital with the disease, researchers reported on Monday.',
      expect: 'researchers',
    },
    {
      text: 'The number of patients admitted to intensive care rose by a third, the ministry said.',
      expect: 'the ministry',
    },
    // Must keep: a confession "admitted to" an act or a thing; "admitted that".
    { text: 'The former director admitted to taking the money.', expect: 'The former director' },
    { text: 'The hospital admitted that it had lost the records.', expect: 'The hospital' },
  ],
};
