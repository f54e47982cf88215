/**
 * Row quote.after-claim.not-in-dialogue (lexicon/claims-28.ts): is the text written as dialogue —
 * many of its quotation paragraphs short turns, questions or exclamations — as fiction is and
 * news is not? Decided once per text from the quotations alone.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { NOT_AFTER_CLAIM_IN_DIALOGUE } from '../lexicon/claims-28';
import type { CCtx } from './claim-context';

const { turnWords, turnEnds, minTurns, minShare } = NOT_AFTER_CLAIM_IN_DIALOGUE.value;

/** Does quotation `qi` open its paragraph? */
export function opensParagraph(cx: CCtx, qi: number): boolean {
  const o = cx.q.quotes[qi].openTok;
  return o === 0 || (o > 0 && (cx.t.flags[o] & Flag.NewLine) !== 0);
}

export function isDialogueText(cx: CCtx): boolean {
  const { t, q } = cx;
  let paragraphs = 0,
    turns = 0;
  for (let qi = 0; qi < q.quotes.length; qi++) {
    const x = q.quotes[qi];
    if (x.continues >= 0 || !opensParagraph(cx, qi)) continue;
    paragraphs++;
    let words = 0;
    for (let i = x.ta; i < x.tb && words <= turnWords; i++) if (t.kind[i] === Kind.Word) words++;
    const last = x.tb > x.ta ? cx.text[t.end[x.tb - 1] - 1] : '';
    if (words <= turnWords || turnEnds.includes(last)) turns++;
  }
  return turns >= minTurns && turns >= minShare * paragraphs;
}
