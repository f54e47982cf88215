/**
 * The default article analysed by the real engine, and annotations made on it the way the reader
 * makes them (a claim annotation keyed by the claim's span, selectors described from the text).
 * For the export tests, so they see what a user's export sees, not invented ids. Tests only.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../engine/index';
import type { Analysis, Claim } from '../../engine/types';
import { loadGazetteerIfAny } from '../../cli/analyze';
import { contentHash } from '../../lib/content-hash';
import type { Annotation } from '../annotation';
import { describeRange } from '../anchor';
import type { Article } from '../article';
import { spanKey } from '../corrections';

export const DEFAULT_TEXT = readFileSync(
  new URL('../../../public/articles/putin-high-tech-duel.txt', import.meta.url),
  'utf8',
);

export const DEFAULT_ARTICLE: Article = {
  id: contentHash(DEFAULT_TEXT),
  title: 'Putin challenges the West to a ‘high-tech duel’ in Kiev',
  origin: { kind: 'bundled', path: 'putin-high-tech-duel' },
  source: 'dpa, distributed by Tribune Content Agency',
  date: '2024-12-19',
  addedAt: '2026-11-30T04:00:00.000Z',
  text: DEFAULT_TEXT,
};

let cached: Analysis | undefined;
export async function analyseDefault(): Promise<Analysis> {
  cached ??= analyze(DEFAULT_TEXT, { gazetteer: await loadGazetteerIfAny() });
  return cached;
}

export function claimContaining(analysis: Analysis, words: string): Claim {
  const claim = analysis.claims.find((c) => c.content.text.includes(words));
  if (!claim) throw new Error(`the engine found no claim with “${words}”`);
  return claim;
}

const TIME = '2026-11-30T04:10:00.000Z';

/** A verdict on a claim, stored as the reader stores it. */
export function verdictOn(claim: Claim, fields: Partial<Annotation> = {}): Annotation {
  return {
    id: `v-${spanKey(claim)}`,
    articleId: DEFAULT_ARTICLE.id,
    kind: 'claim',
    claimId: spanKey(claim),
    selectors: describeRange(DEFAULT_TEXT, claim.start, claim.end),
    verdict: 'disputed',
    note: '',
    tags: [],
    created: TIME,
    updated: TIME,
    ...fields,
  };
}

/** A highlight on the first occurrence of a phrase, as the reader stores it. */
export function highlightOn(phrase: string, fields: Partial<Annotation> = {}): Annotation {
  const start = DEFAULT_TEXT.indexOf(phrase);
  if (start < 0) throw new Error(`not in the article: ${phrase}`);
  return {
    id: `h-${contentHash(phrase)}`,
    articleId: DEFAULT_ARTICLE.id,
    kind: 'highlight',
    selectors: describeRange(DEFAULT_TEXT, start, start + phrase.length),
    color: 'yellow',
    note: '',
    tags: [],
    created: TIME,
    updated: TIME,
    ...fields,
  };
}
