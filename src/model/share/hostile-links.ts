/**
 * Share links crafted to make the recipient's tab work as hard as the limits allow (issue 14,
 * defect 6), for the unit test, the end-to-end test and the bench. Each is a few kilobytes: the
 * text and the quotes are repetitive, so DEFLATE shrinks them a thousandfold.
 */
import { deflateSync } from 'fflate';
import { encodeBase64Url } from './base64url';
import { LIMITS } from './share-wire';

function fragmentOf(payload: unknown): string {
  const bytes = deflateSync(new TextEncoder().encode(JSON.stringify(payload)), { level: 9 });
  return `#/share/1.${encodeBase64Url(bytes)}`;
}

/**
 * A 1,000,000-character pasted text of one letter and 500 elided quotes whose head matches at
 * every offset but whose tail matches nowhere: restoring each looked at every occurrence of its head.
 */
export function elidedQuoteFlood(): string {
  const text = 'a'.repeat(LIMITS.text);
  const quote = ['a'.repeat(12), 'a'.repeat(11) + 'b', 4_000];
  return fragmentOf({
    v: 1,
    a: ['t', 'Crafted', text],
    n: Array.from({ length: LIMITS.annotations }, (_, i) => [quote, i * 1_000]),
    t: 0,
  });
}

/**
 * A 500,000-character pasted text and 300 quotes of 5,000 characters, each one letter off the
 * text (the same letter in each), so none is found exactly and each runs the fuzzy search over the whole text.
 */
export function nearMissQuotes(): string {
  const unit = 'the quick brown fox jumps over the lazy dog ';
  // Half the text limit: with the quotes it fills the 2 MB the decoder inflates at most.
  const text = unit.repeat(Math.floor(LIMITS.text / 2 / unit.length));
  const base = text.slice(0, LIMITS.quote);
  const quote = base.slice(0, 2_500) + 'Z' + base.slice(2_501);
  return fragmentOf({
    v: 1,
    a: ['t', 'Crafted', text],
    n: Array.from({ length: 300 }, (_, i) => [quote, i * 3_000]),
    t: 0,
  });
}
