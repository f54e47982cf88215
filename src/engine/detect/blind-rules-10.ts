/**
 * Rules from the blind entity batches 28-30 (2 Dec 2026, helper ents18a, issue #9; rows in
 * lexicon/blind-news-10.ts). applyNameRules calls `applyBlindNewsRows10` after the leftover rows
 * and before the review rows, so these read the names every other rule decided. One pass over the
 * word forms marks the rows' words; each rule visits only the tokens of its own words, and the
 * sports-report reading is made at most once, only when a sport row has a candidate.
 * - place.resource-field: "the [Johan Castberg] field" in an oil report is a place.
 * - person.particle-surname: "[Tamimi] said" after "al-Tamimi"; "[Van Dijk] said" after "van Dijk".
 * - place.landform-noun-after: "the [Fuego] volcano", "the [Ta Muen Thom] temple".
 * - place.feature-word-first: "the [Volcán de Fuego]", "the [Passo delle Capannelle]".
 * - place.particle-town: "at [Prati di Tivo]", "near [Montorio al Vomano]".
 * - sport.team-word-short: "[Astana] take control" after "Astana Qazaqstan".
 * - sport.side-status: "[Kazakhstan] and [Hungary] were relegated".
 * - place.parish: "[Jefferson Parish]" in a Louisiana report.
 * - organisation.acronym-body: "... Public Health ([INSP])", "[INSIVUMEH], the ... institute,".
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { isDemonym, lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import {
  ACRONYM_BODY_ROW,
  FEATURE_WORD_FIRST_ROW,
  LANDFORM_NOUN_ROW,
  PARISH_ROW,
  PARTICLE_SURNAME_ROW,
  PARTICLE_TOWN_ROW,
  RESOURCE_FIELD_ROW,
  SIDE_STATUS_ROW,
  TEAM_WORD_ROW,
} from '../lexicon/blind-news-10';
import { FIRST_NAME_SET, FUNCTION_WORDS, KNOWN_ORGS, ORG_TAIL, TITLES } from '../lexicon/words';
import {
  OPEN_PAREN,
  FULL_STOP,
  COMMA,
  CLOSE_PAREN,
  ORG,
  PERSON,
  capitalisedOnLine,
  PLACE,
  exactFormMarks,
  formMarks,
  initials,
  isCapWord,
  isLowerWord,
  isPunctChar,
  isWord,
  namesWithin,
  type NamedSpan,
  type Names,
} from './named-spans';
import { isSportsReportNamingNoElection } from './sport-sentences';
import { setOf } from '../lexicon/rule-row';

type Span = NamedSpan & { dead?: boolean };

const FIELDS = setOf(RESOURCE_FIELD_ROW.value.fields);
const RESOURCES = setOf(RESOURCE_FIELD_ROW.value.resources);
const COMPOUNDS = setOf(RESOURCE_FIELD_ROW.value.compounds);
const OPERATOR_VERBS = setOf(RESOURCE_FIELD_ROW.value.operatorVerbs);
const HYPHENED = setOf(PARTICLE_SURNAME_ROW.value.hyphened);
const PARTICLES = setOf(PARTICLE_SURNAME_ROW.value.particles);
const LANDFORMS = setOf(LANDFORM_NOUN_ROW.value.kinds);
const FAITHS = setOf(LANDFORM_NOUN_ROW.value.faiths);
const FEATURE_ALONE = setOf(FEATURE_WORD_FIRST_ROW.value.alone);
const FEATURE_WITH_PARTICLE = setOf(FEATURE_WORD_FIRST_ROW.value.withParticle);
const FEATURE_PARTICLES = setOf(FEATURE_WORD_FIRST_ROW.value.particles);
const FEATURE_BODIES = setOf(FEATURE_WORD_FIRST_ROW.value.bodies);
const BODY_MAX = Math.max(...FEATURE_WORD_FIRST_ROW.value.bodies.map((b) => b.split(' ').length));
const TOWN_PARTICLES = setOf(PARTICLE_TOWN_ROW.value.particles);
const TOWN_LOCATIVES = setOf(PARTICLE_TOWN_ROW.value.locatives);
const TOWN_HEADS = setOf(PARTICLE_TOWN_ROW.value.heads);
const TEAM_LOCATIVES = setOf(TEAM_WORD_ROW.value.locatives);
const STATE_NOUNS = setOf(TEAM_WORD_ROW.value.stateNouns);
const TEAM_BODIES = setOf(TEAM_WORD_ROW.value.bodies);
const STATUS = setOf(SIDE_STATUS_ROW.value.status);
const STATUS_LOCATIVES = setOf(SIDE_STATUS_ROW.value.locatives);
const STATUS_AUXILIARIES = setOf(SIDE_STATUS_ROW.value.auxiliaries);
const STATUS_AFTER = setOf(SIDE_STATUS_ROW.value.after);
const PARISH_TAILS = setOf(PARISH_ROW.value.tails);
const PARISH_EVIDENCE = setOf(PARISH_ROW.value.evidence);
const SAINTS = setOf(PARISH_ROW.value.saints);
const BODY_HEADS = setOf(ACRONYM_BODY_ROW.value.heads);
const DETERMINERS = setOf(ACRONYM_BODY_ROW.value.determiners);

/** Lowercase words any row starts from (one pass over the forms). */
const TRIGGERS = new Set([...FIELDS, ...LANDFORMS, ...STATUS, ...RESOURCES, 'parish', 'parishes', 'louisiana']);
/** Words that open a sentence and are no part of a name after them. */
const OPENERS = new Set('the a an this that these those in at on for from with by near'.split(' '));
/** Longest name before a kind word, in tokens. */
const NAME_MAX = 4;
/** An acronym of three to twelve capitals (a body's own-language name is often long: "INSIVUMEH"). */
const LONG_ACRONYM = /^[A-Z][A-Z0-9&]{2,11}$/;
/** Longest apposition read after an acronym, in tokens. */
const APPOSITION_MAX = 10;

