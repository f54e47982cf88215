/**
 * Rules for error classes of the held-out fold documents and the open news errors (3 Dec 2026,
 * helper ents23b, issue #9; rows in lexicon/fold-patterns-14.ts). applyNameRules calls
 * `applyFoldPatternRows14` in its own call (rules.ts says where and why).
 * - person.patronymic-parts: "[Adilet Bakyt uulu]", "[Sadyr Nurgojoevich Japarov]", cut or unread.
 * - organisation.unit-of-firm: "a unit of [Lockheed Martin]", read by the model as a person.
 * - place.planet: "landed on [Mars]", "back to [Earth]", left unread.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { PATRONYMIC_PARTS_ROW, PLANET_ROW, UNIT_OF_FIRM_ROW } from '../lexicon/fold-patterns-14';
import { COMMON_WORDS, FUNCTION_WORDS } from '../lexicon/words';
import {
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  isWord,
  namesWithin,
  onLine,
  personWordsOf,
  putOverWithin,
  type Names,
} from './named-spans';

const PARTICLES = new Set(PATRONYMIC_PARTS_ROW.value.particles);
const SUFFIXES = PATRONYMIC_PARTS_ROW.value.suffixes;
const UNIT_PARTS = new Set(UNIT_OF_FIRM_ROW.value.parts);
const PLANETS = new Set(PLANET_ROW.value.planets);
const PLANET_BEFORE = new Set(PLANET_ROW.value.before);
/** Most capitalised words before a "son of" particle (given name and father's name, or a double given name). */
const BEFORE_PARTICLE = 3;
/** Most capitalised words of a firm after "a unit of". */
const FIRM_WORDS = 4;
/** A reading this sure keeps its type against place.planet. */
const SURE = 0.8;

export function applyFoldPatternRows14(ctx: Ctx, out: Names): void {
  patronymicParticles(ctx, out);
  patronymicWords(ctx, out);
  unitsOfFirms(ctx, out);
  planets(ctx, out);
}

/** The names over [a, b) may become one person: people or unread words, and no rule's other type. */
function personParts(out: Names, a: number, b: number) {
  const within = namesWithin(out, a, b);
  if (!within) return undefined;
  for (let k = 0; k < within.length; k++)
    if (within[k].type !== PERSON && (within[k].rule || within[k].probs[within[k].type] >= SURE)) return undefined;
  return within;
}

// --- person.patronymic-parts ------------------------------------------------------------------

/**
 * "Adilet Bakyt uulu", "Ilham Heydar oglu Aliyev", "[Bakyt] uulu": the particle after the
 * father's name. The given and the father's name take the surname after the particle over people
 * and unread words; else the name the model read before the particle, or the father's name alone,
 * joins it over whatever the model read.
 */
function patronymicParticles(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, PARTICLES));
  for (let k = 0; k < hits.length; k++) {
    const p = hits[k];
    if (!isLowerWord(ctx, p) || !onLine(ctx, p) || !isCapWord(ctx, p - 1)) continue;
    // "the Adilet Bakyt uulu Foundation Trust": the name runs on into a longer one.
    const b = endWithSurname(ctx, p + 1);
    if (b < 0) continue;
    let a = p - 1;
    while (a > 0 && p - a < BEFORE_PARTICLE && isCapWord(ctx, a - 1) && onLine(ctx, a)) a--;
    // "The", "Yesterday", "Deputy" opening a run longer than a given and a father's name are no part
    // of the name.
    if (FUNCTION_WORDS.has(lower(ctx, a))) a++;
    else if (p - a > 2 && COMMON_WORDS.has(lower(ctx, a))) a++;
    const parts = p - a >= 2 ? personParts(out, a, b) : undefined;
    if (parts) {
      putOverWithin(out, a, b, PERSON, PATRONYMIC_PARTS_ROW.id, parts);
      continue;
    }
    if (out.at(p)) continue;
    const before = out.at(p - 1);
    a = before && before.b === p ? before.a : a;
    while (a < p && (FUNCTION_WORDS.has(lower(ctx, a)) || COMMON_WORDS.has(lower(ctx, a)))) a++;
    if (a === p || !isCapWord(ctx, a)) continue;
    const within = namesWithin(out, a, p + 1);
    if (within) putOverWithin(out, a, p + 1, PERSON, PATRONYMIC_PARTS_ROW.id, within);
  }
}

/**
 * Where a patronymic name ends when it may go on at `at`: one capitalised word after it is the
 * surname ("Heydar oglu Aliyev"); two mean the name runs on into a longer one (-1: no person).
 */
function endWithSurname(ctx: Ctx, at: number): number {
  if (!capitalisedOnLine(ctx, at)) return at;
  return capitalisedOnLine(ctx, at + 1) ? -1 : at + 1;
}

