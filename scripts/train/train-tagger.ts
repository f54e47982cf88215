/**
 * `npm run train`: rebuilds src/engine/tagger/model.json from the committed training inputs
 * (corpus.ts) with a fixed seed, so the same inputs always give the same bytes
 * (model.test.ts checks that). Steps: train both passes on four fifths of the documents and fit
 * the temperature that makes the final confidences honest on the fifth they did not see; then
 * train both passes on everything and keep that temperature.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { GazetteerLike } from '../../src/engine/context';
import { loadGazetteerSync } from '../../src/engine/gazetteer/load-sync';
import { readModel, type ModelFile } from '../../src/engine/tagger/model';
import { tagNames } from '../../src/engine/tagger/tag';
import { BATCHES_TRAIN_SHIPPED_MODEL, loadTrainingSet, TRAINING_BATCHES, type TrainDoc } from './corpus';
import {
  DEFAULT_OPTIONS,
  fitTemperature,
  preparedCtx,
  trainStack,
  truthOf,
  type Scored,
  type TrainOptions,
} from './perceptron';

const here = path.dirname(fileURLToPath(import.meta.url));
export const MODEL_PATH = path.resolve(here, '..', '..', 'src', 'engine', 'tagger', 'model.json');

/** Fits the final temperature on documents a stack trained on the others did not see. */
export function calibrate(train: TrainDoc[], heldOut: TrainDoc[], opts: TrainOptions): number {
  const model = readModel(trainStack(train, opts).file);
  const items: Scored[] = [];
  for (const d of heldOut) {
    const ctx = preparedCtx(d, opts.gazetteer);
    for (const n of tagNames(ctx, model)) items.push({ scores: n.scores!, truth: truthOf(d, ctx, n.a, n.b) });
  }
  return fitTemperature(items);
}

export function inputsHash(docs: TrainDoc[]): string {
  const h = createHash('sha256');
  for (const d of docs) h.update(JSON.stringify([d.id, d.text, d.spans.map((s) => [s.start, s.end, s.type])]));
  return h.digest('hex').slice(0, 16);
}

/** Both passes trained on `docs`, with the final temperature fitted on a fifth held out. */
export function trainModelFile(
  docs: TrainDoc[],
  opts: TrainOptions,
): { file: ModelFile; unreachable: number; regions: number } {
  const temperature = calibrate(
    docs.filter((_, k) => k % 5 !== 4),
    docs.filter((_, k) => k % 5 === 4),
    opts,
  );
  const out = trainStack(docs, opts);
  out.file.temperature = temperature;
  return out;
}

/** The shipped model, built from the committed inputs. */
export function trainShippedModel(gazetteer: GazetteerLike = loadGazetteerSync()): ModelFile {
  const docs = loadTrainingSet();
  const opts: TrainOptions = { ...DEFAULT_OPTIONS, gazetteer };
  const { file, unreachable, regions } = trainModelFile(docs, opts);
  const genres: Record<string, number> = {};
  for (const d of docs) genres[d.genre] = (genres[d.genre] ?? 0) + 1;
  file.trainedOn = {
    documents: docs.length,
    genres,
    names: docs.reduce((n, d) => n + d.spans.length, 0),
    regions,
    unreachableNames: unreachable,
    epochs: opts.epochs,
    seed: opts.seed,
    ...(opts.seedAverage > 1 ? { seedAverage: opts.seedAverage } : {}),
    minCount: opts.minCount,
    inputs: inputsHash(docs),
    sources:
      'GUM (Zeldes 2017) CC BY / CC BY-SA documents: academic, court, interview (Wikinews), bio (Wikipedia), voyage (Wikivoyage); the team’s own invented news fixtures and texts' +
      (BATCHES_TRAIN_SHIPPED_MODEL ? `, and its news entity batches ${batchRange()}` : ''),
  };
  return file;
}

/** "1–16" for TRAINING_BATCHES batch 1 … batch 16. */
function batchRange(): string {
  const n = TRAINING_BATCHES.map((b) => b.replace(/^batch /, ''));
  return n.length > 1 ? `${n[0]}–${n[n.length - 1]}` : n.join('');
}

export function serialise(file: ModelFile): string {
  return JSON.stringify(file) + '\n';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  const file = trainShippedModel();
  const out = serialise(file);
  fs.writeFileSync(MODEL_PATH, out);
  const sec = ((performance.now() - t0) / 1000).toFixed(1);
  const features = file.first.features.split('\n').length + (file.second?.features.split('\n').length ?? 0);
  console.log(
    `train: ${features} features, temperatures ${file.firstTemperature} / ${file.temperature}, ${(out.length / 1024).toFixed(0)} KB → ${path.relative(process.cwd(), MODEL_PATH)} in ${sec} s`,
  );
  console.log(`train: sha256 ${createHash('sha256').update(out).digest('hex').slice(0, 16)}`);
}