const isName = (ctx: Ctx, i: number) =>
  (isCapWord(ctx, i) || ctx.t.kind[i] === Kind.Num) && !(ctx.t.flags[i] & Flag.NewLine);
const exact = (ctx: Ctx, i: number) => ctx.forms[ctx.form[i]];

export function applyBlindNewsRows10(ctx: Ctx, out: Names): void {
  const marks = formMarks(ctx, TRIGGERS);
  const hits = tokensOf(ctx, marks);
  let resources = 0;
  let parishEvidence = false;
  const fieldAt: number[] = [];
  const landformAt: number[] = [];
  const statusAt: number[] = [];
  for (let k = 0; k < hits.length; k++) {
    const i = hits[k];
    const w = lower(ctx, i);
    if (RESOURCES.has(w)) resources++;
    if (PARISH_EVIDENCE.has(exact(ctx, i)) || (w === 'parish' && isLowerWord(ctx, i)) || w === 'parishes')
      parishEvidence = true;
    if (!isLowerWord(ctx, i)) continue;
    if (FIELDS.has(w)) fieldAt.push(i);
    if (LANDFORMS.has(w)) landformAt.push(i);
    if (STATUS.has(w)) statusAt.push(i);
  }
  if (resources >= 2) {
    // Whether words name an operator, per word forms (a long report writes "the X field" often).
    const memo = new Map<string, boolean>();
    for (const f of fieldAt) resourceField(ctx, out, f, memo);
  }
  if (landformAt.length) {
    const surnames = personSurnames(ctx, out);
    for (const f of landformAt) landformBefore(ctx, out, f, surnames);
  }
  particleSurnames(ctx, out);
  featureWordFirst(ctx, out);
  particleTowns(ctx, out);
  if (parishEvidence) parishes(ctx, out);
  acronymBodies(ctx, out);
  let sports: boolean | undefined;
  const isSports = () => (sports ??= isSportsReportNamingNoElection(ctx));
  teamWords(ctx, out, isSports);
  if (statusAt.length) sideStatus(ctx, out, statusAt, isSports);
}

