/**
 * Rules from the blind entity batches 62 and 63 (4 Dec 2026, helper ents31a, issue #9; rows in
 * lexicon/blind-news-21.ts). applyNameRules calls `applyBlindNewsRows21` after the last rows, so
 * these read the names every earlier rule decided. Each rule starts from the tokens of its own
 * words or from the names read (the acronym row tests each word's form first).
 * - person.office-splits-name: "[Disaster Management Adviser Rezaul] [Karim Bhuiyan] said".
 * - organisation.first-reported-in: "This report first appeared in [The Mercury]."
 * - organisation.activity-centre: "the [Flood Forecasting and Warning Centre] ([FFWC])".
 * - place.person-named-facility: "The [Vera C. Rubin Observatory]", "the [Milimani Law Courts]".
 * - organisation.airline-head: "Rival [Air Peace] said it would add flights".
 * - organisation.acronym-then-expansion: "[JATAM], the Mining Advocacy Network, said".
 * - person.kartvelian-surname: "an assistant to [Otar Beridze]".
 * - organisation.acronym-first-word: "he told [ABC Sport]".
 * - organisation.leading-legal-form: "[PT Halmahera Nikel Mandiri] Tbk", then "[Halmahera Nikel]".
 */
import { Kind } from '../tokenize/tokenize';
import { lower, placeLookup, spanText, tokensOf, word, type Ctx } from '../context';
import {
  ACRONYM_EXPANSION_ROW,
  ACRONYM_FIRST_ROW,
  ACTIVITY_CENTRE_ROW,
  AIRLINE_HEAD_ROW,
  FIRST_REPORTED_ROW,
  KARTVELIAN_SURNAME_ROW,
  LEADING_PT_ROW,
  NAMED_FACILITY_ROW,
  OFFICE_SPLIT_ROW,
} from '../lexicon/blind-news-21';
import { lowerSetOf } from '../lexicon/rule-row';
import { TITLE_ROWS } from '../lexicon/titles';
import { COMMON_WORDS, PERSON_DESCRIPTORS, TITLES } from '../lexicon/words';
import { givenName } from './blind-rules-14';
import {
  ACRONYM,
  CLOSE_PAREN,
  COMMA,
  OPEN_PAREN,
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLineAfterStart,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  isOneChar,
  isWord,
  opensLine,
  type LiveSpan,
  type NamedSpan,
  type Names,
  isPlainWord,
  LAST_TOKEN,
  aliveByWord,
  isWordInLowercase,
} from './named-spans';

export function applyBlindNewsRows21(ctx: Ctx, out: Names): void {
  officeSplits(ctx, out);
  firstReported(ctx, out);
  activityCentres(ctx, out);
  namedFacilities(ctx, out);
  airlineHeads(ctx, out);
  acronymExpansions(ctx, out);
  kartvelianSurnames(ctx, out);
  acronymFirstWords(ctx, out);
  leadingForms(ctx, out);
}

/** The model's own reading (no rule) of one of `types` below `max`. */
const modelBelow = (n: NamedSpan | undefined, max: number, types: readonly number[]): n is NamedSpan =>
  !!n && !n.rule && types.includes(n.type) && n.probs[n.type] < max;
/** A word the language writes in lowercase too ("Force", "Quality"). */
function unread(out: Names, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (out.at(i)) return false;
  return true;
}
/** The sentence ends at `i` (a full stop, or the end of the line or text). */
function endsSentence(ctx: Ctx, i: number): boolean {
  if (i >= ctx.t.count || opensLine(ctx, i)) return true;
  const c = ctx.text.charCodeAt(ctx.t.start[i]);
  return ctx.t.kind[i] === Kind.Punct && (c === 46 || c === 33 || c === 63);
}

// --- person.office-splits-name ------------------------------------------------------------------------

/** Offices of state, of a body and of law (not royal or religious titles, which the given name can follow). */
const OFFICES = new Set(
  TITLE_ROWS.filter((r) => /government|organisation|legal/.test(r.id)).flatMap((r) => r.value as readonly string[]),
);

