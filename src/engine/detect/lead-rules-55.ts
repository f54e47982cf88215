/**
 * Name rows of the lead's reading in stop 55 (issue #9; rows in lexicon/lead-names-55.ts).
 * applyNameRules calls `applyLeadNameRows55` last, so these read the names every other rule
 * decided. Each starts from its trigger words' tokens.
 * - place.county-office-before-name: "[Maricopa County] Recorder [Stephen Richer] said".
 * - name.relative-subject-of-speech: "[Fraport], which operates the airport, said …".
 */
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { COUNTY_OFFICE_ROW, RELATIVE_SUBJECT_ROW } from '../lexicon/lead-names-55';
import { Flag, Kind } from '../tokenize/tokenize';
import {
  ACRONYM,
  COMMA,
  ORG,
  PERSON,
  PLACE,
  formMarks,
  isPlainWord,
  isWeekdayOrMonth,
  isPunctChar,
  capitalisedOnLine,
  exactFormMarks,
  isCapWord,
  onLine,
  opensSentence,
  opensWithCommonWord,
  type Names,
} from './named-spans';

export function applyLeadNameRows55(ctx: Ctx, out: Names): void {
  countyOffices(ctx, out);
  relativeSubjects(ctx, out);
}

const COUNTY_WORDS: ReadonlySet<string> = new Set(COUNTY_OFFICE_ROW.value.counties);
const SERVICES: ReadonlySet<string> = new Set(COUNTY_OFFICE_ROW.value.services);
const OFFICES: ReadonlySet<string> = new Set(COUNTY_OFFICE_ROW.value.offices);
/** Most words of an office ("District Attorney", "Chief Medical Examiner") and of a county's name ("San Luis Obispo"). */
const MAX_OFFICE = 3;
const MAX_COUNTY = 3;

/** place.county-office-before-name: see the row. */
function countyOffices(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, new Set([...COUNTY_WORDS, ...SERVICES])));
  for (let x = 0; x < hits.length; x++) {
    const c = hits[x];
    const service = SERVICES.has(ctx.forms[ctx.form[c]]);
    let e = c + 1;
    while (e - c <= MAX_OFFICE && onLine(ctx, e) && OFFICES.has(ctx.forms[ctx.form[e]])) e++;
    if (e === c + 1 || !holderAt(ctx, out, e)) continue;
    // A town's service: the place is the words before it, when the map knows them.
    const a = service ? townStart(ctx, c) : countyStart(ctx, out, c);
    const end = service ? c : c + 1;
    if (a === c) continue;
    // "Harris County Sheriff Ed Gonzalez" read as one body: the holder's two or three words.
    const over = out.at(c);
    // "[Westbrook Police] Chief Anna Morel": a town's service the model is sure is a body stays one
    // (place.town-before-civic-office, fold rows 29).
    if (service && over && over.type === ORG && over.a === a && over.b === c + 1 && over.probs[ORG] >= SURE_SERVICE)
      continue;
    let holder = 0;
    if (over && over.a <= a && over.type !== PERSON && over.b > e + 1 && over.b - e <= MAX_HOLDER)
      for (holder = e; holder < over.b && capitalisedOnLine(ctx, holder); holder++);
    // "[Los Angeles County Clerk Dean] [Logan]": the body ran into the given name only and the model
    // read the surname apart as a person (ents63c): the holder is both.
    const surname = over && over.a <= a && over.type !== PERSON && over.b === e + 1 ? out.at(e + 1) : undefined;
    const split =
      surname && surname.type === PERSON && !surname.rule && surname.a === e + 1 && surname.b - e <= MAX_HOLDER;
    for (let i = c; i < e; i++) {
      const n = out.at(i);
      if (n && (n.a > c || (service && n.a >= a))) out.remove(n);
    }
    if (holder === over?.b) out.put(e, holder, PERSON, COUNTY_OFFICE_ROW.id);
    else if (split) out.put(e, surname.b, PERSON, COUNTY_OFFICE_ROW.id, undefined, surname);
    const n = out.at(service ? a : c);
    if (n && n.a === a && n.b === end && n.type === PLACE) continue;
    out.put(a, end, PLACE, COUNTY_OFFICE_ROW.id, undefined, n);
  }
}

