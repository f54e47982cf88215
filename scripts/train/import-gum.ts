/**
 * `npm run train:import`: copies the GUM documents that may train the shipped model (text
 * licences CC BY and CC BY-SA: academic, court, interview, bio, voyage) from ../shared/train/gum
 * into scripts/train/data/gum-cc-by.jsonl, keeping only what training reads (text, named
 * entities) plus each document's licence and attribution. The copy makes `npm run train`
 * reproducible from the repository alone; the other GUM genres are never copied.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHIPPABLE_GENRES = ['academic', 'court', 'interview', 'bio', 'voyage'];

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
export const sharedTrainDir =
  process.env.MARGINALIA_TRAIN_DIR ?? path.resolve(repoRoot, '..', 'shared', 'train', 'gum');
export const vendoredGum = path.join(here, 'data', 'gum-cc-by.jsonl');

interface GumFile {
  id: string;
  genre: string;
  license: string;
  attribution: string;
  text: string;
  entities: { type: string; start: number; end: number }[];
}

function main() {
  if (!fs.existsSync(sharedTrainDir)) {
    console.error(`train:import: ${sharedTrainDir} not found (set MARGINALIA_TRAIN_DIR)`);
    process.exit(1);
  }
  const lines: string[] = [];
  for (const f of fs
    .readdirSync(sharedTrainDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const d = JSON.parse(fs.readFileSync(path.join(sharedTrainDir, f), 'utf8')) as GumFile;
    if (!SHIPPABLE_GENRES.includes(d.genre)) continue;
    if (!/CC BY(-SA)? \d/.test(d.license.split(';')[0])) throw new Error(`${f}: unexpected licence ${d.license}`);
    const entities = d.entities.map((e) => [e.start, e.end, e.type]);
    lines.push(
      JSON.stringify({
        id: d.id,
        genre: d.genre,
        license: d.license,
        attribution: d.attribution,
        text: d.text,
        entities,
      }),
    );
  }
  fs.writeFileSync(vendoredGum, lines.join('\n') + '\n');
  console.log(`train:import: ${lines.length} documents → ${path.relative(repoRoot, vendoredGum)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
