/**
 * Row speaker.transcript.turn: the turns of a broadcast or interview transcript ("DAVID ASHWORTH:
 * …", "ANCHOR (NINA OKAFOR): …", then "ASHWORTH: …"), each with the person who speaks it. Only
 * paragraphs that open with a capitalised label are looked at (a two-letter test per paragraph,
 * then one anchored regex), and only documents where two different people have turns get any.
 * A band's line-up ("JOHN SMITH: Guitar, vocals", two or more entries in a row) is no transcript
 * (row speaker.transcript.line-up-entry).
 */
import { FEMALE_NAMES, MALE_NAMES } from '../lexicon/gender-names';
import { TRANSCRIPT_LABELS, TRANSCRIPT_LINE_UP } from '../lexicon/speaker-words';
import { TRANSCRIPT_MIXED_CASE_LABEL } from '../lexicon/claims-32b';
import { QA_INTERVIEW_TURNS } from '../lexicon/claims-31b';
import { TRANSCRIPT_Q_AND_NAME } from '../lexicon/claims-46';
import type { CCtx } from './claim-context';

export interface Turn {
  /** First sentence of the turn's paragraph, and one past its last. */
  from: number;
  to: number;
  /** The label's characters ("DAVID ASHWORTH"), without the colon; `end` is just past the colon. */
  labelStart: number;
  labelEnd: number;
  end: number;
  name: string;
  entityId?: string;
  /** A host's turn (anchor, moderator …): questions and links, left to the ordinary cues. */
  host: boolean;
  /** Where the speaker is named when the label is no name ("A:" of an interview, qa-turns.ts). */
  who?: { start: number; end: number };
  /** An interviewer's "Q:" turn: its questions are no claims (row speaker.transcript.q-and-name). */
  question?: boolean;
}