/** Whether the lowercase form `w` ends like a patronymic, with more than the ending before it. */
function patronymicForm(w: string): boolean {
  for (let k = 0; k < SUFFIXES.length; k++)
    if (w.length > SUFFIXES[k].length + 2 && w.endsWith(SUFFIXES[k])) return true;
  return false;
}

/** "Sadyr Nurgojoevich Japarov", "Yulia Volodymyrivna Tymoshenko": a patronymic between two names. */
function patronymicWords(ctx: Ctx, out: Names): void {
  for (let f = 0; f < ctx.forms.length; f++) {
    if (!patronymicForm(ctx.formLower[f])) continue;
    for (let k = ctx.formStart[f]; k < ctx.formStart[f + 1]; k++) {
      const m = ctx.formTokens[k];
      if (!isCapWord(ctx, m) || ctx.t.flags[m] & Flag.AllCaps || !onLine(ctx, m)) continue;
      const a = m - 1;
      const given = lower(ctx, a);
      // "Deputy Petrovna Ivanova": a title, a sentence's first word or another word the text
      // writes in lowercase is no given name.
      if (!isCapWord(ctx, a) || FUNCTION_WORDS.has(given) || COMMON_WORDS.has(given) || ctx.t.flags[a] & Flag.AllCaps)
        continue;
      if (ctx.lowerSeen.has(given) || !onLine(ctx, a)) continue;
      // A person the model read from the patronymic on ("Minister Ivan [Petrovich Sokolov]") takes
      // its given name; otherwise a capitalised word before the given name makes the name part of
      // a longer one.
      const n = out.at(m);
      const opens = n !== undefined && n.type === PERSON && n.a === m && n.b - m >= 2 && !out.at(a);
      if (!opens && isCapWord(ctx, a - 1) && onLine(ctx, a)) continue;
      const b = opens ? n.b : endWithSurname(ctx, m + 1);
      if (b < 0) continue;
      const within = personParts(out, a, b);
      if (!within) continue;
      putOverWithin(out, a, b, PERSON, PATRONYMIC_PARTS_ROW.id, within);
    }
  }
}

// --- organisation.unit-of-firm ----------------------------------------------------------------

/** organisation.unit-of-firm: see the row. */
function unitsOfFirms(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const hits = tokensOf(ctx, formMarks(ctx, UNIT_PARTS));
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (!isLowerWord(ctx, h) || !isWord(ctx, h + 1, 'of') || !isLowerWord(ctx, h + 1)) continue;
    const a = h + 2;
    if (!capitalisedOnLine(ctx, a) || FUNCTION_WORDS.has(lower(ctx, a))) continue;
    let b = a;
    while (b - a < FIRM_WORDS && capitalisedOnLine(ctx, b)) b++;
    if (capitalisedOnLine(ctx, b)) continue;
    // "a unit of Warren Buffett's Berkshire Hathaway": the person owns the firm.
    if (b < t.count && t.kind[b] === Kind.Poss) continue;
    const within = namesWithin(out, a, b);
    if (!within || within.some((n) => n.type === PLACE || n.type === ORG)) continue;
    if (!within.length) {
      // An unread word may be a word of the language ("a unit of Marines" is left to the model).
      if (b - a === 1 && (COMMON_WORDS.has(lower(ctx, a)) || ctx.lowerSeen.has(lower(ctx, a)))) continue;
      if (placeLookup(ctx, spanText(ctx, a, b))) continue;
    }
    putOverWithin(out, a, b, ORG, UNIT_OF_FIRM_ROW.id, within);
  }
}

// --- place.planet -----------------------------------------------------------------------------

/** place.planet: see the row. */
function planets(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, PLANETS));
  // A planet's word the text also writes before another capitalised word ("Venus Williams",
  // "Mars Wrigley") is a name's there, whatever the model read of it: left to the model.
  let nameParts: Set<number> | undefined;
  for (let k = 0; k < hits.length; k++)
    if (capitalisedOnLine(ctx, hits[k] + 1)) (nameParts ??= new Set()).add(ctx.form[hits[k]]);
  let people: Set<string> | undefined;
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    const w = i - 1;
    if (w < 0 || !onLine(ctx, i) || capitalisedOnLine(ctx, i + 1)) continue;
    if (ctx.t.kind[w] !== Kind.Word || !PLANET_BEFORE.has(lower(ctx, w))) continue;
    // A capitalised word of place only where a sentence opens ("On Mars, …"; "Planet Earth" is a title).
    if (!isLowerWord(ctx, w) && ctx.s.first[ctx.s.of[w]] !== w) continue;
    if (nameParts?.has(ctx.form[i])) continue;
    const n = out.at(i);
    if (n && (n.a !== i || n.b !== i + 1 || n.type === PLACE)) continue;
    if (n && (n.rule || n.probs[n.type] >= SURE)) continue;
    people ??= personWordsOf(ctx, out.alive());
    if (people.has(lower(ctx, i))) continue;
    out.put(i, i + 1, PLACE, PLANET_ROW.id, undefined, n);
  }
}
