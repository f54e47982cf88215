/**
 * claims33's speaker rows (lexicon/claims-33.ts), read by speaker.ts's `resolveSpeaker` and
 * `named`: the firm named after its kind that "the company" means, counsel's rank after a name,
 * and "the witness". Kept apart so the speaker resolver gains calls, not blocks, and a merge with
 * other helpers' rows stays a union.
 */
import { lower } from '../context';
import { Flag, Kind } from '../tokenize/tokenize';
import { ORG_DESCRIPTORS } from '../lexicon/words';
import { FIRM_AFTER_KIND, POST_NOMINAL, WITNESS } from '../lexicon/claims-33';
import { tokenAt, type CCtx } from './claim-context';
import type { SpeakerState } from './speaker';

const KINDS: ReadonlySet<string> = new Set(FIRM_AFTER_KIND.value.kinds);
const PERSON_VERBS: ReadonlySet<string> = new Set(FIRM_AFTER_KIND.value.personVerbs);
const JOINERS: ReadonlySet<string> = new Set(['and', '&']);

const capWord = (cx: CCtx, i: number) => cx.t.kind[i] === Kind.Word && !!(cx.t.flags[i] & Flag.Cap);

/** A firm named after its kind: its name, offsets and sentence. */
export interface Firm {
  name: string;
  start: number;
  end: number;
  sent: number;
}

/**
 * Row speaker.description.organization.firm-after-kind: the firm made a claim — a name inside it
 * is the last person who spoke or an organisation that spoke.
 */
export function firmSpoke(ctx: CCtx, state: SpeakerState, firm: Firm): boolean {
  for (const m of ctx.mentionsBySent[firm.sent] ?? [])
    if (m.start >= firm.start && m.end <= firm.end && (m.entityId === state.lastPerson || state.spoke?.has(m.entityId)))
      return true;
  return false;
}

/**
 * Row speaker.description.organization.firm-after-kind: the nearest name before `before`, within
 * the row's sentences, written right after a kind of firm ("retailer Harrow and Finch", "grocer
 * Bellamy Pratt"), with its offsets; or undefined.
 */
export function firmAfterKind(ctx: CCtx, sent: number, before: number): Firm | undefined {
  for (let k = sent; k >= 0 && k >= sent - FIRM_AFTER_KIND.value.sentences; k--) {
    const first = ctx.cs.first[k],
      last = ctx.cs.last[k];
    for (let i = last - 1; i > first; i--) {
      if (ctx.t.start[i] >= before || !capWord(ctx, i) || capWord(ctx, i - 1)) continue;
      const kind = lower(ctx, i - 1);
      if (ctx.t.kind[i - 1] !== Kind.Word || !(ORG_DESCRIPTORS.has(kind) || KINDS.has(kind))) continue;
      // The name: capitalised words, over "and" or "&" to the next capitalised word.
      let e = i + 1;
      for (;;) {
        while (e < last && capWord(ctx, e)) e++;
        if (e + 1 < last && JOINERS.has(lower(ctx, e)) && capWord(ctx, e + 1)) e += 2;
        else break;
      }
      if (ctx.t.end[e - 1] > before) continue;
      // "The group Jane Smith founded": a person of the firm.
      if (e < last && PERSON_VERBS.has(lower(ctx, e))) continue;
      return {
        name: ctx.text.slice(ctx.t.start[i], ctx.t.end[e - 1]),
        start: ctx.t.start[i],
        end: ctx.t.end[e - 1],
        sent: k,
      };
    }
  }
  return undefined;
}

const RANKS = new RegExp(`\\s+(?:${POST_NOMINAL.value.join('|')})$`);

/** Row speaker.name.post-nominal: "Helen Ashdown KC" → "Helen Ashdown". */
export function withoutPostNominal(name: string): string {
  return name.replace(RANKS, '');
}

const WITNESS_NOUNS: ReadonlySet<string> = new Set(WITNESS.value.nouns);
const COUNSEL: ReadonlySet<string> = new Set(WITNESS.value.counsel);

/** "the witness": a two-word description of a witness, tokens [a, b). */
export function isWitness(ctx: CCtx, a: number, b: number): boolean {
  return b - a === 2 && lower(ctx, a) === 'the' && WITNESS_NOUNS.has(lower(ctx, a + 1));
}

/**
 * Row speaker.description.witness: the last person who spoke, within the row's sentences, unless
 * counsel or the judge (a rank after the name, or "Judge", "Prosecuting", "counsel" before one of
 * the person's mentions); or undefined.
 */
export function witnessOf(ctx: CCtx, state: SpeakerState, sent: number): string | undefined {
  const id = state.lastPerson;
  if (!id || sent - state.lastPersonSent > WITNESS.value.sentences) return undefined;
  const e = ctx.entityById.get(id);
  if (!e || RANKS.test(e.name)) return undefined;
  for (let k = Math.max(0, sent - 12); k <= sent; k++)
    for (const m of ctx.mentionsBySent[k] ?? []) {
      if (m.entityId !== id) continue;
      // The word before the mention, over one comma ("Rawle's counsel, Michael Frere").
      let j = m.start > 0 ? tokenAt(ctx, m.start - 1) : -1;
      if (ctx.text[ctx.t.start[j]] === ',') j--;
      if (j >= 0 && COUNSEL.has(lower(ctx, j))) return undefined;
      if (RANKS.test(ctx.text.slice(m.start, m.end))) return undefined;
    }
  return id;
}