/**
 * The capitalised words (or numbers, after the first) right before token `k`, on its line, up to
 * `max`: [a, k), or undefined when there are none, a name runs on past them, or what comes before
 * is not a lowercase word, a possessive or a line start.
 */
function wordsBefore(ctx: Ctx, out: Names, k: number, max: number): [number, number] | undefined {
  let a = k;
  while (a > 0 && k - a < max && isName(ctx, a - 1)) a--;
  while (a < k && !isCapWord(ctx, a)) a++;
  // A sentence-opening word the capitals took in ("The Exxon field") is no part of the name.
  let opening = false;
  while (a < k && isCapWord(ctx, a) && (OPENERS.has(lower(ctx, a)) || FUNCTION_WORDS.has(lower(ctx, a)))) {
    a++;
    opening = true;
  }
  while (a < k && !isCapWord(ctx, a)) a++;
  if (a === k) return undefined;
  const before = a - 1;
  const lineStart = !!(ctx.t.flags[a] & Flag.NewLine) || a === 0;
  if (!lineStart && !opening && !isLowerWord(ctx, before) && ctx.t.kind[before] !== Kind.Poss) return undefined;
  if (!namesWithin(out, a, k)) return undefined;
  return [a, k];
}

/** Puts a place over [a, b) unless it is one already; returns the name. */
function putType(out: Names, a: number, b: number, type: number, rule: string): Span | undefined {
  const within = namesWithin(out, a, b);
  if (!within) return undefined;
  const n = within.length === 1 ? (within[0] as Span) : undefined;
  if (n && n.a === a && n.b === b) {
    if (n.type !== type) return out.put(a, b, type, rule, undefined, n) as Span;
    return n;
  }
  return out.put(a, b, type, rule, undefined, n) as Span;
}

/** Every other mention with the same words (case kept) as [a, b) takes `type`. */
function sameWordsAs(ctx: Ctx, out: Names, a: number, b: number, type: number, rule: string): void {
  const changes: (() => void)[] = [];
  const alive = out.alive() as readonly Span[];
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.type === type || n.b - n.a !== b - a) continue;
    let same = true;
    for (let k = 0; k < b - a && same; k++) same = ctx.form[n.a + k] === ctx.form[a + k];
    if (same) changes.push(() => !n.dead && out.put(n.a, n.b, type, rule, undefined, n));
  }
  for (const change of changes) change();
}

/** A known organisation, a demonym or capitals: not a land's name. */
function notALand(ctx: Ctx, a: number, b: number): boolean {
  const text = spanText(ctx, a, b);
  if (KNOWN_ORGS.has(text.toLowerCase())) return true;
  if (b - a === 1 && (ctx.t.flags[a] & Flag.AllCaps || isDemonym(ctx, exact(ctx, a)))) return true;
  return false;
}

/** place.resource-field: see the row. */
function resourceField(ctx: Ctx, out: Names, f: number, memo: Map<string, boolean>): void {
  if (isLowerWord(ctx, f + 1) && COMPOUNDS.has(lower(ctx, f + 1))) return;
  if (ctx.t.kind[f + 1] === Kind.Punct && ctx.text.charCodeAt(ctx.t.start[f + 1]) === 45) return;
  const span = wordsBefore(ctx, out, f, NAME_MAX);
  if (!span || notALand(ctx, span[0], span[1]) || isOperator(ctx, out, span[0], span[1], memo)) return;
  const found: [number, number][] = [span];
  // "the Johan Castberg and Johan Sverdrup fields"
  if (lower(ctx, f).endsWith('s') && isWord(ctx, span[0] - 1, 'and')) {
    const first = wordsBefore(ctx, out, span[0] - 1, NAME_MAX);
    if (first && !notALand(ctx, first[0], first[1]) && !isOperator(ctx, out, first[0], first[1], memo))
      found.push(first);
  }
  for (const [a, b] of found)
    if (putType(out, a, b, PLACE, RESOURCE_FIELD_ROW.id)) sameWordsAs(ctx, out, a, b, PLACE, RESOURCE_FIELD_ROW.id);
}

