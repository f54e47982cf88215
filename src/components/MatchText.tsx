/**
 * Plain text with the words a search found marked (<mark>), as a reader of a search's results
 * expects to see why each one is there. The text stays React text, never HTML: a note or quote
 * holding markup shows it as the characters it is. Matching is find's own (src/model/find-text.ts):
 * case, accents, curly or straight quotes and dashes do not matter.
 */
import type { ReactNode } from 'react';
import { findAll } from '../model/find-text';

/** Past this many marks in one text the rest is left plain (a one-letter search in a long note). */
const MAX_MARKS = 100;

export function MatchText({ text, query }: { text: string; query: string }) {
  const spans = query.trim() ? findAll(text, query, MAX_MARKS) : [];
  if (!spans.length) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) parts.push(text.slice(at, s.start));
    parts.push(<mark key={s.start}>{text.slice(s.start, s.end)}</mark>);
    at = s.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
