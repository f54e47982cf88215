/**
 * The role words written before a person's name ("North Korean ruler", "team member",
 * "Transport Secretary"): kept on the entity so the reader sees who someone is, and so claims
 * can resolve "the minister said" to the person the article calls minister.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower, spanText, type Ctx } from '../context';
import { ROLE_NOUNS, TITLES } from '../lexicon/words';

export function roleBefore(ctx: Ctx, nameStart: number, sentFirst: number): string | undefined {
  const { t } = ctx;
  let j = nameStart - 1;
  let sawRole = false,
    lastRoleTok = -1,
    n = 0;
  while (j >= sentFirst && n < 6) {
    if (t.kind[j] !== Kind.Word) break;
    const w = lower(ctx, j);
    const isRole = TITLES.has(w) || ROLE_NOUNS.has(w) || w.endsWith('-elect') || w === 'member' || w === 'co-founder';
    if (isRole) {
      sawRole = true;
      if (lastRoleTok < 0) lastRoleTok = j;
    } else if (!(t.flags[j] & Flag.Cap) || w === 'the') break;
    if (lastRoleTok < 0) break; // the word right before the name must be a role word
    j--;
    n++;
  }
  if (!sawRole) return undefined;
  let from = j + 1;
  // Lowercase modifiers at the far left that are not role words are dropped.
  while (
    from < nameStart &&
    !(t.flags[from] & Flag.Cap) &&
    !TITLES.has(lower(ctx, from)) &&
    !ROLE_NOUNS.has(lower(ctx, from)) &&
    lower(ctx, from) !== 'team'
  )
    from++;
  if (from >= nameStart) return undefined;
  return spanText(ctx, from, nameStart);
}
