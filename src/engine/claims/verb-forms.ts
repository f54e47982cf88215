/**
 * "Does this lowercase word read as a verb?" The claims code asks it where no tagger reads verbs:
 * does the clause before ", and" have its own finite verb (coordinated-clause.ts), is the word after
 * a subject's head its verb (speaker.ts, subject-org.ts), is "was …" a passive (subject-org.ts),
 * is the word before "to" the verb it depends on (prompted-object.ts). The word lists and the -ed
 * test live here once; each caller keeps its own token checks (kind, capital, a determiner before)
 * and says, by the parameters, which forms it accepts and why.
 */
import { IRREGULAR_PASTS } from '../lexicon/claims-38';
import { FINITE_AUXILIARIES } from '../lexicon/verb-forms';

const AUXILIARIES: ReadonlySet<string> = new Set(FINITE_AUXILIARIES);

/** `w` is a finite auxiliary ("is", "has", "will", "could"). */
export const isAuxiliary = (w: string): boolean => AUXILIARIES.has(w);

/** `w` is an irregular past or participle the lists know ("took", "began", "led"). */
export const isIrregularPast = (w: string): boolean => IRREGULAR_PASTS.has(w);

const LETTERS = /^[a-z]+$/;

/**
 * `w` ends in -ed and has at least `min` characters: a regular past or participle ("agreed",
 * "fined"). `min` 5 leaves out the short nouns and adjectives in -ed ("bed", "red", "shed", "used");
 * `lettersOnly` leaves out compounds ("long-awaited", "state-owned"), adjectives before a noun.
 */
export function pastInEdForm(w: string, min: number, lettersOnly = false): boolean {
  if (w.length < min || w.charCodeAt(w.length - 1) !== 100 || w.charCodeAt(w.length - 2) !== 101) return false;
  return !lettersOnly || LETTERS.test(w);
}

/**
 * `w` reads as a finite verb: an auxiliary, an irregular past, a past in -ed of `edMin` characters
 * or more, and with `presentS` a present in -s ("says", "rules"; not "bus", "focus"). Plain
 * arguments, not an options object: hasFinite asks it of every word of a clause.
 */
export function finiteForm(w: string, edMin: number, presentS = false): boolean {
  if (AUXILIARIES.has(w) || IRREGULAR_PASTS.has(w) || pastInEdForm(w, edMin)) return true;
  return presentS && /[^su]s$/.test(w);
}

/** `w` reads as a past participle after a form of "be": "fined", "sued", "taken", "given". */
export function pastParticiple(w: string): boolean {
  return IRREGULAR_PASTS.has(w) || /[a-z]ed$/.test(w) || /[a-z]en$/.test(w);
}
