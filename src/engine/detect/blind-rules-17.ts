/**
 * Rules from the blind entity batches 50 and 51 (3 Dec 2026, helper ents27a, issue #9; rows in
 * lexicon/blind-news-17.ts). applyNameRules calls `applyBlindNewsRows17` right after the blind-16
 * rows, so these read the names every earlier rule decided. Each rule starts from the names or
 * from the tokens of its own words.
 * - organisation.owner-body-split: "[U.S. Treasury Department]'s [Office of Foreign Assets Control]".
 * - organisation.and-complement: "the [Centre for Strategic and International Studies]".
 * - organisation.parenthesised-short-name: "… Commerce and Industry ([Kadin])".
 * - organisation.foreign-head: "the [Fédération Française de Voile]".
 * - name.elided-article: "l'Irlandais [O'Driscoll]".
 * - person.surname-unread: "[MacKinnon] did not concede", "On Tuesday [Nawrocki] laid".
 * - person.role-apposition: "[Ngozi Okonkwo-Bassey], a virologist at" read as a place.
 * - place.neighbouring: "in Ondo and neighbouring [Ekiti]".
 * - person.gaelic-surname: "[Ewan MacAulay] of Scotland finished" left unread.
 * - place.named-in-a-body-elsewhere: "a dam near [Ouro Preto]" after "Federal University of Ouro Preto".
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { isDemonym, lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import {
  AND_COMPLEMENT_ROW,
  ELIDED_ARTICLE_ROW,
  FOREIGN_HEAD_ROW,
  GAELIC_SURNAME_ROW,
  NEIGHBOURING_ROW,
  OWNER_BODY_SPLIT_ROW,
  PAREN_SHORT_NAME_ROW,
  PLACE_IN_BODY_ROW,
  ROLE_APPOSITION_ROW,
  SURNAME_UNREAD_ROW,
} from '../lexicon/blind-news-17';
import { CONSTITUENCY_ROW } from '../lexicon/blind-news-20';
import { KNOWN_ORG_NAMES } from '../lexicon/names';
import { COMMON_WORDS, FIRST_NAME_SET, ORG_TAIL, TITLES } from '../lexicon/words';
import {
  ORG,
  PERSON,
  PLACE,
  exactFormMarks,
  formMarks,
  isCapWord,
  isPunctChar,
  isWord,
  type NamedSpan,
  type Names,
  opensLine,
  opensSentence,
  isLowerWord,
  isWeekdayOrMonth,
  capitalisedOnLine,
  OPEN_PAREN,
  CLOSE_PAREN,
  COMMA,
  isLongAcronym,
} from './named-spans';
import { lowerSetOf } from '../lexicon/rule-row';

export function applyBlindNewsRows17(ctx: Ctx, out: Names): void {
  ownerBodySplits(ctx, out);
  andComplements(ctx, out);
  parenthesisedShortNames(ctx, out);
  foreignHeads(ctx, out);
  elidedArticles(ctx, out);
  surnamesUnread(ctx, out);
  roleAppositions(ctx, out);
  neighbouring(ctx, out);
  placesNamedInBodies(ctx, out);
  gaelicSurnames(ctx, out);
}

/** A capitalised word at `i` on the line of the token before it. */

// --- organisation.owner-body-split ------------------------------------------------------------

const OWNER_HEADS = lowerSetOf(OWNER_BODY_SPLIT_ROW.value.ownerHeads);
const BODY_HEADS = lowerSetOf(OWNER_BODY_SPLIT_ROW.value.bodyHeads);

