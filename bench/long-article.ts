/**
 * The long article for the layers bench (issues 4 and 5): a deterministic, news-like text of
 * at least 1 MB — varied sentences naming people, places and organizations, and quotes in the
 * "“…,” said X" shape the claims engine looks for — so the analysis, the painting of every
 * layer and the anchoring of 1,000 annotations are measured on realistic density, not on
 * lorem ipsum. Also builds the saved annotations holding N highlights with selectors from
 * `describeRange`, to pre-seed localStorage: as the app saves them now (`seededStorage`: the labels
 * key and one key per bucket), or as version 2 did (`seededAnnotations`: everything under one key).
 */
import { writeFileSync } from 'node:fs';
import { contentHash } from '../src/lib/content-hash';
import { describeRange } from '../src/model/anchor';
import type { Annotation } from '../src/model/annotation';
import { PERSISTED_VERSION, type PersistedState } from '../src/model/persisted-state';
import { DEFAULT_LABELS } from '../src/model/preferences';
import { bucketKey, bucketOf } from '../src/store/annotation-keys';

export const ANNOTATIONS_KEY = 'marginalia:annotations';

const PEOPLE = [
  'Maria Lindqvist',
  'Tomasz Nowicki',
  'Amara Okafor',
  'Daniel Ferreira',
  'Helen Park',
  'Rafael Ortega',
  'Ingrid Solberg',
  'Kwame Mensah',
  'Lucia Bianchi',
  'Samuel Adeyemi',
  'Yuki Tanaka',
  'Priya Raman',
  'Oliver Brandt',
  'Fatima Haddad',
  'Jonas Weber',
  'Elena Petrova',
  'Marcus Hale',
  'Aisha Karimi',
];
const PLACES = [
  'Lisbon',
  'Nairobi',
  'Warsaw',
  'Toronto',
  'Manila',
  'Santiago',
  'Oslo',
  'Cairo',
  'Hanoi',
  'Lagos',
  'Madrid',
  'Vienna',
  'Jakarta',
  'Lima',
  'Dublin',
  'Athens',
  'Brazil',
  'Kenya',
  'Norway',
  'Vietnam',
];
const ORGS = [
  'the World Health Organization',
  'the European Central Bank',
  'the United Nations',
  'Reuters',
  'the International Monetary Fund',
  'NATO',
  'the World Bank',
  'Amnesty International',
  'the African Union',
  'Greenpeace',
  'the Red Cross',
  'the World Trade Organization',
];
const ROLES = [
  'the finance minister',
  'a senior official',
  'the mayor',
  'an economist',
  'the union leader',
  'a spokesperson',
  'the ambassador',
  'the chief executive',
];
const CUES = ['said', 'told reporters', 'added', 'warned', 'argued', 'insisted', 'noted'];
const TOPICS = [
  'the new budget',
  'the port expansion',
  'the drought',
  'fuel prices',
  'the trade agreement',
  'the election',
  'the vaccine rollout',
  'the housing shortage',
  'the rail strike',
  'interest rates',
  'the ceasefire talks',
  'the flood defences',
  'the pension reform',
  'the mining licence',
  'grain exports',
  'the data breach',
];
const VERBS = ['rose', 'fell', 'stalled', 'doubled', 'recovered', 'collapsed', 'widened', 'narrowed'];
const QUOTES = [
  'We cannot wait another year for this',
  'The numbers simply do not add up',
  'This is a turning point for the region',
  'Nobody asked the people who live here',
  'We expect the pressure to ease by spring',
  'It is far too early to declare victory',
  'Every delay costs families money',
  'The agreement protects jobs on both sides',
  'Our teams are already on the ground',
  'We were never shown the full report',
  'The risks have been exaggerated',
  'There is no plan B',
];

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same text. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

function sentence(pick: <T>(xs: readonly T[]) => T, rand: () => number): string {
  const person = pick(PEOPLE);
  const place = pick(PLACES);
  const org = pick(ORGS);
  const topic = pick(TOPICS);
  const pct = 1 + Math.floor(rand() * 40);
  switch (Math.floor(rand() * 8)) {
    case 0:
      return `“${pick(QUOTES)},” ${pick(CUES)} ${person}, ${pick(ROLES)} in ${place}.`;
    case 1:
      return `${person} ${pick(CUES)} that ${topic} would be reviewed by ${org} before the end of the month.`;
    case 2:
      return `In ${place}, spending on ${topic} ${pick(VERBS)} by ${pct} percent last quarter, according to figures from ${org}.`;
    case 3:
      return `“${pick(QUOTES)},” ${person} ${pick(CUES)}, speaking after a meeting with officials from ${org}.`;
    case 4:
      return `${cap(org)} sent a delegation to ${place} on Tuesday to discuss ${topic} with local leaders.`;
    case 5:
      return `Residents of ${place} gathered outside the town hall, where ${person} was expected to speak about ${topic}.`;
    case 6:
      return `According to ${person}, talks between ${place} and ${pick(PLACES)} over ${topic} have ${pick(VERBS)} since January.`;
    default:
      return `Analysts at ${org} said the outlook for ${topic} in ${place} remained uncertain.`;
  }
}