/** Whether the words [a, b) name elsewhere in the text a company: the start of a longer organisation
 * ("Exxon Mobil"), or followed right away by a company's verb ("Exxon said"). */
function isOperator(ctx: Ctx, out: Names, a: number, b: number, memo: Map<string, boolean>): boolean {
  const key = ctx.form.slice(a, b).join(' ');
  let known = memo.get(key);
  if (known === undefined) memo.set(key, (known = readsAsOperator(ctx, out, a, b)));
  return known;
}

function readsAsOperator(ctx: Ctx, out: Names, a: number, b: number): boolean {
  const len = b - a;
  const sameAt = (i: number) => {
    if (i === a || i + len > ctx.t.count) return false;
    for (let k = 0; k < len; k++) if (ctx.form[i + k] !== ctx.form[a + k]) return false;
    return true;
  };
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type === ORG && n.b - n.a > len && n.a !== a && sameAt(n.a)) return true;
  }
  for (let i = 0; i + len < ctx.t.count; i++) {
    if (!sameAt(i)) continue;
    // "Exxon said", "Exxon Mobil said": the words, or a longer name they begin, and a company's verb.
    let k = i + len;
    while (k < ctx.t.count && k - i < NAME_MAX && capitalisedOnLine(ctx, k)) k++;
    if (isLowerWord(ctx, k) && OPERATOR_VERBS.has(lower(ctx, k))) return true;
  }
  return false;
}

/**
 * Forms of the last words of the persons of two words or more ("Modi" of "Narendra Modi"); not of a
 * name opening with a kind word, which place.feature-word-first makes a place ("del Volcán de Fuego").
 */
function personSurnames(ctx: Ctx, out: Names): Set<number> {
  const forms = new Set<number>();
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type !== PERSON || n.b - n.a < 2) continue;
    let i = n.a;
    while (i < n.b - 1 && !isCapWord(ctx, i)) i++; // "del Volcán de Fuego"
    const first = exact(ctx, i);
    if (!FEATURE_ALONE.has(first) && !FEATURE_WITH_PARTICLE.has(first)) forms.add(ctx.form[n.b - 1]);
  }
  return forms;
}

/** place.landform-noun-after: see the row. */
function landformBefore(ctx: Ctx, out: Names, f: number, surnames: ReadonlySet<number>): void {
  const span = wordsBefore(ctx, out, f, 3);
  if (!span) return;
  const [a, b] = span;
  if (notALand(ctx, a, b)) return;
  // "the Modi temple visit" after "Narendra Modi": the person's.
  if (b - a === 1 && surnames.has(ctx.form[a])) return;
  for (let i = a; i < b; i++) if (FAITHS.has(exact(ctx, i))) return;
  const n = out.at(a);
  if (n && n.type === PERSON && n.b - n.a > 1 && FIRST_NAME_SET.has(lower(ctx, n.a))) return;
  // A body before the kind word owns or runs it ("the Google dam data").
  if (n && n.type === ORG) return;
  if (putType(out, a, b, PLACE, LANDFORM_NOUN_ROW.id)) sameWordsAs(ctx, out, a, b, PLACE, LANDFORM_NOUN_ROW.id);
}

