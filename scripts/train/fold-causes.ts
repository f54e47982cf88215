/**
 * `npx tsx scripts/train/fold-causes.ts DIR [--seed N] [--list CAUSE|all]`: the study folds' name
 * errors (folds 0–2 of `folds-lib.ts`, never the check folds) counted by cause, from the full fold
 * models `npm run eval:folds -- --models DIR` kept (`fold-full-SEED-K.json`).
 *
 * Each gold name is matched to the prediction with the same span (or an accepted other span), else
 * to one that overlaps it; a prediction left over with no gold name under it is a false name. As in
 * score.ts, an accepted other type is right and a prediction over an ignored span counts only where
 * it touches a gold name. The cause is read from the pair by rules written down here (so two runs
 * count the same way):
 * - `type G→P`: the right span, another type (organisation read as a place, …);
 * - `cut at of/and`: a span error where the longer of the two holds " of ", " and ", " & " or
 *   " for " and the shorter does not (a name cut there, or two joined there);
 * - `title`: a span error where the difference is a title or a rank ("Pope", "Shah", "Judge");
 * - `span other`: any other span error;
 * - `group noun`: a gold person that is one demonym or group word (GUM marks "the Maori", "a
 *   Christian", "Viking" as people), missed or read as something else;
 * - `demonym false`: a false name that is a demonym or a language;
 * - `heading`: a false or missed name on a line of 80 characters or fewer with no sentence end (a
 *   title or a heading);
 * - `missed person 1w` / `missed person`: a gold person nothing touches, one word or more;
 * - `missed org`, `missed place`; `false caps`: a false name in capitals; `false PERSON`, ….
 */
import { analyze } from '../../src/engine/index';
import { loadGazetteerSync } from '../../src/engine/gazetteer/load-sync';
import { DEMONYMS } from '../../src/engine/lexicon/generated';
import { DEFAULT_OPTIONS } from './perceptron';
import { loadTrainingSet } from './corpus';
import { foldModels, foldOf, sameSpan, scoredPredictions, STUDY_FOLDS, typeOk } from './folds-lib';

const arg = (name: string) => {
  const k = process.argv.indexOf(name);
  return k > 0 ? process.argv[k + 1] : undefined;
};
const dir = process.argv[2];
const seed = Number(arg('--seed') ?? DEFAULT_OPTIONS.seed);
const list = arg('--list');

