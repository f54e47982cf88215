/**
 * The part of the app's stylesheet that the pre-rendered landing page's first frame needs
 * (build/static-shell.ts inlines it; the whole stylesheet follows as a file once that frame is
 * shown, app/app-requests.ts). Traced, the whole stylesheet inlined was most of the first frame's
 * extra cost over a static page: 37 KB to parse before the body, and a style recalc matching every
 * element against every rule.
 *
 * A rule is kept when one of its selectors matches an element of the page in any state the page
 * can have before the app runs: the saved theme and the layer choices the inline script applies
 * (`FIRST_FRAME_STATES`), and whatever is hovered or focused (those pseudo-classes are dropped
 * before matching, so a pre-rendered control keeps its hover and focus looks). Pseudo-elements
 * count as their element. Nothing is rewritten: a kept rule is the stylesheet's own text, in its
 * order, so the whole stylesheet loaded after it styles the page exactly as it did alone. Print
 * rules are left to the whole stylesheet. A selector the matcher cannot read is kept.
 *
 * e2e/critical-css.spec.ts checks the result in a real browser: the page styled by this part
 * alone must look and lay out as with the whole stylesheet.
 */
import { Window } from 'happy-dom';
import postcss, { type AtRule, type ChildNode, type Container, type Rule } from 'postcss';

/** An attribute the page's inline script may set before the first frame, and the values it may take. */
export interface FirstFrameState {
  /** The elements it is set on ('html' for the root). */
  on: string;
  attribute: string;
  /** `null`: not set at all. */
  values: ReadonlyArray<string | null>;
}

/**
 * What app/boot-layers-inline.ts may change before the first frame: the saved theme
 * (boot-prefs.ts `applyTheme`), the view mode and the pressed states of the legend
 * (boot-layers.ts `writeBootLegend`). The head's gate marks the landing address (static-shell.ts).
 */
export const FIRST_FRAME_STATES: readonly FirstFrameState[] = [
  { on: 'html', attribute: 'data-static-route', values: [''] },
  { on: 'html', attribute: 'data-theme', values: [null, 'light', 'dark'] },
  { on: '.workspace', attribute: 'data-mode', values: [null, 'analysis', 'reading'] },
  { on: '.mode-switch', attribute: 'aria-pressed', values: ['false', 'true'] },
  { on: '.legend-toggle', attribute: 'aria-pressed', values: ['true', 'false'] },
];

/** Pseudo-classes of what the reader does (hover, focus…): any element may be in that state. */
const STATE_CLASSES = new Set([
  'hover',
  'focus',
  'focus-visible',
  'focus-within',
  'active',
  'visited',
  'link',
  'any-link',
  'target',
  'target-within',
]);
/** Pseudo-elements written with one colon (CSS 2). */
const LEGACY_ELEMENTS = new Set(['before', 'after', 'first-line', 'first-letter']);

/**
 * `selector` with the pseudo-elements and the pseudo-classes of `STATE_CLASSES` taken out (outside
 * of `:not()`, `:is()` and the like, which are left as written), so that it matches the elements
 * those would style: `.a:hover::before` → `.a`, `::highlight(x)` → `*`.
 */