/** person.particle-surname: see the row. */
function particleSurnames(ctx: Ctx, out: Names): void {
  const bare = new Set<string>();
  const tails: { particle: string; rest: number[] }[] = [];
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    if (n.type !== PERSON || n.b - n.a < 2) continue;
    const last = exact(ctx, n.b - 1);
    const dash = last.indexOf('-');
    if (dash > 0 && HYPHENED.has(last.slice(0, dash)) && dash + 1 < last.length) bare.add(last.slice(dash + 1));
    for (let i = n.a + 1; i < n.b - 1; i++)
      if (isLowerWord(ctx, i) && PARTICLES.has(exact(ctx, i))) {
        const rest: number[] = [];
        for (let j = i + 1; j < n.b; j++) rest.push(ctx.form[j]);
        tails.push({ particle: exact(ctx, i), rest });
        break;
      }
  }
  if (!bare.size && !tails.length) return;
  const changes: (() => void)[] = [];
  // Only the tokens of a bare surname or a capitalised particle can start one: marked once per word.
  const marks = new Uint8Array(ctx.forms.length);
  for (let f = 0; f < marks.length; f++) {
    const w = ctx.forms[f],
      lowered = w.toLowerCase();
    if (bare.has(w) || (w !== lowered && PARTICLES.has(lowered))) marks[f] = 1;
  }
  const hits = tokensOf(ctx, marks);
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!isCapWord(ctx, i)) continue;
    const w = exact(ctx, i);
    if (bare.has(w) && !isCapWord(ctx, i - 1) && !isCapWord(ctx, i + 1)) {
      const n = out.at(i);
      if (!n || (n.a === i && n.b === i + 1 && n.type !== PERSON))
        changes.push(() => putType(out, i, i + 1, PERSON, PARTICLE_SURNAME_ROW.id));
      continue;
    }
    const lowered = w.toLowerCase();
    if (w === lowered || !PARTICLES.has(lowered)) continue;
    for (const t of tails) {
      if (t.particle !== lowered) continue;
      const b = i + 1 + t.rest.length;
      let same = b <= ctx.t.count;
      for (let k = 0; k < t.rest.length && same; k++) same = ctx.form[i + 1 + k] === t.rest[k];
      if (!same || isCapWord(ctx, b)) continue;
      const n = out.at(i);
      if (n && n.type === PERSON) break;
      changes.push(() => putType(out, i, b, PERSON, PARTICLE_SURNAME_ROW.id));
      break;
    }
  }
  for (const change of changes) change();
}

/** place.feature-word-first: see the row. */
function featureWordFirst(ctx: Ctx, out: Names): void {
  const changes: (() => void)[] = [];
  const marks = exactFormMarks(ctx, FEATURE_ALONE);
  const withParticle = exactFormMarks(ctx, FEATURE_WITH_PARTICLE);
  for (let f = 0; f < marks.length; f++) marks[f] |= withParticle[f];
  const hits = tokensOf(ctx, marks);
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!isCapWord(ctx, i) || ctx.t.flags[i] & Flag.Dotted) continue;
    const w = exact(ctx, i);
    const alone = FEATURE_ALONE.has(w);
    if (!alone && !FEATURE_WITH_PARTICLE.has(w)) continue;
    // Inside another name ("Banca Monte dei Paschi"): a capitalised word before that opens no sentence.
    if (isCapWord(ctx, i - 1) && !(ctx.t.flags[i] & Flag.NewLine) && !OPENERS.has(lower(ctx, i - 1))) continue;
    if (isListedBody(ctx, i)) continue;
    let b = i + 1;
    const particle = isLowerWord(ctx, b) && FEATURE_PARTICLES.has(lower(ctx, b));
    if (particle) b++;
    if (!particle && !alone) continue;
    if (particle && isLowerWord(ctx, b) && FEATURE_PARTICLES.has(lower(ctx, b))) b++; // "de la"
    if (!isName(ctx, b) || !isCapWord(ctx, b)) continue;
    while (b < ctx.t.count && isName(ctx, b) && b - i < NAME_MAX + 1) b++;
    const a = i;
    changes.push(() => {
      // A lowercase particle the model took before the kind word ("del Volcán de Fuego") is cut.
      const before = out.at(a - 1);
      if (before && before.b > a - 1 && before.a === a - 1 && isLowerWord(ctx, a - 1) && before.b <= b) {
        out.remove(before);
      }
      if (putType(out, a, b, PLACE, FEATURE_WORD_FIRST_ROW.id))
        sameWordsAs(ctx, out, a, b, PLACE, FEATURE_WORD_FIRST_ROW.id);
    });
  }
  for (const change of changes) change();
}

