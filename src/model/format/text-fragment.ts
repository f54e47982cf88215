/**
 * Text Fragment links (`#:~:text=`) that scroll a browser to a quoted passage.
 * https://wicg.github.io/scroll-to-text-fragment/
 *
 * Short quotes go whole; long ones as `start,end` (a few words at each end), because browsers
 * match a whole `textStart` only within one block and very long fragments are fragile and ugly.
 * Context (`prefix-,` / `,-suffix`) is added only when it ends on a word boundary, since matching
 * is word-bounded and a half word would make the link match nothing.
 * Terms percent-encode `-`, `&` and `,` too: they are the directive's own syntax characters.
 */

const WHOLE_QUOTE_MAX = 80;
const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;

export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);

/**
 * Stored context is cut by length, so its far end may be half a word ("Resid"); that word is
 * dropped unless whitespace shows it is whole.
 */
function contextWords(context: string, side: 'prefix' | 'suffix'): string {
  const all = words(context);
  if (side === 'prefix') return (/^\s/.test(context) ? all : all.slice(1)).slice(-CONTEXT_WORDS).join(' ');
  return (/\s$/.test(context) ? all : all.slice(0, -1)).slice(0, CONTEXT_WORDS).join(' ');
}

export interface FragmentQuote {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** The directive after `#:~:`, e.g. `text=the%20missile`; null when the quote has no words. */
export function textDirective({ exact, prefix, suffix }: FragmentQuote): string | null {
  const all = words(exact);
  if (all.length === 0) return null;
  const parts: string[] = [];
  const before = prefix && /\s$/.test(prefix) ? contextWords(prefix, 'prefix') : '';
  if (before) parts.push(`${encodeFragmentTerm(before)}-`);
  const flat = all.join(' ');
  if (flat.length <= WHOLE_QUOTE_MAX || all.length <= 2 * EDGE_WORDS) {
    parts.push(encodeFragmentTerm(flat));
  } else {
    parts.push(
      encodeFragmentTerm(all.slice(0, EDGE_WORDS).join(' ')),
      encodeFragmentTerm(all.slice(-EDGE_WORDS).join(' ')),
    );
  }
  const after = suffix && /^\s/.test(suffix) ? contextWords(suffix, 'suffix') : '';
  if (after) parts.push(`-${encodeFragmentTerm(after)}`);
  return `text=${parts.join(',')}`;
}

/** `url` with any existing fragment replaced by a text directive for the quote. */
export function textFragmentUrl(url: string, quote: FragmentQuote): string | null {
  const directive = textDirective(quote);
  if (!directive) return null;
  return `${url.split('#')[0]}#:~:${directive}`;
}
