/**
 * `npx tsx scripts/claims/misses-by-cause.ts [--genres a,b] [--list]`: the study folds' missed gold
 * claims (no predicted claim credited to them, matched as ../shared/eval/score.mjs matches), sorted
 * by cause, so recall work starts from the largest cause rather than from the first error printed.
 *
 * Causes, first that applies:
 * - `nested`: a prediction exactly on the gold span would be credited to another gold claim listed
 *   before it (score.mjs takes the first gold claim a prediction overlaps by half of the shorter),
 *   so no prediction can win it: "I think [X said [that …]]".
 * - `shared`: a predicted claim overlaps it but was credited to another gold claim.
 * - `boundary`: overlapped only by predictions that matched nothing.
 * - `1st/2nd person`: the gold speaker is I / we / you (GUM marks belief and perception of the
 *   speakers themselves; news rarely does).
 * - otherwise by the frame after the gold cue: `that`, `quote`, `wh` (what / how / if …), `bare`
 *   (a clause with no "that"), `colon`, `none` (no cue given).
 *
 * Only the study folds are read; the held-out fold of eval:claims-folds stays unseen. Default
 * genres: the news-like ones (interview = Wikinews, bio, court). It proposes; it writes nothing.
 */
import { type ClaimDoc as Doc, type GoldClaim } from '../../src/cli/eval-claims-folds';
import { roughLemma } from './mine-cues';
import { hits, overlap, studyFolds } from './study-folds';

const PERSONAL = /^(i|we|you|me|us|one|let me|let us|let's)$/i;

function frameOf(doc: Doc, g: GoldClaim): string {
  if (g.cueEnd === undefined) return 'none';
  const next = doc.text.slice(g.cueEnd, g.cueEnd + 40).replace(/^[\s,]+/, '');
  if (/^that\b/i.test(next)) return 'that';
  if (/^["“”‘'`«]/.test(next)) return 'quote';
  if (/^:/.test(next)) return 'colon';
  if (/^(what|how|why|if|whether|where|when|who|which)\b/i.test(next)) return 'wh';
  return 'bare';
}

async function main() {
  const args = process.argv.slice(2);
  const { genres, docs, claimsOf } = await studyFolds(args, 'interview,bio,court');
  const list = args.includes('--list');
  const table = new Map<string, Map<string, number>>();
  const lines: string[] = [];
  for (const doc of docs) {
    const gold = doc.claims ?? [];
    const preds = claimsOf(doc);
    const used = new Set<number>();
    const credited = new Set<number>();
    preds.forEach((p, pi) => {
      const i = gold.findIndex((g) => hits(g, p));
      if (i < 0) return;
      credited.add(pi);
      if (!gold[i].optional) used.add(i);
    });
    gold.forEach((g, j) => {
      if (used.has(j) || g.optional) return;
      const first = gold.findIndex((h) => hits(h, g));
      const over = preds.map((p, pi) => (overlap(g, p) > 0 ? pi : -1)).filter((pi) => pi >= 0);
      let cause: string;
      if (first !== j) cause = 'nested';
      else if (over.some((pi) => credited.has(pi))) cause = 'shared';
      else if (over.length) cause = 'boundary';
      else if (PERSONAL.test((g.speaker ?? '').trim())) cause = '1st/2nd person';
      else cause = `3rd, ${frameOf(doc, g)}`;
      const row = table.get(cause) ?? new Map<string, number>();
      row.set(doc.genre, (row.get(doc.genre) ?? 0) + 1);
      table.set(cause, row);
      if (list) {
        const lead = doc.text.slice(Math.max(0, g.start - 90), g.start).replace(/\s+/g, ' ');
        const cue = g.cue ? roughLemma(g.cue.toLowerCase().split(/\s+/)[0]) : '?';
        lines.push(
          `${cause.padEnd(15)} ${doc.id.padEnd(28)} [${cue}|${g.speaker ?? '?'}] …${lead} ⟦${g.text.replace(/\s+/g, ' ').slice(0, 90)}⟧`,
        );
      }
    });
  }
  const gs = [...genres].sort();
  console.log(`study folds' misses by cause (${gs.join(', ')})`);
  console.log('cause'.padEnd(18) + gs.map((g) => g.slice(0, 9).padStart(10)).join('') + '     all');
  const rows = [...table].sort((a, b) => sum(b[1]) - sum(a[1]));
  for (const [cause, row] of rows)
    console.log(
      cause.padEnd(18) + gs.map((g) => String(row.get(g) ?? 0).padStart(10)).join('') + String(sum(row)).padStart(8),
    );
  console.log(
    'all'.padEnd(18) + ' '.repeat(10 * gs.length) + String(rows.reduce((n, [, r]) => n + sum(r), 0)).padStart(8),
  );
  if (list) console.log('\n' + lines.sort().join('\n'));
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

if (process.argv[1] && /misses-by-cause\.ts$/.test(process.argv[1])) void main();