/** "Monte dei Paschi": a body listed in the row, starting at token i. */
function isListedBody(ctx: Ctx, i: number): boolean {
  let text = exact(ctx, i);
  for (let k = 1; k < BODY_MAX && i + k < ctx.t.count; k++) {
    text += ' ' + exact(ctx, i + k);
    if (FEATURE_BODIES.has(text)) return true;
  }
  return false;
}

/** place.particle-town: see the row. */
function particleTowns(ctx: Ctx, out: Names): void {
  const changes: (() => void)[] = [];
  const hits = tokensOf(ctx, formMarks(ctx, TOWN_PARTICLES));
  for (let x = 0; x < hits.length; x++) {
    const p = hits[x];
    if (p < 1 || !isLowerWord(ctx, p)) continue;
    const a = p - 1;
    if (!isCapWord(ctx, a) || !isLowerWord(ctx, a - 1) || !TOWN_LOCATIVES.has(lower(ctx, a - 1))) continue;
    if (ctx.t.flags[p + 1] & Flag.NewLine || !isCapWord(ctx, p + 1)) continue;
    const w = exact(ctx, a);
    if (FIRST_NAME_SET.has(w.toLowerCase()) || TOWN_HEADS.has(w) || ORG_TAIL.has(w.toLowerCase())) continue;
    let b = p + 2;
    if (isCapWord(ctx, b) && !(ctx.t.flags[b] & Flag.NewLine)) b++;
    if (ctx.t.kind[b] === Kind.Poss || isCapWord(ctx, b)) continue;
    changes.push(() => {
      if (putType(out, a, b, PLACE, PARTICLE_TOWN_ROW.id)) sameWordsAs(ctx, out, a, b, PLACE, PARTICLE_TOWN_ROW.id);
    });
  }
  for (const change of changes) change();
}

/** place.parish: see the row. */
function parishes(ctx: Ctx, out: Names): void {
  const changes: (() => void)[] = [];
  const hits = tokensOf(ctx, exactFormMarks(ctx, PARISH_TAILS));
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    if (k < 1 || !isCapWord(ctx, k) || isCapWord(ctx, k + 1)) continue;
    if (ctx.t.flags[k] & Flag.NewLine) continue;
    let a = k;
    while (a > 0 && k - a < 3 && isCapWord(ctx, a - 1) && !(ctx.t.flags[a] & Flag.NewLine)) a--;
    // A sentence-opening word the capitals took in ("In Orleans Parish") is no part of the name.
    while (a < k && (OPENERS.has(lower(ctx, a)) || FUNCTION_WORDS.has(lower(ctx, a)))) a++;
    if (a === k || ctx.t.kind[a - 1] === Kind.Poss) continue;
    // "Helen Parish", "Rev. Matthew Parish" are persons: a given name or a title before the tail
    // (after "St." the given name is the saint's: "St. James Parish").
    let person = false;
    for (let i = a; i < k && !person; i++) {
      const saint = i > a && SAINTS.has(exact(ctx, i - 1));
      person = (!saint && FIRST_NAME_SET.has(lower(ctx, i))) || TITLES.has(lower(ctx, i).replace(/\.$/, ''));
    }
    if (person) continue;
    const first = a;
    changes.push(() => putType(out, first, k + 1, PLACE, PARISH_ROW.id));
  }
  for (const change of changes) change();
}

/** organisation.acronym-body: see the row. */
function acronymBodies(ctx: Ctx, out: Names): void {
  const changes: (() => void)[] = [];
  // The pattern is tested once per distinct word, not once per token in capitals.
  const marks = new Uint8Array(ctx.forms.length);
  for (let f = 0; f < marks.length; f++)
    if (ctx.t.kind[ctx.formTokens[ctx.formStart[f]]] === Kind.Word && LONG_ACRONYM.test(ctx.forms[f])) marks[f] = 1;
  const hits = tokensOf(ctx, marks);
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (!(ctx.t.flags[i] & Flag.AllCaps)) continue;
    const w = exact(ctx, i);
    if (placeLookup(ctx, w)) continue;
    const n = out.at(i);
    if (n && (n.type === ORG || n.a !== i || n.b !== i + 1)) continue;
    if (inBracketsAfterBody(ctx, out, i) || openingApposition(ctx, i))
      changes.push(() => putType(out, i, i + 1, ORG, ACRONYM_BODY_ROW.id));
  }
  for (const change of changes) change();
}

