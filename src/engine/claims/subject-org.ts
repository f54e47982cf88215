/**
 * Row speaker.description.organization.sentence-subject (claims-44.ts): "Harlow Foods has agreed to
 * sell its tea brands, including Brightleaf and Morrow, to Kestrel Partners, the consumer goods group said." —
 * the organisation that opens the sentence as the subject of a verb that is no cue is who a
 * closing tag's description stands for, not a name inside its object or a list.
 */
import { Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import type { Mention } from '../types';
import { pastInEd, tokenAt, type CCtx } from './claim-context';
import { isAuxiliary, isIrregularPast, pastParticiple } from './verb-forms';
import { COURT_ROLE, SUBJECT_ORG } from '../lexicon/claims-44';
import type { NP } from './speaker';

const DASHES: ReadonlySet<string> = new Set(SUBJECT_ORG.value.dashes);

/**
 * Token `j` may start a cue and reports something: not a verb before "to" or a number ("agreed to
 * sell", "recalled 12,000 cars").
 */
function reports(cx: CCtx, j: number): boolean {
  if (cx.cand[j] !== 2) return false;
  if (j + 1 >= cx.t.count) return true;
  return lower(cx, j + 1) !== 'to' && cx.t.kind[j + 1] !== Kind.Num;
}

/**
 * The forms of "be" this row reads as opening a passive: past and perfect only, as the row was
 * written (stop 44) for reports of what was done to an organisation ("was sued", "has been
 * fined"); a present passive ("is owned by") is left as it was, not tried.
 */
const PASSIVE: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being']);

/** Token `j` opens a passive: "was sued", "has been fined", "were told". */
function passiveAt(cx: CCtx, j: number): boolean {
  let be = false;
  let k = j;
  for (; k < cx.t.count && cx.t.kind[k] === Kind.Word; k++) {
    const w = lower(cx, k);
    if (PASSIVE.has(w)) be = true;
    else if (!isAuxiliary(w)) break;
  }
  if (!be || k >= cx.t.count || cx.t.kind[k] !== Kind.Word) return false;
  return pastParticiple(lower(cx, k));
}

/**
 * Another organisation than `subject` in the subject's own clause (before the first comma after it
 * and before `before`) that fits the description too ("The Football Association fined Arsenal …,
 * the club said"): the tag may be the other's, so the row leaves the choice to the recent one.
 */
export function rivalInClause(
  cx: CCtx,
  sent: number,
  subject: Mention,
  before: number,
  fits: (m: Mention) => boolean,
): boolean {
  let end = before;
  for (let k = tokenAt(cx, subject.end - 1) + 1; k < cx.t.count && cx.t.start[k] < before; k++)
    if (cx.t.kind[k] === Kind.Punct && cx.text[cx.t.start[k]] === ',') {
      end = cx.t.start[k];
      break;
    }
  return (cx.mentionsBySent[sent] ?? []).some(
    (m) =>
      m.start >= subject.end &&
      m.end <= end &&
      m.entityId !== subject.entityId &&
      cx.entityById.get(m.entityId)?.type === 'organization' &&
      fits(m),
  );
}

/**
 * The organisation mention that opens sentence `sent` (at its first token or right after a
 * dateline's dash) and is followed at once by an auxiliary or a past verb that may not start a
 * cue ("Harlow Foods has agreed", "Airbus won"), or undefined. Not "Serie A said …" or "WHO asked …"
 * (a cue: the content is someone else's), nor "Siemens shares fell" (the name modifies a noun).
 */
export function subjectOrg(cx: CCtx, sent: number, before: number): Mention | undefined {
  if (!SUBJECT_ORG.value.on) return undefined;
  const first = cx.cs.first[sent];
  for (const m of cx.mentionsBySent[sent] ?? []) {
    if (m.start >= before) return undefined;
    const i = tokenAt(cx, m.start);
    // "The Harlow Foods Co has agreed …", "BERLIN - Volkswagen will …".
    const opens =
      i === first ||
      (i === first + 1 && lower(cx, first) === 'the') ||
      (i > first && cx.t.kind[i - 1] === Kind.Punct && DASHES.has(cx.text[cx.t.start[i - 1]]));
    if (!opens) continue;
    if (cx.entityById.get(m.entityId)?.type !== 'organization') return undefined;
    let j = i;
    while (j < cx.t.count && cx.t.start[j] < m.end) j++;
    if (j >= cx.t.count || cx.t.kind[j] !== Kind.Word || reports(cx, j)) return undefined;
    const w = lower(cx, j);
    const verb = isAuxiliary(w) || isIrregularPast(w) || pastInEd(cx, j);
    // "Harlow Foods has said": an auxiliary before a cue is the cue's.
    if (!verb || (isAuxiliary(w) && j + 1 < cx.t.count && reports(cx, j + 1))) return undefined;
    // "Tesla was sued by Panasonic": a passive subject is acted on; the tag may be the other's.
    if (passiveAt(cx, j)) return undefined;
    return m;
  }
  return undefined;
}

const COURT_HEADS: ReadonlySet<string> = new Set(COURT_ROLE.value.heads);
const AFTER_HEAD: ReadonlySet<string> = new Set(COURT_ROLE.value.after);

/**
 * Row speaker.subject.court-role-as-written: the organisation `m` in the subject `np` is followed at
 * once by a court's role that heads the phrase ("A Superior Court judge", "a federal court judge in
 * Fulton County"), with nothing after the role but a place or body after "in", "at", "of" or "for".
 */
export function courtRoleAfter(cx: CCtx, m: Mention, np: NP): boolean {
  let e = tokenAt(cx, m.start);
  while (e < np.b && cx.t.start[e] < m.end) e++;
  if (e >= np.b || cx.t.kind[e] !== Kind.Word || !COURT_HEADS.has(cx.text.slice(cx.t.start[e], cx.t.end[e])))
    return false;
  return e + 1 === np.b || AFTER_HEAD.has(lower(cx, e + 1));
}
