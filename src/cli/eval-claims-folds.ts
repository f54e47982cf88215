/**
 * `npm run eval:claims-folds`: claims and speakers on the training documents (../shared/train/gum),
 * scored per document by ../shared/eval/score.mjs and summed by genre.
 *
 * Nothing in the claim detector is learned from these documents: its cues and patterns are rule
 * rows written by hand (src/engine/lexicon/claim-*.ts), some after studying attributions here. To
 * keep that study honest the documents are split by document into five folds, stratified by
 * genre (sorted ids, round robin). Folds 1–4 are the study set: `--errors` lists their misses,
 * false claims and wrong speakers. Fold 0 is held out: only its totals are ever printed, and
 * rules are never written from it. Both are reported; the held-out figures are the honest ones.
 *
 *   npm run -s eval:claims-folds                 totals by genre, study vs held-out
 *   npm run -s eval:claims-folds -- --errors     plus the study folds' errors
 *   npm run -s eval:claims-folds -- --genre interview --errors
 *
 * GUM's conventions differ from news gold: the gold span is the attributed content (not the
 * sentence), belief and perception verbs count ("I think", "results show"), and first-person
 * speakers are common in interviews and conversation. Read the genres accordingly; the licensed
 * news-like genres (interview = Wikinews, bio, court) are the ones that bear on news.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadGazetteerIfAny, toJson } from './analyze';

/** A gold claim of a training document, as ../shared/train/gum writes it. */
export interface GoldClaim {
  start: number;
  end: number;
  text: string;
  speakers: string[];
  optional?: boolean;
  cue?: string;
  cueStart?: number;
  cueEnd?: number;
  speaker?: string;
}
/** A training document with its claims. */
export interface ClaimDoc {
  id: string;
  genre: string;
  license: string;
  text: string;
  claims?: GoldClaim[];
}
type Doc = ClaimDoc;

