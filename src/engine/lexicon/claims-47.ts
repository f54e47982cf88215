/**
 * Rows of claims57 (issue #9): the faults left by stop 56 (a coxswain named once with a given name
 * the tagger does not know, then "the coxswain" and "he"; "…, saying in an open letter that …")
 * and claims batches 125 and 126 (debates, statements, hearings, crews and services). Each row is a
 * pattern of English that holds in any news. Kept in a file of its own so a merge with the other
 * claims helpers is a union. claims-47.test.ts runs the claims rows' examples through the whole
 * engine; lexicon/rows.test.ts runs the name row's (CLAIMS_NAME_ROWS_47).
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

/**
 * Row speaker.more-role-nouns (added to PERSON_DESCRIPTORS in words.ts): roles of crews, services,
 * armed forces, faiths and councils that name one person and that the person descriptors lacked.
 */
export const MORE_ROLE_NOUNS: RuleRow<readonly string[]> = {
  id: 'speaker.more-role-nouns',
  value: words(`coxswain pilot chaplain vicar curate deacon bishop archbishop priest imam rabbi abbot cleric
    sheriff marshal sergeant constable superintendent colonel lieutenant corporal admiral
    paramedic medic midwife chef warden dean provost steward headmistress landlord councillor councilor`),
  reason:
    'News names a person once with a role and then by the role alone: "Lifeboat coxswain Iwan Evans said …. The coxswain said the four sailors were cold", "The vicar, Ann Cole, said …. The vicar said". A description counts as a person (and is matched to the person the article gave that role) only when its head is a person descriptor or ends in an agent suffix (leader, keeper, surgeon, pathologist); these roles of lifeboat and rescue crews, police and armed forces, faiths, kitchens and colleges name one person but have none of those endings, so "The coxswain said" stayed as written (batches 122 and 125). "Councillor" ends in -or but was no person descriptor either, so a description opening the sentence ran past it: "A Westbrook councillor resigned on Tuesday, saying in an open letter that …" found no subject for the participle and made no claim (batch 123). Lowercase heads only; capitalised before a name they are titles, which TITLES reads.',
  examples: [
    {
      text: 'Lifeboat crew rescue four\n\nLifeboat coxswain Iwan Evans said the crew reached the yacht within 40 minutes. The coxswain said the four sailors were cold but unhurt.',
      expect: 'Iwan Evans',
    },
    {
      text: 'Church roof repaired\n\nThe vicar of St Mary’s, Ann Cole, said the roof had been repaired. The vicar said the bells would ring again at Christmas.',
      expect: 'Ann Cole',
    },
    {
      text: 'Councillor quits\n\nA Westbrook councillor resigned on Tuesday, saying in an open letter that the council had ignored residents.',
      expect: 'A Westbrook councillor',
    },
    // Must leave: a role nobody in the article was given stays as written.
    {
      text: 'Storm hits harbour\n\nWaves broke over the harbour wall on Sunday. The coxswain said the boat had stayed in port.',
      expect: 'The coxswain',
    },
  ],
};

/**
 * Row person.role-then-unread-name (detect/claims-names-57.ts): two or three capitalised words no
 * name holds, right after a person's role or in apposition to one, before a verb of saying.
 */
export const ROLE_THEN_UNREAD_NAME: RuleRow<{
  verbs: readonly string[];
  determiners: readonly string[];
  bodyAfterRole: readonly string[];
  reach: number;
}> = {
  id: 'person.role-then-unread-name',
  value: {
    verbs: words(`said says told tells added adds explained warned insisted recalled wrote writes`),
    determiners: words('the a an'),
    // After the role, a body the person works for: the name in apposition is the body's.
    bodyAfterRole: words('for'),
    // Words from the sentence's first word to the comma before the name, in apposition.
    reach: 10,
  },
  reason:
    'A person is introduced by a role, then named: "Lifeboat coxswain Dafydd Price said …", "The coxswain of the Carrow lifeboat, Dafydd Price, said …". The tagger reads a pair as a person from its given name (FIRST_NAME_SET) and the words around it; a given name the list lacks (Welsh "Dafydd", Irish "Tadhg") beside a surname that is also a word ("Price", "Baker") left the pair unread, so the claim\'s speaker stayed as written and "the coxswain" and "he" after it had no one to resolve to (batch 122, six speakers). "Dafydd" itself cannot join the given names before the next retrain: a training text holds it (world-given-names.ts). Two or three capitalised words on one line that no name holds, whose first word is no word of the language, title or place, and whose last is no body\'s, place\'s or building\'s tail word, are a person when a verb of saying follows them (or a comma and one) and either a lowercase person\'s role (PERSON_DESCRIPTORS) stands right before them, or they stand between commas after a sentence that opens with "the"/"a" and a person\'s role before the first comma, with no "for" and no body\'s kind word after the role. Not a body after a role ("A spokesman for the utility, Harlow Water, said"; "A lawyer for the developer, Castlegate Homes, told the board", batch 117, is the lawyer\'s body, as speaker.appositive.names-body-of-role reads it), not a boat or a place named in words of the language ("The skipper of the trawler, Ocean Harvest, said").',
  examples: [
    {
      text: 'Lifeboat coxswain Dafydd Price said the crew had launched within eight minutes.',
      expect: 'person:Dafydd Price',
    },
    {
      text: 'The coxswain of the Carrow lifeboat, Dafydd Price, said the crew had launched within eight minutes.',
      expect: 'person:Dafydd Price',
    },
    {
      text: 'Research chief Tadhg Baker told reporters the trial had ended.',
      expect: 'person:Tadhg Baker',
    },
    // Must leave: a body in apposition to a role, a name opening with a word of the language.
    {
      text: 'A spokesman for the utility, Harlow Water, said bills would rise.',
      expect: 'organization:Harlow Water',
    },
    {
      text: 'A lawyer for the developer, Castlegate Homes, told the board the plans were sound.',
      expect: '',
    },
    {
      text: 'The skipper of the trawler, Ocean Harvest, said the crew was safe.',
      expect: '',
    },
  ],
};

/** The name rows of claims57, for lexicon/rows.test.ts's LATE_TABLES. */
export const CLAIMS_NAME_ROWS_47: readonly RuleRow<unknown>[] = [ROLE_THEN_UNREAD_NAME];
