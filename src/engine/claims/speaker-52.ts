/**
 * claims62's speaker rows (lexicon/claims-52.ts): a courtesy title between "of" and a person's
 * name, and a plural noun of people before a name in apposition.
 */
import { lower } from '../context';
import { Flag, Kind } from '../tokenize/tokenize';
import { NAME_WITH_MARK, NOUN_OF_TITLED_PERSON, PLURAL_HEAD_APPOSITIVE } from '../lexicon/claims-52';
import { TITLE_ROWS } from '../lexicon/titles';
import { rowNamed } from '../lexicon/rule-row';
import { isComma, type CCtx } from './claim-context';
import { personNounOrPlural } from './relative-speaker';

const COURTESY: ReadonlySet<string> = new Set(
  (rowNamed(TITLE_ROWS, 'title.courtesy').value as readonly string[]).map((w) => w.replace(/\.$/, '')),
);

/**
 * Row speaker.person-possessor-not-speaker.titled-person: the token a person mention starting at
 * `i` would start at without a courtesy title ("of Mr Ahmed": the title's token); `i` otherwise.
 */
export function pastCourtesyTitle(ctx: CCtx, a: number, i: number): number {
  if (!NOUN_OF_TITLED_PERSON.value) return i;
  let k = i - 1;
  if (k > a && ctx.t.kind[k] === Kind.Punct && ctx.text[ctx.t.start[k]] === '.') k--;
  return k > a && ctx.t.kind[k] === Kind.Word && COURTESY.has(lower(ctx, k)) ? k : i;
}

const GROUPS: ReadonlySet<string> = new Set(PLURAL_HEAD_APPOSITIVE.value);

/**
 * Row speaker.noun-of-person.plural-head-appositive: the tokens from `a` to the comma at `c` are an
 * optional article, a plural or collective lowercase noun of people, "of" and lowercase words
 * ("Relatives of the victim"); the name in apposition after `c` is then not the speaker.
 */
export function pluralHeadAppositive(ctx: CCtx, a: number, c: number): boolean {
  if (!isComma(ctx, c)) return false;
  let h = a;
  if (h < c && /^(the|a|an)$/.test(lower(ctx, h))) h++;
  if (h + 2 >= c || lower(ctx, h + 1) !== 'of' || ctx.t.kind[h] !== Kind.Word) return false;
  const w = lower(ctx, h);
  if (!GROUPS.has(w) && !(w.endsWith('s') && personNounOrPlural(w))) return false;
  for (let k = h + 2; k < c; k++) if (ctx.t.kind[k] !== Kind.Word || (ctx.t.flags[k] & Flag.Cap && k > a)) return false;
  return true;
}

/**
 * Row speaker.subject.name-with-mark: token `end` is a question or exclamation mark written
 * against a capitalised word after the sentence's first token, with a lowercase word after it
 * ("The consumer group Which? said", "Yahoo! said").
 */
export function markEndsName(ctx: CCtx, end: number, sentFirst: number): boolean {
  const { t } = ctx;
  if (!NAME_WITH_MARK.value || end - 1 < sentFirst || end + 1 >= t.count || t.kind[end] !== Kind.Punct) return false;
  const ch = ctx.text[t.start[end]];
  if ((ch !== '?' && ch !== '!') || t.end[end - 1] !== t.start[end]) return false;
  if (t.kind[end - 1] !== Kind.Word || !(t.flags[end - 1] & Flag.Cap) || ctx.q.of[end] >= 0) return false;
  return t.kind[end + 1] === Kind.Word && !(t.flags[end + 1] & Flag.Cap);
}
