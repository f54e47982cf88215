/**
 * Writes docs/samples/: one export of each format, made from the default article as the real
 * engine analyses it, with a few annotations a reader would make. Deterministic (fixed times), so
 * a change in an exporter shows up as a diff in the samples. Run: npx tsx scripts/make-samples.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { serializeClaimReviews } from '../src/model/format/claim-review';
import { toCsv } from '../src/model/format/csv';
import { toMarkdown, wikilinkTargets } from '../src/model/format/markdown';
import { serializeW3C } from '../src/model/format/w3c';
import {
  analyseDefault,
  claimContaining,
  DEFAULT_ARTICLE,
  highlightOn,
  verdictOn,
} from '../src/model/format/default-article.fixture';
import type { Annotation } from '../src/model/annotation';

/** The app's address when run with `npm start`; links to local articles are made against it. */
const APP = 'http://localhost:5173/';
const LABELS = { yellow: 'important', blue: 'question' };

const analysis = await analyseDefault();
const annotations: Annotation[] = [
  {
    ...highlightOn('marathon session'),
    id: 'page-note',
    kind: 'page-note',
    selectors: [],
    color: undefined,
    note: 'Putin’s claims about the **Oreshnik** are unverified; compare with the *Ukrainian* air force statements.',
  },
  highlightOn(
    'Putin claimed Western air-defence systems are incapable of intercepting Russia’s new Oreshnik hypersonic missile',
    {
      id: 'h-oreshnik',
      note: 'The central claim of the piece. See [the Kyiv strike reports](https://example.org/kyiv-strike).',
      tags: ['missiles', 'air defence'],
    },
  ),
  highlightOn('name a target in Kiev', {
    id: 'h-target',
    color: 'blue',
    note: 'Was this ever answered?',
    tags: ['follow up'],
  }),
  verdictOn(claimContaining(analysis, 'There is no chance of shooting down'), {
    id: 'v-no-chance',
    verdict: 'disputed',
    note: 'Ukraine reported **intercepting** an earlier Oreshnik-class strike; no independent test exists.',
    links: ['https://example.org/factcheck/oreshnik'],
  }),
];

const out = new URL('../docs/samples/', import.meta.url);
mkdirSync(out, { recursive: true });
const write = (name: string, text: string) => writeFileSync(new URL(name, out), text);
const common = { claims: analysis.claims, entities: analysis.entities, appBase: APP };
write(
  'putin-high-tech-duel.md',
  toMarkdown({
    article: DEFAULT_ARTICLE,
    annotations,
    labels: LABELS,
    wikilinks: wikilinkTargets(analysis),
    ...common,
  }),
);
write('putin-high-tech-duel.csv', toCsv(annotations, LABELS, { article: DEFAULT_ARTICLE, ...common }));
write(
  'putin-high-tech-duel.claims.jsonld',
  serializeClaimReviews({ article: DEFAULT_ARTICLE, annotations, analysis, appBase: APP, reviewer: 'A. Reader' }) +
    '\n',
);
write(
  'putin-high-tech-duel.w3c.jsonld',
  serializeW3C({ article: DEFAULT_ARTICLE, annotations, labels: LABELS }) + '\n',
);
console.log('Wrote docs/samples/');
