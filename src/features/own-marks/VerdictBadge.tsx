/**
 * The reader's verdict on a claim, as a badge: a glyph and the word, never the colour alone, so
 * it reads the same to a colour-blind reader and in print. Used in the Claims panel and the card;
 * the text shows the same glyph and word at the end of the claim's paragraph (own-marks.css).
 */
import { VERDICT_GLYPH, VERDICT_LABEL, type Verdict } from '../../model/annotation';
import './own-marks.css';

export { VERDICT_GLYPH };

/** "✓ Supported": the text the paragraph's badge shows. */
export const verdictBadgeText = (v: Verdict) => `${VERDICT_GLYPH[v]} ${VERDICT_LABEL[v]}`;

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className="verdict-badge" data-verdict={verdict}>
      <span aria-hidden="true">{VERDICT_GLYPH[verdict]}</span> Your verdict: {VERDICT_LABEL[verdict]}
    </span>
  );
}
