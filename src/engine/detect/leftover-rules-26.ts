/**
 * Rules for the weak patterns of issue #9, nineteenth round (helper ents60b; rows in
 * lexicon/news-leftovers-26.ts). applyNameRules calls `applyLeftoverRows26` after the leftover-25
 * rows, so these read the names every earlier rule decided. Each row starts from its trigger
 * words' tokens, never from every token.
 * - organisation.body-noun-apposition: "the chamber of commerce, [Canaco], said".
 * - organisation.bishops-conference: "the [Irish Catholic Bishops' Conference]".
 */
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { BISHOPS_CONFERENCE_ROW, BODY_NOUN_APPOSITION_ROW } from '../lexicon/news-leftovers-26';
import { isBuiltinDemonym } from '../lexicon/places';
import { HONORIFIC_WORDS } from '../lexicon/names';
import { FIRST_NAME_SET } from '../lexicon/words';
import {
  COMMA,
  ORG,
  PERSON,
  capitalisedOnLine,
  formMarks,
  isLowerWord,
  isPunctChar,
  isWord,
  namesWithin,
  onLine,
  putOverWithin,
  type Names,
} from './named-spans';

export function applyLeftoverRows26(ctx: Ctx, out: Names): void {
  bodyNounAppositions(ctx, out);
  bishopsConferences(ctx, out);
}

// --- organisation.body-noun-apposition -------------------------------------------------------------

const BODY_NOUNS: ReadonlySet<string> = new Set(BODY_NOUN_APPOSITION_ROW.value.nouns);
const NOUN_REACH = BODY_NOUN_APPOSITION_ROW.value.least;
/** Most capitalised words of the name between the commas. */
const NAME_WORDS = 3;
/** Above this the model's person is kept. */
const SURE_PERSON = 0.9;

/** Prepositions that make the body's phrase a person's complement ("a spokesman for the union, Okafor,"). */
const PREPOSITIONS: ReadonlySet<string> = new Set(BODY_NOUN_APPOSITION_ROW.value.prepositions);
/** How far before the noun a preposition is looked for ("for the biggest farmers' union"). */
const PREPOSITION_REACH = 4;

/** The body noun at `p` ends a phrase after a preposition: the name in commas is a person's. */
function afterPreposition(ctx: Ctx, p: number): boolean {
  for (let j = p - 1; j >= 0 && p - j <= PREPOSITION_REACH && onLine(ctx, j + 1); j--) {
    if (isPunctChar(ctx, j, COMMA)) return false;
    if (isLowerWord(ctx, j) && PREPOSITIONS.has(lower(ctx, j))) return true;
  }
  return false;
}

/** organisation.body-noun-apposition: see the row. */
function bodyNounAppositions(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, BODY_NOUNS));
  for (let x = 0; x < hits.length; x++) {
    const p = hits[x];
    if (!isLowerWord(ctx, p) || afterPreposition(ctx, p)) continue;
    // Lowercase words only from the noun to the comma ("chamber of commerce,").
    let c = p + 1;
    while (c - p <= NOUN_REACH && isLowerWord(ctx, c) && onLine(ctx, c)) c++;
    if (c - p > NOUN_REACH || !isPunctChar(ctx, c, COMMA) || !onLine(ctx, c)) continue;
    const a = c + 1;
    let b = a;
    while (b - a < NAME_WORDS && capitalisedOnLine(ctx, b)) b++;
    if (b === a || !isPunctChar(ctx, b, COMMA) || !onLine(ctx, b)) continue;
    if (FIRST_NAME_SET.has(lower(ctx, a)) || placeLookup(ctx, spanText(ctx, a, b))) continue;
    // "the committee, Ms Reeves, that …": an honorific says person; "The committee, Smith, Jones and
    // Patel, voted": a list of names (review, stop 60).
    if (HONORIFIC_WORDS.has(lower(ctx, a)) || capitalisedOnLine(ctx, b + 1)) continue;
    const n = out.at(a);
    if (n && (n.rule || n.type !== PERSON || n.a !== a || n.b !== b || n.probs[PERSON] >= SURE_PERSON)) continue;
    const within = namesWithin(out, a, b);
    if (within) putOverWithin(out, a, b, ORG, BODY_NOUN_APPOSITION_ROW.id, within);
  }
}

// --- organisation.bishops-conference ---------------------------------------------------------------

const BISHOPS: ReadonlySet<string> = new Set(['bishops']);
const LEADS: ReadonlySet<string> = new Set(BISHOPS_CONFERENCE_ROW.value.leads.map((w) => w.toLowerCase()));
/** Most capitalised words before "Bishops". */
const LEAD_WORDS = 3;

function leadsConference(ctx: Ctx, i: number): boolean {
  if (i < 0 || !capitalisedOnLine(ctx, i) || !onLine(ctx, i + 1)) return false;
  const w = lower(ctx, i);
  return LEADS.has(w) || isBuiltinDemonym(w) || placeLookup(ctx, spanText(ctx, i, i + 1))?.kind === 'country';
}

/** organisation.bishops-conference: see the row. */
function bishopsConferences(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, BISHOPS));
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    if (!capitalisedOnLine(ctx, k)) continue;
    // "Bishops' Conference": the apostrophe may be a token of its own.
    let c = k + 1;
    if (c < ctx.t.count && !isWord(ctx, c, 'conference') && spanText(ctx, c, c + 1) === "'" && onLine(ctx, c)) c++;
    if (!isWord(ctx, c, 'conference') || !capitalisedOnLine(ctx, c)) continue;
    let a = k;
    while (k - a < LEAD_WORDS && leadsConference(ctx, a - 1)) a--;
    if (a === k) continue;
    const within = namesWithin(out, a, c + 1);
    if (within) putOverWithin(out, a, c + 1, ORG, BISHOPS_CONFERENCE_ROW.id, within);
  }
}