/** The training documents of `dir` that carry claims, in file-name order (the folds depend on it). */
export function loadClaimDocs(dir: string): ClaimDoc[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as ClaimDoc)
    .filter((d) => d.claims !== undefined);
}
interface ClaimScore {
  tp: number;
  predicted: number;
  gold: number;
  speakerAccuracy: number | null;
  speakerChecked: number;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const trainDir = process.env.MARGINALIA_TRAIN_DIR ?? path.resolve(repoRoot, '..', 'shared', 'train', 'gum');
const evalDir = process.env.MARGINALIA_EVAL_DIR ?? path.resolve(repoRoot, '..', 'shared', 'eval');
export const FOLDS = 5;
export const HELD_OUT_FOLD = 0;
/** Genres whose texts are CC BY / BY-SA (may train what ships); the rest may only be studied. */
const LICENSED = new Set(['academic', 'court', 'interview', 'bio', 'voyage']);

/** Fold of each document: per genre, ids sorted, dealt round robin. */
export function assignFolds(docs: { id: string; genre: string }[]): Map<string, number> {
  const byGenre = new Map<string, string[]>();
  for (const d of docs) byGenre.set(d.genre, [...(byGenre.get(d.genre) ?? []), d.id]);
  const out = new Map<string, number>();
  for (const ids of byGenre.values()) ids.sort().forEach((id, i) => out.set(id, i % FOLDS));
  return out;
}

class Sum {
  tp = 0;
  np = 0;
  ng = 0;
  spk = 0;
  spkN = 0;
  docs = 0;
  add(c: ClaimScore) {
    this.tp += c.tp;
    this.np += c.predicted;
    this.ng += c.gold;
    this.docs++;
    if (c.speakerAccuracy !== null) {
      this.spk += c.speakerAccuracy * c.speakerChecked;
      this.spkN += c.speakerChecked;
    }
  }
  line(): string {
    const p = this.np ? this.tp / this.np : 0,
      r = this.ng ? this.tp / this.ng : 0,
      f = p + r ? (2 * p * r) / (p + r) : 0;
    const x = (v: number) => v.toFixed(3);
    const spk = this.spkN ? x(this.spk / this.spkN) : '  n/a';
    return `P ${x(p)} R ${x(r)} F1 ${x(f)} (${String(this.tp).padStart(4)}/${String(this.np).padStart(4)}/${String(this.ng).padStart(4)}) speaker ${spk} of ${Math.round(this.spkN)}`;
  }
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const norm = (s: string | undefined) =>
  (s || '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

type Pred = ReturnType<typeof toJson>['claims'][number];

/** The rule that made a claim: its attribution pattern if it has one, else its cue row. */
const ruleOf = (p: Pred) =>
  p.why
    .find((w) => /^(quote|speaker\.(inverted|according|appositive|coordinated|participle)|claim)/.test(w))
    ?.split(':')[0] ??
  p.why[0]?.split(':')[0] ??
  '?';

/** Per rule: claims that matched a gold claim, and claims that matched none (study folds only). */
const byRule = new Map<string, { tp: number; fp: number }>();
function countRules(doc: Doc, preds: Pred[]) {
  const gold = doc.claims ?? [];
  for (const p of preds) {
    const len = Math.max(1, p.end - p.start);
    const hit = gold.some((g) => overlap(g, p) >= Math.min(len, g.end - g.start) / 2);
    const r = byRule.get(ruleOf(p)) ?? { tp: 0, fp: 0 };
    if (hit) r.tp++;
    else r.fp++;
    byRule.set(ruleOf(p), r);
  }
}

/**
 * Error kinds per genre (study folds): a gold claim missed outright, one whose sentence was
 * found but credited to another gold claim of the same sentence (`shared`: GUM marks several
 * contents in one sentence, news gold one sentence), one overlapped only by a claim that matched
 * nothing (`boundary`), a claim overlapping no gold (`spurious`), and a wrong speaker.
 */
const KINDS = ['missed', 'shared', 'boundary', 'spurious', 'speaker'] as const;
type Kind = (typeof KINDS)[number];
const kindSums = new Map<string, Record<Kind, number>>();
function countKinds(doc: Doc, preds: Pred[]) {
  const gold = doc.claims ?? [];
  const row = kindSums.get(doc.genre) ?? { missed: 0, shared: 0, boundary: 0, spurious: 0, speaker: 0 };
  kindSums.set(doc.genre, row);
  const used = new Set<number>();
  const matchedPred = new Set<number>();
  preds.forEach((p, pi) => {
    const len = Math.max(1, p.end - p.start);
    const gi = gold.findIndex((g) => overlap(g, p) >= Math.min(len, g.end - g.start) / 2);
    if (gi < 0) {
      if (!gold.some((g) => overlap(g, p) > 0)) row.spurious++;
      return;
    }
    matchedPred.add(pi);
    if (used.has(gi)) return;
    used.add(gi);
    const g = gold[gi];
    const said = [p.speaker?.name, p.speaker?.text].filter(Boolean).map(norm);
    if (g.speakers.length && !g.optional && !said.some((s) => g.speakers.map(norm).includes(s))) row.speaker++;
  });
  gold.forEach((g, gi) => {
    if (used.has(gi) || g.optional) return;
    const over = preds.map((p, pi) => (overlap(g, p) > 0 ? pi : -1)).filter((pi) => pi >= 0);
    if (!over.length) row.missed++;
    else if (over.some((pi) => matchedPred.has(pi))) row.shared++;
    else row.boundary++;
  });
}

/** The study folds' errors, matched as score.mjs matches (half of the shorter span overlaps). */
function errorsOf(doc: Doc, preds: Pred[]): string[] {
  const gold = doc.claims ?? [];
  const out: string[] = [];
  const used = new Set<number>();
  const clip = (s: string, n = 160) => s.replace(/\s+/g, ' ').slice(0, n);
  for (const p of preds) {
    const len = Math.max(1, p.end - p.start);
    const gi = gold.findIndex((g) => overlap(g, p) >= Math.min(len, g.end - g.start) / 2);
    if (gi < 0) {
      out.push(`  FALSE  [${p.cue.text}|${p.speaker?.text ?? '-'}] (${ruleOf(p)}) ${clip(p.text)}`);
      continue;
    }
    if (used.has(gi)) continue;
    used.add(gi);
    const g = gold[gi];
    const said = [p.speaker?.name, p.speaker?.text].filter(Boolean).map(norm);
    if (g.speakers.length && !said.some((s) => g.speakers.map(norm).includes(s)))
      out.push(
        `  SPEAKER got "${p.speaker?.text ?? '-'}"→"${p.speaker?.name ?? '-'}" want ${JSON.stringify(g.speakers)} [${p.cue.text}${g.cue && g.cue !== p.cue.text ? ` ≠ gold cue ${g.cue}` : ''}] (${ruleOf(p)}) ${clip(p.text)}`,
      );
  }
  gold.forEach((g, i) => {
    if (used.has(i)) return;
    const ctxStart = doc.text.lastIndexOf('\n', g.start) + 1;
    out.push(
      `  MISSED [${g.cue ?? '?'}|${g.speaker ?? '?'}] ${clip(doc.text.slice(Math.max(ctxStart, g.start - 80), g.start))} ⟦${clip(g.text, 120)}⟧`,
    );
  });
  return out;
}

async function main() {
  const args = process.argv.slice(2);
  const showErrors = args.includes('--errors');
  const gi = args.indexOf('--genre');
  const onlyGenre = gi >= 0 ? args[gi + 1] : undefined;
  const score = path.join(evalDir, 'score.mjs');
  if (!fs.existsSync(score) || !fs.existsSync(trainDir)) {
    console.error(`eval:claims-folds: need ${score} and ${trainDir} (set MARGINALIA_EVAL_DIR / MARGINALIA_TRAIN_DIR)`);
    process.exit(1);
  }
  const docs = loadClaimDocs(trainDir);
  const folds = assignFolds(docs);
  const gaz = await loadGazetteerIfAny();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-folds-'));
  const sums = new Map<string, Sum>();
  const sum = (key: string) => sums.get(key) ?? sums.set(key, new Sum()).get(key)!;
  let chars = 0,
    ms = 0;
  for (const doc of docs) {
    if (onlyGenre && doc.genre !== onlyGenre) continue;
    const t0 = performance.now();
    const pred = toJson(doc.text, gaz);
    ms += performance.now() - t0;
    chars += doc.text.length;
    const goldFile = path.join(tmp, 'gold.json'),
      predFile = path.join(tmp, 'pred.json');
    fs.writeFileSync(goldFile, JSON.stringify({ text: doc.text, entities: [], claims: doc.claims }));
    fs.writeFileSync(predFile, JSON.stringify({ entities: [], claims: pred.claims }));
    const s = JSON.parse(execFileSync(process.execPath, [score, goldFile, predFile, '--json'], { encoding: 'utf8' }))
      .claims as ClaimScore;
    const heldOut = folds.get(doc.id) === HELD_OUT_FOLD;
    const split = heldOut ? 'held-out' : 'study';
    for (const key of [
      `${split}|${doc.genre}`,
      `${split}|all`,
      `${split}|licensed`,
      `all|${doc.genre}`,
      'all|all',
      'all|licensed',
    ]) {
      if (key.endsWith('licensed') && !LICENSED.has(doc.genre)) continue;
      sum(key).add(s);
    }
    if (!heldOut) {
      countRules(doc, pred.claims);
      countKinds(doc, pred.claims);
    }
    if (showErrors && !heldOut) {
      const errs = errorsOf(doc, pred.claims);
      if (errs.length) console.log(`\n## ${doc.id} (${doc.genre})\n${errs.join('\n')}`);
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  const genres = [...new Set(docs.map((d) => d.genre))].sort();
  console.log(
    `\nclaims on ${docs.length} training documents (${FOLDS} folds by document; fold ${HELD_OUT_FOLD} held out)`,
  );
  for (const split of ['study', 'held-out', 'all']) {
    console.log(`\n${split}`);
    for (const g of [...genres, 'licensed', 'all']) {
      const s = sums.get(`${split}|${g}`);
      if (s) console.log(`  ${g.padEnd(13)}${String(s.docs).padStart(4)} docs  ${s.line()}`);
    }
  }
  console.log('\nstudy folds, errors by kind (missed / shared sentence / boundary / spurious / wrong speaker)');
  const kindTotal = { missed: 0, shared: 0, boundary: 0, spurious: 0, speaker: 0 };
  for (const [g, r] of [...kindSums].sort()) {
    console.log(`  ${g.padEnd(13)}${KINDS.map((k) => String(r[k]).padStart(6)).join('')}`);
    for (const k of KINDS) kindTotal[k] += r[k];
  }
  console.log(`  ${'all'.padEnd(13)}${KINDS.map((k) => String(kindTotal[k]).padStart(6)).join('')}`);
  console.log('\nstudy folds, claims by the rule that made them (matched a gold claim / matched none)');
  for (const [r, c] of [...byRule].sort((x, y) => y[1].tp + y[1].fp - x[1].tp - x[1].fp))
    console.log(`  ${r.padEnd(28)} ${String(c.tp).padStart(4)} / ${String(c.fp).padStart(4)}`);
  console.log(`\nengine time ${ms.toFixed(0)} ms for ${(chars / 1e6).toFixed(2)} MB`);
}

if (process.argv[1] && /eval-claims-folds\.ts$/.test(process.argv[1])) void main();
