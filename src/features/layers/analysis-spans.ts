/**
 * The spans each analysis layer paints, worked out once per analysis: the names by type in one
 * pass over the mentions, and the claims' cues and speakers. Filtering the mentions once per type
 * in the effect that paints them walked a 1 MB article's tens of thousands of mentions three times,
 * in the task where the analysis arrives (with the collector's work it caused, the longest task of
 * a reload with 10,000 annotations), and again at every layer toggle.
 */
import type { Analysis, Mention } from '../../engine/types';
import type { Span } from '../../anchoring/highlight/painter';

export interface AnalysisSpans {
  person: readonly Mention[];
  place: readonly Mention[];
  organization: readonly Mention[];
  /** Each claim's cue, in the claims' order. */
  claimCue: readonly Span[];
  /** Each claim's speaker when it is a span of the text (not an unknown or empty one). */
  claimSpeaker: readonly Span[];
}

const cache = new WeakMap<Analysis, AnalysisSpans>();

export function analysisSpans(analysis: Analysis): AnalysisSpans {
  let spans = cache.get(analysis);
  if (!spans) {
    const person: Mention[] = [];
    const place: Mention[] = [];
    const organization: Mention[] = [];
    const byType = { person, place, organization };
    // A type no layer paints (none today) is left out, as the filters left it.
    for (const m of analysis.mentions) (byType[m.type] as Mention[] | undefined)?.push(m);
    const claimCue: Span[] = [];
    const claimSpeaker: Span[] = [];
    for (const c of analysis.claims) {
      claimCue.push(c.cue);
      if (c.speaker && c.speaker.end > c.speaker.start) claimSpeaker.push(c.speaker);
    }
    spans = { person, place, organization, claimCue, claimSpeaker };
    cache.set(analysis, spans);
  }
  return spans;
}
