/**
 * Rules from the blind entity batches 98 and 99 (6 Dec 2026, helper ents44a, issue #9; rows in
 * lexicon/blind-news-33.ts). applyNameRules calls `applyBlindNewsRows33` after the rows of batches
 * 95 and 96, so these read the names every earlier rule decided. Each starts from its trigger
 * words' tokens (tokensOf), not from every token or name.
 * - organisation.camel-case-firm: "chip designer [quarkLoop] said", "[Austin]-based [payWise]"; never
 *   a surname ("Jacob deGrom … deGrom said").
 * - organisation.body-of-country (lexicon/blind-news-18.ts's row, widened with its tails): "the [Armed
 *   Forces of the Democratic Republic of the Congo]"; its legislatures stay in blind-rules-18.ts.
 * - none.opening-word-before-people: "Military analysts expect …" holds no name; "[Unite] officials"
 *   keeps its union.
 */
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { COMPOUND_MODIFIER_ROW } from '../lexicon/fold-patterns-16';
import { CAMEL_CASE_FIRM_ROW, PEOPLE_AFTER_OPENING_WORD_ROW } from '../lexicon/blind-news-33';
import { BODY_OF_COUNTRY_ROW } from '../lexicon/blind-news-18';
import { lowerSetOf } from '../lexicon/rule-row';
import { COMMON_WORDS } from '../lexicon/words';
import { Kind } from '../tokenize/tokenize';
import {
  COMMA,
  ORG,
  PERSON,
  PLACE,
  exactFormMarks,
  formMarks,
  hyphenTailMarks,
  isLowerWord,
  isPunctChar,
  isWord,
  onLine,
  opensSentence,
  patternFormMarks,
  type LiveSpan,
  type Names,
} from './named-spans';

export function applyBlindNewsRows33(ctx: Ctx, out: Names): void {
  camelCaseFirms(ctx, out);
  bodiesOfCountryTails(ctx, out);
  openingWordsBeforePeople(ctx, out);
}

/** The model's reading of a person or a place at or above which these rows leave it. */
const UNSURE = 0.9;

// --- organisation.camel-case-firm -----------------------------------------------------------------

/** "eBay", "fibreLink", "quarkLoop", "zipPay": small letters, a capital, more letters ending small. */
const CAMEL = /^[a-z]{1,5}[A-Z][A-Za-z]*[a-z]$/;
const FIRM_BEFORE = lowerSetOf(CAMEL_CASE_FIRM_ROW.value.before);
const FIRM_AFTER = lowerSetOf(CAMEL_CASE_FIRM_ROW.value.after);
const PLACE_PARTICIPLES: ReadonlySet<string> = new Set(COMPOUND_MODIFIER_ROW.value);
/** "deGrom", "daSilva", "vanDyke": a surname particle and a capital, a person's name ("o'Brien" is no CAMEL). */
const PARTICLE_SURNAME = new RegExp(`^(?:${CAMEL_CASE_FIRM_ROW.value.particles.join('|')})[A-Z]`);
/** The model's reading of a one-word person at or above which no form of that word is a firm. */
const PERSON_READ = 0.6;

/**
 * Whether the word at `i` ends a person's name elsewhere in the text ("Jacob toMasi … toMasi said"),
 * or is read alone as a person by a rule or by the model (PERSON_READ). A name of more words that
 * holds `i` is no such cue ("[Austin-based payWise]" is the model folding the modifier in).
 */
function readAsPerson(ctx: Ctx, out: Names, i: number): boolean {
  const form = ctx.form[i];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const m = aliveNow[ax];
    if (m.type !== PERSON || ctx.form[m.b - 1] !== form) continue;
    if (m.b - m.a > 1 ? m.b - 1 !== i : m.rule || m.probs[PERSON] >= PERSON_READ) return true;
  }
  return false;
}

/** A cue at token `i` that the camel-case word there names a firm. */
function firmCue(ctx: Ctx, i: number, modifiers: Uint8Array): boolean {
  const t = ctx.t;
  const before = i - 1;
  if (before >= 0 && onLine(ctx, i) && t.kind[before] === Kind.Word) {
    if (isLowerWord(ctx, before) && FIRM_BEFORE.has(lower(ctx, before))) return true;
    // "Austin-based payWise": a hyphenated place modifier right before it.
    if (modifiers[ctx.form[before]]) return true;
  }
  const after = i + 1;
  if (after >= t.count || !onLine(ctx, after)) return false;
  if (isLowerWord(ctx, after) && FIRM_AFTER.has(lower(ctx, after))) return true;
  // "payWise, founded in 2021," / "zipPay, which lends small sums".
  return isPunctChar(ctx, after, COMMA) && isLowerWord(ctx, after + 1) && FIRM_AFTER.has(lower(ctx, after + 1));
}