/** person.office-splits-name: see the row. */
function officeSplits(ctx: Ctx, out: Names): void {
  const alive = out.alive();
  const puts: [number, LiveSpan, LiveSpan][] = [];
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (!modelBelow(n, 1.01, [ORG, PLACE]) || n.b - n.a < 3) continue;
    const next = out.at(n.b);
    if (!next || next.a !== n.b || next.type !== PERSON || next.rule) continue;
    // The office is the last office word, one or two capitalised words before the name's end.
    let k = -1;
    for (let i = n.b - 2; i >= Math.max(n.a + 1, n.b - 3); i--)
      if (isCapWord(ctx, i) && OFFICES.has(lower(ctx, i))) {
        k = i;
        break;
      }
    if (k < 0) continue;
    let ok = true;
    for (let i = k + 1; i < n.b && ok; i++) ok = isCapWord(ctx, i) && !OFFICES.has(lower(ctx, i));
    if (ok && n.probs[n.type] >= OFFICE_SPLIT_ROW.value) puts.push([k + 1, n, next]);
  }
  for (const [a, n, next] of puts) {
    if (n.dead || next.dead) continue;
    out.remove(n);
    out.put(a, next.b, PERSON, OFFICE_SPLIT_ROW.id, undefined, next);
  }
}

// --- organisation.first-reported-in ------------------------------------------------------------------

const FIRST_VERBS = lowerSetOf(FIRST_REPORTED_ROW.value.verbs);
const FIRST_LINKS = lowerSetOf(FIRST_REPORTED_ROW.value.links);
const PARTICLES = lowerSetOf(['de', 'del', 'da', 'do', 'di', 'du', 'la', 'le', 'of', 'van', 'von']);

/** organisation.first-reported-in: see the row. */
function firstReported(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, new Set(['first'])));
  for (let k = 0; k < hits.length; k++) {
    const f = hits[k];
    if (!isLowerWord(ctx, f) || !isLowerWord(ctx, f + 1) || !FIRST_VERBS.has(lower(ctx, f + 1))) continue;
    if (!isLowerWord(ctx, f + 2) || !FIRST_LINKS.has(lower(ctx, f + 2))) continue;
    const a = f + 3;
    if (!capitalisedOnLineAfterStart(ctx, a)) continue;
    let b = a;
    while (b - a < 6 && b < ctx.t.count && !opensLine(ctx, b)) {
      if (isCapWord(ctx, b)) b++;
      else if (isLowerWord(ctx, b) && PARTICLES.has(lower(ctx, b)) && capitalisedOnLineAfterStart(ctx, b + 1)) b++;
      else break;
    }
    if (b - a > 5 || !endsSentence(ctx, b)) continue;
    // Nothing read reaches outside the run.
    let inside = true;
    for (let i = a; i < b && inside; i++) {
      const n = out.at(i);
      inside = !n || (n.a >= a && n.b <= b);
    }
    const same = out.at(a);
    if (!inside || (same && same.a === a && same.b === b && same.type === ORG)) continue;
    if (b - a === 1 && lower(ctx, a) === 'the') continue;
    if (whereOrWho(ctx, f + 2, a, b, same)) continue;
    out.put(a, b, ORG, FIRST_REPORTED_ROW.id, undefined, same ?? out.at(b - 1));
  }
}

/**
 * The run after "first reported in/by" is where it was reported or who reported it: a place the map
 * knows after "in" that the model read as a place ("first reported in Taiwan."), or a person the
 * model read whose first word is a given name ("first reported by Helga Sørensen."). Review ents32c.
 */
function whereOrWho(ctx: Ctx, link: number, a: number, b: number, same: NamedSpan | undefined): boolean {
  if (lower(ctx, link) === 'in' && (!same || same.type === PLACE) && placeLookup(ctx, spanText(ctx, a, b))) return true;
  return !!same && same.type === PERSON && same.a === a && same.b - same.a >= 2 && givenName(ctx, a);
}

// --- organisation.activity-centre --------------------------------------------------------------------

const CENTRE_HEADS = lowerSetOf(ACTIVITY_CENTRE_ROW.value.heads);
const VENUE_GERUNDS = lowerSetOf(ACTIVITY_CENTRE_ROW.value.venues);