/** organisation.owner-body-split: see the row. */
function ownerBodySplits(ctx: Ctx, out: Names): void {
  const found: [NamedSpan, number][] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type !== ORG || n.b - n.a < 4) continue;
    for (let k = n.a + 1; k < n.b - 2; k++) {
      if (ctx.t.kind[k] !== Kind.Poss) continue;
      if (!OWNER_HEADS.has(lower(ctx, k - 1)) || !isCapWord(ctx, k - 1)) break;
      if (!BODY_HEADS.has(lower(ctx, k + 1)) || !isCapWord(ctx, k + 1)) break;
      found.push([n, k]);
      break;
    }
  }
  for (const [n, k] of found) {
    out.put(n.a, k, ORG, OWNER_BODY_SPLIT_ROW.id, undefined, n);
    out.put(k + 1, n.b, ORG, OWNER_BODY_SPLIT_ROW.id);
  }
}

// --- organisation.and-complement --------------------------------------------------------------

const AND_HEADS = lowerSetOf(AND_COMPLEMENT_ROW.value.heads);
const AND_FOR_HEADS = lowerSetOf(AND_COMPLEMENT_ROW.value.forHeads);
const AND_LINKS = lowerSetOf(AND_COMPLEMENT_ROW.value.links);
/** Most capitalised words on either side of "and". */
const FIELD_WORDS = 3;
/** A name the model was this sure of, after "and", is a name of its own. */
const OWN_NAME = 0.5;

/** The end of a run of at most FIELD_WORDS capitalised words from `a` on the line (`a` when none). */
function fieldRun(ctx: Ctx, a: number): number {
  let b = a;
  while (b - a < FIELD_WORDS && capitalisedOnLine(ctx, b)) b++;
  return b;
}

const AND_CONTINENTS = lowerSetOf(AND_COMPLEMENT_ROW.value.continents);

/** The end of "in" and a continent at `e` ("… and Co-operation [in Europe]"), or `e` when none. */
function continentAfter(ctx: Ctx, e: number): number {
  if (!isWord(ctx, e, 'in') || !capitalisedOnLine(ctx, e + 1) || capitalisedOnLine(ctx, e + 2)) return e;
  return AND_CONTINENTS.has(lower(ctx, e + 1)) ? e + 2 : e;
}

/**
 * The end of "<head> of|for <field> and <field>" from the link at `link` (with "in" and a continent
 * after it), or -1: `from`..`to` is the name already there (the head alone when none is).
 */
function complementEnd(ctx: Ctx, out: Names, link: number, from: number, to: number): number {
  const head = lower(ctx, link - 1);
  if (!AND_HEADS.has(head) && !(AND_FOR_HEADS.has(head) && lower(ctx, link) === 'for')) return -1;
  const c1 = fieldRun(ctx, link + 1);
  if (c1 === link + 1 || (c1 < to && link < to)) return -1;
  if (!isWord(ctx, c1, 'and')) return -1;
  // "the University of Oslo and Equinor": a place is no field, so the body ends before "and" (ents40b).
  if (placeLookup(ctx, spanText(ctx, link + 1, c1))) return -1;
  const c2 = fieldRun(ctx, c1 + 1);
  if (c2 === c1 + 1 || capitalisedOnLine(ctx, c2)) return -1;
  // "… Homeland Security and [Immigration] and Customs Enforcement": a second "and" and a capitalised
  // word right after the field make it the first field of another body (ents43b).
  if (isWord(ctx, c2, 'and') && capitalisedOnLine(ctx, c2 + 1)) return -1;
  // The words after "and" are no name of their own.
  let own = false;
  for (let i = c1 + 1; i < c2 && !own; i++) {
    const m = out.at(i);
    own = !!m && (m.rule !== undefined || m.probs[m.type] >= OWN_NAME || m.a < c1 + 1 || m.b > c2);
  }
  // "… and Industry Minister Ana Ruiz": a title after "and" opens a person's name, not a field;
  // "… and Maria": a given name.
  for (let i = c1 + 1; i < c2 && !own; i++) own = TITLES.has(lower(ctx, i)) || FIRST_NAME_SET.has(lower(ctx, i));
  const tail = spanText(ctx, c1 + 1, c2);
  // "the Ministry of Health and UNICEF": a field is a word, never an acronym of three capitals or more.
  if (own || placeLookup(ctx, tail) || KNOWN_ORG_NAMES.has(tail.toLowerCase()) || isLongAcronym(tail)) return -1;
  // Between the name and "and": nothing another rule decided, and nothing running past the field.
  for (let i = to; i < c1; i++) {
    const m = out.at(i);
    if (m && (m.rule !== undefined || m.a < from || m.b > c1)) return -1;
  }
  return continentAfter(ctx, c2);
}