export function elementSelector(selector: string): string {
  let out = '';
  let depth = 0;
  let quote = '';
  for (let i = 0; i < selector.length;) {
    const c = selector[i];
    if (quote) {
      out += c;
      if (c === '\\') out += selector[i + 1] ?? '';
      if (c === quote) quote = '';
      i += c === '\\' ? 2 : 1;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    if (c === '(' || c === '[') depth++;
    if (c === ')' || c === ']') depth--;
    if (c === ':' && depth === 0) {
      const element = selector[i + 1] === ':';
      const start = i + (element ? 2 : 1);
      let end = start;
      while (end < selector.length && /[\w-]/.test(selector[end])) end++;
      const name = selector.slice(start, end).toLowerCase();
      if (element || STATE_CLASSES.has(name) || LEGACY_ELEMENTS.has(name)) {
        // Its argument too, as in ::highlight(name).
        if (selector[end] === '(') {
          let d = 0;
          do {
            if (selector[end] === '(') d++;
            if (selector[end] === ')') d--;
            end++;
          } while (d > 0 && end < selector.length);
        }
        // Nothing left of this compound selector: any element.
        const before = out.at(-1);
        const after = selector[end];
        if ((before === undefined || /[\s>+~(,]/.test(before)) && (after === undefined || /[\s>+~),:]/.test(after)))
          out += '*';
        i = end;
        continue;
      }
    }
    out += c;
    i++;
  }
  return out.trim();
}

/** Every combination of the states' values. */
type Combination = Array<[FirstFrameState, string | null]>;

function stateCombinations(states: readonly FirstFrameState[]): Combination[] {
  return states.reduce<Combination[]>(
    (combos, state) => combos.flatMap((combo) => state.values.map((v): Combination => [...combo, [state, v]])),
    [[]],
  );
}

export interface CriticalCss {
  css: string;
  /** Selectors kept because the matcher could not read them. */
  unread: string[];
}

/**
 * The rules of `css` that style `pageHtml` (the markup inside the app's root element) in any of
 * `states`.
 */
export function criticalCss(css: string, pageHtml: string, states = FIRST_FRAME_STATES): CriticalCss {
  const window = new Window();
  const doc = window.document;
  doc.body.innerHTML = `<div id="root">${pageHtml}</div>`;
  const elementsOf = (state: FirstFrameState) =>
    state.on === 'html' ? [doc.documentElement] : [...doc.querySelectorAll(state.on)];
  const set = (el: ReturnType<typeof elementsOf>[number], attribute: string, value: string | null) =>
    value === null ? el.removeAttribute(attribute) : el.setAttribute(attribute, value);
  const apply = (combo: Combination) => {
    for (const [state, value] of combo) for (const el of elementsOf(state)) set(el, state.attribute, value);
  };
  const asBuilt = states.flatMap((state) =>
    elementsOf(state).map((el) => {
      const value = el.getAttribute(state.attribute);
      return () => set(el, state.attribute, value);
    }),
  );
  // The page as built, then (only for a selector that names one of the states' attributes, as
  // few do) each combination of the values of the states it names.
  const inState = (bare: string) => {
    const named = states.filter((s) => bare.includes(s.attribute));
    if (named.length === 0) return false;
    try {
      return stateCombinations(named).some((combo) => {
        apply(combo);
        return doc.querySelector(bare) !== null;
      });
    } finally {
      for (const restore of asBuilt) restore();
    }
  };
  const unread: string[] = [];
  const matches = new Map<string, boolean>();
  const matchesAny = (selector: string): boolean => {
    const known = matches.get(selector);
    if (known !== undefined) return known;
    const bare = elementSelector(selector);
    let found: boolean;
    try {
      found = doc.querySelector(bare) !== null || inState(bare);
    } catch {
      unread.push(selector);
      found = true;
    }
    matches.set(selector, found);
    return found;
  };
  const root = postcss.parse(css);
  prune(root, (rule) => rule.selectors.some(matchesAny));
  root.walkComments((comment) => void comment.remove());
  void window.happyDOM.close();
  return { css: root.toString(), unread };
}

const isPrint = (at: AtRule) => at.name === 'page' || (at.name === 'media' && /^\s*print\s*$/i.test(at.params));
/** At-rules whose rules are matched one by one; any other at-rule (@font-face, @keyframes…) stays whole. */
const GROUPING = new Set(['media', 'supports', 'layer', 'container']);

/** Removes the style rules that `keep` refuses, print rules, and the groups left empty. */
function prune(container: Container<ChildNode>, keep: (rule: Rule) => boolean): void {
  for (const node of [...(container.nodes ?? [])]) {
    if (node.type === 'rule') {
      if (!keep(node)) node.remove();
    } else if (node.type === 'atrule') {
      if (isPrint(node)) node.remove();
      else if (GROUPING.has(node.name) && node.nodes) {
        prune(node, keep);
        if (node.nodes.length === 0) node.remove();
      }
    }
  }
}
