/**
 * The study folds of eval:claims-folds as the by-cause scripts read them (false-by-cause.ts,
 * misses-by-cause.ts, speaker-by-cause.ts): the training documents with claims, the genres asked
 * for by `--genres a,b|all`, and the engine's claims on each study document. The held-out fold is
 * left out here, so none of those scripts can read it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assignFolds, HELD_OUT_FOLD, loadClaimDocs, type ClaimDoc } from '../../src/cli/eval-claims-folds';
import { loadGazetteerIfAny, toJson } from '../../src/cli/analyze';

export interface Span {
  start: number;
  end: number;
}
/** A claim the engine predicted, as `analyze` prints it. */
export type Pred = ReturnType<typeof toJson>['claims'][number];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = process.env.MARGINALIA_TRAIN_DIR ?? path.resolve(root, '..', 'shared', 'train', 'gum');

export const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
/** A prediction credited to a gold claim: they overlap by half of the shorter (../shared/eval/score.mjs). */
export const hits = (g: Span, p: Span) => overlap(g, p) >= Math.min(Math.max(1, p.end - p.start), g.end - g.start) / 2;

/**
 * The study documents of the genres `--genres` names in `args` (`all`: every genre; none:
 * `defaultGenres`), in file-name order, and `claimsOf`, the engine's claims on one of them.
 */
export async function studyFolds(args: readonly string[], defaultGenres: string) {
  const docs = loadClaimDocs(dir);
  const gi = args.indexOf('--genres');
  const genreArg = gi >= 0 ? args[gi + 1] : defaultGenres;
  const genres = new Set(genreArg === 'all' ? docs.map((d) => d.genre) : genreArg.split(','));
  const folds = assignFolds(docs);
  const gaz = await loadGazetteerIfAny();
  const study: ClaimDoc[] = docs.filter((d) => folds.get(d.id) !== HELD_OUT_FOLD && genres.has(d.genre));
  const claimsOf = (doc: ClaimDoc): Pred[] => toJson(doc.text, gaz).claims;
  return { genres, docs: study, claimsOf };
}
