/** How the training set is split into held-out folds (shared by folds.ts and experiments). */
import fs from 'node:fs';
import path from 'node:path';
import { readModel, type ModelFile, type TaggerModel } from '../../src/engine/tagger/model';
import type { GoldSpan, TrainDoc } from './corpus';

export const K = 5;

/** Fold of each document: sorted by genre then id, dealt round-robin (deterministic, stratified). */
export function foldOf(docs: TrainDoc[]): Map<string, number> {
  const sorted = [...docs].sort((a, b) => (a.genre === b.genre ? (a.id < b.id ? -1 : 1) : a.genre < b.genre ? -1 : 1));
  return new Map(sorted.map((d, k) => [d.id, k % K]));
}

/**
 * The held-out folds whose errors may be read (`folds.ts --study`). The others are check folds:
 * only their totals are printed, so a row fitted on the study folds is judged on unread text.
 * Fixed before any error was read (ents36c); do not move a fold between the two sides.
 */
export const STUDY_FOLDS: readonly number[] = [0, 1, 2];

/**
 * The fold models a run of folds.ts saved in `dir` ("full" or "quick" ones, of `seed`), read on
 * first use and kept: fold-causes.ts and fold-errors.ts share it.
 */
export function foldModels(dir: string, seed: number, kind: 'full' | 'quick'): (k: number) => TaggerModel {
  const models = new Map<number, TaggerModel>();
  return (k) => {
    let m = models.get(k);
    if (!m) {
      const file = path.join(dir, `fold-${kind}-${seed}-${k}.json`);
      m = readModel(JSON.parse(fs.readFileSync(file, 'utf8')) as ModelFile);
      models.set(k, m);
    }
    return m;
  };
}

type Span = { start: number; end: number };
const overlaps = (x: Span, p: Span) => x.start < p.end && p.start < x.end;

/**
 * The predictions the scorer reads (as score.ts): one over an ignored span counts only where it
 * touches a gold name ("the [Canadian] Chamber of Commerce" ignores the demonym inside the body).
 */
export function scoredPredictions<P extends Span>(d: TrainDoc, pred: readonly P[]): P[] {
  return pred.filter((p) => !d.ignore.some((x) => overlaps(x, p)) || d.spans.some((g) => overlaps(g, p)));
}

/** `p` has the gold name's span or one of its accepted other spans (as score.ts). */
export const sameSpan = (g: GoldSpan, p: Span): boolean =>
  (g.start === p.start && g.end === p.end) || (g.alt ?? []).some((x) => x.start === p.start && x.end === p.end);

/** `type` is the gold name's type or an accepted other type. */
export const typeOk = (g: GoldSpan, type: string): boolean =>
  g.type === type || (g.altTypes ?? []).some((t) => t === type);