/** organisation.activity-centre: see the row. */
function activityCentres(ctx: Ctx, out: Names): void {
  const alive = aliveByWord(ctx, out, CENTRE_HEADS, LAST_TOKEN);
  const found: LiveSpan[] = [];
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.type !== PLACE || n.b - n.a < 2 || !CENTRE_HEADS.has(lower(ctx, n.b - 1))) continue;
    let gerund = false;
    for (let i = n.a; i < n.b - 1; i++) {
      const w = lower(ctx, i);
      if (isCapWord(ctx, i) && VENUE_GERUNDS.has(w)) {
        gerund = false;
        break;
      }
      // A town ending in -ing names the building after it ("the Woking Leisure Centre").
      if (isCapWord(ctx, i) && w.length > 5 && w.endsWith('ing') && !placeLookup(ctx, word(ctx, i))) gerund = true;
    }
    if (gerund) found.push(n);
  }
  for (const n of found) {
    if (n.dead) continue;
    const acr = isOneChar(ctx, n.b, OPEN_PAREN) && isOneChar(ctx, n.b + 2, CLOSE_PAREN) ? out.at(n.b + 1) : undefined;
    out.put(n.a, n.b, ORG, ACTIVITY_CENTRE_ROW.id, undefined, n);
    if (acr && acr.type === PLACE && acr.a === n.b + 1 && acr.b === n.b + 2 && ACRONYM.test(word(ctx, acr.a)))
      out.put(acr.a, acr.b, ORG, ACTIVITY_CENTRE_ROW.id, undefined, acr);
  }
}

// --- place.person-named-facility ---------------------------------------------------------------------

const FACILITIES = lowerSetOf(NAMED_FACILITY_ROW.value.facilities);
const [LAW, COURTS] = NAMED_FACILITY_ROW.value.buildings;

/** place.person-named-facility: see the row. */
function namedFacilities(ctx: Ctx, out: Names): void {
  const alive = out.alive();
  const found: LiveSpan[] = [];
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    const last = n.b - 1;
    if (n.b - n.a < 2 || !isCapWord(ctx, last) || n.rule) continue;
    if (n.type === PERSON && FACILITIES.has(lower(ctx, last)) && !describedPerson(ctx, n.a)) found.push(n);
    else if (modelBelow(n, 0.5, [ORG]) && n.b - n.a >= 3 && lower(ctx, last) === COURTS && lower(ctx, last - 1) === LAW)
      found.push(n);
  }
  for (const n of found) if (!n.dead) out.put(n.a, n.b, PLACE, NAMED_FACILITY_ROW.id, undefined, n);
}

/** A lowercase noun describing a person right before `a` ("The singer Marlon Station"). Review ents32c. */
const describedPerson = (ctx: Ctx, a: number) => isLowerWord(ctx, a - 1) && PERSON_DESCRIPTORS.has(lower(ctx, a - 1));

// --- organisation.airline-head -----------------------------------------------------------------------

const AVIATION = lowerSetOf(AIRLINE_HEAD_ROW.value.aviation);
const NOT_AIRLINES = lowerSetOf(AIRLINE_HEAD_ROW.value.notAirlines);

/** organisation.airline-head: see the row. */
function airlineHeads(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, new Set(['Air'])));
  if (!hits.length || !tokensOf(ctx, formMarks(ctx, AVIATION)).length) return;
  for (let k = 0; k < hits.length; k++) {
    const a = hits[k];
    const w = a + 1;
    if (
      !capitalisedOnLineAfterStart(ctx, w) ||
      capitalisedOnLineAfterStart(ctx, w + 1) ||
      NOT_AIRLINES.has(lower(ctx, w))
    )
      continue;
    // An office ("The Air Minister said") or a plural word of the language ("Air Miles"). Review ents32c.
    if (TITLES.has(lower(ctx, w)) || pluralOfWord(lower(ctx, w))) continue;
    // A capitalised word before it opens a longer name, unless a word of the language opens the sentence ("Rival").
    if (
      capitalisedOnLineAfterStart(ctx, a - 1) &&
      !opensLine(ctx, a) &&
      !(ctx.s.first[ctx.s.of[a]] === a - 1 && isPlainWord(ctx, a - 1))
    )
      continue;
    const n = out.at(a) ?? out.at(w);
    if (n && (n.a < a || n.b > w + 1 || !(modelBelow(n, 0.8, [PERSON, PLACE]) || flagCarrier(ctx, n, w)))) continue;
    if (n && n.a === a && n.b === w + 1 && n.type === ORG) continue;
    out.put(a, w + 1, ORG, AIRLINE_HEAD_ROW.id, undefined, n);
  }
}

