/**
 * name.compound-modifier (lexicon/fold-patterns-16.ts, helper ents26b): the place or body inside a
 * hyphenated modifier ("the [Almaty]-based holding"). The tokenizer keeps "Almaty-based" one token
 * (the tagger's features read it so, and the committed model was trained on them), so this is the
 * one rule whose mention is smaller than its token: it ends `cut` characters before the token does.
 * It reads the names the rules decided and adds mentions beside them; it replaces none.
 */
import { isDemonym, lower, placeLookup, tokensOf, type Ctx, type PlaceHit } from '../context';
import type { Mention } from '../types';
import { DETERMINERS, FUNCTION_WORDS } from '../lexicon/words';
import { COMPOUND_MODIFIER_ROW } from '../lexicon/fold-patterns-16';
import { intern } from '../intern';
import { ORG, PERSON, hyphenTailMarks, isCapWord, onLine, type NamedSpan } from './named-spans';

const PARTICIPLES = new Set(COMPOUND_MODIFIER_ROW.value);
const WHY = intern(`rule ${COMPOUND_MODIFIER_ROW.id}`);
/** Most capitalised words before the compound that the name may take ("New York-born"). */
const LEAD_WORDS = 2;

/** A mention inside a compound: tokens a..b, the last one's final `cut` characters left out. */
export interface CompoundMention {
  a: number;
  b: number;
  type: 'place' | 'organization';
  cut: number;
  place?: PlaceHit;
  why: string;
  rule: string;
}

/** The type the article's names give `text` (the first name with exactly this text), if any. */
function typeInArticle(ctx: Ctx, names: readonly NamedSpan[], text: string): number | undefined {
  for (const n of names) {
    if (ctx.text.slice(ctx.t.start[n.a], ctx.t.end[n.b - 1]) === text) return n.type;
  }
  return undefined;
}

export function compoundModifierMentions(ctx: Ctx, names: readonly NamedSpan[]): CompoundMention[] {
  const t = ctx.t;
  const found: CompoundMention[] = [];
  let covered: Uint8Array | undefined;
  // The tokens of hyphenated words ending in a participle only, not a slice of every capitalised word.
  const hits = tokensOf(ctx, hyphenTailMarks(ctx, PARTICIPLES, true));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!isCapWord(ctx, i)) continue;
    const form = ctx.forms[ctx.form[i]];
    const dash = form.lastIndexOf('-');
    const head = form.slice(0, dash);
    if (head.includes('-') || isDemonym(ctx, head)) continue;
    if (!covered) {
      covered = new Uint8Array(t.count);
      for (const n of names) for (let k = n.a; k < n.b; k++) covered[k] = 1;
    }
    if (covered[i]) continue;
    const end = t.start[i] + dash;
    // The longest reading first: "New York-born" before "York-born".
    for (let a = i - Math.min(LEAD_WORDS, i); a <= i; a++) {
      let ok = true;
      for (let k = a; k < i && ok; k++)
        ok =
          isCapWord(ctx, k) &&
          !covered[k] &&
          onLine(ctx, k + 1) &&
          !FUNCTION_WORDS.has(lower(ctx, k)) &&
          !DETERMINERS.has(lower(ctx, k));
      if (!ok) continue;
      const text = ctx.text.slice(t.start[a], end);
      const known = typeInArticle(ctx, names, text);
      if (known === PERSON) continue;
      const place = known === ORG ? undefined : placeLookup(ctx, text);
      if (known === undefined && !place) continue;
      const type = known === ORG ? 'organization' : 'place';
      const m: CompoundMention = { a, b: i + 1, type, cut: t.end[i] - end, why: WHY, rule: COMPOUND_MODIFIER_ROW.id };
      if (place) m.place = place;
      found.push(m);
      break;
    }
  }
  return found;
}

/** The last token that starts at or before character `pos`. */
function tokenAtChar(ctx: Ctx, pos: number): number {
  let lo = 0,
    hi = ctx.t.count - 1,
    ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.t.start[mid] <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/**
 * The mentions but those that end inside a word: a name inside a modifier ("Toronto-listed Altyn
 * Ridge Resources") modifies the word it is in and is never the head of a phrase, so claims do not
 * take it for a speaker or for what "it" refers to. The same array when there are none.
 */
export function wholeWordMentions(ctx: Ctx, mentions: Mention[]): Mention[] {
  const t = ctx.t;
  // Mentions come mostly in text order, so each one's last token is searched for from the one
  // before (a binary search per mention was 0.5% of an analysis of the bench text).
  let near = 0;
  let kept: Mention[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    let inside = false;
    if (m.end > m.start) {
      near = tokenAtCharNear(ctx, m.end - 1, near);
      inside = t.end[near] !== m.end;
    }
    if (inside) kept ??= mentions.slice(0, k);
    else if (kept) kept.push(m);
  }
  return kept ?? mentions;
}

/** Tokens walked forward from the hint before `tokenAtCharNear` falls back to a binary search. */
const NEAR_STEPS = 32;

/**
 * `tokenAtChar(ctx, pos)`, found by walking forward from token `near` when that token starts at or
 * before `pos` and the answer is a few tokens on; token starts strictly increase, so the last one
 * at or before `pos` is the same token either way.
 */
function tokenAtCharNear(ctx: Ctx, pos: number, near: number): number {
  const { start, count } = ctx.t;
  if (near < count && start[near] <= pos) {
    let j = near;
    for (let step = 0; step < NEAR_STEPS && j + 1 < count && start[j + 1] <= pos; step++) j++;
    if (j + 1 >= count || start[j + 1] > pos) return j;
  }
  return tokenAtChar(ctx, pos);
}
