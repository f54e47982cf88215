/**
 * `npx tsx scripts/claims/mine-cues.ts [--all] [--min N]`: the attribution cues of the training
 * documents' gold claims (../shared/train/gum), counted by lemma and by the frame they open, and
 * whether the claim detector's rows already cover them. It proposes; it writes nothing. A cue that
 * shows up here becomes a rule row in src/engine/lexicon/claim-cues.ts only after a person has
 * read its uses, written a reason and an example of their own, and checked it on the folds.
 *
 * Only the study folds are read (the held-out fold of eval:claims-folds stays unseen), and the
 * news-like genres (interview = Wikinews, bio, court) are counted apart, since GUM's other genres
 * annotate belief and perception ("I think", "you see") that news attribution does not.
 *
 * Frames, from the text right after the cue: `that` ("said that"), `quote` (a quotation mark),
 * `to` (an infinitive: "urged X to"), `colon`, `comma`, `clause` (anything else).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assignFolds, HELD_OUT_FOLD, loadClaimDocs } from '../../src/cli/eval-claims-folds';
import { CUE_FORMS, PHRASAL_FORMS } from '../../src/engine/lexicon/claim-cues';

const NEWS_LIKE = new Set(['interview', 'bio', 'court']);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = process.env.MARGINALIA_TRAIN_DIR ?? path.resolve(root, '..', 'shared', 'train', 'gum');

/** A rough lemma for forms the rows do not know: enough to group "joked", "jokes", "joking". */
const IRREGULAR: Record<string, string> = {
  was: 'be',
  were: 'be',
  is: 'be',
  "'m": 'be',
  "'re": 'be',
  "'s": 'be',
  saw: 'see',
  seen: 'see',
  heard: 'hear',
  meant: 'mean',
  came: 'come',
  goes: 'go',
  went: 'go',
  took: 'take',
  made: 'make',
  read: 'read',
};

export function roughLemma(w: string): string {
  if (IRREGULAR[w]) return IRREGULAR[w];
  const known = CUE_FORMS.get(w);
  if (known) return known.lemma;
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/ied$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(ss|sh|ch|x)es$/.test(w)) return w.slice(0, -2);
  if (/[^s]s$/.test(w)) return w.slice(0, -1);
  if (/([^aeiou])\1ed$/.test(w)) return w.slice(0, -3);
  if (/([^aeiou])\1ing$/.test(w)) return w.slice(0, -4);
  if (/(at|iz|is|ur|us|v|c)ed$/.test(w)) return w.slice(0, -1);
  if (/ed$/.test(w)) return w.slice(0, -2);
  if (/(at|iz|is|ur|us|v|c)ing$/.test(w)) return w.slice(0, -3) + 'e';
  if (/ing$/.test(w)) return w.slice(0, -3);
  return w;
}

export function frameAfter(text: string, end: number): string {
  const next = text.slice(end, end + 40).replace(/^\s+/, '');
  if (/^that\b/i.test(next)) return 'that';
  if (/^["“”‘'`«]/.test(next)) return 'quote';
  if (/^:/.test(next)) return 'colon';
  if (/^,/.test(next)) return 'comma';
  if (/^(\w+\s+){0,3}to\s+\w/i.test(next) && !/^(that|the)\b/i.test(next)) return 'to';
  return 'clause';
}

function covered(cue: string): boolean {
  const ws = cue.toLowerCase().split(/\s+/);
  if (ws[0] === 'according') return true;
  if (ws.some((w) => CUE_FORMS.has(w))) return true;
  return ws.some((w, i) => PHRASAL_FORMS.get(w)?.some((p) => p.cue.particles.every((x, j) => ws[i + 1 + j] === x)));
}

function main() {
  const all = process.argv.includes('--all');
  const mi = process.argv.indexOf('--min');
  const min = mi >= 0 ? Number(process.argv[mi + 1]) : 2;
  const docs = loadClaimDocs(dir);
  const folds = assignFolds(docs);
  const rows = new Map<string, { news: number; other: number; frames: Map<string, number>; forms: Set<string> }>();
  for (const d of docs) {
    if (folds.get(d.id) === HELD_OUT_FOLD) continue;
    for (const c of d.claims ?? []) {
      if (!c.cue || c.cueEnd === undefined) continue;
      const words = c.cue.toLowerCase().split(/\s+/);
      // A multi-word cue keeps its words; a single verb is grouped by lemma.
      const key = words.length > 1 ? words.join(' ') : roughLemma(words[0]);
      const r = rows.get(key) ?? { news: 0, other: 0, frames: new Map(), forms: new Set() };
      if (NEWS_LIKE.has(d.genre)) r.news++;
      else r.other++;
      const f = frameAfter(d.text, c.cueEnd);
      r.frames.set(f, (r.frames.get(f) ?? 0) + 1);
      r.forms.add(c.cue.toLowerCase());
      rows.set(key, r);
    }
  }
  const list = [...rows]
    .filter(([, r]) => r.news + r.other >= min)
    .filter(([, r]) => all || ![...r.forms].every(covered))
    .sort((a, b) => b[1].news * 3 + b[1].other - (a[1].news * 3 + a[1].other));
  console.log(`${all ? 'all' : 'uncovered'} cues of the study folds (news-like = ${[...NEWS_LIKE].join(', ')})`);
  console.log('cue'.padEnd(22) + 'news other  frames                              forms');
  for (const [key, r] of list) {
    const frames = [...r.frames]
      .sort((a, b) => b[1] - a[1])
      .map(([f, n]) => `${f} ${n}`)
      .join(', ');
    const forms = [...r.forms].map((f) => (covered(f) ? f : f + '*')).join(' ');
    console.log(
      `${key.padEnd(22)}${String(r.news).padStart(4)} ${String(r.other).padStart(5)}  ${frames.padEnd(36)}${forms}`,
    );
  }
  console.log('\n* = a form no cue row covers');
}

if (process.argv[1] && /mine-cues\.ts$/.test(process.argv[1])) main();
