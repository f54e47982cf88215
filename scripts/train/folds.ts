/**
 * `npm run eval:folds`: how the engine does on documents its model never saw.
 * - Held-out folds: the training set (corpus.ts) is split by document into 5 folds, stratified
 *   by genre; for each fold a model is trained on the other four with the shipped settings and
 *   the whole engine (tagger, rules, coreference) runs on the held-out documents.
 * - Other genres: a model trained on the whole training set (as shipped) runs on the GUM genres
 *   that may not train it (fiction, conversation, speech, …), read from ../shared/train.
 * Scores are entity strict / lenient / untyped F1 (score.ts, the same as ../shared/eval/score.mjs),
 * micro-averaged per genre. `--errors GENRE` lists that genre's misses and false alarms.
 * `--seed N` trains with another seed: a screening result must hold under two seeds to count.
 * `--with-batches` adds the entity batches of TRAINING_BATCHES (corpus.ts) to the training documents
 * (as genre "wire", so they are held out fold by fold too).
 * `--news-weight K` sees each news-like document K times per epoch (TrainOptions.newsWeight).
 * `--seed-average K` averages K perceptrons (seeds N … N + K − 1) into every pass of every model,
 * the fold models and the other genres' (TrainOptions.seedAverage).
 * `--study` fixes a study/check split of the held-out folds: errors are listed only for documents of
 * folds 0–2 (STUDY_FOLDS), and the strict F1 of the study folds and of the check folds (3–4) is
 * printed beside the usual tables. The check folds' errors are never printed: a row fitted on the
 * study folds is judged by whether the check folds rise too.
 * `--models DIR` keeps each fold's model file (and the other genres' model) in DIR and reuses it on the next run, so a change
 * that needs no retraining (a rule row, coreference) is measured in seconds. Clear DIR after
 * changing features, training texts or training code: the files are keyed only by seed and fold.
 * Never reads ../shared/eval: those articles are for the final check only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/engine/index';
import { loadGazetteerSync } from '../../src/engine/gazetteer/load-sync';
import { readModel, type ModelFile, type TaggerModel } from '../../src/engine/tagger/model';
import { loadOtherGum, loadTrainingSet, type TrainDoc } from './corpus';
import { DEFAULT_OPTIONS, trainStack } from './perceptron';
import { trainModelFile } from './train-tagger';
import { add, f1, MODES, scoreEntities, type Counts, type Mode } from './score';
import { foldOf, K, STUDY_FOLDS } from './folds-lib';

type Table = Map<string, Record<Mode, Counts>>;

function record(table: Table, key: string, doc: TrainDoc, model: TaggerModel, errors: string[] | undefined) {
  const gaz = loadGazetteerSync();
  const a = analyze(doc.text, { gazetteer: gaz, model });
  const pred = a.mentions.map((m) => ({ type: m.type, start: m.start, end: m.end, why: m.why }));
  for (const k of [key, 'all']) {
    const row = table.get(k) ?? { strict: zero(), lenient: zero(), untyped: zero() };
    for (const mode of MODES) row[mode] = add(row[mode], scoreEntities(doc.spans, doc.ignore, pred, mode));
    table.set(k, row);
  }
  if (!errors) return;
  const key2 = (x: { start: number; end: number; type: string }) => `${x.start}:${x.end}:${x.type}`;
  const gold = new Set(doc.spans.map(key2)),
    got = new Set(pred.map(key2));
  const ctx = (s: number, e: number) =>
    `${doc.text.slice(Math.max(0, s - 40), s)}[${doc.text.slice(s, e)}]${doc.text.slice(e, e + 25)}`.replace(
      /\s+/g,
      ' ',
    );
  for (const p of pred)
    if (!gold.has(key2(p)) && !doc.ignore.some((x) => x.start < p.end && p.start < x.end))
      errors.push(`${doc.id}\tFP ${p.type}\t${ctx(p.start, p.end)}\t${p.why}`);
  for (const g of doc.spans) if (!got.has(key2(g))) errors.push(`${doc.id}\tFN ${g.type}\t${ctx(g.start, g.end)}`);
}

const zero = (): Counts => ({ tp: 0, np: 0, ng: 0 });

function print(title: string, table: Table) {
  console.log(`\n${title}`);
  console.log('genre        docs  strict  lenient untyped  (strict tp/pred/gold)');
  for (const [g, r] of [...table].sort((x, y) => (x[0] === 'all' ? 1 : y[0] === 'all' ? -1 : x[0] < y[0] ? -1 : 1))) {
    const docs = docCount.get(title + g) ?? 0;
    console.log(
      `${g.padEnd(12)} ${String(docs).padStart(4)}  ${f1(r.strict).toFixed(3)}   ${f1(r.lenient).toFixed(3)}   ${f1(r.untyped).toFixed(3)}   (${r.strict.tp}/${r.strict.np}/${r.strict.ng})`,
    );
  }
}
const docCount = new Map<string, number>();
const count = (title: string, genre: string) => {
  for (const k of [title + genre, title + 'all']) docCount.set(k, (docCount.get(k) ?? 0) + 1);
};

/** A model trained by `train`, or the copy kept under that name in `dir` by an earlier run. */
function cachedModel(dir: string | undefined, name: string, train: () => ModelFile): TaggerModel {
  const cached = dir && path.join(dir, name);
  if (cached && fs.existsSync(cached)) return readModel(JSON.parse(fs.readFileSync(cached, 'utf8')) as ModelFile);
  const file = train();
  if (dir && cached) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(cached, JSON.stringify(file));
  }
  return readModel(file);
}