/**
 * A flag carrier is "Air" and its country ("Air Albania", "Air Namibia"): the model, sure of the
 * country alone, reads a place that the map knows.
 */
const flagCarrier = (ctx: Ctx, n: NamedSpan, w: number) =>
  n.type === PLACE && n.a === w && n.b === w + 1 && !n.rule && placeLookup(ctx, word(ctx, w)) !== undefined;

const pluralOfWord = (w: string) => w.length > 3 && w.endsWith('s') && COMMON_WORDS.has(w.slice(0, -1));

// --- organisation.acronym-then-expansion -------------------------------------------------------------

/** Per form: 1 for a word of the acronym's shape and at least the row's length ("JATAM"). */
function acronymMarks(ctx: Ctx): Uint8Array {
  const marks = new Uint8Array(ctx.forms.length);
  for (let f = 0; f < marks.length; f++) {
    const w = ctx.forms[f];
    if (
      ctx.t.kind[ctx.formTokens[ctx.formStart[f]]] === Kind.Word &&
      w.length >= ACRONYM_EXPANSION_ROW.value.minLength &&
      ACRONYM.test(w)
    )
      marks[f] = 1;
  }
  return marks;
}

/** organisation.acronym-then-expansion: see the row. */
function acronymExpansions(ctx: Ctx, out: Names): void {
  const puts: [number, number][] = [];
  // Acronym-shaped words are found once per distinct word, and only their tokens are visited.
  const hits = tokensOf(ctx, acronymMarks(ctx));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    // A written-out office or word ("CEO", "TV") is no body's acronym.
    if (
      out.at(i) ||
      capitalisedOnLineAfterStart(ctx, i - 1) ||
      capitalisedOnLineAfterStart(ctx, i + 1) ||
      isPlainWord(ctx, i) ||
      OFFICES.has(lower(ctx, i))
    )
      continue;
    if (isOneChar(ctx, i + 1, COMMA) && isWordInLowercase(ctx, i + 2, 'the')) {
      const n = out.at(i + 3);
      if (n && n.a === i + 3 && n.type === ORG && isOneChar(ctx, n.b, COMMA) && !namesState(ctx, n.a, n.b))
        puts.push([i, i + 1]);
    } else if (isOneChar(ctx, i + 1, OPEN_PAREN) && isWordInLowercase(ctx, i + 2, 'the')) {
      const a = i + 3;
      let b = a;
      let caps = 0;
      while (b < ctx.t.count && !isOneChar(ctx, b, CLOSE_PAREN) && !opensLine(ctx, b) && b - a < 12) {
        if (isCapWord(ctx, b)) caps++;
        b++;
      }
      if (!isOneChar(ctx, b, CLOSE_PAREN) || caps < 3 || !isCapWord(ctx, a) || !isCapWord(ctx, b - 1)) continue;
      if (namesState(ctx, a, b)) continue;
      puts.push([i, i + 1]);
      if (unread(out, a, b)) puts.push([a, b]);
    }
  }
  for (const [a, b] of puts) out.put(a, b, ORG, ACRONYM_EXPANSION_ROW.id);
}

const ACRONYM_EXPANSION = ACRONYM_EXPANSION_ROW.value;
const STATE_HEADS = lowerSetOf(ACRONYM_EXPANSION.stateHeads);

/**
 * The gloss [a, b) names a state or a region: its head, the last capitalised word before its first
 * lowercase word ("Turkish Republic of Northern Cyprus"), is a state's noun. Review ents32c.
 */
function namesState(ctx: Ctx, a: number, b: number): boolean {
  let head = -1;
  for (let i = a; i < b; i++) {
    if (isCapWord(ctx, i)) head = i;
    else if (isLowerWord(ctx, i) && head >= 0) break;
  }
  return head >= 0 && STATE_HEADS.has(lower(ctx, head));
}

// --- person.kartvelian-surname -----------------------------------------------------------------------

const KARTVELIAN = KARTVELIAN_SURNAME_ROW.value.endings;
const kartvelian = (w: string) => w.split('-').some((p) => p.length > 5 && KARTVELIAN.some((e) => p.endsWith(e)));
/** An ending of the row at the end of a word or before a hyphen: the forms `kartvelian` may accept. */
const KARTVELIAN_END = new RegExp(`(?:${KARTVELIAN.join('|')})(?:-|$)`);

