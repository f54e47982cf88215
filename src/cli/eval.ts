/**
 * `npm run eval`: runs the analyzer on the default article's gold text and on every GUM gold
 * text, scores each with ../shared/eval/score.mjs (printing its table), then prints micro-averaged
 * totals over the GUM set and overall. The eval folder is ../shared/eval from the repo root, or
 * $MARGINALIA_EVAL_DIR; MARGINALIA_NO_GAZETTEER=1 measures the engine without the gazetteer.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadGazetteerIfAny, toJson } from './analyze';

type PRF = { tp: number; predicted: number; gold: number };
interface Score {
  strict: Record<string, PRF>;
  lenient: Record<string, PRF>;
  untyped: Record<string, PRF>;
  claims: (PRF & { speakerAccuracy: number | null; speakerChecked: number }) | null;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const evalDir = process.env.MARGINALIA_EVAL_DIR ?? path.resolve(repoRoot, '..', 'shared', 'eval');

function f1(tp: number, np: number, ng: number) {
  const p = np ? tp / np : ng ? 0 : 1,
    r = ng ? tp / ng : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

class Totals {
  e = { strict: { tp: 0, np: 0, ng: 0 }, lenient: { tp: 0, np: 0, ng: 0 }, untyped: { tp: 0, np: 0, ng: 0 } };
  c = { tp: 0, np: 0, ng: 0, spk: 0, spkN: 0 };
  add(s: Score) {
    for (const m of ['strict', 'lenient', 'untyped'] as const) {
      const a = s[m].all;
      this.e[m].tp += a.tp;
      this.e[m].np += a.predicted;
      this.e[m].ng += a.gold;
    }
    if (s.claims) {
      this.c.tp += s.claims.tp;
      this.c.np += s.claims.predicted;
      this.c.ng += s.claims.gold;
      if (s.claims.speakerAccuracy !== null) {
        this.c.spk += s.claims.speakerAccuracy * s.claims.speakerChecked;
        this.c.spkN += s.claims.speakerChecked;
      }
    }
  }
  print(label: string) {
    const x = (v: number) => v.toFixed(3);
    const parts = (['strict', 'lenient', 'untyped'] as const).map(
      (m) => `${m} F1 ${x(f1(this.e[m].tp, this.e[m].np, this.e[m].ng).f)}`,
    );
    const c = f1(this.c.tp, this.c.np, this.c.ng);
    console.log(
      `${label}: entity ${parts.join(', ')} | claims P ${x(c.p)} R ${x(c.r)} F1 ${x(c.f)} (${this.c.tp}/${this.c.np}/${this.c.ng}) | speaker acc ${this.c.spkN ? x(this.c.spk / this.c.spkN) : 'n/a'} of ${Math.round(this.c.spkN)}`,
    );
  }
}

async function main() {
  const score = path.join(evalDir, 'score.mjs');
  if (!fs.existsSync(score)) {
    console.error(`eval: ${score} not found (set MARGINALIA_EVAL_DIR)`);
    process.exit(1);
  }
  const gum = path.join(evalDir, 'gum');
  const golds = [
    path.join(evalDir, 'putin-high-tech-duel.gold.json'),
    ...(fs.existsSync(gum)
      ? fs
          .readdirSync(gum)
          .filter((f) => f.endsWith('.gold.json'))
          .sort()
          .map((f) => path.join(gum, f))
      : []),
  ];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-eval-'));
  const gaz = process.env.MARGINALIA_NO_GAZETTEER ? undefined : await loadGazetteerIfAny();
  if (!gaz) console.log('(no gazetteer found: running with built-in place lists)');
  const gumTotals = new Totals(),
    all = new Totals();
  for (const gold of golds) {
    const text = JSON.parse(fs.readFileSync(gold, 'utf8')).text as string;
    const pred = path.join(tmp, path.basename(gold).replace('.gold.json', '.pred.json'));
    fs.writeFileSync(pred, JSON.stringify(toJson(text, gaz)));
    console.log(`\n== ${path.relative(evalDir, gold)}`);
    console.log(execFileSync(process.execPath, [score, gold, pred], { encoding: 'utf8' }).trimEnd());
    const s = JSON.parse(execFileSync(process.execPath, [score, gold, pred, '--json'], { encoding: 'utf8' })) as Score;
    all.add(s);
    if (gold.includes(`${path.sep}gum${path.sep}`)) gumTotals.add(s);
  }
  console.log('');
  gumTotals.print('GUM micro-average');
  all.print('Overall micro-average');
  fs.rmSync(tmp, { recursive: true, force: true });
}

void main();
