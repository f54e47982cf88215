/**
 * `npx tsx scripts/claims/speaker-by-cause.ts [--genres a,b|all] [--list]`: the study folds' wrong
 * speakers (a predicted claim credited to a gold claim, as eval:claims-folds credits it, whose
 * speaker name and text both miss the gold's list), counted by cause, so speaker work starts from the
 * largest cause. The counterpart of misses-by-cause.ts and false-by-cause.ts.
 *
 * Causes, first that applies:
 * - `other cue`: the claim's cue is not the gold's (a second verb of the sentence: "I think they
 *   said"; GUM credits the other one, so the speaker differs by construction).
 * - `1st/2nd person`: the speaker given or wanted is I / we / you.
 * - `imperative`: an imperative report ("make sure …"), whose gold speaker is the verb.
 * - `span`: the speaker text given and the one wanted overlap in the text but differ in extent
 *   (too long: "Chelsea's fans booed John Smith"; too short: "All respondents who").
 * - `participle`: a participle's source ("…, saying") taken from the main clause, the gold wanting
 *   another phrase.
 * - `resolution`: a pronoun or description resolved to the wrong name.
 * - `other`.
 *
 * Only the study folds are read; the held-out fold of eval:claims-folds stays unseen. Default
 * genres: all. It proposes; it writes nothing.
 */
import { type GoldClaim } from '../../src/cli/eval-claims-folds';
import { ruleOf } from './false-by-cause';
import { overlap, studyFolds, type Pred } from './study-folds';

const PERSONAL = /^(i|we|you|me|us|you guys)$/i;
const PRONOUNS = /^(he|she|it|they|him|her|them)$/i;
const norm = (s: string | undefined) =>
  (s || '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Why a credited claim's speaker is wrong: the first cause of the header that applies. */
export function causeOf(text: string, g: GoldClaim, p: Pred): string {
  const got = (p.speaker?.text ?? '').trim();
  if (g.cue && norm(g.cue) !== norm(p.cue.text) && !norm(p.cue.text).includes(norm(g.cue))) return 'other cue';
  if (PERSONAL.test(got) || g.speakers.some((s) => PERSONAL.test(s.trim()))) return '1st/2nd person';
  if (p.why.some((w) => w.startsWith('cue.imperative'))) return 'imperative';
  if (p.speaker && got) {
    const wanted = g.speakers.map((s) => text.indexOf(s, Math.max(0, g.start - 300))).filter((i) => i >= 0);
    const sp = { start: p.speaker.start, end: p.speaker.end };
    if (wanted.some((i, k) => overlap(sp, { start: i, end: i + g.speakers[k].length }) > 0)) return 'span';
  }
  if (ruleOf(p) === 'speaker.participle') return 'participle';
  if (PRONOUNS.test(got) || (p.speaker?.name && norm(p.speaker.name) !== norm(got))) return 'resolution';
  return 'other';
}

async function main() {
  const args = process.argv.slice(2);
  const { genres, docs, claimsOf } = await studyFolds(args, 'all');
  const list = args.includes('--list');
  const causes = new Map<string, number>();
  const lines: string[] = [];
  for (const doc of docs) {
    const gold = doc.claims ?? [];
    const used = new Set<number>();
    for (const p of claimsOf(doc)) {
      const len = Math.max(1, p.end - p.start);
      const gi = gold.findIndex((g) => overlap(g, p) >= Math.min(len, g.end - g.start) / 2);
      if (gi < 0 || used.has(gi)) continue;
      used.add(gi);
      const g = gold[gi];
      if (!g.speakers.length || g.optional) continue;
      const said = [p.speaker?.name, p.speaker?.text].filter(Boolean).map(norm);
      if (said.some((s) => g.speakers.map(norm).includes(s))) continue;
      const cause = causeOf(doc.text, g, p);
      causes.set(cause, (causes.get(cause) ?? 0) + 1);
      if (list)
        lines.push(
          `${cause.padEnd(15)} ${doc.genre.padEnd(10)} got "${p.speaker?.text ?? '-'}"→"${p.speaker?.name ?? '-'}" want ${JSON.stringify(g.speakers)} [${p.cue.text}] (${ruleOf(p)}) ${p.text.replace(/\s+/g, ' ').slice(0, 100)}`,
        );
    }
  }
  console.log(`study folds' wrong speakers by cause (${[...genres].sort().join(', ')})`);
  for (const [c, n] of [...causes].sort((a, b) => b[1] - a[1]))
    console.log(`  ${c.padEnd(16)}${String(n).padStart(4)}`);
  console.log(`  ${'all'.padEnd(16)}${String([...causes.values()].reduce((a, b) => a + b, 0)).padStart(4)}`);
  if (list) console.log('\n' + lines.sort().join('\n'));
}

if (process.argv[1] && /speaker-by-cause\.ts$/.test(process.argv[1])) void main();
