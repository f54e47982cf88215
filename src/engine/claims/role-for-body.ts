/**
 * Row speaker.appositive.names-body-of-role (lexicon/claims-45.ts): "A lawyer for the developer,
 * Castlegate Homes, told …" — the name in apposition names the body the role is "for", so the
 * speaker is the description before it.
 */
import { lower } from '../context';
import { APPOSITIVE_NAMES_BODY } from '../lexicon/claims-45';
import { KNOWN_ORG_NAMES } from '../lexicon/names';
import { ARTICLES, ORG_TAIL, PERSON_DESCRIPTORS } from '../lexicon/words';
import { Flag, Kind } from '../tokenize/tokenize';
import type { CCtx } from './claim-context';

const LINKS: ReadonlySet<string> = new Set(APPOSITIVE_NAMES_BODY.value.links);
const DETERMINERS: ReadonlySet<string> = new Set(APPOSITIVE_NAMES_BODY.value.determiners);
const BODY_WORDS: ReadonlySet<string> = new Set([...ORG_TAIL, ...APPOSITIVE_NAMES_BODY.value.bodyWords]);

/** A lowercase word at `i` (the opening article may be capitalised). */
function lowerWord(cx: CCtx, i: number): boolean {
  return cx.t.kind[i] === Kind.Word && !(cx.t.flags[i] & Flag.Cap);
}

/**
 * [first, comma) reads "<article> <one or two words, the last a person's role> for|of
 * the|its|their <one or two words>": a person's role for a body written as a common noun.
 */
export function roleForBody(cx: CCtx, first: number, comma: number): boolean {
  let i = first;
  if (i < comma && cx.t.kind[i] === Kind.Word && ARTICLES.has(lower(cx, i))) i++;
  let r = i;
  while (r < comma && r - i < 2 && lowerWord(cx, r) && !LINKS.has(lower(cx, r))) r++;
  if (r === i || r + 2 >= comma || !PERSON_DESCRIPTORS.has(lower(cx, r - 1)) || !LINKS.has(lower(cx, r))) return false;
  if (!DETERMINERS.has(lower(cx, r + 1))) return false;
  const nouns = comma - (r + 2);
  if (nouns < 1 || nouns > 2) return false;
  for (let k = r + 2; k < comma; k++) if (!lowerWord(cx, k)) return false;
  return true;
}

/**
 * [first, end) holds a body's word ("Castlegate Homes", "Skyway Air", "Northgate Bank") or is a
 * known organisation's name: the evidence a name in apposition needs to count as the body's.
 */
export function bodyWordIn(cx: CCtx, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (cx.t.kind[k] === Kind.Word && BODY_WORDS.has(lower(cx, k))) return true;
  return end > first && KNOWN_ORG_NAMES.has(cx.text.slice(cx.t.start[first], cx.t.end[end - 1]));
}
