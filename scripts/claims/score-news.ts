/**
 * Scores the invented news stories of src/engine/claims/news.cases.ts batch by batch and lists
 * every miss, false claim, wrong speaker and wrong `direct`, then pools the batches:
 *   npx tsx scripts/claims/score-news.ts [--quiet] [--only=61,62,63] [--errors=61,62] [--pool-to=60]
 * --only scores just the named batches; --errors lists errors only for the named batches (so a
 * blind batch's totals can be read without its errors ever being printed; a batch kept blind,
 * KEPT_BLIND_CLAIM_BATCHES, never prints them); --pool-to=N adds a
 * pooled line over batches 1..N beside the pool of every batch scored.
 */
import { analyze } from '../../src/engine/index';
import { loadGazetteerIfAny } from '../../src/cli/analyze';
import { KEPT_BLIND_CLAIM_BATCHES, NEWS_BATCHES, scoreNewsCases } from '../../src/engine/claims/news-score';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const numbers = (list: string | undefined) => (list ? new Set(list.split(',').map(Number)) : undefined);
const quiet = process.argv.includes('--quiet');
const only = numbers(arg('only'));
const errorsOf = numbers(arg('errors'));
const poolTo = Number(arg('pool-to') ?? 0);

const gazetteer = await loadGazetteerIfAny();
const zero = () => ({ tp: 0, np: 0, ng: 0, spk: 0, spkN: 0 });
const pools = { all: zero(), upTo: zero() };
for (const [name, cases] of Object.entries(NEWS_BATCHES)) {
  const n = Number(name.replace(/\D/g, ''));
  if (only && !only.has(n)) continue;
  const r = scoreNewsCases(cases, (text) => analyze(text, { gazetteer }));
  console.log(
    `${name}${KEPT_BLIND_CLAIM_BATCHES.has(name) ? ' (kept blind)' : ''}: claims F1 ${r.f1.toFixed(3)} (${r.tp}/${r.np}/${r.ng}) speaker ${r.speaker.toFixed(3)} of ${r.spkN} direct ${r.direct.toFixed(3)} of ${r.directN}`,
  );
  for (const pool of n <= poolTo ? [pools.all, pools.upTo] : [pools.all]) {
    pool.tp += r.tp;
    pool.np += r.np;
    pool.ng += r.ng;
    pool.spk += r.speaker * r.spkN;
    pool.spkN += r.spkN;
  }
  if (!quiet && !KEPT_BLIND_CLAIM_BATCHES.has(name) && (!errorsOf || errorsOf.has(n)))
    for (const e of r.errors) console.log('  ' + e);
}
const line = (what: string, p: ReturnType<typeof zero>) =>
  console.log(
    `pooled ${what}: claims F1 ${((2 * p.tp) / (p.np + p.ng)).toFixed(4)} (${p.tp}/${p.np}/${p.ng}) speaker ${(p.spk / p.spkN).toFixed(4)} of ${p.spkN}`,
  );
if (poolTo) line(`batches up to ${poolTo}`, pools.upTo);
line('batches scored', pools.all);
