/**
 * schema.org `ClaimReview` JSON-LD for the claims a reader gave a verdict, the format fact-check
 * aggregators and search engines read. https://schema.org/ClaimReview
 *
 * Verdicts map onto a 1–5 truth scale (1 false … 5 supported). `unverifiable` gets no number at
 * all: putting it mid-scale would read as "half true", which is a judgement the reader did not make;
 * its `alternateName` still says what they decided. The claim's wording and speaker come from the
 * engine's analysis (the claim is found by the span key the reader stores, see claim-display.ts);
 * without it, the annotation's own quote stands in for the claim. The speaker is named by the
 * entity's canonical name ("Vladimir Putin", not the "Putin" of one mention). The reader's sources
 * are the review's `citation`; the review text is the note as plain text (Markdown removed).
 */
import { VERDICT_LABEL, type Annotation, type Verdict } from '../annotation';
import type { ArticleMeta } from '../article';
import type { Analysis } from '../../engine/types';
import { claimDisplayText, claimOf } from '../claim-display';
import { noteText } from './note-text';
import { findSelector } from '../selectors';
import { articleUrl, passageUrl } from './article-link';

export const VERDICT_RATING: Record<Verdict, number | null> = {
  false: 1,
  misleading: 2,
  disputed: 3,
  'needs-context': 4,
  supported: 5,
  unverifiable: null,
};

export { VERDICT_LABEL };

type Party = { '@type': 'Person' | 'Organization'; name: string };

export interface ClaimReview {
  '@type': 'ClaimReview';
  claimReviewed: string;
  reviewRating: { '@type': 'Rating'; alternateName: string; ratingValue?: number; bestRating: 5; worstRating: 1 };
  itemReviewed: {
    '@type': 'Claim';
    author?: Party;
    appearance: { '@type': 'CreativeWork'; url: string; headline: string };
  };
  author?: Party;
  datePublished: string;
  /** Where the reviewed passage can be read: a Text Fragment link, or the app's link to it. */
  url?: string;
  reviewBody?: string;
  citation?: Array<{ '@type': 'CreativeWork'; url: string }>;
}

export interface ClaimReviewDocument {
  '@context': 'https://schema.org';
  '@graph': ClaimReview[];
}

export interface ClaimReviewInput {
  article: Pick<ArticleMeta, 'id' | 'title' | 'origin' | 'source'>;
  annotations: readonly Annotation[];
  analysis?: Pick<Analysis, 'claims' | 'entities'>;
  /** The reader's display name, credited as the reviewer. */
  reviewer?: string;
  /** The app's address, for `#/read/…` links when the article has no web address of its own. */
  appBase?: string;
}

export function toClaimReviews({
  article,
  annotations,
  analysis,
  reviewer,
  appBase,
}: ClaimReviewInput): ClaimReviewDocument {
  const appearance = { '@type': 'CreativeWork' as const, url: articleUrl(article, appBase), headline: article.title };
  const graph: ClaimReview[] = [];
  for (const a of annotations) {
    if (a.deleted || !a.verdict) continue;
    const claim = claimOf(a, analysis?.claims);
    const quote = findSelector(a.selectors, 'TextQuoteSelector');
    // The claim's words, in quotation marks only when they are the speaker's own.
    const claimReviewed = claim ? claimDisplayText(claim) : quote?.exact;
    if (!claimReviewed) continue;
    const rating = VERDICT_RATING[a.verdict];
    const review: ClaimReview = {
      '@type': 'ClaimReview',
      claimReviewed,
      reviewRating: {
        '@type': 'Rating',
        alternateName: VERDICT_LABEL[a.verdict],
        ...(rating === null ? {} : { ratingValue: rating }),
        bestRating: 5,
        worstRating: 1,
      },
      itemReviewed: { '@type': 'Claim', appearance },
      datePublished: a.updated.slice(0, 10),
    };
    const speaker = claim?.speaker;
    if (speaker) {
      const entity = speaker.entityId ? analysis?.entities.find((e) => e.id === speaker.entityId) : undefined;
      review.itemReviewed.author = {
        '@type': entity?.type === 'organization' ? 'Organization' : 'Person',
        name: entity?.name ?? speaker.name,
      };
    }
    if (reviewer) review.author = { '@type': 'Person', name: reviewer };
    const url = passageUrl(article, a, appBase);
    if (url) review.url = url;
    const body = a.note ? noteText(a.note) : '';
    if (body) review.reviewBody = body;
    const sources = (a.links ?? []).filter((l) => /^https?:\/\//i.test(l));
    if (sources.length) review.citation = sources.map((l) => ({ '@type': 'CreativeWork' as const, url: l }));
    graph.push(review);
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/**
 * The reviews as JSON-LD text, each `<` written `\u003c` (the same JSON value): the file is meant
 * for a page's `<script type="application/ld+json">`, where a note's or a quote's `</script>` would
 * otherwise end the script element and turn the rest into the page's HTML.
 */
export function serializeClaimReviews(input: ClaimReviewInput): string {
  return JSON.stringify(toClaimReviews(input), null, 2).replace(/</g, '\\u003c');
}

/** Reads a verdict back from a rating's `alternateName`; used to check the mapping round-trips. */
export function verdictFromRating(alternateName: string): Verdict | undefined {
  return (Object.keys(VERDICT_LABEL) as Verdict[]).find((v) => VERDICT_LABEL[v] === alternateName);
}
