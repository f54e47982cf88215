/**
 * A verdict that came in a share link, shown where the claim is: a small badge right after the
 * claim's last character ("⇄ Disputed · Alice"), named for screen readers "Disputed (Alice)", for
 * as long as the shared layer is up. The banner lists the verdicts too, but a reader reading the
 * text must meet the sender's judgement beside the words it judges.
 *
 * The badge is an element with no text node of its own: its words are CSS generated content from
 * `data-label` (shared-layer.css) and its name is `aria-label`. So the text map, selection, find,
 * copy and every anchor see the article's characters exactly as before; only the text node the
 * badge sits in is split, and live ranges follow a split. Taking the badges out merges the split
 * nodes back (Node.normalize), as the print markers do (PrintNotes.tsx). The body's blocks are
 * plain DOM (render-blocks.ts), never re-rendered by React, so nothing puts the text back over a
 * badge. A claim whose paragraph is not in the page yet gets its badge when the paragraph arrives.
 *
 * Every word on the badge is the link's data, set as an attribute, never as HTML.
 */
import { useEffect } from 'react';
import type { TextMap } from '../../anchoring/text-map';
import { VERDICT_GLYPH, VERDICT_LABEL, type Verdict } from '../../model/annotation';
import type { Anchored, Placed } from '../../model/anchored';
import { headerLine } from '../../model/share/header-text';
import { LIMITS } from '../../model/share/share-limits';

/** A sharer's name on the badge itself: short, so the badge never runs off a phone's line. */
const NAME_ON_BADGE = 20;

export interface SharedVerdictLabel {
  /** What the badge shows: glyph, verdict, and the sender's first characters. */
  text: string;
  /** Its accessible name: "Disputed (Alice)", or "Disputed" from an unnamed sender. */
  name: string;
  /** The tooltip: "Verdict shared by Alice: Disputed". */
  title: string;
}

/** The badge's words for a verdict and a sender's name (cleaned to one line: it is link data). */
export function sharedVerdictLabel(verdict: Verdict, sharer?: string): SharedVerdictLabel {
  const word = VERDICT_LABEL[verdict] ?? verdict;
  const glyph = VERDICT_GLYPH[verdict] ?? '';
  const name = sharer ? headerLine(sharer, LIMITS.sharer) : '';
  const short = name ? headerLine(name, NAME_ON_BADGE) : '';
  return {
    text: `${glyph} ${word}${short ? ` · ${short}` : ''}`,
    name: name ? `${word} (${name})` : word,
    title: name ? `Verdict shared by ${name}: ${word}` : `Shared verdict: ${word}`,
  };
}

function badgeFor(verdict: Verdict, sharer?: string): HTMLElement {
  const label = sharedVerdictLabel(verdict, sharer);
  const badge = document.createElement('span');
  badge.className = 'shared-verdict-mark';
  badge.dataset.verdict = verdict;
  badge.dataset.label = label.text;
  badge.setAttribute('role', 'img');
  badge.setAttribute('aria-label', label.name);
  badge.title = label.title;
  return badge;
}

/** Puts a badge after each placed, judged passage in `placed` that has none yet and is in the body. */
function insertBadges(
  map: TextMap,
  placed: readonly Placed[],
  sharer: string | undefined,
  done: Map<Placed, HTMLElement>,
) {
  // From the last passage backwards, so a badge never moves where an earlier one goes.
  const judged = placed.filter((p) => p.annotation.verdict && !done.has(p)).sort((a, b) => b.end - a.end);
  for (const p of judged) {
    const at = map.range(p.start, p.end);
    // Only in the body's blocks (plain DOM): the title is React's to render.
    const host = at?.endContainer.parentElement;
    if (!at || !host?.closest('.article-body')) continue;
    at.collapse(false);
    const badge = badgeFor(p.annotation.verdict!, sharer);
    at.insertNode(badge);
    done.set(p, badge);
  }
}

export function useSharedVerdictMarks(map: TextMap | null, anchored: Anchored | null, sharer?: string): void {
  useEffect(() => {
    if (!map || !anchored || !anchored.placed.some((p) => p.annotation.verdict)) return;
    const done = new Map<Placed, HTMLElement>();
    insertBadges(map, anchored.placed, sharer, done);
    const stopGrow = map.onGrow(() => insertBadges(map, anchored.placed, sharer, done));
    return () => {
      stopGrow();
      const parents = new Set<Node>();
      for (const badge of done.values()) {
        if (badge.parentNode) parents.add(badge.parentNode);
        badge.remove();
      }
      for (const parent of parents) parent.normalize();
    };
  }, [map, anchored, sharer]);
}