/** A news-like article of at least `minBytes` UTF-8 bytes: a headline, then paragraphs of 3–7 sentences. */
export function generateLongArticle(minBytes = 1_100_000, seed = 20260427): string {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const paras: string[] = ['Ports, budgets and promises: a year of regional reporting'];
  let bytes = 0;
  while (bytes < minBytes) {
    const n = 3 + Math.floor(rand() * 5);
    const p = Array.from({ length: n }, () => sentence(pick, rand)).join(' ');
    paras.push(p);
    bytes += Buffer.byteLength(p) + 2;
  }
  return `${paras.join('\n\n')}\n`;
}

/** Writes the article into dist/ (served by `vite preview`) and returns its path, text and id. */
export function writeLongArticle(file = 'dist/bench-long-article.txt') {
  const text = generateLongArticle();
  writeFileSync(file, text);
  return { file, text, id: contentHash(text), bytes: Buffer.byteLength(text) };
}

/**
 * The persisted envelope `{state, version}` holding `count` yellow highlights spread evenly over
 * the text after `skip` characters (the top of the article stays free for creating new ones),
 * each a span of a few whole words, described with both selectors exactly as the app does.
 */
export function seededAnnotations(text: string, count: number, skip = 20_000): string {
  const state: PersistedState = { annotations: seededRecords(text, count, skip), labels: { ...DEFAULT_LABELS } };
  return JSON.stringify({ state, version: 2 });
}

/**
 * The same highlights as the app saves them (format 3): key → value, to write after removing every
 * key under `ANNOTATIONS_KEY` (see `seedInPage`).
 */
export function seededStorage(text: string, count: number, skip = 20_000): Record<string, string> {
  const annotations = seededRecords(text, count, skip);
  const envelope = (state: Partial<PersistedState>) => JSON.stringify({ state, version: PERSISTED_VERSION });
  const out: Record<string, string> = {
    [ANNOTATIONS_KEY]: envelope({ annotations: {}, labels: { ...DEFAULT_LABELS } }),
  };
  for (const [articleId, records] of Object.entries(annotations)) {
    const buckets = new Map<number, Record<string, Annotation>>();
    for (const [id, r] of Object.entries(records)) {
      const b = bucketOf(id);
      buckets.set(b, { ...buckets.get(b), [id]: r });
    }
    for (const [b, share] of buckets)
      out[bucketKey(ANNOTATIONS_KEY, articleId, b)] = envelope({ annotations: { [articleId]: share } });
  }
  return out;
}

/** For `page.evaluate`: replaces every saved annotation with `entries` (from `seededStorage`). */
export function seedInPage({ prefix, entries }: { prefix: string; entries: Record<string, string> }): void {
  for (const k of Object.keys(localStorage)) if (k === prefix || k.startsWith(`${prefix}:`)) localStorage.removeItem(k);
  for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
}

function seededRecords(text: string, count: number, skip: number): PersistedState['annotations'] {
  const articleId = contentHash(text);
  const records: Record<string, Annotation> = {};
  const step = Math.floor((text.length - skip) / count);
  const stamp = new Date(Date.UTC(2026, 0, 1)).toISOString();
  for (let i = 0; i < count; i++) {
    // Start at a word boundary, end 2–6 words later.
    let start = skip + i * step;
    while (start < text.length && (!/\s/.test(text[start - 1]) || /\s/.test(text[start]))) start++;
    let end = start;
    for (let w = 0; w < 2 + (i % 5); w++) {
      end = text.indexOf(' ', end + 1);
      if (end < 0) end = text.length;
    }
    // Keep each highlight inside its paragraph.
    const nl = text.indexOf('\n', start);
    if (nl >= 0 && nl < end) end = nl;
    const id = `bench-${String(i).padStart(4, '0')}`;
    records[id] = {
      id,
      articleId,
      kind: 'highlight',
      created: stamp,
      updated: stamp,
      selectors: describeRange(text, start, end),
      color: 'yellow',
      note: '',
      tags: [],
    };
  }
  return { [articleId]: records };
}