function main() {
  const want = process.argv.indexOf('--errors');
  const errGenre = want > 0 ? process.argv[want + 1] : undefined;
  // --quick (screening experiments): the final temperature is left at the first pass's (fitted on
  // jackknife readings) instead of being refitted on a held-out fifth, and other genres are skipped.
  const quick = process.argv.includes('--quick');
  // --seed N: the training seed, so a screening result can be checked against seed noise.
  const seedAt = process.argv.indexOf('--seed');
  const seed = seedAt > 0 ? Number(process.argv[seedAt + 1]) : DEFAULT_OPTIONS.seed;
  if (!Number.isInteger(seed)) throw new Error(`--seed wants an integer, got ${process.argv[seedAt + 1]}`);
  const weightAt = process.argv.indexOf('--news-weight');
  const newsWeight = weightAt > 0 ? Number(process.argv[weightAt + 1]) : DEFAULT_OPTIONS.newsWeight;
  if (!Number.isInteger(newsWeight) || newsWeight < 1)
    throw new Error(`--news-weight wants a positive integer, got ${process.argv[weightAt + 1]}`);
  const averageAt = process.argv.indexOf('--seed-average');
  const seedAverage = averageAt > 0 ? Number(process.argv[averageAt + 1]) : DEFAULT_OPTIONS.seedAverage;
  if (!Number.isInteger(seedAverage) || seedAverage < 1)
    throw new Error(`--seed-average wants a positive integer, got ${process.argv[averageAt + 1]}`);
  const study = process.argv.includes('--study');
  const modelsAt = process.argv.indexOf('--models');
  const modelDir = modelsAt > 0 ? process.argv[modelsAt + 1] : undefined;
  const averaged = seedAverage > 1 ? `-avg${seedAverage}` : '';
  const errors: string[] = [];
  const gazetteer = loadGazetteerSync();
  const docs = loadTrainingSet(process.argv.includes('--with-batches') || undefined);
  const fold = foldOf(docs);
  const t0 = performance.now();
  const held: Table = new Map();
  const split: Table = new Map();
  const TS = `Study folds (${STUDY_FOLDS.join(', ')}: errors listed) and check folds (the others: totals only)`;
  const T1 = `Held-out folds (${K}-fold by document over the ${docs.length} training documents)`;
  for (let k = 0; k < K; k++) {
    const train = docs.filter((d) => fold.get(d.id) !== k);
    const opts = { ...DEFAULT_OPTIONS, seed, newsWeight, seedAverage, gazetteer };
    const model = cachedModel(
      modelDir,
      `fold-${quick ? 'quick' : 'full'}-${seed}${averaged}-${k}.json`,
      () => (quick ? trainStack(train, opts) : trainModelFile(train, opts)).file,
    );
    for (const d of docs.filter((d) => fold.get(d.id) === k)) {
      count(T1, d.genre);
      const listed = (errGenre === d.genre || errGenre === 'all') && (!study || STUDY_FOLDS.includes(k));
      record(held, d.genre, d, model, listed ? errors : undefined);
      if (study) {
        count(TS, STUDY_FOLDS.includes(k) ? 'study' : 'check');
        record(split, STUDY_FOLDS.includes(k) ? 'study' : 'check', d, model, undefined);
      }
    }
  }
  print(T1, held);
  if (study) print(TS, split);
  const others = quick ? [] : loadOtherGum();
  if (others.length) {
    // The shipped recipe (its seed is the default whatever --seed says), kept in --models too.
    const model = cachedModel(
      modelDir,
      `whole-${DEFAULT_OPTIONS.seed}${averaged}.json`,
      () => trainModelFile(docs, { ...DEFAULT_OPTIONS, seedAverage, gazetteer }).file,
    );
    const other: Table = new Map();
    const T2 = `Other GUM genres (${others.length} documents the shipped model may not train on)`;
    for (const d of others) {
      count(T2, d.genre);
      record(other, d.genre, d, model, errGenre === d.genre ? errors : undefined);
    }
    print(T2, other);
  } else if (!quick) console.log('\n(../shared/train not found: other GUM genres not measured)');
  console.log(`\n${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (errors.length) console.log('\n' + errors.join('\n'));
}

main();
