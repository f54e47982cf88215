import { describe, expect, it } from 'vitest';
import { VERDICTS, type Annotation } from '../annotation';
import type { Claim, Entity } from '../../engine/types';
import { ARTICLE, CLAIM, HIGHLIGHT, PAGE_NOTE } from './test-fixtures';
import { VERDICT_RATING, serializeClaimReviews, toClaimReviews, verdictFromRating } from './claim-review';

const span = { start: 9, end: 51, text: 'x' };
const claim = (id: string, speaker: Claim['speaker'], direct = false): Claim => ({
  id,
  start: 9,
  end: 51,
  text: 'Putin said the missile "cannot be stopped"',
  content: direct
    ? { start: 31, end: 51, text: 'cannot be stopped' }
    : { start: 20, end: 51, text: 'the missile "cannot be stopped"' },
  cue: span,
  kind: direct ? 'direct' : 'mixed',
  direct,
  hedged: false,
  why: [],
  speaker,
});
const entities: Entity[] = [
  { id: 'e1', type: 'person', name: 'Vladimir Putin', aliases: ['Putin'], roles: [], mentionIds: [] },
  { id: 'e2', type: 'organization', name: 'Kremlin', aliases: [], roles: [], mentionIds: [] },
];
const analysis = {
  claims: [
    claim('claim-0', { ...span, name: 'Vladimir Putin', entityId: 'e1' }),
    claim('claim-1', { ...span, name: 'Kremlin', entityId: 'e2' }, true),
    claim('claim-2', null),
  ],
  entities,
};

describe('ClaimReview export', () => {
  const doc = JSON.parse(
    serializeClaimReviews({
      article: ARTICLE,
      analysis,
      reviewer: 'Ana',
      annotations: [
        CLAIM,
        { ...CLAIM, id: 'c2', claimId: 'claim-1', verdict: 'unverifiable', note: '' },
        { ...CLAIM, id: 'c3', claimId: 'claim-2', verdict: 'false' },
        { ...CLAIM, id: 'c4', verdict: undefined },
        HIGHLIGHT,
        PAGE_NOTE,
        { ...CLAIM, id: 'c5', deleted: true },
      ],
    }),
  );

  it('keeps a note’s and a quote’s `<` as text, written so no `</script>` can end the page’s script element', () => {
    const hostile = '</script><img src=x onerror=alert(1)> if a<b';
    const json = serializeClaimReviews({
      article: ARTICLE,
      annotations: [{ ...CLAIM, note: hostile, selectors: [{ type: 'TextQuoteSelector', exact: hostile }] }],
    });
    expect(json).not.toContain('<');
    const [review] = JSON.parse(json)['@graph'];
    expect(review.reviewBody).toBe(hostile);
    expect(review.claimReviewed).toBe(hostile);
  });

  it('reviews only live claims with a verdict', () => {
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph']).toHaveLength(3);
  });

  it('fills the ClaimReview fields from the claim, the speaker and the reviewer', () => {
    expect(doc['@graph'][0]).toEqual({
      '@type': 'ClaimReview',
      // A paraphrase with a quoted phrase: no quotation marks of its own.
      claimReviewed: 'the missile "cannot be stopped"',
      reviewRating: { '@type': 'Rating', alternateName: 'Disputed', ratingValue: 3, bestRating: 5, worstRating: 1 },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Vladimir Putin' },
        appearance: {
          '@type': 'CreativeWork',
          url: 'https://news.example.com/world/putin-duel?ref=rss',
          headline: ARTICLE.title,
        },
      },
      author: { '@type': 'Person', name: 'Ana' },
      datePublished: '2026-11-03',
      url: expect.stringMatching(/^https:\/\/news\.example\.com\/world\/putin-duel\?ref=rss#:~:text=/),
      reviewBody: 'No evidence offered.',
      citation: [{ '@type': 'CreativeWork', url: 'https://factcheck.example/oreshnik' }],
    });
  });

  it('credits organisations as such, gives unverifiable no number, and omits an unknown speaker', () => {
    const [, org, anonymous] = doc['@graph'];
    expect(org.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Kremlin' });
    // A direct quotation is reviewed in quotation marks.
    expect(org.claimReviewed).toBe('“cannot be stopped”');
    expect(org.reviewRating).not.toHaveProperty('ratingValue');
    expect(anonymous.itemReviewed).not.toHaveProperty('author');
    expect(anonymous.reviewRating.ratingValue).toBe(1);
  });

  it('falls back to the quote when there is no analysis', () => {
    const [review] = toClaimReviews({ article: { ...ARTICLE, origin: { kind: 'paste' } }, annotations: [CLAIM] })[
      '@graph'
    ];
    expect(review.claimReviewed).toBe('Putin said the missile "cannot be stopped"');
    expect(review.itemReviewed.appearance.url).toBe(`urn:marginalia:article:${ARTICLE.id}`);
  });

  it('maps every verdict to a label that reads back, on a scale ordered false → supported', () => {
    for (const verdict of VERDICTS) {
      const a: Annotation = { ...CLAIM, verdict };
      const [review] = JSON.parse(serializeClaimReviews({ article: ARTICLE, annotations: [a] }))['@graph'];
      expect(verdictFromRating(review.reviewRating.alternateName)).toBe(verdict);
    }
    expect([
      VERDICT_RATING.false,
      VERDICT_RATING.misleading,
      VERDICT_RATING.disputed,
      VERDICT_RATING['needs-context'],
      VERDICT_RATING.supported,
    ]).toEqual([1, 2, 3, 4, 5]);
  });
});