const DEMONYM_SET = new Set(DEMONYMS.split('|').flatMap((d) => d.split(/,\s*/)));
const GROUP_WORDS = new Set(
  `Christian Christians Muslim Muslims Jew Jews Jewish Catholic Catholics Protestant Protestants Hindu Hindus
  Buddhist Buddhists Viking Vikings Roman Romans Greek Greeks Maori Moriori Arab Arabs Hispanic Latino Latina
  White Black Asian Republican Republicans Democrat Democrats Libertarian Libertarians Safavid Saffavid Sassanid
  English French Spanish German Latin Persian Welsh Irish Scots Scottish Dutch Creole Easterners Midwesterners`
    .split(/\s+/)
    .filter(Boolean),
);
const isGroup = (s: string) => {
  const w = s.replace(/['’]s$/, '');
  return DEMONYM_SET.has(w) || GROUP_WORDS.has(w) || DEMONYM_SET.has(w.replace(/s$/, ''));
};
const TITLE_WORDS =
  /^(?:Pope|Shah|King|Queen|Prince|Princess|Saint|St\.?|Sir|Dame|Lord|Lady|Judge|Justice|President|Mayor|Governor|Senator|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Mademoiselle|Mlle\.?|Madame|Monsieur|Emperor|General|Captain|Inspector|Professor|Coach|Chief|Sheikh|Rev\.?|Father|Brother|Sister)$/;
/** The longest line read as a title or a heading. */
const HEADING = 80;
const JOINS = / (?:of|and|&|for) /;

const gaz = loadGazetteerSync();
const docs = loadTrainingSet();
const fold = foldOf(docs);
const model = foldModels(dir, seed, 'full');

const counts = new Map<string, number>();
const lines: string[] = [];
const note = (cause: string, line: string) => {
  counts.set(cause, (counts.get(cause) ?? 0) + 1);
  lines.push(`${cause}\t${line}`);
};

for (const d of docs) {
  const k = fold.get(d.id)!;
  if (!STUDY_FOLDS.includes(k)) continue;
  const a = analyze(d.text, { gazetteer: gaz, model: model(k) });
  const pred = scoredPredictions(d, a.mentions);
  const text = (s: { start: number; end: number }) => d.text.slice(s.start, s.end);
  const ctx = (s: number, e: number) =>
    `${d.text.slice(Math.max(0, s - 40), s)}[${d.text.slice(s, e)}]${d.text.slice(e, e + 25)}`.replace(/\s+/g, ' ');
  /** The line around offset `s` ends with no sentence end: a title or a heading. */
  const heading = (s: number) => {
    const a0 = d.text.lastIndexOf('\n', s) + 1;
    let e = d.text.indexOf('\n', s);
    if (e < 0) e = d.text.length;
    const line = d.text.slice(a0, e).trim();
    return line.length <= HEADING && !/[.!?:;"”’)\]]$/.test(line);
  };
  const used = new Set<number>();
  for (const g of d.spans) {
    const gt = text(g);
    const same = pred.findIndex((p, i) => !used.has(i) && sameSpan(g, p));
    if (same >= 0) {
      used.add(same);
      const p = pred[same];
      if (typeOk(g, p.type)) continue;
      const cause = g.type === 'person' && isGroup(gt) ? 'group noun' : `type ${g.type}→${p.type}`;
      note(cause, `${d.id}\t${ctx(g.start, g.end)}\t${p.why}`);
      continue;
    }
    const over = pred.findIndex((p, i) => !used.has(i) && p.start < g.end && g.start < p.end);
    if (over >= 0) {
      used.add(over);
      const p = pred[over];
      const pt = text(p);
      const [long, short] = pt.length > gt.length ? [pt, gt] : [gt, pt];
      const diff = long.replace(short, ' ').trim().split(/\s+/);
      const cause =
        JOINS.test(long) && !JOINS.test(short)
          ? 'cut at of/and'
          : diff.some((w) => TITLE_WORDS.test(w))
            ? 'title'
            : 'span other';
      note(cause, `${d.id}\t${ctx(g.start, g.end)} got "${pt}" ${p.type}\t${p.why}`);
      continue;
    }
    const cause =
      g.type === 'person' && isGroup(gt)
        ? 'group noun'
        : heading(g.start)
          ? 'heading'
          : g.type === 'person'
            ? gt.includes(' ')
              ? 'missed person'
              : 'missed person 1w'
            : `missed ${g.type}`;
    note(cause, `${d.id}\t${ctx(g.start, g.end)}\t${g.type}`);
  }
  pred.forEach((p, i) => {
    if (used.has(i) || d.spans.some((g) => p.start < g.end && g.start < p.end)) return;
    const pt = text(p);
    const cause = isGroup(pt)
      ? 'demonym false'
      : heading(p.start)
        ? 'heading'
        : /^[A-Z0-9&.-]{2,}$/.test(pt)
          ? 'false caps'
          : `false ${p.type}`;
    note(cause, `${d.id}\t${ctx(p.start, p.end)}\t${p.type}\t${p.why}`);
  });
}
let total = 0;
for (const [c, n] of [...counts].sort((x, y) => y[1] - x[1])) {
  total += n;
  console.log(`${String(n).padStart(5)}  ${c}`);
}
console.log(`${String(total).padStart(5)}  all`);
if (list) for (const l of lines) if (list === 'all' || l.startsWith(list + '\t')) console.log(l);
