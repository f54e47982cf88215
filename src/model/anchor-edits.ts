/**
 * Edited articles with ground truth, for the anchoring property test (test support only).
 *
 * An edit script (insertions, deletions, rewrites, duplicated sentences, moved paragraphs) is
 * applied to a real article while every character carries its provenance: the offset it had in the
 * original, or -1 when the edit wrote it. That says, for each passage marked on the original, where
 * it is now: intact (all its characters, in order, side by side), edited (some survive), or gone.
 * A duplicated sentence is new text (-1), so landing on the copy of a marked passage is a wrong
 * place, exactly as a reader would see it.
 */

export interface Doc {
  text: string;
  /** Original offset of each character, -1 for characters an edit wrote. */
  prov: number[];
}

export const EDIT_KINDS = [
  'insert-sentence',
  'insert-words',
  'delete-sentence',
  'delete-paragraph',
  'delete-words',
  'rewrite-sentence',
  'rewrite-word',
  'typo',
  'duplicate-sentence',
  'duplicate-sentence-elsewhere',
  'move-paragraph',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

export interface Edit {
  kind: EditKind;
  /** Free choices (which sentence, where, what), reduced modulo what the text offers. */
  a: number;
  b: number;
}

export const MARK_KINDS = ['sentence', 'sentence-tail', 'phrase', 'word', 'two-sentences', 'repeated'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export interface Mark {
  kind: MarkKind;
  a: number;
  b: number;
}

interface Span {
  start: number;
  end: number;
}

export const docOf = (text: string): Doc => ({ text, prov: Array.from(text, (_, i) => i) });

function splice(doc: Doc, start: number, end: number, text: string, prov?: number[]): Doc {
  return {
    text: doc.text.slice(0, start) + text + doc.text.slice(end),
    prov: [...doc.prov.slice(0, start), ...(prov ?? new Array<number>(text.length).fill(-1)), ...doc.prov.slice(end)],
  };
}

/** Sentences as spans that include their trailing spaces (not line breaks), so deleting one leaves clean text. */
export function sentencesOf(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\s][^\n]*?(?:[.!?]+["”’)]*(?=\s|$)|(?=\n)|$) */g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Paragraphs as spans including the line breaks after them. */
export function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+\n*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function wordsOf(text: string, within: Span): Span[] {
  const out: Span[] = [];
  const re = /[^\s]+/g;
  const part = text.slice(within.start, within.end);
  for (let m = re.exec(part); m; m = re.exec(part)) {
    out.push({ start: within.start + m.index, end: within.start + m.index + m[0].length });
  }
  return out;
}

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

/**
 * Applies one edit. `pool` holds sentences from other articles, written in where an edit adds text.
 * An edit that finds nothing to act on (no paragraph to move in a one-paragraph text) is a no-op.
 */
export function applyEdit(doc: Doc, edit: Edit, pool: readonly string[]): Doc {
  const { text } = doc;
  const sentences = sentencesOf(text);
  const paragraphs = paragraphsOf(text);
  const s = pick(sentences, edit.a);
  const fresh = pool[edit.b % pool.length];
  if (!s) return doc;
  switch (edit.kind) {
    case 'insert-sentence': {
      const at = edit.b % 2 ? s.end : s.start;
      return splice(doc, at, at, fresh.trim() + ' ');
    }
    case 'insert-words': {
      const w = pick(wordsOf(text, s), edit.b);
      if (!w) return doc;
      const words = fresh.split(/\s+/).slice(0, 1 + (edit.b % 4));
      return splice(doc, w.start, w.start, words.join(' ') + ' ');
    }
    case 'delete-sentence':
      return splice(doc, s.start, s.end, '');
    case 'delete-paragraph': {
      const p = pick(paragraphs, edit.a)!;
      return splice(doc, p.start, p.end, '');
    }
    case 'delete-words': {
      const words = wordsOf(text, s);
      const first = edit.b % Math.max(1, words.length);
      const last = Math.min(words.length - 1, first + (edit.a % 3));
      if (!words.length) return doc;
      const end = last + 1 < words.length ? words[last + 1].start : words[last].end;
      return splice(doc, words[first].start, end, '');
    }
    case 'rewrite-sentence': {
      const trailing = /\s*$/.exec(text.slice(s.start, s.end))![0];
      return splice(doc, s.start, s.end, fresh.trim() + trailing);
    }
    case 'rewrite-word': {
      const w = pick(wordsOf(text, s), edit.b);
      const replacement = pick(fresh.split(/\s+/), edit.a);
      return w && replacement ? splice(doc, w.start, w.end, replacement) : doc;
    }
    case 'typo': {
      const at = s.start + (edit.b % Math.max(1, s.end - s.start));
      const c = text[at];
      if (!c || /\s/.test(c)) return doc;
      return splice(doc, at, at + 1, c === 'e' ? 'a' : 'e');
    }
    case 'duplicate-sentence': {
      const copy = text.slice(s.start, s.end).trimEnd() + ' ';
      return splice(doc, s.end, s.end, /\s$/.test(text.slice(s.start, s.end)) ? copy : ' ' + copy.trimEnd());
    }
    case 'duplicate-sentence-elsewhere': {
      const at = pick(sentences, edit.b)!.start;
      return splice(doc, at, at, text.slice(s.start, s.end).trimEnd() + ' ');
    }
    case 'move-paragraph': {
      if (paragraphs.length < 2) return doc;
      const p = pick(paragraphs, edit.a)!;
      let moved = text.slice(p.start, p.end);
      let prov = doc.prov.slice(p.start, p.end);
      if (!moved.endsWith('\n')) {
        moved += '\n';
        prov = [...prov, -1];
      }
      const without = splice(doc, p.start, p.end, '');
      const targets = paragraphsOf(without.text).map((q) => q.start);
      const at = targets[edit.b % targets.length];
      return splice(without, at, at, moved, prov);
    }
  }
}

/** Word n-grams (1–4 words) that occur more than once: the quotes a twin can be confused with. */
function repeatedPhrases(text: string): Span[] {
  const words = wordsOf(text, { start: 0, end: text.length });
  const seen = new Map<string, Span[]>();
  for (let n = 1; n <= 4; n++) {
    for (let i = 0; i + n <= words.length; i++) {
      const span = { start: words[i].start, end: words[i + n - 1].end };
      const key = text.slice(span.start, span.end);
      if (key.length < 4 || key.includes('\n')) continue;
      const list = seen.get(key) ?? [];
      list.push(span);
      seen.set(key, list);
    }
  }
  return [...seen.values()].filter((l) => l.length > 1).flat();
}

/** The passage a reader marks on the original text, or null when the text offers none of that kind. */
export function markOn(text: string, mark: Mark): Span | null {
  const sentences = sentencesOf(text);
  const s = pick(sentences, mark.a);
  if (!s) return null;
  const words = wordsOf(text, s);
  const trimmed = { start: s.start, end: s.start + text.slice(s.start, s.end).trimEnd().length };
  switch (mark.kind) {
    case 'sentence':
      return trimmed;
    case 'sentence-tail': {
      const n = Math.min(words.length, 1 + (mark.b % 3));
      return { start: words[words.length - n].start, end: trimmed.end };
    }
    case 'phrase': {
      const first = mark.b % words.length;
      const last = Math.min(words.length - 1, first + 1 + (mark.a % 7));
      return { start: words[first].start, end: words[last].end };
    }
    case 'word':
      return pick(words, mark.b)!;
    case 'two-sentences': {
      const next = sentences[(mark.a % sentences.length) + 1];
      return next ? { start: s.start, end: next.start + text.slice(next.start, next.end).trimEnd().length } : trimmed;
    }
    case 'repeated':
      return pick(repeatedPhrases(text), mark.a + mark.b) ?? null;
  }
}

export type Truth =
  { kind: 'intact'; start: number; end: number } | { kind: 'edited'; survivors: Set<number> } | { kind: 'gone' };

/** Where the original passage [start, end) is in the edited document. */
export function truthOf(doc: Doc, start: number, end: number): Truth {
  const survivors = new Set<number>();
  doc.prov.forEach((p, i) => {
    if (p >= start && p < end) survivors.add(i);
  });
  if (survivors.size === 0) return { kind: 'gone' };
  const at = doc.prov.indexOf(start);
  if (survivors.size === end - start && at >= 0) {
    let intact = true;
    for (let k = 0; k < end - start && intact; k++) intact = doc.prov[at + k] === start + k;
    if (intact) return { kind: 'intact', start: at, end: at + (end - start) };
  }
  return { kind: 'edited', survivors };
}