/** Per form: 1 for a word `kartvelian` accepts, tested once per distinct form. */
function kartvelianMarks(ctx: Ctx): Uint8Array {
  const marks = new Uint8Array(ctx.forms.length);
  for (let f = 0; f < marks.length; f++) {
    const w = ctx.formLower[f];
    if (KARTVELIAN_END.test(w) && kartvelian(w)) marks[f] = 1;
  }
  return marks;
}

/** person.kartvelian-surname: see the row. */
function kartvelianSurnames(ctx: Ctx, out: Names): void {
  // From the names ending in such a word (the loop keeps its old test): testing every name's last
  // word was 1.8 % of a warm analysis of the bench text (tidy43).
  const named = out.aliveOn(tokensOf(ctx, kartvelianMarks(ctx)), LAST_TOKEN);
  const found: LiveSpan[] = [];
  for (let x = 0; x < named.length; x++) {
    const n = named[x];
    if (n.b - n.a < 2 || n.b - n.a > 3 || !modelBelow(n, 0.6, [PLACE, ORG])) continue;
    if (!kartvelian(lower(ctx, n.b - 1))) continue;
    let ok = true;
    for (let i = n.a; i < n.b && ok; i++) ok = capitalisedOnLineAfterStart(ctx, i) || (i === n.a && isCapWord(ctx, i));
    for (let i = n.a; i < n.b && ok; i++) ok = !placeLookup(ctx, word(ctx, i));
    if (ok) found.push(n);
  }
  for (const n of found) if (!n.dead) out.put(n.a, n.b, PERSON, KARTVELIAN_SURNAME_ROW.id, undefined, n);
}

// --- organisation.acronym-first-word -----------------------------------------------------------------

/** organisation.acronym-first-word: see the row. */
function acronymFirstWords(ctx: Ctx, out: Names): void {
  const alive = out.alive();
  const found: LiveSpan[] = [];
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.type !== PERSON || n.rule || n.b - n.a < 2 || n.b - n.a > 3) continue;
    const f = word(ctx, n.a);
    if (f.length < ACRONYM_FIRST_ROW.value || !ACRONYM.test(f) || !/^[A-Z]+$/.test(f)) continue;
    let ok = true;
    for (let i = n.a + 1; i < n.b && ok; i++) ok = isCapWord(ctx, i) && !ACRONYM.test(word(ctx, i));
    // "who" follows a person, not a body ("JPR Williams, who won three grand slams"). Review ents32c.
    if (isWord(ctx, isOneChar(ctx, n.b, COMMA) ? n.b + 1 : n.b, 'who')) continue;
    if (ok) found.push(n);
  }
  for (const n of found) if (!n.dead) out.put(n.a, n.b, ORG, ACRONYM_FIRST_ROW.id, undefined, n);
}

// --- organisation.leading-legal-form ------------------------------------------------------------------

const LEADING_FORMS = new Set(LEADING_PT_ROW.value.forms);

/** organisation.leading-legal-form: see the row. */
function leadingForms(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, LEADING_FORMS));
  const firms: string[][] = [];
  for (let k = 0; k < hits.length; k++) {
    const p = hits[k];
    const n = out.at(p + 1);
    if (out.at(p) || !n || n.a !== p + 1 || n.type !== ORG || opensLine(ctx, p + 1)) continue;
    const words: string[] = [];
    for (let i = n.a; i < n.b; i++) words.push(word(ctx, i));
    firms.push(words);
    out.put(p, n.b, ORG, LEADING_PT_ROW.id, undefined, n);
  }
  if (!firms.length) return;
  const alive = out.alive();
  const found: LiveSpan[] = [];
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.b - n.a < 2 || !modelBelow(n, 0.5, [PERSON, PLACE])) continue;
    const opens = firms.some(
      (w) => w.length > n.b - n.a && w.slice(0, n.b - n.a).every((f, d) => f === word(ctx, n.a + d)),
    );
    if (opens) found.push(n);
  }
  for (const n of found) if (!n.dead) out.put(n.a, n.b, ORG, LEADING_PT_ROW.id, undefined, n);
}
