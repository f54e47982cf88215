/**
 * Rules for the weak patterns of issue #9, fourteenth round (helper ents45b; rows in
 * lexicon/news-leftovers-21.ts). applyNameRules calls `applyLeftoverRows21` after the leftover-20
 * rows, so these read the names every earlier rule decided. Each row starts from its trigger
 * words' tokens, never from every token.
 * - place.prison-name: "Tihar Jail", "Belmarsh Prison" are places.
 */
import { lower, tokensOf, type Ctx } from '../context';
import { PRISON_NAME_ROW } from '../lexicon/news-leftovers-21';
import { COMMON_WORDS, FUNCTION_WORDS } from '../lexicon/words';
import { Kind } from '../tokenize/tokenize';
import {
  PLACE,
  capitalisedOnLine,
  capitalisedRunBefore,
  exactFormMarks,
  namesWithin,
  onLine,
  opensSentence,
  putOverWithin,
  type Names,
} from './named-spans';

export function applyLeftoverRows21(ctx: Ctx, out: Names): void {
  prisonNames(ctx, out);
}

// --- place.prison-name ----------------------------------------------------------------------------

const PRISON_HEADS: ReadonlySet<string> = new Set(PRISON_NAME_ROW.value.heads);
/** Most capitalised words of the prison's own name before its head ("Cook County"). */
const PRISON_WORDS = 3;

/** place.prison-name: see the row. Only the heads written with their capital are read. */
function prisonNames(ctx: Ctx, out: Names): void {
  const heads = tokensOf(ctx, exactFormMarks(ctx, PRISON_HEADS));
  for (let x = 0; x < heads.length; x++) {
    const h = heads[x];
    if (!onLine(ctx, h) || capitalisedOnLine(ctx, h + 1) || ctx.t.kind[h + 1] === Kind.Poss) continue;
    let a = capitalisedRunBefore(ctx, h, PRISON_WORDS);
    // "Officials at Evin Prison": a sentence's common first word and function words are no part of it.
    while (a < h && (FUNCTION_WORDS.has(lower(ctx, a)) || (opensSentence(ctx, a) && COMMON_WORDS.has(lower(ctx, a)))))
      a++;
    if (a === h) continue;
    let named = false;
    for (let i = a; i < h && !named; i++) named = !COMMON_WORDS.has(lower(ctx, i));
    if (!named) continue;
    const within = namesWithin(out, a, h + 1);
    if (!within) continue;
    putOverWithin(out, a, h + 1, PLACE, PRISON_NAME_ROW.id, within);
  }
}
