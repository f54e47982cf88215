/**
 * Row speaker.description.object-of-last-speaker (lexicon/claims-46.ts): "Council member Ray Oduya
 * criticised the mayor. The mayor said …" — a definite description that the sentence of the person
 * it would fall back to used of someone else (after that person's name, not in apposition to it)
 * stands for that someone else, not for the person who spoke of them.
 */
import { lower } from '../context';
import { Kind } from '../tokenize/tokenize';
import { DESCRIBED_AS_OTHER } from '../lexicon/claims-46';
import type { CCtx } from './claim-context';

const DETERMINERS: ReadonlySet<string> = new Set(DESCRIBED_AS_OTHER.value.determiners);
/** Verbs after which a description is the subject's own: "is the mayor", "was named the coach". */
const PREDICATE_VERBS: ReadonlySet<string> = new Set(
  'is was are were be been became becomes become remains remained named appointed elected made'.split(' '),
);

/**
 * Whether sentence `k` uses the description of tokens [a, b) ("The mayor") for someone other than
 * entity `id`: "the"/"this" and the same words after the end of `id`'s first mention there, not
 * right after a comma ("Ray Oduya, the mayor, said" is the same person).
 */
export function describedAsOther(ctx: CCtx, k: number, a: number, b: number, id: string): boolean {
  if (k < 0 || k >= ctx.cs.count || !DETERMINERS.has(lower(ctx, a))) return false;
  const words: string[] = [];
  for (let i = a + 1; i < b; i++) if (ctx.t.kind[i] === Kind.Word) words.push(lower(ctx, i));
  if (words.length === 0) return false;
  const own = (ctx.mentionsBySent[k] ?? []).find((m) => m.entityId === id);
  if (!own) return false;
  const { t, cs } = ctx;
  for (let i = cs.first[k]; i + words.length < cs.last[k]; i++) {
    if (t.start[i] < own.end || !DETERMINERS.has(lower(ctx, i))) continue;
    let j = 0;
    while (j < words.length && lower(ctx, i + 1 + j) === words[j]) j++;
    if (j < words.length) continue;
    // In apposition to the name ("Ray Oduya, the mayor,"): the same person.
    if (i > cs.first[k] && ctx.text[t.end[i - 1] - 1] === ',') continue;
    // A predicate of the person ("Ann Lee is the mayor", "became the mayor in 2019"): the same
    // person too (review, stop 56).
    if (i > cs.first[k] && PREDICATE_VERBS.has(lower(ctx, i - 1))) continue;
    return true;
  }
  return false;
}
