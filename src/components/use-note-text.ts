/**
 * The note renderer (note-html.ts: marked + DOMPurify), loaded once on first use, shared by every
 * note shown (NoteMarkdown.tsx) and by the Notes search (the text a reader sees in a note: its
 * Markdown rendered, with no markup and no link addresses). One loader for both, so the search and
 * the notes it marks switch from a note's source to its shown text in the same render: until the
 * chunk is in, a note shows as typed and is searched as typed, and a search's marks are where it
 * matched. A chunk that fails to load is said so (`failed`, the Notes panel): the browser keeps a
 * failed module import for the page's life, so asking again would fail the same way; a reload does.
 */
import { useEffect, useSyncExternalStore } from 'react';

type NoteHtml = typeof import('./note-html');
export type NoteText = (markdown: string) => string;

interface RendererState {
  html: NoteHtml | null;
  failed: boolean;
}

let state: RendererState = { html: null, failed: false };
let pending: Promise<NoteHtml> | null = null;
const listeners = new Set<() => void>();
const set = (next: RendererState) => {
  state = next;
  for (const l of listeners) l();
};
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** Loads the renderer, once. */
function load(): void {
  if (state.html || pending) return;
  pending = import('./note-html').then(
    (m) => {
      set({ html: m, failed: false });
      return m;
    },
    (e: unknown) => {
      set({ html: null, failed: true });
      throw e;
    },
  );
  pending.catch(() => {});
}

/** `want`: load the renderer now (a note to show, a search typed, or notes to search in). */
export function useNoteRenderer(want: boolean): RendererState {
  const now = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    if (want && !now.html && !now.failed) load();
  }, [want, now]);
  return now;
}

/** The note's shown text, once the renderer is in (null until then: the note's source is read). */
export function useNoteText(want: boolean): { noteText: NoteText | null; failed: boolean } {
  const { html, failed } = useNoteRenderer(want);
  return { noteText: html ? html.noteShownText : null, failed };
}