/** "... Public Health (INSP)": the body's initials give half the acronym's letters or more. */
function inBracketsAfterBody(ctx: Ctx, out: Names, i: number): boolean {
  if (!isPunctChar(ctx, i - 1, OPEN_PAREN) || !isPunctChar(ctx, i + 1, CLOSE_PAREN)) return false;
  const body = out.at(i - 2);
  if (!body || body.type !== ORG || body.b !== i - 1) return false;
  const heads = new Set(initials(ctx, body.a, body.b));
  const letters = new Set(lower(ctx, i));
  let shared = 0;
  for (const c of letters) if (heads.has(c)) shared++;
  return shared * 2 >= letters.size;
}

/** "INSIVUMEH, the country's volcano and weather institute, said": a body's head word before the next comma. */
function openingApposition(ctx: Ctx, i: number): boolean {
  const start = i === 0 || ctx.t.flags[i] & Flag.NewLine || isPunctChar(ctx, i - 1, FULL_STOP);
  if (!start || !isPunctChar(ctx, i + 1, COMMA)) return false;
  if (!isLowerWord(ctx, i + 2)) return false;
  // "the", "its", or a possessive noun ("the country's").
  const poss = ctx.t.kind[i + 3] === Kind.Poss;
  if (!DETERMINERS.has(lower(ctx, i + 2)) && !poss) return false;
  for (let k = poss ? i + 4 : i + 3; k < Math.min(ctx.t.count, i + 3 + APPOSITION_MAX); k++) {
    if (ctx.t.kind[k] === Kind.Punct || ctx.t.flags[k] & Flag.NewLine) return false;
    if (isLowerWord(ctx, k) && BODY_HEADS.has(lower(ctx, k)) && isPunctChar(ctx, k + 1, COMMA)) return true;
  }
  return false;
}

/** Whether the text ever writes the word of form `form` right after a preposition of where. */
function afterLocative(ctx: Ctx, form: number, locatives: ReadonlySet<string>): boolean {
  // The form's own tokens (formTokens), not every token of the text: the row asked once per team word.
  for (let k = ctx.formStart[form]; k < ctx.formStart[form + 1]; k++) {
    const i = ctx.formTokens[k];
    if (i >= 1 && isLowerWord(ctx, i - 1) && locatives.has(lower(ctx, i - 1))) return true;
  }
  return false;
}

/** Whether the text writes the word of form `form` as the owner of a state's thing ("Bahrain's government"). */
function ownsStateThing(ctx: Ctx, form: number): boolean {
  for (let k = ctx.formStart[form]; k < ctx.formStart[form + 1]; k++) {
    const i = ctx.formTokens[k];
    if (
      i + 2 < ctx.t.count &&
      ctx.t.kind[i + 1] === Kind.Poss &&
      isLowerWord(ctx, i + 2) &&
      STATE_NOUNS.has(lower(ctx, i + 2))
    )
      return true;
  }
  return false;
}

