/**
 * Row speaker.interview.q-and-a (lexicon/claims-31b.ts): an interview printed as "Q: …" and
 * "A: …" paragraphs after an introduction that names the person interviewed. Each answer becomes a
 * guest's turn (transcript-turns.ts's `Turn`) of the person the introduction names most; the
 * questions are the host's. Only paragraphs that open with a one-letter label and ":" or "." are
 * looked at, and only documents with enough of both get any.
 */
import { QA_INTERVIEW_TURNS } from '../lexicon/claims-31b';
import type { CCtx } from './claim-context';
import type { Turn } from './transcript-turns';

const { question, answer, minTurns } = QA_INTERVIEW_TURNS.value;
const QUESTION: ReadonlySet<string> = new Set(question);
const ANSWER: ReadonlySet<string> = new Set(answer);
const none: Turn[] = [];

/** The label at text offset p ("Q: ", "A. "): its letter, or "" when there is none. */
function labelAt(text: string, p: number): string {
  const mark = text.charCodeAt(p + 1);
  const space = text.charCodeAt(p + 2);
  if ((mark !== 58 && mark !== 46) || (space !== 32 && space !== 9)) return '';
  const letter = text[p];
  return QUESTION.has(letter) || ANSWER.has(letter) ? letter : '';
}

/** The person entity the sentences before `to` mention most (the first named on a tie), with its first mention. */
function introducedPerson(cx: CCtx, to: number): { id: string; start: number; end: number } | undefined {
  // In text order, so a tie goes to the person named first.
  const seen = new Map<string, { id: string; start: number; end: number; n: number }>();
  for (let k = 0; k < to; k++) {
    if (cx.cs.headline[k]) continue;
    for (const m of cx.mentionsBySent[k] ?? []) {
      if (m.type !== 'person') continue;
      const had = seen.get(m.entityId);
      if (had) had.n++;
      else seen.set(m.entityId, { id: m.entityId, start: m.start, end: m.end, n: 1 });
    }
  }
  let best: { id: string; start: number; end: number; n: number } | undefined;
  for (const x of seen.values()) if (!best || x.n > best.n) best = x;
  return best;
}

export function qaTurns(cx: CCtx): Turn[] {
  const { cs, t, text } = cx;
  let turns: Turn[] | undefined;
  let questions = 0,
    answers = 0,
    firstLabel = -1;
  for (let k = 0; k < cs.count; k++) {
    if (!cs.lineStart[k]) continue;
    const p = t.start[cs.first[k]];
    const letter = labelAt(text, p);
    if (!letter) continue;
    if (firstLabel < 0) firstLabel = k;
    const host = QUESTION.has(letter);
    if (host) questions++;
    else answers++;
    let to = k + 1;
    while (to < cs.count && !cs.lineStart[to]) to++;
    (turns ??= []).push({ from: k, to, labelStart: p, labelEnd: p + 1, end: p + 2, name: '', host, question: host });
  }
  if (!turns || questions < minTurns || answers < minTurns) return none;
  const person = introducedPerson(cx, firstLabel);
  const entity = person && cx.entityById.get(person.id);
  if (!person || !entity) return none;
  for (const x of turns) {
    x.name = entity.name;
    x.entityId = entity.id;
    x.who = { start: person.start, end: person.end };
  }
  return turns;
}
