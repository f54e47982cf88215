/**
 * Markdown export for note apps (Obsidian, Logseq, Notion): YAML front matter (title, author,
 * source, url, date), a header with the same facts (the byline as the reader and print show it), the page note, then one section per highlight or
 * judged claim in reading order: a heading, the quote as a blockquote, a link back to the passage
 * (a Text Fragment on the web page, or the app's `#/read/<id>/a/<annotation>` link for a local
 * article), the claim's speaker, verdict and sources, the note and #tags.
 *
 * Quotes are article text, so Markdown and HTML in them are escaped: a quoted `<img onerror>`
 * must stay text in an app that renders HTML. Notes are Markdown and pass through, but their HTML
 * is made text (`escapeNoteHtml`), as the reader shows it: a note may come from a share link or an
 * import, and a note app that renders HTML would otherwise run or load what the reader showed as text.
 * Optional [[wikilinks]] name each entity by its canonical name wherever any of its forms occurs
 * ("Putin" → `[[Vladimir Putin|Putin]]`), at word boundaries, never inside an existing wikilink
 * or a URL.
 */
import type { Analysis, Claim, Entity } from '../../engine/types';
import { VERDICT_LABEL, type Annotation } from '../annotation';
import type { ArticleMeta } from '../article';
import { claimDisplayText, claimOf } from '../claim-display';
import { oneLine } from '../one-line';
import { findSelector } from '../selectors';
import { appReadUrl, passageUrl, webUrlOf } from './article-link';
import type { ColorLabels } from './backup';

export { webUrlOf };

/** One form of an entity's name as the text has it, and the entity's canonical name. */
export interface WikilinkTarget {
  form: string;
  canonical: string;
}

export interface MarkdownInput {
  article: Pick<ArticleMeta, 'id' | 'title' | 'origin' | 'source' | 'date' | 'byline'>;
  annotations: readonly Annotation[];
  labels?: ColorLabels;
  /** Names to turn into [[wikilinks]]: bare names, or forms with their canonical name. */
  wikilinks?: readonly (string | WikilinkTarget)[];
  /** ISO time of the export, written to the front matter when given. */
  exportedAt?: string;
  /** The analysis' claims: a judged claim is written with its speaker and words. */
  claims?: readonly Claim[];
  /** The analysis' entities: a speaker is named by its entity's canonical name. */
  entities?: readonly Entity[];
  /** The app's address, for links back to a local article. */
  appBase?: string;
}

/**
 * Markdown's own syntax in `text` made literal. An `&` that starts an entity reference ("&amp;",
 * "&#x202e;") is escaped too, or the note app would show the character it names: "&amp;" as "&",
 * and "&#x202e;" as the direction override the header's cleaning cut. A lone `&` ("AT&T") is text
 * already and stays as written.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/^(\s*)([#+-])(?=\s)/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.');
}

/** An autolink (`<https://…>`, `<mailto:…>`, `<name@host>`): Markdown, not HTML, so kept. */
const AUTOLINK =
  /^<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)>/;