const FIELD_ENDINGS = AND_COMPLEMENT_ROW.value.fieldEndings;

/** Every capitalised word after the "and" between `from` and `b` reads as a field (see the row). */
function fieldsAfterAnd(ctx: Ctx, from: number, b: number): boolean {
  let k = from;
  while (k < b && !isWord(ctx, k, 'and')) k++;
  for (let i = k + 1; i < b; i++) {
    if (!isCapWord(ctx, i) || AND_CONTINENTS.has(lower(ctx, i))) continue;
    const w = lower(ctx, i);
    if (!COMMON_WORDS.has(w) && !ctx.lowerSeen.has(w) && !FIELD_ENDINGS.some((e) => w.endsWith(e))) return false;
  }
  return true;
}

/** organisation.and-complement: see the row. */
function andComplements(ctx: Ctx, out: Names): void {
  const found: [number, number, NamedSpan | undefined][] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type !== ORG) continue;
    // The head's "of"/"for": inside the name ("Chamber of Commerce") or right after it ("Centre" for …).
    let link = -1;
    for (let k = n.a + 1; k < n.b && link < 0; k++) if (AND_LINKS.has(lower(ctx, k)) && isLowerWord(ctx, k)) link = k;
    if (link < 0 && isLowerWord(ctx, n.b) && AND_LINKS.has(lower(ctx, n.b))) link = n.b;
    if (link < 0) continue;
    const b = complementEnd(ctx, out, link, n.a, n.b);
    if (b > 0) found.push([n.a, b, n]);
  }
  // "Observers from the Organization for Security and Co-operation in Europe": a capitalised head
  // after "the" that the model left out of any name (lead, stop 49).
  const heads = tokensOf(ctx, formMarks(ctx, AND_HEADS));
  for (let x = 0; x < heads.length; x++) {
    const h = heads[x];
    if (out.at(h) || !isCapWord(ctx, h) || !isWord(ctx, h - 1, 'the') || !isLowerWord(ctx, h + 1)) continue;
    if (!AND_LINKS.has(lower(ctx, h + 1))) continue;
    const b = complementEnd(ctx, out, h + 1, h, h + 1);
    if (b > 0 && fieldsAfterAnd(ctx, h + 2, b)) found.push([h, b, undefined]);
  }
  for (const [a, b, n] of found) out.put(a, b, ORG, AND_COMPLEMENT_ROW.id, undefined, n);
}

// --- organisation.parenthesised-short-name ----------------------------------------------------

/** Another reading the model is this sure of is kept. */
const SURE_OTHER = 0.8;

/** organisation.parenthesised-short-name: see the row. */
function parenthesisedShortNames(ctx: Ctx, out: Names): void {
  const found: number[] = [];
  const surnames = new Set<number>();
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type === PERSON && n.b - n.a > 1) surnames.add(ctx.form[n.b - 1]);
  }
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type !== ORG) continue;
    const w = n.b + 1;
    if (!isPunctChar(ctx, n.b, OPEN_PAREN) || !isCapWord(ctx, w) || !isPunctChar(ctx, w + 1, CLOSE_PAREN)) continue;
    // Capitals are acronym.parenthesised's: it checks the initials ("(FDX)" after the Food Standards Agency is none).
    if (ctx.t.flags[w] & Flag.AllCaps) continue;
    const m = out.at(w);
    if (m && (m.type === ORG || m.rule || m.probs[m.type] >= SURE_OTHER)) continue;
    // A person's surname in the text: a party's bracket holds its leader ("the Conservative Party (Badenoch)").
    if (surnames.has(ctx.form[w])) continue;
    const text = spanText(ctx, w, w + 1);
    if (/[.\d]/.test(text) || placeLookup(ctx, text) || isDemonym(ctx, text)) continue;
    // A word of the language ("(Photo)", "(Update)") or a given name is no short name; a short name
    // stands for a long one.
    const w1 = text.toLowerCase();
    if (COMMON_WORDS.has(w1) || ctx.lowerSeen.has(w1) || FIRST_NAME_SET.has(w1) || n.b - n.a < 2) continue;
    found.push(w);
  }
  for (const w of found) out.put(w, w + 1, ORG, PAREN_SHORT_NAME_ROW.id, undefined, out.at(w));
}