/** A person right after the office: a name read as one, or two capitalised words (never "Sheriff's Office"). */
function holderAt(ctx: Ctx, out: Names, e: number): boolean {
  if (!capitalisedOnLine(ctx, e)) return false;
  const n = out.at(e);
  if (n && n.a === e && n.type === PERSON) return true;
  return capitalisedOnLine(ctx, e + 1) && ctx.t.kind[e + 1] === Kind.Word && !OFFICES.has(ctx.forms[ctx.form[e + 1]]);
}

/** At or above this the model's body over a town and its service is kept. */
const SURE_SERVICE = 0.9;
/** Most words of a holder's name the model ran into the county's body. */
const MAX_HOLDER = 3;

/** The first token of a town's name before its service at `c` (a place the map knows), or `c`. */
function townStart(ctx: Ctx, c: number): number {
  for (let a = Math.max(0, c - MAX_COUNTY); a < c; a++) {
    let ok = true;
    for (let i = a; i < c && ok; i++) ok = isCapWord(ctx, i) && (i === a || onLine(ctx, i));
    if (ok && onLine(ctx, c) && !isCapWord(ctx, a - 1) && placeLookup(ctx, spanText(ctx, a, c))) return a;
  }
  return c;
}

/** The first token of the county's name before "County" at `c`, or `c` when there is none. */
function countyStart(ctx: Ctx, out: Names, c: number): number {
  let a = c;
  while (a > 0 && c - a < MAX_COUNTY && isCapWord(ctx, a - 1) && !(ctx.t.flags[a] & Flag.NewLine)) {
    // A second word joins only inside one name or a county the map knows ("Los Angeles County"),
    // never a common word opening the sentence ("Democratic Cook County Clerk"); one word may be
    // common ("Cook County", "Orange County").
    if (a < c) {
      if (opensWithCommonWord(ctx, a - 1)) break;
      const held = out.at(a - 1);
      if (!(held && held === out.at(a)) && !placeLookup(ctx, spanText(ctx, a - 1, c + 1))) break;
    }
    a--;
  }
  return a;
}

const WHO: ReadonlySet<string> = new Set(RELATIVE_SUBJECT_ROW.value.who);
const WHICH: ReadonlySet<string> = new Set(RELATIVE_SUBJECT_ROW.value.which);
const SPEECH: ReadonlySet<string> = new Set(RELATIVE_SUBJECT_ROW.value.verbs);
/** Most tokens of the relative aside, from "who"/"which" to its closing comma. */
const MAX_ASIDE = 14;

/** name.relative-subject-of-speech: see the row. */
function relativeSubjects(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, new Set([...WHO, ...WHICH])));
  for (let x = 0; x < hits.length; x++) {
    const r = hits[x];
    const i = r - 2;
    if (i < 0 || !isPunctChar(ctx, r - 1, COMMA) || !opensSentence(ctx, i) || !isCapWord(ctx, i)) continue;
    if (out.at(i) || isPlainWord(ctx, i) || isWeekdayOrMonth(ctx, i)) continue;
    if (!speechAfterAside(ctx, r)) continue;
    // "GMB, who represent the drivers, said": British copy says "who" of a body too; an acronym is one.
    const who = WHO.has(lower(ctx, r)) && !ACRONYM.test(ctx.forms[ctx.form[i]]);
    if (!who && (placeLookup(ctx, spanText(ctx, i, i + 1)) || !bodyVerbOpens(ctx, r + 1))) continue;
    out.put(i, i + 1, who ? PERSON : ORG, RELATIVE_SUBJECT_ROW.id);
  }
}

const NOT_BODY_VERBS: ReadonlySet<string> = new Set(RELATIVE_SUBJECT_ROW.value.stateVerbs);
/**
 * "which operates", "which sells": a body's aside opens with a verb of what it does, in the present.
 * A town's says what happened to it or what it has ("which was destroyed", "which has 12,000 people").
 */
function bodyVerbOpens(ctx: Ctx, i: number): boolean {
  if (i >= ctx.t.count || ctx.t.kind[i] !== Kind.Word) return false;
  const w = lower(ctx, i);
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !NOT_BODY_VERBS.has(w);
}

/** The aside opened at `r` closes with a comma in its sentence, and a verb of speech follows. */
function speechAfterAside(ctx: Ctx, r: number): boolean {
  const sentence = ctx.s.of[r];
  for (let k = r + 1; k < ctx.t.count && k - r <= MAX_ASIDE && ctx.s.of[k] === sentence; k++)
    if (isPunctChar(ctx, k, COMMA)) return k + 1 < ctx.t.count && SPEECH.has(lower(ctx, k + 1));
  return false;
}
