/**
 * Rows for patterns across the held-out fold documents of biographies, interviews and court
 * hearings (2 Dec 2026, night, helper ents14c, issue #9). Kept in their own file so they merge
 * cleanly with rows added in parallel; the rules that apply them are in detect/fold-rules-8.ts,
 * called at the end of applyNameRules, right before the review rows.
 */
import type { RuleRow } from './rule-row';

export const FOLD_PATTERN_ROWS_8: readonly RuleRow[] = [
  {
    id: 'person.sovereign-title',
    value: [
      'tsar',
      'tsarina',
      'czar',
      'czarina',
      'kaiser',
      'emperor',
      'empress',
      'regent',
      'king',
      'queen',
      'prince',
      'princess',
      'earl',
      'count',
      'countess',
      'viscount',
      'viscountess',
      'marquess',
      'marchioness',
      'sultan',
      'pharaoh',
    ],
    reason:
      'A sovereign\'s or a peer\'s title written with a capital and no name after it stands for the one person who holds it, and GUM names that mention a person as it names "Peter the Great": "in high favour with the Tsar, who confided …", "against the Regent, Tsarevna Sophia", "John FitzGibbon, 2nd Earl of Clare", "was created Count of the Holy Roman Empire", "Peter the Great, Emperor of Russia". Two frames only: right after "the" with no capitalised word, "of" or possessive after it and a clause going on (punctuation, a function word, a verb of speech or a word in -ed: "the Emperor penguin" is a kind) ("the Emperor Norton" is a longer name, "stayed at the Regent, a luxury hotel" or "premiered at the Prince" a venue named after the title: not after "at", "in", "inside", "outside", "the Tsar\'s service" a thing of his, "the King of Athens" an office), or before "of" and a capitalised name after an ordinal ("2nd Earl of"), a comma after a name ("Peter the Great, Emperor of Russia"), or a verb or pronoun of naming ("created Count of", "proclaimed himself Emperor of"). Office titles ("the President", "the Secretary") are none in GUM and are not in the row; a title inside a longer name ("King of Fighters", "Orange Prince") is left to the model.',
    examples: [
      { text: 'He stayed in high favour with the Tsar, who confided to him the army.', expect: 'person:Tsar' },
      {
        text: 'One friend was John FitzGibbon, 2nd Earl of Clare.',
        expect: 'person:John FitzGibbon | person:Earl | place:Clare',
      },
    ],
  },
  {
    id: 'organisation.university-place-name',
    value: ['university', 'uc'],
    reason:
      'A university is often called by the place in its name once the document has named it in full: "a Ph.D. from Harvard University … to teach at Harvard", "she attended Suffolk University. At Suffolk she obtained …", "the University of Helsinki … research at Helsinki", "UC Berkeley … joining Berkeley\'s Department of Linguistics". When the document writes "X University", "University of X" or "UC X" with X one capitalised word, a lone X right after "at", "joined", "joining", "attended" or "attending" in a sentence about study or teaching (a word of UNIVERSITY_SENTENCE_WORDS: "teach", "degree", "research", "professor", "Department" …; "attended" says it alone) is the university, an organisation, and so is "UC X" itself. News that names a university goes on to name its town or state as such: "the prime minister arrived at Oxford on Friday", "At Boston, police arrested two men", "he joined Georgia\'s cabinet" stay as read; a possessive after X is the university only before a capitalised unit ("Berkeley\'s Department of Linguistics"). A list of places ("studied at Basel, Heidelberg and Strasbourg") is left, and other mentions of X ("born in Helsinki", "moved to Berkeley", "the University of California, Berkeley") stay as read, and a document that names no such university is left alone ("at Harvard Square", "arrived at Cambridge").',
    examples: [
      {
        text: 'She attended Suffolk University in Boston. At Suffolk she obtained a degree.',
        expect: 'organization:Suffolk University | place:Boston | organization:Suffolk',
      },
    ],
  },
  {
    id: 'none.belief-or-discipline',
    value: [
      'christianity',
      'catholicism',
      'protestantism',
      'islam',
      'judaism',
      'buddhism',
      'hinduism',
      'sikhism',
      'taoism',
      'confucianism',
      'freemasonry',
      'atheism',
      'psychology',
      'philosophy',
      'linguistics',
      'mathematics',
      'physics',
      'chemistry',
      'biology',
      'economics',
      'sociology',
      'anthropology',
      'theology',
      'astronomy',
      'geology',
    ],
    reason:
      'A religion, a movement or a field of study is neither a person nor a place, though it is written with a capital and the model, meeting it after "in" or "to", reads it as a place: "converted to Catholicism upon marriage", "he was initiated into Freemasonry", "a Bachelor of Science in Psychology", "initially skeptical of Christianity". A lone word of the row that the model typed a place or a person is no name. Inside a longer name ("Department of Linguistics", "Journal of Social Psychology") it is left, and so is one typed an organisation (GUM names a church that way now and then: "making Christianity the official religion").',
    examples: [
      {
        text: 'His mother, originally a Protestant, converted to Catholicism upon marriage.',
        expect: '',
      },
    ],
  },
];

/**
 * Words of study and teaching (lowercase) that make a sentence about a university, so that "at
 * Oxford" in it is the university (organisation.university-place-name): "returned to teach at
 * Harvard", "At Suffolk she obtained a degree", "began research at Helsinki". Without one, "at X"
 * is the town ("arrived at Oxford on Friday, aides said").
 */
export const UNIVERSITY_SENTENCE_WORDS: ReadonlySet<string> = new Set(
  `study studied studies studying student students teach teaches taught teaching professor professors
lecturer lecturers lecture lectures research researcher researchers degree degrees doctorate ph.d phd
graduated graduate graduates undergraduate undergraduates postgraduate enrolled enrol enroll faculty
department thesis dissertation scholar scholars scholarship fellowship fellow tenure postdoctoral
course courses campus academic semester dean alumni alumnus alumna laboratory professorship
chair chemistry physics biology mathematics economics linguistics philosophy psychology law medicine
science sciences institute school college`
    .split(/\s+/)
    .filter(Boolean),
);
