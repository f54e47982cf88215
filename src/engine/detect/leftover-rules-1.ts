/**
 * Rules for the misreads the last stops left on news never seen (helper ents17b, issue #9; rows
 * NEWS_LEFTOVER_ROWS_1 in lexicon/news-leftovers-1.ts). applyNameRules calls `applyLeftoverRows1`
 * right before the review rows, so these read every other rule's names. One pass over the word
 * forms marks the rows' words; each rule visits only the tokens of its own words (or, for the
 * person row, the names once), and the sports-report reading is made at most once, only when a
 * rule has a candidate.
 * - organisation.of-chain: "[Court of Justice of the European Union]", "[University of Cape Coast]".
 * - organisation.the-no-given-name: "the [Garda Síochána] said" read as a person is a body.
 * - sport.the-nickname: "the [Storm]" after "the Melbourne Storm" in a sports report.
 * - place.town-acting: "[Merrimack] approved a bond" is the town, a place.
 * - organisation.sentence-case-acronym: "[Železnice Slovenskej republiky] (ŽSR)".
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import {
  OF_CHAIN_ROW,
  SENTENCE_CASE_ACRONYM_ROW,
  THE_BODY_ROW,
  THE_NICKNAME_ROW,
  TOWN_ACTING_ROW,
} from '../lexicon/news-leftovers-1';
import { COMMON_WORDS, FIRST_NAME_SET, FUNCTION_WORDS, MONTHS, WEEKDAYS, unaccented } from '../lexicon/words';
import {
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  isCapWord,
  isLowerWord,
  isWord,
  namesWithin,
  type NamedSpan,
  type Names,
} from './named-spans';
import { SportsReading } from './sport-sentences';

const HEADS = new Set(OF_CHAIN_ROW.value);
const EPITHETS = new Set(THE_BODY_ROW.value);
const COUNCIL_VERBS = new Set(TOWN_ACTING_ROW.value);

/** Per word form, bits for the rows' words (one typed-array read per token after). */
const HEAD = 1,
  COUNCIL = 2,
  PAREN = 4;
function rowMarks(ctx: Ctx): Uint8Array {
  const marks = new Uint8Array(ctx.forms.length);
  for (let f = 0; f < marks.length; f++) {
    const w = ctx.formLower[f];
    let m = 0;
    if (HEADS.has(w)) m |= HEAD;
    if (COUNCIL_VERBS.has(w)) m |= COUNCIL;
    if (w === '(') m |= PAREN;
    marks[f] = m;
  }
  return marks;
}

export function applyLeftoverRows1(ctx: Ctx, out: Names): void {
  const sports = new SportsReading(ctx);
  const marks = rowMarks(ctx);
  const hits = tokensOf(ctx, marks);
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    const m = marks[ctx.form[i]];
    if (m & HEAD && ctx.t.kind[i] === Kind.Word && isCapWord(ctx, i)) ofChain(ctx, out, i);
    if (m & COUNCIL && isLowerWord(ctx, i)) townActing(ctx, out, i, sports);
    if (m & PAREN) sentenceCaseAcronym(ctx, out, i);
  }
  theBodies(ctx, out);
  theNicknames(ctx, out, sports);
}

/** The capitalised run a chain may take after "of (the)" at `i`: its end, or `i` for none ("of March", "of 2024"). */
function runAfterOf(ctx: Ctx, out: Names, i: number): number {
  if (!capitalisedOnLine(ctx, i)) return i;
  const w = lower(ctx, i);
  if (MONTHS.has(w) || WEEKDAYS.has(w)) return i;
  const n = out.at(i);
  // A person after "of" is whose the body is ("the Bank of England of Andrew Bailey"), not its name.
  if (n && n.a === i) return n.type === PERSON && n.b - n.a > 1 ? i : n.b;
  if (n) return i;
  let b = i;
  while (b < ctx.t.count && capitalisedOnLine(ctx, b) && !out.at(b)) b++;
  return b;
}

/** organisation.of-chain: the head word at `i` opens a name (or is one) that "of (the) X" goes on. */
function ofChain(ctx: Ctx, out: Names, i: number): void {
  const n = out.at(i);
  if (n && n.a !== i) return;
  let b = n ? n.b : i + 1;
  let joined = false;
  for (;;) {
    if (!isWord(ctx, b, 'of') || !isLowerWord(ctx, b)) break;
    let at = b + 1;
    if (isWord(ctx, at, 'the') && isLowerWord(ctx, at)) at++;
    const end = runAfterOf(ctx, out, at);
    if (end === at) break;
    b = end;
    joined = true;
  }
  if (!joined) return;
  // A whole name already (the chain adds nothing) or a longer name around it: left as it is.
  const within = namesWithin(out, i, b);
  if (!within) return;
  if (within.length === 1 && within[0].a === i && within[0].b === b && within[0].type === ORG) return;
  out.put(i, b, ORG, OF_CHAIN_ROW.id, undefined, n);
}