// --- organisation.foreign-head ----------------------------------------------------------------

const FOREIGN_HEADS = lowerSetOf(FOREIGN_HEAD_ROW.value.heads);
const FOREIGN_PARTICLES = lowerSetOf(FOREIGN_HEAD_ROW.value.particles);
/** Most words of a body's name in its own language. */
const FOREIGN_WORDS = 8;
/** A person the model is this sure of is left alone. */
const SURE_PERSON = 0.9;
/** So is a place it is this sure of ("Federation Square"). */
const SURE_PLACE = 0.9;

const ENGLISH_HEADS = lowerSetOf(FOREIGN_HEAD_ROW.value.english);

/** A particle of the language between `a` and `b` ("Federation Internationale de …"). */
function particleWithin(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (isLowerWord(ctx, k) && FOREIGN_PARTICLES.has(lower(ctx, k))) return true;
  return false;
}

const foreignParticle = (ctx: Ctx, k: number) => isLowerWord(ctx, k) && FOREIGN_PARTICLES.has(lower(ctx, k));

/** organisation.foreign-head: see the row. */
function foreignHeads(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const found: [number, number][] = [];
  const heads = tokensOf(ctx, formMarks(ctx, FOREIGN_HEADS));
  // A name found ends the search up to its end, as the token loop this replaced skipped ahead.
  let from = 0;
  for (let h = 0; h < heads.length; h++) {
    const i = heads[h];
    if (i < from || !isCapWord(ctx, i)) continue;
    if (capitalisedOnLine(ctx, i) && isCapWord(ctx, i - 1) && !opensSentence(ctx, i)) continue;
    let b = i + 1;
    let end = i + 1;
    while (b < t.count && b - i < FOREIGN_WORDS && !opensLine(ctx, b)) {
      if (isCapWord(ctx, b)) end = ++b;
      else if (
        foreignParticle(ctx, b) &&
        (capitalisedOnLine(ctx, b + 1) || (foreignParticle(ctx, b + 1) && capitalisedOnLine(ctx, b + 2)))
      )
        // Two particles in a row as well ("Unión [por la] Patria", ents40b).
        b++;
      else break;
    }
    if (end === i + 1) continue;
    if (ENGLISH_HEADS.has(lower(ctx, i)) && !particleWithin(ctx, i, end)) continue;
    const existing = out.at(i);
    if (existing && existing.a === i && existing.b === end && existing.type === ORG) {
      from = end;
      continue;
    }
    let keep = placeLookup(ctx, spanText(ctx, i, end)) !== undefined;
    for (let k = i; k < end && !keep; k++) {
      const m = out.at(k);
      keep =
        !!m &&
        (m.a < i ||
          m.b > end ||
          (m.type === PERSON && m.probs[PERSON] >= SURE_PERSON) ||
          (m.type === PLACE && m.probs[PLACE] >= SURE_PLACE));
    }
    if (!keep) found.push([i, end]);
    from = end;
  }
  for (const [a, b] of found) out.put(a, b, ORG, FOREIGN_HEAD_ROW.id, undefined, out.at(a));
}

// --- name.elided-article ----------------------------------------------------------------------

