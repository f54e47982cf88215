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
  type Names,
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
const AMPERSAND = 0x26;

/** Token `i` is one capitalised word that may be a partner: no known place or body, no sure name. */
function partnerWord(ctx: Ctx, out: Names, i: number): boolean {
  if (!isCapWord(ctx, i)) return false;
  const w = spanText(ctx, i, i + 1);
  if (KNOWN_ORGS.has(w.toLowerCase()) || placeLookup(ctx, w)) return false;
  const n = out.at(i);
  return !n || (n.a === i && n.b === i + 1 && !sure(n.probs, n.type, n.rule));
}

/** organisation.firm-partners-comma: see the row. */
function firmPartnersBeforeComma(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const names = out.alive().slice();
  for (const n of names) {
    if (n.type !== ORG || n.rule !== AMPERSAND_FIRM_ID) continue;
    // "Fletcher & Gordon": one word before the ampersand.
    if (!isOneChar(ctx, n.a + 1, AMPERSAND)) continue;
    let a = n.a;
    let partners = 0;
    while (
      partners < FIRM_PARTNERS_COMMA_ROW.value &&
      isPunctChar(ctx, a - 1, COMMA) &&
      !opensLine(ctx, a) &&
      partnerWord(ctx, out, a - 2) &&
      !opensLine(ctx, a - 1)
    ) {
      a -= 2;
      partners++;
    }
    if (partners === 0) continue;
    // The first partner opens the sentence or the line, or follows a lowercase word or an article:
    // a list that goes on before it ("Apple, Procter & Gamble") is left.
    const before = a - 1;
    const opens = opensSentence(ctx, a) || opensLine(ctx, a);
    if (!opens && !(isLowerWord(ctx, before) || (t.kind[before] === Kind.Word && ARTICLES.has(lower(ctx, before)))))
      continue;
    out.put(a, n.b, ORG, FIRM_PARTNERS_COMMA_ROW.id, undefined, n);
  }
}