/** organisation.the-no-given-name: people read where the text writes "the" before the name. */
function theBodies(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const names = out.alive();
  let found: NamedSpan[] | undefined;
  for (let k = 0; k < names.length; k++) {
    const n = names[k];
    // A title row's person ("the Tsar", person.sovereign-title) is decided already.
    if (n.type !== PERSON || n.role || n.rule || !isWord(ctx, n.a - 1, 'the')) continue;
    // "Alexander the Great": a capitalised word before "the" is the name's own.
    if (n.a >= 2 && t.kind[n.a - 2] === Kind.Word && t.flags[n.a - 2] & Flag.Cap && !(t.flags[n.a - 1] & Flag.Cap))
      continue;
    if (!bodyShape(ctx, n)) continue;
    (found ??= []).push(n);
  }
  if (!found) return;
  const { id } = THE_BODY_ROW;
  for (const n of found) if (!writtenWithoutThe(ctx, out, n)) out.put(n.a, n.b, ORG, id, undefined, n);
}

/** Most words of a body's name read as a person ("Garda Síochána", "Cortes Generales"). */
const BODY_WORDS = 3;
function bodyShape(ctx: Ctx, n: NamedSpan): boolean {
  if (n.b - n.a > BODY_WORDS) return false;
  // One English word may be a role written as a name ("the Regent", "the Psalmist"): one word
  // counts only when it is spelt outside English ("the Sejm" is read so already, "the Dáil").
  if (n.b - n.a === 1 && !NON_ENGLISH.test(ctx.forms[ctx.form[n.a]])) return false;
  for (let i = n.a; i < n.b; i++) {
    const w = lower(ctx, i);
    // A given name anywhere: a title before the person ("the Tánaiste Micheál Martin", "the Maharaja Ranjit Singh").
    if (!isCapWord(ctx, i) || EPITHETS.has(w) || FIRST_NAME_SET.has(w)) return false;
  }
  // "the Kennedys", "the Obamas": a family in the plural is people.
  const last = lower(ctx, n.b - 1);
  return !(last.endsWith('s') && !last.endsWith('ss'));
}

/** Another mention of the same words without "the" before it ("Kowalczyk said …; … Kowalczyk"), or a longer person ending in its last word. */
function writtenWithoutThe(ctx: Ctx, out: Names, n: NamedSpan): boolean {
  const f = ctx.form[n.a];
  const len = n.b - n.a;
  for (let x = ctx.formStart[f]; x < ctx.formStart[f + 1]; x++) {
    const i = ctx.formTokens[x];
    if (i === n.a || isWord(ctx, i - 1, 'the')) continue;
    const m = out.at(i);
    if (m && m.a === i && m.b - m.a === len && spanText(ctx, m.a, m.b) === spanText(ctx, n.a, n.b)) return true;
  }
  // The surname of a person named in full elsewhere ("the Müller family … Thomas Müller scored").
  const lastForm = ctx.form[n.b - 1];
  for (let x = ctx.formStart[lastForm]; x < ctx.formStart[lastForm + 1]; x++) {
    const i = ctx.formTokens[x];
    const m = out.at(i);
    if (m && m !== n && m.type === PERSON && m.b === i + 1 && m.b - m.a > len) return true;
  }
  return false;
}

/** sport.the-nickname: "the Storm" after "the Melbourne Storm" in a sports report. */
function theNicknames(ctx: Ctx, out: Names, sports: SportsReading): void {
  const names = out.alive();
  let nicknames: Set<number> | undefined;
  // "the [Melbourne] Storm": a club town the tagger ended before its nickname.
  let cut: NamedSpan[] | undefined;
  for (let k = 0; k < names.length; k++) {
    const n = names[k];
    const len = n.b - n.a;
    if (n.type !== ORG || len > 3) continue;
    if (len === 1 || !isCapWord(ctx, n.b - 1)) {
      if (len <= 2 && isWord(ctx, n.a - 1, 'the') && nicknameAt(ctx, out, n.b) && town(ctx, n.a, n.b))
        (cut ??= []).push(n);
      continue;
    }
    const last = lower(ctx, n.b - 1);
    if (FUNCTION_WORDS.has(last) || HEADS.has(last) || !town(ctx, n.a, n.b - 1)) continue;
    (nicknames ??= new Set()).add(ctx.form[n.b - 1]);
  }
  if (!nicknames && !cut) return;
  if (!sports.yes) return;
  const { id } = THE_NICKNAME_ROW;
  if (cut)
    for (const n of cut) {
      (nicknames ??= new Set()).add(ctx.form[n.b]);
      out.put(n.a, n.b + 1, ORG, id, undefined, n);
    }
  if (!nicknames) return;
  for (const f of nicknames) {
    for (let x = ctx.formStart[f]; x < ctx.formStart[f + 1]; x++) {
      const i = ctx.formTokens[x];
      if (!isWord(ctx, i - 1, 'the') || capitalisedOnLine(ctx, i + 1)) continue;
      const n = out.at(i);
      if (n && (n.a !== i || n.b !== i + 1 || n.type === ORG)) continue;
      out.put(i, i + 1, ORG, id, undefined, n);
    }
  }
}

