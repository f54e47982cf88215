/** How much of an article is about sport: the sports-report rows read whole-article evidence from this. */
import { Kind } from '../tokenize/tokenize';
import { tokensOf, type Ctx } from '../context';
import { SPORT_WORDS } from '../lexicon/names';
import { formMarks } from './named-spans';

/** A score in a sentence: "2-1", "by 40 runs". */
export const SCORE = /\b\d{1,3} ?[-–] ?\d{1,3}\b|\bby \d+ (?:runs?|wickets?|points?|goals?)\b/;

/** One sentence in this many about sport makes a whole article a sports report. */
export const SPORT_REPORT = 4;

/** Sentences with a sport word or a score (the same reading as sport.place-team's, without side words). */
export function sportSentenceCount(ctx: Ctx): number {
  const { t, s } = ctx;
  // The sentences with a sport word first, from the words' own tokens; the score's regular
  // expression only reads the others.
  const withWord = new Uint8Array(s.count);
  const hits = tokensOf(ctx, formMarks(ctx, SPORT_WORDS));
  for (let x = 0; x < hits.length; x++) if (t.kind[hits[x]] === Kind.Word) withWord[s.of[hits[x]]] = 1;
  let count = 0;
  for (let k = 0; k < s.count; k++)
    if (withWord[k] || SCORE.test(ctx.text.slice(t.start[s.first[k]], t.end[s.last[k] - 1]))) count++;
  return count;
}
