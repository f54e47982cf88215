/**
 * `node scripts/perf/module-groups.mjs PROFILE.cpuprofile [N]`: a CPU profile's time summed by
 * engine module, two ways. "self": the samples whose own frame is in the file. "owned": each sample
 * goes to the innermost frame on its stack that is in a rules module (detect/*-rules-N.ts,
 * detect/rules.ts and the other detect/ row files), so the shared helpers a module calls
 * (named-spans.ts, context.ts) count for the module that called them. Profiles are flat (hundreds
 * of rows under 0.5 %); the sum by module is what shows where a rules stage costs.
 */
import fs from 'node:fs';

const [file, n = '15'] = process.argv.slice(2);
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);

const rel = (url) => url.replace(/^.*\/src\/engine\//, '').replace(/^file:.*\/node_modules\//, 'node_modules/');
/** Helpers shared by every rules module: time in them is owned by their caller. */
const SHARED = /^(detect\/named-spans|detect\/rule-helpers|context|intern|tokenize\/|lexicon\/)/;
const isRules = (u) => u.startsWith('detect/') && u !== 'detect/mentions.ts' && !SHARED.test(u);

const self = new Map();
const owned = new Map();
const counts = new Map();
for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
let total = 0;
for (const [id, k] of counts) {
  total += k;
  const leaf = byId.get(id);
  const u = rel(leaf.callFrame.url) || `(${leaf.callFrame.functionName || 'program'})`;
  self.set(u, (self.get(u) ?? 0) + k);
  let owner;
  for (let x = id; x !== undefined; x = parent.get(x)) {
    const v = rel(byId.get(x).callFrame.url);
    if (isRules(v)) {
      owner = v;
      break;
    }
  }
  if (owner) owned.set(owner, (owned.get(owner) ?? 0) + k);
}
const show = (title, m) => {
  console.log(`\n${title} (of ${total} samples)`);
  for (const [u, k] of [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(n)))
    console.log(`${((100 * k) / total).toFixed(2).padStart(6)} %  ${u}`);
};
show('self time by file', self);
show('rules modules, owned time (their own frames plus the shared helpers they call)', owned);
