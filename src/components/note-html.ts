/**
 * A note's Markdown made safe to show, and the text a reader sees in it. Raw HTML typed into a
 * note is shown as the text it is (marked's html tokens are escaped, never passed through), and
 * DOMPurify then strips anything that could still run or load (event handlers, javascript: URLs,
 * images). The note is sanitized once, into a fragment: a search's words are marked in that
 * fragment's text nodes (never in markup or an address) and the fragment is serialized, so what is
 * set as HTML is only ever the sanitizer's output plus <mark> elements made here.
 *
 * Notes search matches the note as it is seen (`noteShownText`), not its Markdown source: "**bold**"
 * shows as "bold", and a link's address is not on screen. Matching and marking read the same text,
 * so whatever finds a note is marked in it. Loaded with the renderer (marked + DOMPurify), on first
 * use; the Notes panel asks for it (use-note-text.ts).
 */
import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { findAll, type TextSpan } from '../model/find-text';

const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'hr',
];

const ALLOWED_ATTR = ['href', 'title'];

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const marked = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    html: ({ text }) => escapeHtml(text),
    image: ({ text }) => escapeHtml(text),
  },
});

/** Past this many marks in one note the rest is left plain (a one-letter search in a long note). */
const MAX_MARKS = 100;

/** Elements that end a line where they start and end: a search never runs across them. */
const BLOCKS = new Set(['P', 'PRE', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'H1', 'H2', 'H3', 'H4', 'HR']);
/** Stands for a block's edge in the shown text (a NUL: nothing typed matches it). */
const EDGE = '\0';

/** The note rendered and sanitized, once, as a fragment. */
function noteFragment(markdown: string): DocumentFragment {
  const html = marked.parse(markdown, { async: false });
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, RETURN_DOM_FRAGMENT: true });
}

interface ShownText {
  text: string;
  /** Each text node and where its text starts in `text`. */
  runs: Array<{ node: Text; at: number }>;
}

/**
 * The fragment's text as it reads: its text nodes in order, joined where they flow on one line
 * ("spoke **at length**" is "spoke at length") and parted by an edge where a block starts or ends.
 */
function shownText(root: Node): ShownText {
  let text = '';
  const runs: ShownText['runs'] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        runs.push({ node: child as Text, at: text.length });
        text += (child as Text).data;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        // A line break inside a paragraph reads as a space: a hard-wrapped note is searched across it.
        if ((child as Element).tagName === 'BR') {
          text += ' ';
          continue;
        }
        const block = BLOCKS.has((child as Element).tagName);
        if (block) text += EDGE;
        walk(child);
        if (block) text += EDGE;
      }
    }
  };
  walk(root);
  return { text, runs };
}

/** The words a reader sees in the note (block edges as NULs), for Notes search to match. */
export function noteShownText(markdown: string): string {
  // Most notes are plain sentences: no Markdown to render, no markup to sanitize, and rendering
  // 10,000 of them at the first keystroke held the page for seconds (review, stop 58).
  if (!MARKUP.test(markdown) && !LINE_MARKUP.test(markdown))
    return markdown
      .split(/\n[ \t]*\n/)
      .map((p) => p.replace(/\s*\n\s*/g, ' '))
      .join(EDGE + EDGE);
  return shownText(noteFragment(markdown)).text;
}
/** Characters that may make Markdown or HTML (emphasis, code, links, tags, entities, tables, escapes). */
const MARKUP = /[\\`*_[\]<>#|~&]/;
/** A line opening a list, a quotation or a heading underline. */
const LINE_MARKUP = /^\s*(?:[-+>=]|\d+[.)])/m;

/** Each span's part in each text node wrapped in a <mark>; a span across nodes gets one per node. */
function markSpans({ runs }: ShownText, spans: TextSpan[]) {
  for (const { node, at } of runs) {
    const end = at + node.data.length;
    const pieces = spans
      .filter((s) => s.start < end && s.end > at)
      .map((s) => ({ start: Math.max(s.start, at) - at, end: Math.min(s.end, end) - at }));
    if (!pieces.length) continue;
    const parts: Array<string | Node> = [];
    let from = 0;
    for (const p of pieces) {
      parts.push(node.data.slice(from, p.start));
      const mark = document.createElement('mark');
      mark.textContent = node.data.slice(p.start, p.end);
      parts.push(mark);
      from = p.end;
    }
    parts.push(node.data.slice(from));
    node.replaceWith(...parts);
  }
}

/** The note as safe HTML; with `highlight`, the words it finds in the note's shown text are marked. */
export function renderNoteHtml(markdown: string, highlight = ''): string {
  const root = noteFragment(markdown);
  if (highlight.trim()) {
    const shown = shownText(root);
    markSpans(shown, findAll(shown.text, highlight, MAX_MARKS));
  }
  const holder = document.createElement('div');
  holder.append(root);
  return holder.innerHTML;
}
