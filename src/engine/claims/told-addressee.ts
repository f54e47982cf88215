/**
 * Row claim.content.past-told-addressee (lexicon/claims-49f.ts): after a verb of telling with no
 * "that", the one told ("told Reuters", "told the court", "told him") is not the first words of
 * what was said; the content starts at the bare clause after it.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { PAST_TOLD_ADDRESSEE } from '../lexicon/claims-49f';
import { TOLD_ADDRESSEE_POSSESSED_TIME } from '../lexicon/claims-50';
import { TELL_VERBS } from '../lexicon/attribution-patterns';
import { WEEKDAYS } from '../lexicon/words';
import { mentionAt, mentionEnd, type CCtx } from './claim-context';
import { finiteForm } from './verb-forms';
import { personNounOrPlural } from './relative-speaker';
import { TOLD_OWNED_PEOPLE } from '../lexicon/claims-52';
import { TOLD_BARE_NOUN_CLAUSE } from '../lexicon/claims-54f';
import { FINITE_AUXILIARIES } from '../lexicon/verb-forms';

const ROW = PAST_TOLD_ADDRESSEE.value;
const TELL: ReadonlySet<string> = new Set(TELL_VERBS.value);
const AUDIENCES: ReadonlySet<string> = new Set([...ROW.audiences, ...TOLD_BARE_NOUN_CLAUSE.value.audiences]);
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(ROW.pronouns);
const OPENERS: ReadonlySet<string> = new Set(ROW.openers);
const SUBJECTS: ReadonlySet<string> = new Set(ROW.subjects);
const POSSESSIVES: ReadonlySet<string> = new Set(TOLD_ADDRESSEE_POSSESSED_TIME.value.possessives);
const TIMES: ReadonlySet<string> = new Set(TOLD_ADDRESSEE_POSSESSED_TIME.value.times);
const TIME_DETS: ReadonlySet<string> = new Set(TOLD_ADDRESSEE_POSSESSED_TIME.value.timeDeterminers);
const TIME_UNITS: ReadonlySet<string> = new Set(TOLD_ADDRESSEE_POSSESSED_TIME.value.timeUnits);

/** An audience noun or a lowercase noun of people, or its plural ("colleagues", "managers"). */
const peopleNoun = (cx: CCtx, i: number) =>
  cx.t.kind[i] === Kind.Word && !(cx.t.flags[i] & Flag.Cap) && personNounOrPlural(lower(cx, i));
const audienceNoun = (cx: CCtx, i: number) => AUDIENCES.has(lower(cx, i)) || peopleNoun(cx, i);

const BARE_AUXILIARIES: ReadonlySet<string> = new Set(FINITE_AUXILIARIES);
const NOT_NOUNS: ReadonlySet<string> = new Set(TOLD_BARE_NOUN_CLAUSE.value.notNouns);

/**
 * Row claim.content.past-told-addressee.bare-noun-clause-folds: a lowercase noun at `j` (one more
 * noun may follow it) and then a finite auxiliary or modal: a clause whose subject has no article
 * ("supplies were good", "growth would slow", "talks had stalled").
 */
function bareNounClause(cx: CCtx, j: number, b: number): boolean {
  const noun = (k: number) => {
    const w = lower(cx, k);
    return (
      isWord(cx, k, b) &&
      !(cx.t.flags[k] & Flag.Cap) &&
      !NOT_NOUNS.has(w) &&
      !BARE_AUXILIARIES.has(w) &&
      (!/(ly|ing|ed)$/.test(w) || /thing$/.test(w))
    );
  };
  if (!noun(j)) return false;
  const aux = (k: number) => isWord(cx, k, b) && BARE_AUXILIARIES.has(lower(cx, k));
  return aux(j + 1) || (noun(j + 1) && aux(j + 2));
}

const isWord = (cx: CCtx, i: number, b: number) => i < b && cx.t.kind[i] === Kind.Word && cx.q.of[i] < 0;

/** The end of the one told from `i`, or -1: a name, an object pronoun, or an audience noun (after "the"). */
function addresseeEnd(cx: CCtx, i: number, b: number): number {
  if (!isWord(cx, i, b)) return -1;
  if (mentionAt(cx, i)) return mentionEnd(cx, i, b);
  const w = lower(cx, i);
  // "told her colleagues", "told managers": "her" owns a noun of people after it, and a plural noun
  // of people is an audience (row claim.content.past-told-addressee.owned-people).
  if (TOLD_OWNED_PEOPLE.value) {
    if (POSSESSIVES.has(w) && isWord(cx, i + 1, b) && audienceNoun(cx, i + 1)) return i + 2;
    if (peopleNoun(cx, i) && lower(cx, i).endsWith('s')) return i + 1;
  }
  if (OBJECT_PRONOUNS.has(w)) return i + 1;
  if (AUDIENCES.has(w)) return i + 1;
  // "told his staff" (row claim.content.past-told-addressee.possessed-and-time).
  if (POSSESSIVES.has(w) && isWord(cx, i + 1, b) && AUDIENCES.has(lower(cx, i + 1))) return i + 2;
  if (w !== 'the' || !isWord(cx, i + 1, b)) return -1;
  if (mentionAt(cx, i + 1)) return mentionEnd(cx, i + 1, b);
  return AUDIENCES.has(lower(cx, i + 1)) ? i + 2 : -1;
}

/** A bare clause opens at `j`: a subject pronoun, or an opener or name and a finite verb a few words on. */
function clauseAt(cx: CCtx, j: number, b: number): boolean {
  if (!isWord(cx, j, b)) return false;
  const w = lower(cx, j);
  if (SUBJECTS.has(w)) return isWord(cx, j + 1, b);
  // "told reporters supplies were good" (row claim.content.past-told-addressee.bare-noun-clause-folds).
  if (!OPENERS.has(w) && !(cx.t.flags[j] & Flag.Cap)) return bareNounClause(cx, j, b);
  for (let k = j + 1; k < b && k <= j + ROW.verbReach; k++) {
    if (!isWord(cx, k, b)) return false;
    if (finiteForm(lower(cx, k), 4)) return true;
  }
  return false;
}

/**
 * Row claim.content.as-said.addressee-before-comma: the end of the one told right after the tell
 * cue `cueA..cueB` ("As the mayor told reporters last week, …"), or `cueB` when none stands there.
 */
export function toldAddresseeEnd(cx: CCtx, cueA: number, cueB: number, b: number): number {
  if (cueB - cueA !== 1 || !TELL.has(lower(cx, cueA))) return cueB;
  const j = addresseeEnd(cx, cueB, b);
  return j > cueB ? j : cueB;
}

/**
 * Where the content of the tell cue `cueA..cueB` starts when it would start at `i`, right after the
 * verb: past the one told and a weekday after "on", when a bare clause opens there; else `i`.
 */
export function pastToldAddressee(cx: CCtx, cueA: number, cueB: number, i: number, b: number): number {
  if (i !== cueB || cueB - cueA !== 1 || !TELL.has(lower(cx, cueA))) return i;
  let j = addresseeEnd(cx, i, b);
  if (j < 0) return i;
  if (lower(cx, j) === 'on' && isWord(cx, j + 1, b) && WEEKDAYS.has(lower(cx, j + 1))) j += 2;
  // "told the BBC this week the …", "told reporters yesterday the …".
  else if (isWord(cx, j, b) && TIMES.has(lower(cx, j))) j += 1;
  else if (isWord(cx, j + 1, b) && TIME_DETS.has(lower(cx, j)) && TIME_UNITS.has(lower(cx, j + 1))) j += 2;
  return clauseAt(cx, j, b) ? j : i;
}