const ELIDED = /^l['’]\p{Lu}/u;

/** name.elided-article: see the row. */
function elidedArticles(ctx: Ctx, out: Names): void {
  const found: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.b - n.a < 2 || ctx.t.flags[n.a] & Flag.Cap || !isCapWord(ctx, n.a + 1)) continue;
    if (ELIDED.test(spanText(ctx, n.a, n.a + 1))) found.push(n);
  }
  for (const n of found) out.put(n.a + 1, n.b, n.type, ELIDED_ARTICLE_ROW.id, n.role, n);
}

// --- person.surname-unread --------------------------------------------------------------------

const DATE_PREPOSITIONS = lowerSetOf(SURNAME_UNREAD_ROW.value.datePrepositions);
const SURNAME_BLOCKERS = lowerSetOf(SURNAME_UNREAD_ROW.value.blockers);

/** The capitalised words before `i` are a date opening its sentence: "On Tuesday", "In March 2025,". */
function openingDate(ctx: Ctx, i: number): boolean {
  let p = i - 1;
  if (isPunctChar(ctx, p, COMMA)) p--;
  if (ctx.t.kind[p] === Kind.Num) p--;
  if (p < 0 || !isWeekdayOrMonth(ctx, p)) return false;
  if (opensSentence(ctx, p)) return true;
  return opensSentence(ctx, p - 1) && DATE_PREPOSITIONS.has(lower(ctx, p - 1));
}

/** person.surname-unread: see the row. */
function surnamesUnread(ctx: Ctx, out: Names): void {
  const surnames = new Set<number>();
  const inBodies = new Set<number>();
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type === PERSON && n.b - n.a > 1 && isCapWord(ctx, n.b - 1)) surnames.add(ctx.form[n.b - 1]);
    if (n.type === ORG) for (let i = n.a; i < n.b; i++) inBodies.add(ctx.form[i]);
  }
  if (!surnames.size) return;
  const found: number[] = [];
  const marks = new Uint8Array(ctx.forms.length);
  for (const f of surnames) marks[f] = 1;
  const tokens = tokensOf(ctx, marks);
  for (let k = 0; k < tokens.length; k++) {
    const i = tokens[k];
    if (out.at(i) || !isCapWord(ctx, i) || inBodies.has(ctx.form[i])) continue;
    if (capitalisedOnLine(ctx, i + 1) || out.at(i + 1)) continue;
    const w = lower(ctx, i);
    if (ctx.lowerSeen.has(w) || placeLookup(ctx, spanText(ctx, i, i + 1))) continue;
    if (COMMON_WORDS.has(w)) continue;
    // Opening its sentence, alone or after a date, or after a lowercase word that is no article or preposition.
    if (!opensSentence(ctx, i) && !openingDate(ctx, i)) {
      const p = i - 1;
      if (isCapWord(ctx, p) || !isLowerWord(ctx, p) || SURNAME_BLOCKERS.has(lower(ctx, p))) continue;
    }
    found.push(i);
  }
  for (const i of found) out.put(i, i + 1, PERSON, SURNAME_UNREAD_ROW.id);
}

// --- person.role-apposition -------------------------------------------------------------------

const ROLE_NOUNS_17 = lowerSetOf(ROLE_APPOSITION_ROW.value.nouns);
const ROLE_AFTER = new Set(ROLE_APPOSITION_ROW.value.after);
const ROLE_DETERMINERS = lowerSetOf(ROLE_APPOSITION_ROW.value.determiners);
const ROLE_LOCATIVES = lowerSetOf(ROLE_APPOSITION_ROW.value.locatives);
/** Below this a place or organisation reading gives way to the apposition. */
const ROLE_DOUBT = 0.85;
/** Most lowercase words between the determiner and the noun ("a leading Nigerian virologist"). */
const ROLE_MODIFIERS = 2;

/** The token after a role noun ends its phrase: a preposition, "who", "and", or punctuation. */
function roleEnds(ctx: Ctx, i: number): boolean {
  if (i >= ctx.t.count) return true;
  const s = ctx.t.kind[i] === Kind.Punct ? ctx.text.slice(ctx.t.start[i], ctx.t.end[i]) : lower(ctx, i);
  return ROLE_AFTER.has(s);
}

