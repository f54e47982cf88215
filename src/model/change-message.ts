/**
 * What an undo or redo did, in words the reader recognises: "Removed highlight “There is no
 * chance…”", "Restored the note on “marathon session”". Reads an undo-history entry (each
 * annotation's record before and after the change); pure, so every wording has a test.
 */
import type { Annotation } from './annotation';
import { findSelector } from './selectors';

export interface ChangeLike {
  before: Annotation | null;
  after: Annotation | null;
}

const live = (a: Annotation | null): a is Annotation => !!a && !a.deleted;

/** The first words of a passage, cut at a word boundary: enough to recognise it. */
export function shortQuote(text: string, max = 28): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : flat.slice(0, max)).replace(/[\s,;:.]+$/, '')}…`;
}

function quoteOf(a: Annotation): string {
  return findSelector(a.selectors, 'TextQuoteSelector')?.exact ?? '';
}

/**
 * "highlight “…”", "the verdict on the claim (…)", "the page note". A claim's passage is not put
 * in quotation marks: it may be a paraphrase, and only a source's own words are ever shown quoted
 * (claim-display.ts).
 */
function what(a: Annotation): string {
  const quote = quoteOf(a);
  if (a.kind === 'page-note') return 'the page note';
  if (a.kind === 'claim') return quote ? `the verdict on the claim (${shortQuote(quote)})` : 'the verdict on a claim';
  return `highlight${quote ? ` “${shortQuote(quote)}”` : ''}`;
}

/** Which field an edit changed, for the wording. */
function editedPart(before: Annotation, after: Annotation): string | null {
  if (before.kind === 'claim' && before.verdict !== after.verdict) return 'verdict';
  if ((before.color ?? 'yellow') !== (after.color ?? 'yellow')) return 'colour';
  if (before.note !== after.note) return 'note';
  if (before.tags.join('\u0000') !== after.tags.join('\u0000')) return 'tags';
  return null;
}

function describeOne(change: ChangeLike, direction: 'undo' | 'redo'): string {
  const { before, after } = change;
  const subject = (live(after) ? after : before)!;
  const thing = what(subject);
  const sentence = (s: string) => s[0].toUpperCase() + s.slice(1);
  if (!live(before) && live(after)) {
    return direction === 'undo' ? `Removed ${thing}` : sentence(`added ${thing} again`);
  }
  if (live(before) && !live(after)) {
    return direction === 'undo' ? `Restored ${thing}` : sentence(`deleted ${thing} again`);
  }
  if (live(before) && live(after)) {
    const part = editedPart(before, after);
    const target = thing.startsWith('highlight') ? thing.replace(/^highlight/, 'the highlight') : thing;
    const on =
      part && subject.kind === 'claim' && part === 'verdict' ? target : part ? `the ${part} of ${target}` : target;
    return direction === 'undo' ? `Restored ${on} as it was` : `Changed ${on} again`;
  }
  return direction === 'undo' ? 'Undone' : 'Redone';
}

/** One line for the reader and the screen reader's live region, ending with a full stop. */
export function describeChange(entry: readonly ChangeLike[], direction: 'undo' | 'redo'): string {
  if (entry.length === 0) return direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.';
  if (entry.length === 1) return `${describeOne(entry[0], direction)}.`;
  const added = entry.filter((c) => !live(c.before) && live(c.after)).length;
  const n = entry.length;
  const annotations = `${n} annotations`;
  if (added === n) return direction === 'undo' ? `Removed ${annotations}.` : `Added ${annotations} again.`;
  return direction === 'undo' ? `Undid the changes to ${annotations}.` : `Redid the changes to ${annotations}.`;
}