/** organisation.camel-case-firm: see the row. */
function camelCaseFirms(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, patternFormMarks(ctx, CAMEL));
  if (!hits.length) return;
  const modifiers = hyphenTailMarks(ctx, PLACE_PARTICIPLES);
  const firms = new Set<number>();
  const people = new Set<number>();
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    const form = ctx.form[i];
    if (people.has(form)) continue;
    if (PARTICLE_SURNAME.test(spanText(ctx, i, i + 1)) || readAsPerson(ctx, out, i)) people.add(form);
    else if (firmCue(ctx, i, modifiers)) firms.add(form);
  }
  // A word read as a person anywhere is no firm anywhere ("Jacob deGrom said … deGrom said").
  for (const form of people) firms.delete(form);
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!firms.has(ctx.form[i])) continue;
    const n = out.at(i) as LiveSpan | undefined;
    if (n && (n.rule || n.type === ORG || n.probs[n.type] >= UNSURE)) continue;
    out.put(i, i + 1, ORG, CAMEL_CASE_FIRM_ROW.id, undefined, n);
  }
}

// --- organisation.body-of-country -----------------------------------------------------------------

const BODY_TAILS = lowerSetOf(BODY_OF_COUNTRY_ROW.value.tails);
const OF: ReadonlySet<string> = new Set(['of']);

/** organisation.body-of-country, its tails (the legislatures are blind-rules-18's): see the row. Only "of" is read. */
function bodiesOfCountryTails(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, OF));
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    const body = out.at(k - 1);
    if (!body || body.rule || body.type !== ORG || body.b !== k || out.at(k)) continue;
    if (!BODY_TAILS.has(lower(ctx, k - 1))) continue;
    const j = isWord(ctx, k + 1, 'the') ? k + 2 : k + 1;
    const country = out.at(j);
    if (!country || country.rule || country.type !== PLACE || country.a !== j || !onLine(ctx, j)) continue;
    const hit = placeLookup(ctx, spanText(ctx, country.a, country.b));
    if (!hit || hit.kind !== 'country') continue;
    out.remove(country as LiveSpan);
    out.put(body.a, country.b, ORG, BODY_OF_COUNTRY_ROW.id, undefined, body);
  }
}

// --- none.opening-word-before-people --------------------------------------------------------------

const PEOPLE = lowerSetOf(PEOPLE_AFTER_OPENING_WORD_ROW.value.people);
const BODY_PEOPLE = lowerSetOf(PEOPLE_AFTER_OPENING_WORD_ROW.value.bodyPeople);
const FIELDS = lowerSetOf(PEOPLE_AFTER_OPENING_WORD_ROW.value.fields);
/** The model's reading of an organisation at or above which a name before a body's people is left. */
const BODY_READ = 0.4;

/**
 * The word of one-word name `n` stands in the text's other names only inside them, never first
 * ("World Health Organization"), and in at least one: the model's reading of it as a body comes
 * from those names, not from the word alone.
 */
function innerWordOnly(ctx: Ctx, out: Names, n: LiveSpan): boolean {
  const form = ctx.form[n.a];
  let inner = false;
  for (const m of out.alive()) {
    if (m === n) continue;
    if (ctx.form[m.a] === form) return false;
    for (let i = m.a + 1; i < m.b && !inner; i++) inner = ctx.form[i] === form;
  }
  return inner;
}

/** none.opening-word-before-people: see the row. Only the plural nouns of people are read. */
function openingWordsBeforePeople(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, PEOPLE));
  for (let x = 0; x < hits.length; x++) {
    const p = hits[x];
    if (!isLowerWord(ctx, p) || !onLine(ctx, p)) continue;
    const n = out.at(p - 1) as LiveSpan | undefined;
    if (!n || n.dead || n.rule || n.a !== p - 1 || n.b !== p || !opensSentence(ctx, n.a)) continue;
    if (n.probs[n.type] >= UNSURE) continue;
    // "Unite officials", "Oracle analysts": a firm's or union's own people. Not a word the text
    // capitalises only inside longer names ("Health" of "the World Health Organization").
    // Words for a field ("Health officials") are never a body alone, whatever the model or the text says.
    const w = lower(ctx, n.a);
    const field = FIELDS.has(w);
    if (
      !field &&
      n.type === ORG &&
      n.probs[ORG] >= BODY_READ &&
      BODY_PEOPLE.has(lower(ctx, p)) &&
      !innerWordOnly(ctx, out, n)
    )
      continue;
    if (!(COMMON_WORDS.has(w) || field) || placeLookup(ctx, spanText(ctx, n.a, n.b))) continue;
    // "Apple said … Apple engineers said": a word the text reads as a name elsewhere stays one.
    const form = ctx.form[n.a];
    if (!field && out.alive().some((m) => m !== n && m.b - m.a === 1 && ctx.form[m.a] === form)) continue;
    out.remove(n);
  }
}