/** person.role-apposition: see the row. */
function roleAppositions(ctx: Ctx, out: Names): void {
  const found: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type === PERSON || n.rule || n.b - n.a < 2 || n.b - n.a > 4 || n.probs[n.type] >= ROLE_DOUBT) continue;
    if (!isPunctChar(ctx, n.b, COMMA) || !ROLE_DETERMINERS.has(lower(ctx, n.b + 1)) || !isLowerWord(ctx, n.b + 1))
      continue;
    let k = n.b + 2;
    while (k < n.b + 2 + ROLE_MODIFIERS && isLowerWord(ctx, k) && !ROLE_NOUNS_17.has(lower(ctx, k))) k++;
    if (!isLowerWord(ctx, k) || !ROLE_NOUNS_17.has(lower(ctx, k)) || !roleEnds(ctx, k + 1)) continue;
    const text = spanText(ctx, n.a, n.b);
    if (placeLookup(ctx, text) || KNOWN_ORG_NAMES.has(text.toLowerCase()) || ORG_TAIL.has(lower(ctx, n.b - 1)))
      continue;
    // "In Wad Madani, a doctor at the hospital said": a place read where the source stood.
    const p = n.a - 1;
    if (p >= 0 && ROLE_LOCATIVES.has(lower(ctx, p)) && (isLowerWord(ctx, p) || opensSentence(ctx, p))) continue;
    found.push(n);
  }
  for (const n of found) out.put(n.a, n.b, PERSON, ROLE_APPOSITION_ROW.id, undefined, n);
}

// --- place.neighbouring -----------------------------------------------------------------------

const NEIGHBOURING = lowerSetOf(NEIGHBOURING_ROW.value.openers);
const NEIGHBOUR_NEXT = new Set(NEIGHBOURING_ROW.value.next);
/** Most capitalised words after "neighbouring". */
const NEIGHBOUR_WORDS = 2;

/** place.neighbouring: see the row. */
function neighbouring(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const found: [number, number][] = [];
  const openers = tokensOf(ctx, formMarks(ctx, NEIGHBOURING));
  for (let k = 0; k < openers.length; k++) {
    const p = openers[k];
    if (p + 1 >= t.count || !isLowerWord(ctx, p)) continue;
    const a = p + 1;
    let b = a;
    while (b - a < NEIGHBOUR_WORDS && capitalisedOnLine(ctx, b) && !out.at(b)) b++;
    if (b === a || capitalisedOnLine(ctx, b) || out.at(b)) continue;
    const next = b >= t.count ? '.' : t.kind[b] === Kind.Punct ? ctx.text.slice(t.start[b], t.end[b]) : lower(ctx, b);
    if (!NEIGHBOUR_NEXT.has(next) || isDemonym(ctx, spanText(ctx, a, b)) || isWeekdayOrMonth(ctx, a)) continue;
    if (KNOWN_ORG_NAMES.has(spanText(ctx, a, b).toLowerCase())) continue;
    found.push([a, b]);
  }
  for (const [a, b] of found) out.put(a, b, PLACE, NEIGHBOURING_ROW.id);
}

// --- place.named-in-a-body-elsewhere ----------------------------------------------------------

const BODY_BEFORE = lowerSetOf(PLACE_IN_BODY_ROW.value.before);
const MEMBERS = lowerSetOf(CONSTITUENCY_ROW.value.members);
const PHRASAL_OFF = lowerSetOf(PLACE_IN_BODY_ROW.value.phrasalOff);
const LIST_WORDS = lowerSetOf(PLACE_IN_BODY_ROW.value.listWords);
/** Below this an organisation reading of a known place may come from the body named after it. */
const BODY_DOUBT = 0.8;

