/**
 * `npx tsx scripts/claims/false-by-cause.ts [--genres a,b|all] [--list] [--rule ID]`: the study
 * folds' false claims (predicted claims that match no gold claim, as ../shared/eval/score.mjs
 * matches), counted by the rule that made them and by cause, so precision work starts from the
 * rule and the cause that cost most. The counterpart of misses-by-cause.ts.
 *
 * Causes, first that applies:
 * - `boundary`: it overlaps a gold claim, but by less than half of the shorter span (too long or
 *   too short to be credited).
 * - `untagged quotation`: a quotation paragraph or sentence with no cue of its own
 *   (quote.after-claim, quote.continued): GUM credits only the tagged sentence.
 * - `question`: the claim ends in "?" (a question asks, it does not assert).
 * - `conditional`: "if", "unless" or "whether" before the cue in its sentence.
 * - `negated/modal`: a negation or a modal right before the cue ("can't deny", "would add").
 * - `1st/2nd person`: the speaker is I / we / you (GUM marks these only with a clause it reports).
 * - `object frame`: the cue takes a noun phrase or "to" ("denied the excesses", "asked him to
 *   submit", "described the affair as"), no clause and no quotation.
 * - `fiction`: anything else in fiction (dialogue turns GUM does not count).
 * - `other`.
 *
 * Only the study folds are read; the held-out fold of eval:claims-folds stays unseen. Default
 * genres: the news-like ones (interview = Wikinews, bio, court); `--genres all` reads every genre.
 * It proposes; it writes nothing.
 */
import { type ClaimDoc as Doc } from '../../src/cli/eval-claims-folds';
import { hits, overlap, studyFolds, type Pred } from './study-folds';

const PERSONAL = /^(i|we|you|me|us)$/i;
const UNTAGGED = new Set(['quote.after-claim', 'quote.continued', 'quote.paragraph-continues']);

/** The rule that made a claim, as eval:claims-folds names it. */
export const ruleOf = (p: Pred) =>
  p.why
    .find((w) => /^(quote|speaker\.(inverted|according|appositive|coordinated|participle)|claim)/.test(w))
    ?.split(':')[0] ??
  p.why[0]?.split(':')[0] ??
  '?';

/** Why a claim that matched no gold claim is false: the first cause of the header that applies. */
export function causeOf(doc: Doc, p: Pred): string {
  const gold = doc.claims ?? [];
  if (gold.some((g) => overlap(g, p) > 0)) return 'boundary';
  if (UNTAGGED.has(ruleOf(p))) return 'untagged quotation';
  if (/\?\W*$/.test(p.text.trim())) return 'question';
  const before = doc.text.slice(p.start, Math.max(p.start, p.cue.start)).toLowerCase();
  if (/\b(if|unless|whether)\b/.test(before)) return 'conditional';
  if (/\b(not|never|n['’]t|can|could|would|will|might|may|should|must)\s+(\w+\s+)?$/.test(before))
    return 'negated/modal';
  if (PERSONAL.test((p.speaker?.text ?? '').trim())) return '1st/2nd person';
  const after = doc.text.slice(p.cue.end, p.end);
  if (
    !/["“”«»‘’]|''/.test(p.text) &&
    /^\s*(?!that\b|if\b|whether\b|how\b|what\b|why\b)(to\b|the\b|a\b|an\b|his\b|her\b|their\b|its\b|him\b|them\b|it\b|this\b|[a-z]+s\b)/i.test(
      after,
    )
  )
    return 'object frame';
  if (doc.genre === 'fiction') return 'fiction';
  return 'other';
}

async function main() {
  const args = process.argv.slice(2);
  const ri = args.indexOf('--rule');
  const only = ri >= 0 ? args[ri + 1] : undefined;
  const { genres, docs, claimsOf } = await studyFolds(args, 'interview,bio,court');
  const list = args.includes('--list');
  const table = new Map<string, Map<string, number>>();
  const causes = new Map<string, number>();
  const lines: string[] = [];
  for (const doc of docs) {
    const gold = doc.claims ?? [];
    for (const p of claimsOf(doc)) {
      if (gold.some((g) => hits(g, p))) continue;
      const rule = ruleOf(p);
      if (only && rule !== only) continue;
      const cause = causeOf(doc, p);
      const row = table.get(rule) ?? new Map<string, number>();
      row.set(cause, (row.get(cause) ?? 0) + 1);
      table.set(rule, row);
      causes.set(cause, (causes.get(cause) ?? 0) + 1);
      if (list)
        lines.push(
          `${cause.padEnd(19)} ${rule.padEnd(24)} ${doc.id.padEnd(28)} [${p.cue.text}|${p.speaker?.text ?? '-'}] ${p.text.replace(/\s+/g, ' ').slice(0, 110)}`,
        );
    }
  }
  const cs = [...causes].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  console.log(`study folds' false claims by rule and cause (${[...genres].sort().join(', ')})`);
  console.log('rule'.padEnd(28) + cs.map((c) => c.slice(0, 11).padStart(12)).join('') + '     all');
  const rows = [...table].sort((a, b) => sum(b[1]) - sum(a[1]));
  for (const [rule, row] of rows)
    console.log(
      rule.padEnd(28) + cs.map((c) => String(row.get(c) ?? 0).padStart(12)).join('') + String(sum(row)).padStart(8),
    );
  console.log(
    'all'.padEnd(28) + cs.map((c) => String(causes.get(c)).padStart(12)).join('') + String(sum(causes)).padStart(8),
  );
  if (list) console.log('\n' + lines.sort().join('\n'));
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

if (process.argv[1] && /false-by-cause\.ts$/.test(process.argv[1])) void main();