const LABEL = /([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?: \(([A-Za-z][A-Za-z'’. -]{0,40})\))?:[ \t]/y;
const ROLES: ReadonlySet<string> = new Set(TRANSCRIPT_LABELS.value.roles);
const HOSTS: ReadonlySet<string> = new Set(TRANSCRIPT_LABELS.value.hosts);
const NOT_SPEAKERS: ReadonlySet<string> = new Set(TRANSCRIPT_LABELS.value.notSpeakers);
const none: Turn[] = [];
const LINE_UP: ReadonlySet<string> = new Set(TRANSCRIPT_LINE_UP.value);

/**
 * Row speaker.transcript.line-up-entry: the text after the label at `from`, up to the first full
 * stop or line end, is only instruments and their qualifiers ("Guitar, vocals", "Bass & keys").
 */
function lineUpEntry(text: string, from: number): boolean {
  let e = from;
  while (e < text.length && e - from < 80 && text[e] !== '.' && text[e] !== '\n') e++;
  const words = text
    .slice(from, e)
    .toLowerCase()
    .split(/[\s,&/]+/);
  let n = 0;
  for (const w of words) {
    if (!w) continue;
    if (!LINE_UP.has(w)) return false;
    n++;
  }
  return n > 0;
}
/** Whether labelled paragraph `i` is a line-up entry next to another one (a line-up lists two or more players). */
const inLineUp = (lineUp: readonly boolean[], i: number) =>
  lineUp[i] && (lineUp[i - 1] === true || lineUp[i + 1] === true);
const GIVEN: ReadonlySet<string> = new Set(`${FEMALE_NAMES} ${MALE_NAMES}`.split(/\s+/));
const QUESTION_LABELS: ReadonlySet<string> = new Set(QA_INTERVIEW_TURNS.value.question);

/** Paragraph at text offset p opens with an interviewer's label ("Q: "). */
const questionLabel = (text: string, p: number) =>
  QUESTION_LABELS.has(text[p]) &&
  text.charCodeAt(p + 1) === 58 &&
  (text.charCodeAt(p + 2) === 32 || text.charCodeAt(p + 2) === 9);

/**
 * A label of several words that names no one in the text and carries no role is a person only
 * when a word before the last is a given name ("DAVID ASHWORTH", "SEN. ELIZABETH WARREN"); an
 * all-caps heading ("KEY FACTS:", "HOW IT WORKS:", "WHAT'S NEXT:") is not, unless its last word
 * is used alone as a later turn's label, as transcripts do with surnames.
 */
const givenNameIn = (label: string) =>
  label
    .toLowerCase()
    .split(' ')
    .slice(0, -1)
    .some((w) => GIVEN.has(w));

const isUpper = (c: number) => c >= 65 && c <= 90;
const titleCase = (s: string) =>
  s === s.toUpperCase() ? s.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (x) => x.toUpperCase()) : s;

export function transcriptTurns(cx: CCtx): Turn[] {
  const { cs, t, text } = cx;
  let turns: Turn[] | undefined;
  let people: Map<string, { name: string; entityId?: string }> | undefined;
  const hostNames = new Set<string>();
  // Turns whose label reads as a person only if a later surname label confirms it (see givenNameIn).
  const unsure = new Set<string>();
  const confirmed = new Set<string>();
  const lineUp: boolean[] = [];
  let labelOfTurn: number[] | undefined;
  let mixedTurns: Turn[] | undefined;
  let questions: Turn[] | undefined;
  for (let k = 0; k < cs.count; k++) {
    if (!cs.lineStart[k]) continue;
    const p = t.start[cs.first[k]];
    if (!isUpper(text.charCodeAt(p))) continue;
    // "Q: …" between the guests' turns (row speaker.transcript.q-and-name): the interviewer's.
    if (questionLabel(text, p)) {
      let to = k + 1;
      while (to < cs.count && !cs.lineStart[to]) to++;
      (questions ??= []).push({
        from: k,
        to,
        labelStart: p,
        labelEnd: p + 1,
        end: p + 3,
        name: 'Q',
        host: true,
        question: true,
      });
      continue;
    }
    if (!isUpper(text.charCodeAt(p + 1))) {
      // "Renwick: …" (row speaker.transcript.mixed-case-label): only a person the text names.
      const mixed = mixedCaseLabel(text, p, (people ??= peopleByCaps(cx)));
      if (!mixed) continue;
      let to = k + 1;
      while (to < cs.count && !cs.lineStart[to]) to++;
      (mixedTurns ??= []).push({
        from: k,
        to,
        labelStart: p,
        labelEnd: p + mixed.length,
        end: mixed.end,
        ...mixed.who,
        host: false,
      });
      continue;
    }
    LABEL.lastIndex = p;
    const m = LABEL.exec(text);
    if (!m) continue;
    // Row speaker.transcript.line-up-entry, decided once every labelled paragraph is known (below).
    lineUp.push(lineUpEntry(text, p + m[0].length));
    const outside = m[1].toLowerCase();
    if (outside.split(' ').some((w) => NOT_SPEAKERS.has(w))) continue;
    const inner = m[2]?.toLowerCase();
    let who = m[1],
      role = '';
    if (ROLES.has(outside) && inner && !ROLES.has(inner)) {
      who = m[2];
      role = outside;
    } else if (inner && ROLES.has(inner)) role = inner;
    else if (ROLES.has(outside)) continue;
    people ??= peopleByCaps(cx);
    const byPerson = people.get(who.toUpperCase());
    const byTurn = byPerson ? undefined : turns?.find((x) => x.name.toUpperCase().endsWith(' ' + who.toUpperCase()));
    if (byTurn && who.indexOf(' ') < 0) confirmed.add(byTurn.name);
    const known = byPerson ?? byTurn;
    // A one-word label is a turn only as a surname of someone named, or a name given beside a
    // role ("CALLER (SARAH)"); a lone capitalised word is a dateline ("LONDON:").
    if (!known && who.indexOf(' ') < 0 && !(role && who === m[2])) continue;
    const name = known?.name ?? titleCase(who);
    if (!known && !role && !givenNameIn(who)) unsure.add(name);
    if (HOSTS.has(role)) hostNames.add(name);
    let to = k + 1;
    while (to < cs.count && !cs.lineStart[to]) to++;
    const labelStart = p + (who === m[2] ? m[0].indexOf('(') + 1 : 0);
    (labelOfTurn ??= []).push(lineUp.length - 1);
    (turns ??= []).push({
      from: k,
      to,
      labelStart,
      labelEnd: labelStart + who.length,
      end: p + m[0].length,
      name,
      ...(known?.entityId ? { entityId: known.entityId } : {}),
      host: false,
    });
  }
  // A line-up lists players one after another; an interview answer that names only an instrument
  // ("KERR: Piano. My mother made me practise.") sits between the host's turns and stays a turn.
  if (turns && lineUp.includes(true)) turns = turns.filter((_, i) => !inLineUp(lineUp, labelOfTurn![i]));
  if (turns && unsure.size) turns = turns.filter((x) => !unsure.has(x.name) || confirmed.has(x.name));
  if (mixedTurns && dialogue(mixedTurns)) turns = [...(turns ?? []), ...mixedTurns].sort((x, y) => x.from - y.from);
  if (!turns) return none;
  const guests = new Set(turns.map((x) => x.name)).size;
  // One guest between "Q:" turns is an interview when the text names the guest (row
  // speaker.transcript.q-and-name); two people with turns are a transcript as before.
  const interview =
    guests === 1 &&
    (questions?.length ?? 0) >= TRANSCRIPT_Q_AND_NAME.value.minQuestions &&
    turns.every((x) => x.entityId !== undefined);
  if (guests < 2 && !interview) return none;
  for (const x of turns) x.host = hostNames.has(x.name);
  return questions ? [...turns, ...questions].sort((x, y) => x.from - y.from) : turns;
}

const MIXED_LABEL = /([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}):[ \t]/y;
/** The mixed-case label at text offset p ("Renwick: "), when it is the name or surname of a person of `people`. */
function mixedCaseLabel(
  text: string,
  p: number,
  people: Map<string, { name: string; entityId?: string }>,
): { length: number; end: number; who: { name: string; entityId?: string } } | undefined {
  MIXED_LABEL.lastIndex = p;
  const m = MIXED_LABEL.exec(text);
  const who = m && people.get(m[1].toUpperCase());
  return m && who ? { length: m[1].length, end: p + m[0].length, who } : undefined;
}
/** At least two people have at least `minTurnsEach` mixed-case turns each: a dialogue, not a list of entries. */
function dialogue(turns: readonly Turn[]): boolean {
  const n = new Map<string, number>();
  for (const x of turns) n.set(x.name, (n.get(x.name) ?? 0) + 1);
  let people = 0;
  for (const c of n.values()) if (c >= TRANSCRIPT_MIXED_CASE_LABEL.value.minTurnsEach) people++;
  return people >= 2;
}

/** Person names written in mixed case, by their capitals, in full and by a surname only one of them has. */
function peopleByCaps(cx: CCtx): Map<string, { name: string; entityId?: string }> {
  const out = new Map<string, { name: string; entityId?: string }>();
  const surnames = new Map<string, { name: string; entityId?: string } | null>();
  for (const e of cx.entityById.values()) {
    const up = e.name.toUpperCase();
    // The labels themselves are found as names in capitals: only names written in mixed case count.
    if (e.type !== 'person' || up === e.name) continue;
    const v = { name: e.name, entityId: e.id };
    out.set(up, v);
    const sp = up.lastIndexOf(' ');
    if (sp > 0) {
      const s = up.slice(sp + 1);
      const had = surnames.get(s);
      surnames.set(s, had === undefined || had?.name === e.name ? v : null);
    }
  }
  for (const [s, v] of surnames) if (v && !out.has(s)) out.set(s, v);
  return out;
}
