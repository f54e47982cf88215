/**
 * Name rows of the lead's reading in stop 61 (issue #9; rows in lexicon/lead-names-61.ts).
 * applyNameRules calls `applyLeadNameRows61` after the stop-60 rows, so these read the names every
 * other rule decided.
 * - none.headline-head-noun: "[School] trust rebuked over exam results" names no school.
 * - organisation.partner-after-and: "owned by [FirstGroup] and [Keolis]", then "[Keolis] declined".
 */
import { lower, placeLookup, spanText, word, type Ctx } from '../context';
import { PARTNER_AFTER_AND_ROW, HEADLINE_HEAD_NOUN_ROW } from '../lexicon/lead-names-61';
import { FIRST_NAME_SET } from '../lexicon/words';
import {
  ORG,
  PERSON,
  PLACE,
  exactFormMarks,
  isCapWord,
  isLowerWord,
  isPlainWord,
  namedAloneInSentence,
  onLine,
  opensLine,
  opensSentence,
  type NamedSpan,
  type Names,
} from './named-spans';

export function applyLeadNameRows61(ctx: Ctx, out: Names): void {
  headlineHeadNouns(ctx, out);
  partnersAfterAnd(ctx, out);
}

// --- none.headline-head-noun --------------------------------------------------------------------

const HEAD_NOUNS: ReadonlySet<string> = new Set(HEADLINE_HEAD_NOUN_ROW.value);

/** none.headline-head-noun: see the row. Only the names opening with a word of the row are read. */
function headlineHeadNouns(ctx: Ctx, out: Names): void {
  const marks = exactFormMarks(ctx, HEAD_NOUNS);
  const alive = out.alive();
  const drops: NamedSpan[] = [];
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.b - n.a !== 1 || n.rule || !marks[ctx.form[n.a]]) continue;
    if (!opensSentence(ctx, n.a) || !ctx.headline[ctx.s.of[n.a]] || !isLowerWord(ctx, n.b) || opensLine(ctx, n.b))
      continue;
    // The document names the word alone inside a sentence: a name of its own ("Airport said …").
    if (!namedAloneInSentence(ctx, alive, n)) drops.push(n);
  }
  for (const n of drops) out.remove(n);
}

// --- organisation.partner-after-and ------------------------------------------------------------

const { unsure: UNSURE } = PARTNER_AFTER_AND_ROW.value;
const PAIR_BEFORE: ReadonlySet<string> = new Set(PARTNER_AFTER_AND_ROW.value.before);

/** Nothing, or only the model's unsure person, reads token `i` alone. */
function unreadOrUnsure(out: Names, i: number): boolean {
  const n = out.at(i);
  return !n || (n.a === i && n.b === i + 1 && !n.rule && n.type === PERSON && n.probs[PERSON] < UNSURE);
}

/**
 * `n` is a body here or, read otherwise by the model alone, by the document's reading of its words:
 * the same words elsewhere read as a body, with more of the model's weight on a body than on a
 * person or a place over all their readings (as the coreference vote will type them later).
 * "owned by [FirstGroup] and Keolis … FirstGroup said it would appeal" (ents62c).
 */
function bodyInDocument(ctx: Ctx, alive: readonly NamedSpan[], n: NamedSpan): boolean {
  if (n.type === ORG) return true;
  if (n.rule) return false;
  const text = spanText(ctx, n.a, n.b);
  const votes = [0, 0, 0, 0];
  let other = false;
  for (let x = 0; x < alive.length; x++) {
    const m = alive[x];
    if (m.b - m.a !== n.b - n.a || spanText(ctx, m.a, m.b) !== text) continue;
    if (m !== n && m.type === ORG) other = true;
    votes[m.type] += m.probs[m.type];
  }
  return other && votes[ORG] > votes[PERSON] && votes[ORG] > votes[PLACE];
}

/** organisation.partner-after-and: see the row. */
function partnersAfterAnd(ctx: Ctx, out: Names): void {
  const alive = out.alive();
  const partners = new Set<string>();
  const puts: number[] = [];
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    const w = n.b + 1;
    if (!isLowerWord(ctx, n.b) || lower(ctx, n.b) !== 'and' || !bodyInDocument(ctx, alive, n)) continue;
    // "owned by FirstGroup and …", "shares in the BBC and …": a word that makes both firms.
    const lead = n.a > 0 && lower(ctx, n.a - 1) === 'the' ? n.a - 2 : n.a - 1;
    if (lead < 0 || !onLine(ctx, lead + 1) || !PAIR_BEFORE.has(lower(ctx, lead))) continue;
    // "homes in [Tunbridge Wells] and Pembury": after "in", the model's own place is no firm,
    // whatever the document's other readings of its words (ents64a).
    if (n.type === PLACE && lower(ctx, lead) === 'in') continue;
    if (!onLine(ctx, w) || !isCapWord(ctx, w) || (onLine(ctx, w + 1) && isCapWord(ctx, w + 1))) continue;
    const text = word(ctx, w);
    if (isPlainWord(ctx, w) || FIRST_NAME_SET.has(lower(ctx, w)) || placeLookup(ctx, text) || !unreadOrUnsure(out, w))
      continue;
    partners.add(text);
    puts.push(w);
  }
  if (!partners.size) return;
  // The same word alone elsewhere, read by nothing or by an unsure person only.
  for (let i = 0; i < ctx.t.count; i++)
    if (!puts.includes(i) && partners.has(word(ctx, i)) && !isCapWord(ctx, i + 1) && unreadOrUnsure(out, i))
      puts.push(i);
  for (const i of puts) out.put(i, i + 1, ORG, PARTNER_AFTER_AND_ROW.id, undefined, out.at(i));
}
