/**
 * Row speaker.description.relative-clause: the speaker's text takes in a relative clause between
 * the subject and the cue ("Residents who lost their homes said"). Only the text and its span
 * grow; the name (and so coreference and the Claims panel's grouping) is left as resolved.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { SPEAKER_RELATIVE_CLAUSE } from '../lexicon/claim-precision-rows';
import { OBJECT_RELATIVE_SUBJECT } from '../lexicon/claims-lead-58';
import { OBJECT_RELATIVE_PAST } from '../lexicon/claims-52f';
import { IRREGULAR_PASTS } from '../lexicon/claims-38';
import { OBJECT_RELATIVE_ANY } from '../lexicon/claims-49';
import { pluralOfPeople } from './speaker';
import { PERSON_DESCRIPTORS } from '../lexicon/words';
import { mentionEnd, startsMention } from './claim-context';
import { presentAfterRelative } from './plain-object';
import { ADVERBS_BETWEEN_SET } from '../lexicon/claim-cues';
import type { Speaker } from '../types';
import type { CCtx } from './claim-context';

const { relatives, auxiliaries, maxTokens } = SPEAKER_RELATIVE_CLAUSE.value;
const RELATIVES: ReadonlySet<string> = new Set(relatives);
const AUX: ReadonlySet<string> = new Set(auxiliaries);

/**
 * `speaker`, its text running on over the relative clause in tokens [np.b, cueA), when the speaker
 * is the subject as written (tokens [np.a, np.b), no entity) and the clause is plain words.
 */
export function withRelativeClause(
  cx: CCtx,
  speaker: Speaker,
  np: { a: number; b: number },
  cueA: number,
  why: string[],
): Speaker {
  const npA = np.a,
    npB = np.b;
  const { t } = cx;
  if (speaker.entityId || npB >= cueA || npB <= npA) return speaker;
  if (speaker.start !== t.start[npA] || speaker.end !== t.end[npB - 1]) return speaker;
  if (t.kind[npB] !== Kind.Word || !RELATIVES.has(lower(cx, npB)) || t.flags[npB] & Flag.Cap) return speaker;
  let e = cueA;
  while (
    e - 1 > npB &&
    t.kind[e - 1] === Kind.Word &&
    // "campaigning in May says": a capitalised modal is the month or a name (row
    // speaker.description.relative-clause.capital-not-modal).
    !(t.flags[e - 1] & Flag.Cap) &&
    (AUX.has(lower(cx, e - 1)) || ADVERBS_BETWEEN_SET.has(lower(cx, e - 1)))
  )
    e--;
  // The clause needs a verb of its own: "who" alone before the cue is the subject's ("those who said").
  if (e - npB < 2 || e - npB > maxTokens) return speaker;
  for (let i = npB; i < e; i++) if (t.kind[i] !== Kind.Word || cx.q.of[i] >= 0 || cx.q.role[i] !== 0) return speaker;
  const end = t.end[e - 1];
  why.push(SPEAKER_RELATIVE_CLAUSE.id);
  return { ...speaker, end, text: cx.text.slice(speaker.start, end) };
}

const OBJECT_RELATIVES: ReadonlySet<string> = new Set(OBJECT_RELATIVE_SUBJECT.value.relatives);
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(OBJECT_RELATIVE_SUBJECT.value.after);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);
/** Most words of the relative clause's own subject ("some senior analysts"). */
const INNER_WORDS = 4;

/** A noun for a person or its plural in -s ("lawyer", "lawyers", "critics"). */
export const personNounOrPlural = (w: string): boolean =>
  PERSON_DESCRIPTORS.has(w) || (w.endsWith('s') && PERSON_DESCRIPTORS.has(w.slice(0, -1)));

/** A lowercase noun of people, or its plural ("analyst", "critics"). */
function peopleNoun(cx: CCtx, i: number): boolean {
  if (cx.t.kind[i] !== Kind.Word || cx.t.flags[i] & Flag.Cap) return false;
  return personNounOrPlural(lower(cx, i));
}

/**
 * Row speaker.object-relative-subject: "a deal that analysts said would weaken …" — the relative
 * clause's own subject between "that"/"which" (at np.b) and the cue at `cueA`, when the cue's
 * clause opens with a modal or finite be/have at `cueB`; undefined otherwise.
 */
export function objectRelativeSubject(
  cx: CCtx,
  np: { a: number; b: number },
  cueA: number,
  cueB: number,
  why: string[],
): { a: number; b: number } | undefined {
  const { t } = cx;
  const isRelative = (i: number) =>
    t.kind[i] === Kind.Word && !(t.flags[i] & Flag.Cap) && OBJECT_RELATIVES.has(lower(cx, i));
  let r = np.b;
  // "The firm defended a scheme that residents said would …": the relative among the last words
  // before the cue, whatever subject the search found (row speaker.object-relative-subject.any-subject).
  let any = false;
  if (r >= cueA || !isRelative(r)) {
    r = -1;
    for (let i = cueA - 2; i > np.a && i >= cueA - 1 - OBJECT_RELATIVE_ANY.value.nearest; i--)
      if (isRelative(i)) {
        r = i;
        any = true;
        break;
      }
    if (r < 0) return undefined;
  }
  if (cueB >= t.count || t.kind[cueB] !== Kind.Word || t.flags[cueB] & Flag.Cap) return undefined;
  // "The tax, which critics said harmed the poor, …": a past opens the clause as well (row
  // speaker.object-relative-subject.past-verb).
  const opener = lower(cx, cueB);
  const past = OBJECT_RELATIVE_PAST.value && (/^[a-z]{3,}ed$/.test(opener) || IRREGULAR_PASTS.has(opener));
  // "which doctors say saves lives" (row speaker.object-relative-subject.past-verb.present-folds).
  if (!CLAUSE_OPENERS.has(opener) && !past && !presentAfterRelative(cx, cueB, t.count)) return undefined;
  const a = r + 1;
  if (cueA - a < 1 || cueA - a > INNER_WORDS) return undefined;
  for (let i = a; i < cueA; i++) if (t.kind[i] !== Kind.Word || cx.q.of[i] >= 0) return undefined;
  const listed =
    (cueA - a === 1 && SUBJECT_PRONOUNS.has(lower(cx, a))) ||
    (startsMention(cx, a) && mentionEnd(cx, a, cueA) === cueA) ||
    peopleNoun(cx, cueA - 1);
  // "residents", "fans", "witnesses": any plural of people (row speaker.object-relative-subject.any-subject).
  const plural = !listed && !(t.flags[cueA - 1] & Flag.Cap) && pluralOfPeople(lower(cx, cueA - 1));
  if (!listed && !plural) return undefined;
  if (plural) any = true;
  why.push(OBJECT_RELATIVE_SUBJECT.id);
  if (any) why.push(OBJECT_RELATIVE_ANY.id);
  return { a, b: cueA };
}