/** A fence line opening or closing a fenced code block. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Escapes each `<` that could open HTML (a tag, comment or declaration) in Markdown outside code spans. */
function escapeInlineHtml(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') {
      out += text.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      // A code span: a run of backticks up to the next run of the same length, kept as written.
      const run = /^`+/.exec(text.slice(i))![0];
      const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
      close.lastIndex = i + run.length;
      const end = close.exec(text);
      const to = end ? end.index + run.length : i + run.length;
      out += text.slice(i, to);
      i = to;
    } else if (c === '<') {
      const auto = AUTOLINK.exec(text.slice(i));
      if (auto) {
        out += auto[0];
        i += auto[0].length;
      } else {
        out += /[A-Za-z/!?]/.test(text[i + 1] ?? '') ? '\\<' : '<';
        i += 1;
      }
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/**
 * A note's HTML made text, the rest of its Markdown kept: the reader shows a note's `<b>`, `<img
 * onerror>` or `<script>` as the characters typed (note-html.ts escapes marked's html tokens), so
 * its export does too. Fenced code and code spans are left as written (they are text already).
 */
export function escapeNoteHtml(note: string): string {
  const out: string[] = [];
  let prose: string[] = [];
  let fence: string | undefined;
  const flush = () => {
    if (prose.length) out.push(escapeInlineHtml(prose.join('\n')));
    prose = [];
  };
  for (const line of note.split('\n')) {
    const f = FENCE.exec(line)?.[1];
    if (fence) {
      out.push(line);
      if (f && f[0] === fence[0] && f.length >= fence.length && !line.slice(line.indexOf(f) + f.length).trim())
        fence = undefined;
    } else if (f) {
      flush();
      out.push(line);
      fence = f;
    } else prose.push(line);
  }
  flush();
  return out.join('\n');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Characters a wikilink target cannot hold in Obsidian or Logseq. */
const linkSafe = (s: string) => s.replace(/[[\]|#^]/g, '').trim();

/** Wraps each name's forms in [[ ]] where they stand as whole words; longest forms win. */
export function addWikilinks(text: string, names: readonly (string | WikilinkTarget)[]): string {
  const canonicalOf = new Map<string, string>();
  for (const n of names) {
    const t = typeof n === 'string' ? { form: n, canonical: n } : n;
    const form = t.form.trim();
    if (form && linkSafe(t.canonical) && !canonicalOf.has(form)) canonicalOf.set(form, linkSafe(t.canonical));
  }
  const forms = [...canonicalOf.keys()].sort((a, b) => b.length - a.length);
  if (!forms.length) return text;
  const pattern = new RegExp(
    `(\\[\\[[^\\]]*\\]\\]|https?:\\/\\/\\S+)|(?<![\\p{L}\\p{N}_])(${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`,
    'gu',
  );
  return text.replace(pattern, (match, keep: string | undefined) => {
    if (keep) return match;
    const canonical = canonicalOf.get(match)!;
    return canonical === match ? `[[${match}]]` : `[[${canonical}|${match}]]`;
  });
}

/** Tags as `#tag`: spaces become hyphens, characters tag syntax cannot hold are dropped. */
export function hashtag(tag: string): string {
  const clean = tag
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}_/-]/gu, '');
  return clean ? `#${clean}` : '';
}

/**
 * A heading's text, already escaped, whose closing run of `#` after a space ("Results of round #")
 * would be read as the heading's optional closing sequence and dropped: its first `#` is escaped.
 */
