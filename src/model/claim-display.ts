/**
 * How a claim's words are shown, everywhere (Claims panel, finding card, notes, shared banner,
 * print notes, Markdown, CSV and ClaimReview exports): in quotation marks only when they are the
 * source's own words (`Claim.direct`). A paraphrase is shown as the article words it, never in
 * quotation marks, so a reader can never take reported speech for a quotation.
 */
import type { Claim } from '../engine/types';
import type { Annotation } from './annotation';
import { spanKey } from './corrections';
import { findSelector } from './selectors';

export type DisplayClaim = Pick<Claim, 'content' | 'kind'> & { direct?: boolean };

/** Analyses made before `direct` existed said it through `kind`. */
export function isDirectClaim(claim: DisplayClaim): boolean {
  return claim.direct ?? claim.kind === 'direct';
}

const OPENING = /^[\s“"„«»‘'‹›`]+/;
const CLOSING = /[\s”"“»«’'›‹,;:]+$/;
const OPENS_QUOTED = /^[“"„«‘‹]/;

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max).trimEnd()}…` : text;
}

/**
 * The claim's words for display: “…” around a direct quotation (its own marks and a trailing
 * comma dropped), the bare words of a paraphrase; cut to `max` characters with an ellipsis.
 */
export function claimDisplayText(claim: DisplayClaim, max = Infinity): string {
  const words = claim.content.text.replace(/\s+/g, ' ').trim();
  if (!isDirectClaim(claim)) return cut(words, max);
  return `“${cut(words.replace(OPENING, '').replace(CLOSING, ''), max)}”`;
}

type Findable = { id: string; start: number; end: number };

/**
 * The claim a claim annotation judges: its `claimId` is the claim's span key ("start-end", what
 * the reader stores) or, in older records, the claim's id.
 */
export function claimOf<C extends Findable>(
  a: Pick<Annotation, 'kind' | 'claimId'>,
  claims: readonly C[] | undefined,
): C | undefined {
  if (a.kind !== 'claim' || !a.claimId || !claims) return undefined;
  return claims.find((c) => spanKey(c) === a.claimId) ?? claims.find((c) => c.id === a.claimId);
}

/**
 * An annotation's passage for display: a highlight's passage is an excerpt of the article, in
 * quotation marks; a claim annotation shows its claim as `claimDisplayText` does, or, when the
 * analysis does not hold that claim, its passage without quotation marks.
 */
export function annotationDisplayText(
  a: Pick<Annotation, 'kind' | 'claimId' | 'selectors'>,
  claims: readonly (DisplayClaim & Findable)[] | undefined,
  max = Infinity,
): string {
  const passage = (findSelector(a.selectors, 'TextQuoteSelector')?.exact ?? '').replace(/\s+/g, ' ').trim();
  // A passage that opens with its own quotation mark is shown as it is, never as ““…”.
  if (a.kind !== 'claim') return OPENS_QUOTED.test(passage) ? cut(passage, max) : `“${cut(passage, max)}”`;
  const claim = claimOf(a, claims);
  return claim ? claimDisplayText(claim, max) : cut(passage, max);
}

/** What the Claims panel calls a claim whose speaker the analysis did not find. */
export const UNKNOWN_SPEAKER = 'Source unknown';

/**
 * Whose claim a claim annotation judges, named as the Claims panel names them (the speaker's name
 * as the article gives it, or "Source unknown"); undefined for a highlight, or for a claim the
 * analysis does not hold (not analysed yet, or a different text), or one that lies elsewhere than
 * the passage placed at `at`: an older record's id ("c1") may name another claim of this analysis,
 * and a verdict must never be pinned on someone else.
 */
export function annotationSpeaker(
  a: Pick<Annotation, 'kind' | 'claimId'>,
  claims: readonly (Findable & { speaker?: Pick<NonNullable<Claim['speaker']>, 'name'> | null })[] | undefined,
  at: { start: number; end: number },
): string | undefined {
  const claim = claimOf(a, claims);
  if (!claim || claim.end <= at.start || claim.start >= at.end) return undefined;
  return claim.speaker?.name.trim() || UNKNOWN_SPEAKER;
}
