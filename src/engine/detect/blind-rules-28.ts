/**
 * Rules from the blind entity batches 83 and 84 (5 Dec 2026, helper ents39a, issue #9; rows in
 * lexicon/blind-news-28.ts). applyNameRules calls `applyBlindNewsRows28` after the rows of batches
 * 80 and 81, so these read the names every earlier rule decided.
 * - none.sport-section-label: a sport before a colon opening a roundup's paragraph is no name.
 */
import { lineOpenings, lower, placeLookup, spanText, type Ctx } from '../context';
import { SPORT_BODY_ROW } from '../lexicon/blind-news-6';
import { SPORT_LABEL_ROW } from '../lexicon/blind-news-28';
import { lowerSetOf } from '../lexicon/rule-row';
import { PLACE, isCapWord, isLowerWord, isPunctChar, onLine, COLON, type NamedSpan, type Names } from './named-spans';

export function applyBlindNewsRows28(ctx: Ctx, out: Names): void {
  sportSectionLabels(ctx, out);
}

// --- none.sport-section-label -------------------------------------------------------------------

const SPORTS = lowerSetOf([...SPORT_BODY_ROW.value, ...SPORT_LABEL_ROW.value.sports]);
const QUALIFIERS = lowerSetOf(SPORT_LABEL_ROW.value.qualifiers);
/** The most words a label holds ("Rugby union", "Track and field"). */
const LABEL_WORDS = 3;

/** The colon's token when the line opening at `a` is a sport's label (see the row), or -1. */
function labelEnd(ctx: Ctx, a: number): number {
  if (!isCapWord(ctx, a)) return -1;
  let sport = false;
  for (let i = a; i < a + LABEL_WORDS + 1 && (i === a || onLine(ctx, i)); i++) {
    if (isPunctChar(ctx, i, COLON)) return sport && i > a ? i : -1;
    const w = lower(ctx, i);
    // After the first word, only lowercase words: "Rugby Australia:" is a body.
    if (i > a && !isLowerWord(ctx, i)) return -1;
    if (SPORTS.has(w)) sport = true;
    else if (!QUALIFIERS.has(w)) return -1;
  }
  return -1;
}

/** none.sport-section-label: see the row. */
function sportSectionLabels(ctx: Ctx, out: Names): void {
  const opens = lineOpenings(ctx);
  const drops: NamedSpan[] = [];
  for (let x = 0; x < opens.length; x++) {
    const a = opens[x];
    const e = labelEnd(ctx, a);
    if (e < 0) continue;
    // "Rugby: A fire closed two shops …": a one-word label may be a town's dateline (review, stop 49).
    const one = out.at(a);
    if (e === a + 1 && one && (one.type === PLACE || placeLookup(ctx, spanText(ctx, a, e)))) continue;
    for (let i = a; i < e; i++) {
      const n = out.at(i);
      if (n && n.a >= a && n.b <= e && !drops.includes(n)) drops.push(n);
    }
  }
  for (const n of drops) out.remove(n);
}