export const headingText = (escaped: string): string => escaped.replace(/(^|[ \t])(#+)[ \t]*$/, '$1\\$2');

const yaml = (s: string) => JSON.stringify(s);
const positionOf = (a: Annotation) => findSelector(a.selectors, 'TextPositionSelector')?.start ?? Infinity;

/** A claim's speaker by the canonical name of its entity when the analysis has one. */
export function speakerName(claim: Claim | undefined, entities: readonly Entity[] | undefined): string | undefined {
  const speaker = claim?.speaker;
  if (!speaker) return undefined;
  return (speaker.entityId && entities?.find((e) => e.id === speaker.entityId)?.name) || speaker.name;
}

function section(a: Annotation, n: number, input: MarkdownInput): string {
  const names = input.wikilinks ?? [];
  const link = (s: string) => addWikilinks(s, names);
  const quote = findSelector(a.selectors, 'TextQuoteSelector');
  const claim = claimOf(a, input.claims);
  const speaker = speakerName(claim, input.entities);
  const verdict = a.verdict ? (VERDICT_LABEL[a.verdict] ?? a.verdict) : undefined;
  const label = a.color ? input.labels?.[a.color] || a.color : undefined;

  const title = [`${n}`];
  if (a.kind === 'claim') title.push(speaker ? `Claim by ${link(escapeMarkdown(speaker))}` : 'Claim');
  else if (label) title.push(escapeMarkdown(label));
  if (verdict) title.push(verdict);
  const lines = [`### ${headingText(title.join(' · '))}`, ''];

  if (quote)
    lines.push(
      ...link(escapeMarkdown(quote.exact))
        .split(/\r?\n/)
        .map((l) => `> ${l}`.trimEnd()),
      '',
    );
  const url = passageUrl(input.article, a, input.appBase);
  if (url) lines.push(`[Open the passage](<${url}>)`, '');

  const facts: string[] = [];
  if (a.kind === 'claim') {
    facts.push(`- Speaker: ${speaker ? link(escapeMarkdown(speaker)) : '*unattributed*'}`);
    if (claim) facts.push(`- Claim: ${escapeMarkdown(claimDisplayText(claim))}`);
  }
  if (verdict) facts.push(`- Verdict: **${verdict}**`);
  const sources = a.links ?? [];
  if (sources.length) facts.push('- Sources:', ...sources.map((s) => `  - <${s}>`));
  if (facts.length) lines.push(...facts, '');

  if (a.note) lines.push(link(escapeNoteHtml(a.note)), '');
  const tags = a.tags.map(hashtag).filter(Boolean);
  if (tags.length) lines.push(tags.join(' '), '');
  return lines.join('\n');
}

export function toMarkdown(input: MarkdownInput): string {
  const { article } = input;
  const web = webUrlOf(article);
  const url = web ?? (input.appBase ? appReadUrl(input.appBase, article) : undefined);
  const live = input.annotations.filter((a) => !a.deleted);
  // Each field on its one line (one-line.ts, the share header's cleaning): a byline from a backup
  // may hold a line break ("By Jane\nDoe") that would end its "- By:" line; JSON.stringify escapes
  // C0 in the front matter but lets DEL and C1 through, which YAML refuses; an override would turn
  // the title round in the note app.
  const title = oneLine(article.title);
  const byline = oneLine(article.byline ?? '');
  const source = oneLine(article.source ?? '');
  const date = oneLine(article.date ?? '');
  const front = ['---', `title: ${yaml(title)}`];
  if (byline) front.push(`author: ${yaml(byline)}`);
  if (source) front.push(`source: ${yaml(source)}`);
  if (url) front.push(`url: ${yaml(url)}`);
  if (date) front.push(`date: ${yaml(date)}`);
  if (input.exportedAt) front.push(`exported: ${yaml(input.exportedAt)}`);
  front.push('---', '');

  const out = [...front, `# ${headingText(escapeMarkdown(title))}`, ''];
  const header: string[] = [];
  if (byline) header.push(`- By: ${escapeMarkdown(byline)}`);
  if (source) header.push(`- Source: ${escapeMarkdown(source)}`);
  if (date) header.push(`- Date: ${escapeMarkdown(date)}`);
  if (url) header.push(`- URL: <${url}>`);
  if (header.length) out.push(...header, '');

  for (const note of live.filter((a) => a.kind === 'page-note'))
    out.push('## Page note', '', addWikilinks(escapeNoteHtml(note.note), input.wikilinks ?? []), '');
  const passages = live.filter((a) => a.kind !== 'page-note').sort((x, y) => positionOf(x) - positionOf(y));
  if (passages.length) out.push('## Highlights', '');
  passages.forEach((a, i) => out.push(section(a, i + 1, input), '---', ''));
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

/**
 * Every form the article uses for an entity (its canonical name, aliases and mentions), with the
 * canonical name, for Markdown [[wikilinks]]. A form two entities share is left unlinked.
 */
export function wikilinkTargets(analysis: Pick<Analysis, 'entities' | 'mentions'> | undefined): WikilinkTarget[] {
  const canonical = new Map<string, string | null>();
  const add = (form: string, name: string) => {
    const f = form.trim();
    if (!f) return;
    const had = canonical.get(f);
    canonical.set(f, had === undefined || had === name ? name : null);
  };
  const byId = new Map((analysis?.entities ?? []).map((e) => [e.id, e]));
  for (const e of byId.values()) {
    add(e.name, e.name);
    for (const alias of e.aliases) add(alias, e.name);
  }
  for (const m of analysis?.mentions ?? []) {
    const e = byId.get(m.entityId);
    if (e) add(m.text, e.name);
  }
  return [...canonical]
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([form, name]) => ({ form, canonical: name }))
    .sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
}
