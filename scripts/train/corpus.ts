/**
 * The documents the tagger learns from and is measured on, as text plus gold name spans:
 * - the vendored CC BY / BY-SA GUM documents (scripts/train/data/gum-cc-by.jsonl);
 * - the team's invented news fixtures with their hand-written gold (src/engine/fixtures);
 * - news-like texts the team wrote and annotated inline (scripts/train/data/news/*.txt,
 *   "[[P Ana Moreno]]" for a person, L place, O organisation, X a name that is none of them);
 * - when BATCHES_TRAIN_SHIPPED_MODEL is on (off since train16 measured it, 2 Dec 2026: see
 *   src/engine/README.md), the team's invented news reports of the entity batches 1–16
 *   (src/engine/detect/news-entities*.cases.ts, the same inline gold), about five times the news
 *   above. Batches 17–22 never train (TRAINING_BATCHES): they measure unseen news;
 * - for measurement only, the other GUM genres read from ../shared/train (never trained on by
 *   the shipped model).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_FIXTURES } from '../../src/engine/fixtures/fixtures.cases';
import { buildGold } from '../../src/engine/fixtures/fixture-gold';
import { ENTITY_BATCHES, type EntityCase } from '../../src/engine/detect/news-entities.cases';
import { parseEntityMarkup } from '../../src/engine/detect/news-entities-score';
import { SHIPPABLE_GENRES, sharedTrainDir, vendoredGum } from './import-gum';

export type GoldType = 'person' | 'place' | 'organization';
export interface GoldSpan {
  start: number;
  end: number;
  type: GoldType;
  /** Accepted other types (scoring only). */
  altTypes?: GoldType[];
  /** Accepted other spans (scoring only). */
  alt?: { start: number; end: number }[];
}
export interface TrainDoc {
  id: string;
  /** GUM genre, "fixture", "news" or "wire" (the entity batches). */
  genre: string;
  text: string;
  spans: GoldSpan[];
  /** Spans that are neither required nor penalised when scoring. */
  ignore: { start: number; end: number }[];
}

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtureDir = path.resolve(here, '..', '..', 'src', 'engine', 'fixtures');
export const newsDir = path.join(here, 'data', 'news');
const TYPES: Record<string, GoldType> = { per: 'person', pla: 'place', org: 'organization' };

function gumDoc(d: {
  id: string;
  genre: string;
  text: string;
  entities: [number, number, string][] | { start: number; end: number; type: string }[];
}): TrainDoc {
  const spans = d.entities.map((e) =>
    Array.isArray(e)
      ? { start: e[0], end: e[1], type: (TYPES[e[2].slice(0, 3)] ?? e[2]) as GoldType }
      : { start: e.start, end: e.end, type: e.type as GoldType },
  );
  return { id: d.id, genre: d.genre, text: d.text, spans, ignore: [] };
}

/** The 84 GUM documents whose licence lets them train the shipped model. */
export function loadShippableGum(): TrainDoc[] {
  return fs
    .readFileSync(vendoredGum, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => gumDoc(JSON.parse(l)));
}

/** The other GUM documents (measurement only); empty when ../shared/train is absent. */
export function loadOtherGum(): TrainDoc[] {
  if (!fs.existsSync(sharedTrainDir)) return [];
  return fs
    .readdirSync(sharedTrainDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(sharedTrainDir, f), 'utf8')))
    .filter((d) => !SHIPPABLE_GENRES.includes(d.genre))
    .map(gumDoc);
}

export function loadFixtures(): TrainDoc[] {
  return ALL_FIXTURES.map((c) => {
    const text = fs.readFileSync(path.join(fixtureDir, c.file), 'utf8');
    const g = buildGold(text, c);
    return {
      id: 'fixture/' + c.file,
      genre: 'fixture',
      text,
      spans: g.entities.map((e) => ({ start: e.start, end: e.end, type: e.type, altTypes: e.altTypes, alt: e.alt })),
      ignore: g.ignore,
    };
  });
}

const MARK = /\[\[([PLOX]) ([^\]]+?)\]\]/g;
const MARK_TYPES: Record<string, GoldType | null> = { P: 'person', L: 'place', O: 'organization', X: null };

/** Parses inline markup into plain text and spans. */
export function parseMarkup(src: string, id = 'text'): TrainDoc {
  let text = '';
  let last = 0;
  const spans: GoldSpan[] = [];
  const ignore: { start: number; end: number }[] = [];
  for (const m of src.matchAll(MARK)) {
    text += src.slice(last, m.index);
    const start = text.length;
    text += m[2];
    const type = MARK_TYPES[m[1]];
    if (type) spans.push({ start, end: text.length, type });
    else ignore.push({ start, end: text.length });
    last = m.index + m[0].length;
  }
  text += src.slice(last);
  if (/\[\[|\]\]/.test(text)) throw new Error(`${id}: unbalanced markup`);
  return { id, genre: 'news', text, spans, ignore };
}

export function loadOwnNews(): TrainDoc[] {
  if (!fs.existsSync(newsDir)) return [];
  return fs
    .readdirSync(newsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseMarkup(fs.readFileSync(path.join(newsDir, f), 'utf8'), 'news/' + f));
}

/**
 * The entity batches the model trains on. Every other batch (17–22) is held out: it is the
 * measure of news the model never saw, and must never be added here or tuned on (20–22 least of
 * all: the choice of the news weight was made on the folds and 17–19).
 */
export const TRAINING_BATCHES: readonly string[] = Array.from({ length: 16 }, (_, k) => `batch ${k + 1}`);

/**
 * The genre of the batches' documents. It sorts after every GUM genre ("voyage"), so the folds
 * (folds-lib.ts deals documents round-robin in genre order) keep every older document in the
 * fold it had before the batches joined, and the older genres' fold figures stay comparable.
 */
export const BATCH_GENRE = 'wire';

/** One batch case as a training document: the inline gold with its accepted other types. */
export function batchDoc(batch: string, c: EntityCase): TrainDoc {
  const { text, gold } = parseEntityMarkup(c.text, c.name);
  return {
    id: `${batch}/${c.name}`,
    genre: BATCH_GENRE,
    text,
    spans: gold.entities.map((e) => ({
      start: e.start,
      end: e.end,
      type: e.type,
      ...(e.altTypes.length ? { altTypes: e.altTypes } : {}),
    })),
    ignore: gold.ignore,
  };
}

export function loadBatchNews(batches: readonly string[] = TRAINING_BATCHES): TrainDoc[] {
  return batches.flatMap((b) => {
    const batch = ENTITY_BATCHES[b];
    if (!batch) throw new Error(`no entity batch named ${b}`);
    return batch.cases.map((c) => batchDoc(b, c));
  });
}

/**
 * Whether the shipped model trains on TRAINING_BATCHES. Off: with them (train16) the held-out
 * news batches rose (17–22 pooled 0.881 → 0.900) but the GUM genres of the quick folds fell
 * (0.854 → 0.843 / 0.850 → 0.845 on the two seeds) and 37 engine tests written against the
 * committed model failed. `npm run eval:folds -- --with-batches` measures the recipe with them.
 */
export const BATCHES_TRAIN_SHIPPED_MODEL = false;

/** Everything the shipped model trains on (with the batches when asked), in a fixed order. */
export function loadTrainingSet(withBatches = BATCHES_TRAIN_SHIPPED_MODEL): TrainDoc[] {
  return [...loadShippableGum(), ...loadFixtures(), ...loadOwnNews(), ...(withBatches ? loadBatchNews() : [])];
}
