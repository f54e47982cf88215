/** How the training set is split into held-out folds (shared by folds.ts and experiments). */
import type { TrainDoc } from './corpus';

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
