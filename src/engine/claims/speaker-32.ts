/**
 * claims32's speaker rows (lexicon/claims-32.ts), read by speaker.ts's `resolveSpeaker` and
 * claims.ts's `remember`: whose "the statement" is, which unnamed body "the bank" is, and people
 * who are only "at" a place. Kept apart so the speaker resolver gains three calls, not three
 * blocks, and a merge with other helpers' rows stays a union.
 */
import { lower } from '../context';
import { Kind } from '../tokenize/tokenize';
import type { Speaker } from '../types';
import { NAMED_INTRODUCED, PEOPLE_AT_PLACE, STATEMENT_OF_SOURCE, UNNAMED_BODY_THAT_SPOKE } from '../lexicon/claims-32';
import { mentionAt, type CCtx } from './claim-context';
import type { SpeakerState } from './speaker';

const STATEMENT_NOUNS: ReadonlySet<string> = new Set(STATEMENT_OF_SOURCE.value.nouns);
const PREPOSITIONS: ReadonlySet<string> = new Set(UNNAMED_BODY_THAT_SPOKE.value.prepositions);
const AT_PLACE_HEADS: ReadonlySet<string> = new Set(PEOPLE_AT_PLACE.value);
const PRONOUN = /^(he|she|they|it|i|we|you)$/i;

/** "the statement", "the release": the statement noun of a two-word source, or undefined. */
export function statementNoun(ctx: CCtx, a: number, b: number): string | undefined {
  if (b - a !== 2 || lower(ctx, a) !== 'the' || ctx.t.kind[a + 1] !== Kind.Word) return undefined;
  const w = lower(ctx, a + 1);
  return STATEMENT_NOUNS.has(w) ? w : undefined;
}

/** Sentence `k` has "in a/an/its/her … <noun>": its source spoke in that statement. */
function spokeIn(ctx: CCtx, k: number, noun: string): boolean {
  if (k < 0) return false;
  for (let i = ctx.cs.first[k]; i < ctx.cs.last[k]; i++) {
    if (ctx.t.kind[i] !== Kind.Word || lower(ctx, i) !== noun) continue;
    for (let j = i - 1; j >= ctx.cs.first[k] && j >= i - 3; j--) if (lower(ctx, j) === 'in') return true;
  }
  return false;
}

/**
 * Row speaker.description.statement-of-source: which source of the last sentences spoke "in a
 * statement" (`noun`) — "person" for the last person, "other" for the last other source — or
 * undefined. The nearer wins when both did.
 */
export function statementSource(
  ctx: CCtx,
  state: SpeakerState,
  sent: number,
  noun: string,
): 'person' | 'other' | undefined {
  const within = (k: number) => k >= 0 && sent - k >= 0 && sent - k <= STATEMENT_OF_SOURCE.value.sentences;
  const person = state.lastPerson && within(state.lastPersonSent) && spokeIn(ctx, state.lastPersonSent, noun);
  const other = state.lastOther && within(state.lastOtherSent) && spokeIn(ctx, state.lastOtherSent, noun);
  if (person && other) return state.lastPersonSent > state.lastOtherSent ? 'person' : 'other';
  return person ? 'person' : other ? 'other' : undefined;
}

/**
 * What claims32's rows remember of each claim's speaker: a source written without a name the
 * engine found ("Kazakhstan's central bank"), and a "he"/"she" resolved to a name the tagger did
 * not make a person (row speaker.pronoun.named-introduced), who is then the last person for the
 * next "he adds".
 */
export function rememberSpeaker32(
  state: SpeakerState,
  speaker: Speaker | null,
  k: number,
  isPerson: (id: string) => boolean,
): void {
  if (!speaker) return;
  const id = speaker.entityId;
  if (id && !isPerson(id) && /^(he|she)$/i.test(speaker.text)) {
    state.lastPerson = id;
    state.lastPersonSent = k;
    if (!state.gender.has(id)) state.gender.set(id, speaker.text.toLowerCase() === 'she' ? 'f' : 'm');
  }
  if (id || PRONOUN.test(speaker.text)) return;
  (state.unnamedSpoke ??= []).push({ name: speaker.name ?? speaker.text, sent: k });
}

/**
 * Row speaker.description.organization.unnamed-body-that-spoke: the latest unnamed source within
 * the window whose head noun is `head` ("central bank" for "the bank"), or undefined.
 */
export function unnamedBodyThatSpoke(state: SpeakerState, sent: number, head: string): string | undefined {
  const list = state.unnamedSpoke;
  if (!list) return undefined;
  for (let n = list.length - 1; n >= 0; n--) {
    const { name, sent: k } = list[n];
    if (sent - k > UNNAMED_BODY_THAT_SPOKE.value.sentences) return undefined;
    if (k >= sent) continue;
    const words = name.toLowerCase().split(/\s+/);
    if (words[words.length - 1] !== head || words.some((w) => PREPOSITIONS.has(w))) continue;
    return name;
  }
  return undefined;
}

/** Row speaker.people-of-place.at: "Travellers at", "Fans at" — people only present at a place. */
export function peopleAtPlace(preposition: string, head: string): boolean {
  return preposition === 'at' && AT_PLACE_HEADS.has(head);
}

const LINKS: ReadonlySet<string> = new Set(NAMED_INTRODUCED.value.links);
const AGES: ReadonlySet<string> = new Set(NAMED_INTRODUCED.value.ages);

/**
 * Row speaker.pronoun.named-introduced: the entity of a name of two or more words introduced by
 * "named"/"called" after a person noun, in sentence `sent` (before `before`) or the one before it.
 */
export function namedIntroduced(
  ctx: CCtx,
  sent: number,
  before: number,
  isPersonNoun: (w: string) => boolean,
): string | undefined {
  for (let k = sent; k >= 0 && k >= sent - 1; k--) {
    for (let i = ctx.cs.last[k] - 2; i >= ctx.cs.first[k]; i--) {
      if (ctx.t.start[i] >= before || ctx.t.kind[i] !== Kind.Word || !LINKS.has(lower(ctx, i))) continue;
      const m = mentionAt(ctx, i + 1);
      if (!m || m.start >= before || ctx.text.slice(m.start, m.end).indexOf(' ') < 0) continue;
      for (let j = i - 1; j >= ctx.cs.first[k] && j >= i - NAMED_INTRODUCED.value.reach; j--) {
        const w = lower(ctx, j);
        // "23-year-old" is one token.
        if (AGES.has(w) || AGES.has(w.slice(w.lastIndexOf('-') + 1)) || isPersonNoun(w)) return m.entityId;
      }
    }
  }
  return undefined;
}

/**
 * Row speaker.pronoun.named-introduced, on later sentences: the last person is a name this row
 * gave a "he"/"she" before (no person entity), within three sentences and of the same gender.
 */
export function introducedBefore(
  state: SpeakerState,
  sent: number,
  want: 'm' | 'f',
  isPerson: (id: string) => boolean,
): string | undefined {
  const id = state.lastPerson;
  if (!id || isPerson(id) || sent - state.lastPersonSent > 3) return undefined;
  return state.gender.get(id) === want ? id : undefined;
}