/** The name's own words make it ground: a preposition of place before it, or a list with a place. */
function groundWords(ctx: Ctx, out: Names, n: NamedSpan): boolean {
  const p = n.a - 1;
  // "the final between [Stuttgart] and Arminia Bielefeld": between a name and a body, the other party.
  if (isWord(ctx, p, 'between') && isWord(ctx, n.b, 'and') && out.at(n.b + 1)?.type === ORG) return false;
  if (isLowerWord(ctx, p) && BODY_BEFORE.has(lower(ctx, p)))
    return !(isWord(ctx, p, 'off') && p > 0 && PHRASAL_OFF.has(lower(ctx, p - 1)));
  // A member's seat: "the MSP for [Orkney]".
  if (isWord(ctx, p, 'for') && MEMBERS.has(lower(ctx, p - 1))) return true;
  const placeAt = (i: number) => out.at(i)?.type === PLACE;
  const joins = (i: number) => isPunctChar(ctx, i, COMMA) || (isLowerWord(ctx, i) && LIST_WORDS.has(lower(ctx, i)));
  return (joins(p) && placeAt(p - 1)) || (joins(n.b) && placeAt(n.b + 1));
}

/** place.named-in-a-body-elsewhere: see the row. */
function placesNamedInBodies(ctx: Ctx, out: Names): void {
  const names = out.alive();
  const candidates = names.filter(
    (n) =>
      n.type === ORG &&
      !n.rule &&
      n.b - n.a <= 3 &&
      n.probs[ORG] < BODY_DOUBT &&
      placeLookup(ctx, spanText(ctx, n.a, n.b)),
  );
  if (!candidates.length) return;
  const found: NamedSpan[] = [];
  for (const n of candidates) {
    const len = n.b - n.a;
    let inBody = false;
    let alone = false;
    for (const m of names) {
      if (m === n) continue;
      for (let s = m.a; s + len <= m.b; s++) {
        let same = true;
        for (let j = 0; j < len && same; j++) same = ctx.form[s + j] === ctx.form[n.a + j];
        if (!same) continue;
        if (m.b - m.a > len) inBody ||= m.type === ORG;
        else if (m.type === ORG && (m.rule || m.probs[ORG] >= BODY_DOUBT)) alone = true;
      }
    }
    if (inBody && !alone && groundWords(ctx, out, n)) found.push(n);
  }
  for (const n of found) out.put(n.a, n.b, PLACE, PLACE_IN_BODY_ROW.id, undefined, n).local = PLACE_IN_BODY_ROW.id;
}

// --- person.gaelic-surname --------------------------------------------------------------------

const GAELIC = /^(?:Mac|Mc|O['’])\p{Lu}\p{Ll}+$/u;
const GAELIC_FORM = { has: (word: string) => GAELIC.test(word) };

/** person.gaelic-surname: see the row. */
function gaelicSurnames(ctx: Ctx, out: Names): void {
  const found: number[] = [];
  // The surname's shape is tested once per distinct word; its tokens are the candidates.
  const surnames = tokensOf(ctx, exactFormMarks(ctx, GAELIC_FORM));
  for (let k = 0; k < surnames.length; k++) {
    const j = surnames[k];
    const i = j - 1;
    if (i < 0 || !isCapWord(ctx, i) || !capitalisedOnLine(ctx, j) || out.at(i) || out.at(j)) continue;
    if (capitalisedOnLine(ctx, i) && isCapWord(ctx, i - 1)) continue;
    if (capitalisedOnLine(ctx, j + 1)) continue;
    const first = lower(ctx, i);
    if (COMMON_WORDS.has(first) || ctx.lowerSeen.has(first) || KNOWN_ORG_NAMES.has(first)) continue;
    if (placeLookup(ctx, spanText(ctx, i, i + 1)) || isDemonym(ctx, spanText(ctx, i, i + 1))) continue;
    found.push(i);
  }
  for (const i of found) out.put(i, i + 2, PERSON, GAELIC_SURNAME_ROW.id);
}