/** sport.team-word-short: see the row. */
function teamWords(ctx: Ctx, out: Names, isSports: () => boolean): void {
  const teamForms = new Set<number>();
  const alive = out.alive();
  for (let x = 0; x < alive.length; x++) {
    const n = alive[x];
    const len = n.b - n.a;
    if (n.type !== ORG || len < 2 || len > 3) continue;
    let capitals = true;
    for (let i = n.a; i < n.b && capitals; i++) capitals = isCapWord(ctx, i);
    // "The Wisconsin Supreme Court": a public body, no team (review ents31e).
    if (!capitals || TEAM_BODIES.has(lower(ctx, n.b - 1))) continue;
    teamForms.add(ctx.form[n.a]);
    teamForms.add(ctx.form[n.b - 1]);
  }
  if (!teamForms.size) return;
  const found: Span[] = [];
  for (const n of out.alive() as readonly Span[])
    if (n.type === PLACE && n.b - n.a === 1 && teamForms.has(ctx.form[n.a])) found.push(n);
  if (!found.length || !isSports()) return;
  const shy = new Map<number, boolean>();
  for (const n of found) {
    const f = ctx.form[n.a];
    if (!shy.has(f)) shy.set(f, afterLocative(ctx, f, TEAM_LOCATIVES) || ownsStateThing(ctx, f));
    if (!shy.get(f) && !n.dead) out.put(n.a, n.b, ORG, TEAM_WORD_ROW.id, undefined, n);
  }
}

/** Sentence bounds around token `i`: from after the last full stop (or line start) to the next. */
function sentenceAround(ctx: Ctx, i: number): [number, number] {
  let a = i;
  while (a > 0 && !(ctx.t.flags[a] & Flag.NewLine) && !isPunctChar(ctx, a - 1, FULL_STOP)) a--;
  let b = i + 1;
  while (b < ctx.t.count && !(ctx.t.flags[b] & Flag.NewLine) && !isPunctChar(ctx, b - 1, FULL_STOP)) b++;
  return [a, b];
}

/** The status word at `s` is said of a side: "were (also) relegated", "qualified for", "remain banned." */
function saidOfSide(ctx: Ctx, s: number): boolean {
  for (let k = s - 1; k >= Math.max(0, s - 2); k--) {
    if (!isLowerWord(ctx, k)) break;
    if (STATUS_AUXILIARIES.has(lower(ctx, k))) return true;
  }
  const next = s + 1;
  if (next >= ctx.t.count || ctx.t.flags[next] & Flag.NewLine) return true;
  if (ctx.t.kind[next] === Kind.Punct) return true;
  return isLowerWord(ctx, next) && STATUS_AFTER.has(lower(ctx, next));
}

/** A preposition of where before the name, or before the list it closes ("from Germany and France"). */
function afterStatusLocative(ctx: Ctx, out: Names, n: NamedSpan): boolean {
  let a = n.a;
  for (let hops = 0; hops < 6; hops++) {
    const before = a - 1;
    if (isLowerWord(ctx, before) && STATUS_LOCATIVES.has(lower(ctx, before))) return true;
    // Step back over "X and", "X," to the list's first member.
    const joint = isWord(ctx, before, 'and') || isWord(ctx, before, 'or') || isPunctChar(ctx, before, COMMA);
    const prev = joint ? out.at(before - 1) : undefined;
    if (!prev || prev.type !== PLACE || prev.b !== before) return false;
    a = prev.a;
  }
  return false;
}

const isCountry = (ctx: Ctx, n: NamedSpan) => placeLookup(ctx, spanText(ctx, n.a, n.b))?.kind === 'country';

/** sport.side-status: see the row. */
function sideStatus(ctx: Ctx, out: Names, statusAt: number[], isSports: () => boolean): void {
  let sides = false;
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    if (n.type === ORG && isCountry(ctx, n)) sides = true;
  }
  if (!sides || !isSports()) return;
  const changes: (() => void)[] = [];
  const seen = new Set<number>();
  for (const s of statusAt) {
    if (!saidOfSide(ctx, s)) continue;
    const [a, b] = sentenceAround(ctx, s);
    if (seen.has(a)) continue;
    seen.add(a);
    for (let i = a; i < b; i++) {
      const n = out.at(i) as Span | undefined;
      if (!n || n.a !== i || n.type !== PLACE || !isCountry(ctx, n)) continue;
      if (afterStatusLocative(ctx, out, n)) continue;
      if (ctx.t.kind[n.b] === Kind.Poss) continue;
      changes.push(() => !n.dead && out.put(n.a, n.b, ORG, SIDE_STATUS_ROW.id, undefined, n));
    }
  }
  for (const change of changes) change();
}