/** Tokens [a, b) are a town the map knows (not a weak entry). */
function town(ctx: Ctx, a: number, b: number): boolean {
  const text = spanText(ctx, a, b);
  const hit = placeLookup(ctx, text);
  return !!hit && hit.kind !== 'country' && !ctx.gaz?.isWeak?.(text);
}

/** Token `i` may be a club's nickname: a capitalised word on the line, in no name, no function or institution word, nothing capitalised after it. */
function nicknameAt(ctx: Ctx, out: Names, i: number): boolean {
  if (!capitalisedOnLine(ctx, i) || out.at(i) || capitalisedOnLine(ctx, i + 1)) return false;
  const w = lower(ctx, i);
  return !FUNCTION_WORDS.has(w) && !HEADS.has(w);
}

/** place.town-acting: the council verb at `i` after a town the model typed an organisation. */
function townActing(ctx: Ctx, out: Names, i: number, sports: SportsReading): void {
  const n = out.at(i - 1);
  if (!n || n.b !== i || n.type !== ORG || n.rule || n.b - n.a > 2) return;
  // The verb takes an object or a measure: "approved a bond", "voted to borrow", "rejected $2m".
  const next = i + 1;
  if (next >= ctx.t.count || (ctx.t.kind[next] === Kind.Word && !isLowerWord(ctx, next))) return;
  const text = spanText(ctx, n.a, n.b);
  const hit = placeLookup(ctx, text);
  if (!hit || hit.kind === 'country' || ctx.gaz?.isWeak?.(text)) return;
  if (sports.yes) return;
  const { id } = TOWN_ACTING_ROW;
  const f = ctx.form[n.a];
  const len = n.b - n.a;
  const same: NamedSpan[] = [];
  for (let x = ctx.formStart[f]; x < ctx.formStart[f + 1]; x++) {
    const m = out.at(ctx.formTokens[x]);
    if (m && m.a === ctx.formTokens[x] && m.b - m.a === len && m.type === ORG && !m.rule) same.push(m);
  }
  for (const m of same) if (spanText(ctx, m.a, m.b) === text) out.put(m.a, m.b, PLACE, id, undefined, m);
}

/** A bracketed short form of capitals, with lowercase letters inside allowed ("ŽSR", "PiS"). */
const SHORT_FORM = /^\p{Lu}[\p{Lu}\p{Ll}]{1,5}$/u;
/** A letter outside English: the diacritics of Central European spelling. */
const NON_ENGLISH = /[\u0080-\uffff]/;
/** The first letter of a word without its diacritics, lowercase. */
const initialOf = (w: string) => w.normalize('NFD')[0].toLowerCase();

/** organisation.sentence-case-acronym: the "(" at `i` opens a short form the words before it spell. */
function sentenceCaseAcronym(ctx: Ctx, out: Names, i: number): void {
  const t = ctx.t;
  const s = i + 1;
  if (s + 1 >= t.count || t.kind[s] !== Kind.Word || ctx.text.charCodeAt(t.start[s + 1]) !== 41) return;
  const short = ctx.forms[ctx.form[s]];
  if (!SHORT_FORM.test(short)) return;
  const letters = unaccented(short).toLowerCase();
  const a = i - letters.length;
  if (a < 0) return;
  let lowerInside = false,
    foreign = false;
  for (let j = a; j < i; j++) {
    if (t.kind[j] !== Kind.Word || (j > a && t.flags[j] & Flag.NewLine)) return;
    const w = lower(ctx, j);
    if (initialOf(ctx.forms[ctx.form[j]]) !== letters[j - a]) return;
    if (isLowerWord(ctx, j)) {
      if (j === a) return;
      // One-letter conjunctions and prepositions ("i", "a", "z", "w") are the languages' own.
      if (w.length > 1 && (COMMON_WORDS.has(w) || FUNCTION_WORDS.has(w))) return;
      lowerInside = true;
    }
    if (NON_ENGLISH.test(w)) foreign = true;
  }
  if (!lowerInside || !foreign || isCapWord(ctx, a - 1)) return;
  const within = namesWithin(out, a, i);
  if (!within) return;
  const { id } = SENTENCE_CASE_ACRONYM_ROW;
  const was = within.length === 1 ? within[0] : undefined;
  if (!(was && was.a === a && was.b === i && was.type === ORG)) out.put(a, i, ORG, id, undefined, was);
  const sn = out.at(s);
  if (!sn) out.put(s, s + 1, ORG, id);
}
