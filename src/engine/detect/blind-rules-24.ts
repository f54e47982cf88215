/**
 * Rules from the blind entity batches 71 and 72 (5 Dec 2026, helper ents34a, issue #9; rows in
 * lexicon/blind-news-24.ts). applyNameRules calls `applyBlindNewsRows24` after the rows of batches
 * 68 and 69, so these read the names every earlier rule decided.
 * - place.foreign-place-head: "[Pulau Semakau]", "[Alpe Cermis]", "[Val di Fiemme]".
 * - organisation.firm-partners-comma: "[Myers, Fletcher & Gordon] acted for …".
 */
import { Kind } from '../tokenize/tokenize';
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { FIRM_PARTNERS_COMMA_ROW, FOREIGN_PLACE_HEAD_ROW } from '../lexicon/blind-news-24';
import { AMPERSAND_ROWS } from '../lexicon/names';
import { lowerSetOf, rowNamed } from '../lexicon/rule-row';
import { ARTICLES, KNOWN_ORGS } from '../lexicon/words';
import { sure } from './blind-rules-23';
import {
  COMMA,
  ORG,
  PERSON,
  PLACE,
  formMarks,
  isCapWord,
  isLowerWord,
  isOneChar,
  isPunctChar,
  opensLine,
  opensSentence,
  type NamedSpan,
  type Names,
  AMPERSAND,
  HYPHEN,
} from './named-spans';

export function applyBlindNewsRows24(ctx: Ctx, out: Names): void {
  foreignPlaceHeads(ctx, out);
  firmPartnersBeforeComma(ctx, out);
}

// --- place.foreign-place-head -----------------------------------------------------------------------

const HEADS = lowerSetOf(FOREIGN_PLACE_HEAD_ROW.value.heads);
const VALLEY_HEADS = lowerSetOf(FOREIGN_PLACE_HEAD_ROW.value.beforeParticle);
const VALLEY_PARTICLES = lowerSetOf(FOREIGN_PLACE_HEAD_ROW.value.particles);
const ALL_HEADS = new Set([...HEADS, ...VALLEY_HEADS]);
/** "di", "de", or an elided "d'" written apart or on the next word ("d'Isère"). */
const valleyParticle = (w: string) => VALLEY_PARTICLES.has(w) || /^d['’]/.test(w);

/** place.foreign-place-head: see the row. */
function foreignPlaceHeads(ctx: Ctx, out: Names): void {
  for (const i of tokensOf(ctx, formMarks(ctx, ALL_HEADS))) {
    if (!isCapWord(ctx, i)) continue;
    const n = out.at(i);
    if (!n || n.a !== i || n.rule || n.type !== PERSON || n.b - n.a < 2 || n.b - n.a > 4) continue;
    if (VALLEY_HEADS.has(lower(ctx, i)) && !valleyParticle(lower(ctx, i + 1))) continue;
    out.put(n.a, n.b, PLACE, FOREIGN_PLACE_HEAD_ROW.id, undefined, n);
  }
}

// --- organisation.firm-partners-comma ---------------------------------------------------------------

const AMPERSAND_FIRM_ID = rowNamed(AMPERSAND_ROWS, 'ampersand.firm').id;

/**
 * The partner that ends at token `e`: one capitalised word, or words joined by hyphens
 * ("García-Cuéllar"), with no known place or body and no sure name; its first token, or -1.
 */
function partnerStart(ctx: Ctx, out: Names, e: number): number {
  if (!isCapWord(ctx, e)) return -1;
  let a = e;
  while (a >= 2 && isOneChar(ctx, a - 1, HYPHEN) && isCapWord(ctx, a - 2)) a -= 2;
  const w = spanText(ctx, a, e + 1);
  if (KNOWN_ORGS.has(w.toLowerCase()) || placeLookup(ctx, w)) return -1;
  for (let i = a; i <= e; i++) {
    const n = out.at(i);
    if (n && (n.a < a || n.b > e + 1 || sure(n.probs, n.type, n.rule))) return -1;
  }
  return a;
}

/** The joiner of Spanish and Portuguese firms' last two partners: "Aiza y Enríquez", "Pinheiro e Castro". */
const ROMANCE_AND = new Set(['y', 'e']);
/** Partners before a Romance joiner: with fewer, "Ortega y Gasset" is one person's double surname. */
const ROMANCE_PARTNERS = 2;

/** organisation.firm-partners-comma: see the row. */
function firmPartnersBeforeComma(ctx: Ctx, out: Names): void {
  // "Fletcher & Gordon": one word before the ampersand, as ampersand.firm read it.
  for (const n of out.alive().slice())
    if (n.type === ORG && n.rule === AMPERSAND_FIRM_ID && isOneChar(ctx, n.a + 1, AMPERSAND))
      partnersBefore(ctx, out, n.a, n.b, 1, n);
  // "Aiza y Enríquez": the last two partners joined by "y" or "e", unread or read as one name.
  for (const j of tokensOf(ctx, formMarks(ctx, ROMANCE_AND))) {
    if (!isLowerWord(ctx, j) || !isCapWord(ctx, j - 1) || !isCapWord(ctx, j + 1) || isCapWord(ctx, j + 2)) continue;
    const n = out.at(j - 1) ?? out.at(j + 1);
    let inside = true;
    for (let i = j - 1; i <= j + 1 && inside; i++) {
      const m = out.at(i);
      inside = !m || (m.a >= j - 1 && m.b <= j + 2 && !m.rule);
    }
    if (inside) partnersBefore(ctx, out, j - 1, j + 2, ROMANCE_PARTNERS, n);
  }
}

/** The firm whose last partners are tokens a..b, with `needed` or more partners listed before them with commas. */
function partnersBefore(ctx: Ctx, out: Names, last: number, b: number, needed: number, was?: NamedSpan): void {
  const t = ctx.t;
  let a = last;
  let partners = 0;
  while (partners < FIRM_PARTNERS_COMMA_ROW.value && isPunctChar(ctx, a - 1, COMMA) && !opensLine(ctx, a)) {
    const p = partnerStart(ctx, out, a - 2);
    if (p < 0 || opensLine(ctx, a - 1)) break;
    a = p;
    partners++;
  }
  if (partners < needed) return;
  // The first partner opens the sentence or the line, or follows a lowercase word or an article:
  // a list that goes on before it ("Apple, Procter & Gamble") is left.
  const before = a - 1;
  const opens = opensSentence(ctx, a) || opensLine(ctx, a);
  if (!opens && !(isLowerWord(ctx, before) || (t.kind[before] === Kind.Word && ARTICLES.has(lower(ctx, before)))))
    return;
  out.put(a, b, ORG, FIRM_PARTNERS_COMMA_ROW.id, undefined, was);
}
