/**
 * Exports of the default article as the real engine analyses it. ClaimReview as the real engine analyses it, with the verdict stored the
 * way the reader stores it (by the claim's span key): the review names the speaker, carries the
 * sources and a plain-text body, and links back to the passage.
 */
import { describe, expect, it } from 'vitest';
import { analyseDefault, claimContaining, DEFAULT_ARTICLE, highlightOn, verdictOn } from './default-article.fixture';
import { toClaimReviews } from './claim-review';
import { toCsv } from './csv';
import { toMarkdown, wikilinkTargets } from './markdown';

describe('ClaimReview of a verdict on the engine’s claim', async () => {
  const analysis = await analyseDefault();
  const claim = claimContaining(analysis, 'There is no chance of shooting down');
  const verdict = verdictOn(claim, {
    note: 'The **Oreshnik** has been *intercepted* before: see [the report](https://example.org/r).',
    links: ['https://factcheck.example/oreshnik', 'javascript:alert(1)'],
  });

  it('names the speaker by canonical name and reviews the claim’s words once quoted', () => {
    const [review] = toClaimReviews({ article: DEFAULT_ARTICLE, annotations: [verdict], analysis })['@graph'];
    expect(review.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Vladimir Putin' });
    expect(review.claimReviewed).toBe('“There is no chance of shooting down these missiles”');
    expect(review.reviewRating).toMatchObject({ alternateName: 'Disputed', ratingValue: 3 });
  });

  it('carries the web sources as citations and the note as plain text', () => {
    const [review] = toClaimReviews({ article: DEFAULT_ARTICLE, annotations: [verdict], analysis })['@graph'];
    expect(review.citation).toEqual([{ '@type': 'CreativeWork', url: 'https://factcheck.example/oreshnik' }]);
    // The link's address stays beside its words, as in the CSV: the words alone lose where it pointed.
    expect(review.reviewBody).toBe('The Oreshnik has been intercepted before: see the report (https://example.org/r).');
  });

  it('links to the app’s reading view for a local article, and to the web page with a Text Fragment', () => {
    const local = toClaimReviews({
      article: DEFAULT_ARTICLE,
      annotations: [verdict],
      analysis,
      appBase: 'https://marginalia.example/app/',
    })['@graph'][0];
    expect(local.itemReviewed.appearance.url).toBe('https://marginalia.example/app/#/read/putin-high-tech-duel');
    expect(local.url).toBe(`https://marginalia.example/app/#/read/putin-high-tech-duel/a/${verdict.id}`);

    const web = toClaimReviews({
      article: { ...DEFAULT_ARTICLE, origin: { kind: 'url', url: 'https://news.example/putin' } },
      annotations: [verdict],
      analysis,
    })['@graph'][0];
    expect(web.itemReviewed.appearance.url).toBe('https://news.example/putin');
    expect(web.url).toMatch(/^https:\/\/news\.example\/putin#:~:text=.*There%20is%20no%20chance/);
    expect(web.url).not.toMatch(/^urn:/);
  });
});

describe('Markdown and CSV of the default article as the engine analyses it', async () => {
  const analysis = await analyseDefault();
  const claim = claimContaining(analysis, 'There is no chance of shooting down');
  const annotations = [
    verdictOn(claim, { links: ['https://factcheck.example/oreshnik'] }),
    highlightOn('Putin claimed Western air-defence systems', { note: 'Check **this**', tags: ['air defence'] }),
  ];

  it('writes sections in reading order with the speaker, verdict and sources, and links every mention', () => {
    const md = toMarkdown({
      article: DEFAULT_ARTICLE,
      annotations,
      claims: analysis.claims,
      entities: analysis.entities,
      wikilinks: wikilinkTargets(analysis),
      appBase: 'https://marginalia.example/',
    });
    const first = md.indexOf('### 1 · yellow');
    const second = md.indexOf('### 2 · Claim by [[Vladimir Putin]] · Disputed');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    // "Putin" alone links to the person's canonical name.
    expect(md).toContain('> [[Vladimir Putin|Putin]] claimed Western air-defence systems');
    expect(md).toContain('- Claim: “There is no chance of shooting down these missiles”');
    expect(md).toContain('- Sources:\n  - <https://factcheck.example/oreshnik>');
    expect(md).toContain('#air-defence');
    expect(md).toContain('[Open the passage](<https://marginalia.example/#/read/putin-high-tech-duel/a/');
    expect(md).not.toContain('““');
  });

  it('writes the speaker and verdict in CSV columns', () => {
    const csv = toCsv(annotations, {}, { bom: false, article: DEFAULT_ARTICLE, ...analysis });
    const judged = csv.split('\r\n').find((l) => l.includes('Disputed'))!;
    expect(judged).toContain('Vladimir Putin');
    expect(judged).toContain('https://factcheck.example/oreshnik');
    expect(judged.startsWith(`${DEFAULT_ARTICLE.title},`)).toBe(true);
  });
});
