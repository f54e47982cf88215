/**
 * The part of the app's stylesheet the pre-rendered landing page needs for its first frame: every
 * rule that may apply to an element of that page, in any state it can be in (theme, view mode,
 * hover, focus, a narrow screen, print), and no rule that cannot. The whole stylesheet is applied
 * right after that frame (build/static-shell.ts), so the page looks the same once it is in; the
 * first frame only parses, matches and styles a third of it.
 *
 * Deliberately generous: a rule stays when any of its selectors may match once the page's
 * attributes and interactive states are disregarded, when a selector cannot be tested, and for
 * every at-rule that is not a condition on its rules (@font-face, @keyframes, @property, @page…).
 * Rules stay whole and in their order, so the cascade among them is the stylesheet's.
 */

export interface CssBlock {
  /** The selector list or at-rule prelude, trimmed. */
  prelude: string;
  /** What is between the braces; null for a statement ending in `;` (`@charset`, `@layer a, b;`). */
  body: string | null;
}

/** Skips a string or comment starting at `i`; returns the index after it, or `i` if none starts there. */
function skipQuoted(css: string, i: number): number {
  const c = css[i];
  if (c === '"' || c === "'") {
    let j = i + 1;
    while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (c === '/' && css[i + 1] === '*') {
    const end = css.indexOf('*/', i + 2);
    return end < 0 ? css.length : end + 2;
  }
  return i;
}

/** The top-level rules and at-rules of `css`, in order (comments dropped). */
export function cssBlocks(css: string): CssBlock[] {
  const out: CssBlock[] = [];
  let prelude = '';
  let i = 0;
  while (i < css.length) {
    const skipped = skipQuoted(css, i);
    if (skipped !== i) {
      if (css[i] !== '/') prelude += css.slice(i, skipped);
      i = skipped;
      continue;
    }
    const c = css[i];
    if (c === ';') {
      if (prelude.trim()) out.push({ prelude: prelude.trim(), body: null });
      prelude = '';
      i++;
    } else if (c === '{') {
      let depth = 1;
      let j = i + 1;
      while (j < css.length && depth > 0) {
        const next = skipQuoted(css, j);
        if (next !== j) {
          j = next;
          continue;
        }
        if (css[j] === '{') depth++;
        else if (css[j] === '}') depth--;
        j++;
      }
      out.push({ prelude: prelude.trim(), body: css.slice(i + 1, j - 1) });
      prelude = '';
      i = j;
    } else {
      prelude += c;
      i++;
    }
  }
  return out;
}

/** At-rules whose rules apply only under a condition: kept with the rules inside that may apply. */
const CONDITIONAL = new Set(['media', 'supports', 'container', 'layer', 'scope']);

/** Splits a selector list at its top-level commas (not those inside `:is(a, b)` or `[x="a,b"]`). */
export function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const skipped = skipQuoted(list, i);
    if (skipped !== i) {
      i = skipped - 1;
      continue;
    }
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out.filter(Boolean);
}

/**
 * The rules of `css` of which some selector `mayMatch`, with the conditional at-rules that hold
 * any, and every other at-rule; minified input in, the same text for each kept rule out.
 */
export function criticalCss(css: string, mayMatch: (selector: string) => boolean): string {
  let out = '';
  for (const { prelude, body } of cssBlocks(css)) {
    if (body === null) {
      out += `${prelude};`;
      continue;
    }
    const at = /^@([\w-]+)/.exec(prelude)?.[1]?.toLowerCase();
    if (at && CONDITIONAL.has(at)) {
      const inner = criticalCss(body, mayMatch);
      if (inner) out += `${prelude}{${inner}}`;
    } else if (at || splitSelectors(prelude).some(mayMatch)) out += `${prelude}{${body}}`;
  }
  return out;
}

/**
 * Pseudo-classes for states the page may be in at any time (pointer, focus, form states, the
 * address's target), and pseudo-elements: what remains of a selector without them matches a
 * superset of the elements.
 */
const STATES = [
  'hover',
  'focus',
  'focus-visible',
  'focus-within',
  'active',
  'visited',
  'link',
  'any-link',
  'target',
  'checked',
  'disabled',
  'enabled',
  'indeterminate',
  'placeholder-shown',
  'open',
  'popover-open',
  'modal',
  'empty',
  'invalid',
  'valid',
  'user-invalid',
  'user-valid',
];
const PSEUDO_ELEMENT =
  /::?(?:before|after|first-line|first-letter|marker|placeholder|selection|backdrop|file-selector-button|-webkit-[\w-]+|-moz-[\w-]+)\b|::[\w-]+(?:\([^()]*\))?/g;
const STATE = new RegExp(`:(?:${STATES.join('|')})(?![\\w-])`, 'g');
/** Attribute tests the page's scripts change (theme, view mode, pressed, expanded…): dropped. */
const ATTRIBUTE = /\[[^\]]*\]/g;

/**
 * `selector` without pseudo-elements, interactive states and attribute tests: matches every
 * element the selector could match in any of those states. A part left empty becomes `*`.
 */
export function loosenSelector(selector: string): string {
  const loose = selector.replace(PSEUDO_ELEMENT, '').replace(STATE, '').replace(ATTRIBUTE, '');
  // "a > " or "> b" or "" after the removals: an empty compound stands for any element (one
  // left empty inside `:not()` or `:is()` is not filled: the selector then fails and is kept).
  return loose
    .replace(/(^|[\s>+~])(?=\s*(?:$|[>+~]))/g, '$1*')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether `selector` may match an element of `doc` in some state: tested loosened. Kept untested
 * when a pseudo-class other than `:root` is left (`:not()`, `:has()`, `:nth-child()`…: a DOM
 * without a browser's selector engine may not know it, and would quietly match nothing), or when
 * the DOM cannot parse it.
 */
export function selectorMayMatch(doc: Document): (selector: string) => boolean {
  return (selector) => {
    const loose = loosenSelector(selector);
    if (/:(?!root(?![\w-]))/.test(loose)) return true;
    try {
      return doc.querySelector(loose) !== null;
    } catch {
      return true;
    }
  };
}
