/**
 * Name rows of the lead's reading in stop 56 (issue #9; rows in lexicon/lead-names-56.ts).
 * applyNameRules calls `applyLeadNameRows56` last, so these read the names every other rule
 * decided. Each starts from its trigger words' tokens.
 * - name.time-zone-not-place: "at 8 p.m. [Central] time", "8 p.m. [Pacific] on Thursday" are no place.
 * - organisation.expansion-of-read-short-form: "the centrist [New Social Contract] ([NSC])".
 */
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { READ_SHORT_FORM_ROW, TIME_ZONE_ROW } from '../lexicon/lead-names-56';
import { Flag, Kind } from '../tokenize/tokenize';
import {
  ACRONYM,
  CLOSE_PAREN,
  OPEN_PAREN,
  ORG,
  capitalisedOnLine,
  exactFormMarks,
  formMarks,
  isCapWord,
  isPunctChar,
  onLine,
  opensWithCommonWord,
  type Names,
} from './named-spans';

export function applyLeadNameRows56(ctx: Ctx, out: Names): void {
  timeZones(ctx, out);
  readShortFormExpansions(ctx, out);
}

const ZONES: ReadonlySet<string> = new Set(TIME_ZONE_ROW.value.zones);
const ZONE_KINDS: ReadonlySet<string> = new Set(TIME_ZONE_ROW.value.kinds);
const CLOCK: ReadonlySet<string> = new Set(TIME_ZONE_ROW.value.clock);
const TIME: ReadonlySet<string> = new Set(['time']);

/** The token before `i` ends a clock time: a number, a.m./p.m., noon or midnight (a lone "." of "p.m." skipped). */
function clockBefore(ctx: Ctx, i: number): boolean {
  if (!onLine(ctx, i)) return false;
  let j = i - 1;
  if (j >= 0 && ctx.t.kind[j] === Kind.Punct && ctx.text[ctx.t.start[j]] === '.') j--;
  if (j < 0) return false;
  return ctx.t.kind[j] === Kind.Num || CLOCK.has(lower(ctx, j));
}

/** The token before `i` is a clock word itself (a.m./p.m., noon, midnight; a lone "." skipped), not a bare number. */
function clockWordBefore(ctx: Ctx, i: number): boolean {
  let j = i - 1;
  if (j >= 0 && ctx.t.kind[j] === Kind.Punct && ctx.text[ctx.t.start[j]] === '.') j--;
  return j >= 0 && ctx.t.kind[j] !== Kind.Num && CLOCK.has(lower(ctx, j));
}

/** Removes the names that lie wholly inside [a, b). */
function clearWithin(out: Names, a: number, b: number): void {
  for (let i = a; i < b; i++) {
    const n = out.at(i);
    if (n && n.a >= a && n.b <= b) out.remove(n);
  }
}

/** name.time-zone-not-place: see the row. */
function timeZones(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, TIME));
  const zoneForms = exactFormMarks(ctx, ZONES);
  for (let x = 0; x < hits.length; x++) {
    const t = hits[x];
    let z = t - 1;
    if (z >= 0 && ZONE_KINDS.has(ctx.forms[ctx.form[z]])) z--;
    if (z < 0 || zoneForms[ctx.form[z]] !== 1 || !clockBefore(ctx, z)) continue;
    clearWithin(out, z, t + 1);
  }
  // Without "time": "8 p.m. Pacific on Thursday", "at noon Central" (ents57b). Only after a clock
  // word, never a bare number ("Route 9 Pacific"), and with no capitalised word after the zone
  // ("noon Central Park" stays as read).
  const zones = tokensOf(ctx, zoneForms);
  for (let x = 0; x < zones.length; x++) {
    const z = zones[x];
    if (!onLine(ctx, z) || !clockWordBefore(ctx, z) || TIME.has(lower(ctx, z + 1))) continue;
    if (z + 1 < ctx.t.count && capitalisedOnLine(ctx, z + 1)) continue;
    clearWithin(out, z, z + 1);
  }
}

const JOINERS: ReadonlySet<string> = new Set(READ_SHORT_FORM_ROW.value.joiners);
const OPEN: ReadonlySet<string> = new Set(['(']);

/** The first letters of the capitalised words in [a, b) (joiners skipped), hyphened parts each. */
function capitalInitials(ctx: Ctx, a: number, b: number): string {
  let out = '';
  for (let i = a; i < b; i++)
    if (isCapWord(ctx, i)) for (const part of lower(ctx, i).split('-')) if (part) out += part[0];
  return out;
}

/** organisation.expansion-of-read-short-form: see the row. */
function readShortFormExpansions(ctx: Ctx, out: Names): void {
  const { t } = ctx;
  const { maxWords, sure } = READ_SHORT_FORM_ROW.value;
  const opens = tokensOf(ctx, formMarks(ctx, OPEN));
  for (let x = 0; x < opens.length; x++) {
    const i = opens[x];
    if (i < 2 || !isPunctChar(ctx, i, OPEN_PAREN) || !isPunctChar(ctx, i + 2, CLOSE_PAREN)) continue;
    const short = spanText(ctx, i + 1, i + 2);
    const s = out.at(i + 1);
    if (!ACRONYM.test(short) || !s || s.type !== ORG || s.a !== i + 1 || s.b !== i + 2) continue;
    if ((!s.rule && s.probs[ORG] < sure) || out.at(i - 1) || !isCapWord(ctx, i - 1)) continue;
    const letters = short.toLowerCase().replace(/[^a-z]/g, '');
    let a = -1;
    for (let k = i - 1; k >= 0 && i - k <= maxWords; k--) {
      if (t.kind[k] !== Kind.Word || out.at(k) || (k < i - 1 && t.flags[k + 1] & Flag.NewLine)) break;
      const cap = isCapWord(ctx, k);
      if (!cap && !JOINERS.has(lower(ctx, k))) break;
      if (cap && capitalInitials(ctx, k, i) === letters) a = k;
    }
    if (a < 0 || opensWithCommonWord(ctx, a) || placeLookup(ctx, spanText(ctx, a, i))) continue;
    if (!usedOutsideBrackets(ctx, i + 1)) continue;
    out.put(a, i, ORG, READ_SHORT_FORM_ROW.id);
  }
}

/**
 * The short form at `s` is written again outside brackets ("NSC leader …"): the article uses it as
 * a body's name, not a term's it defined once ("The Market Data Review (MDR) said so").
 */
function usedOutsideBrackets(ctx: Ctx, s: number): boolean {
  const f = ctx.form[s];
  for (let k = ctx.formStart[f]; k < ctx.formStart[f + 1]; k++) {
    const j = ctx.formTokens[k];
    if (j !== s && !isPunctChar(ctx, j - 1, OPEN_PAREN)) return true;
  }
  return false;
}
