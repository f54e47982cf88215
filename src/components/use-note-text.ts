/**
 * The text a reader sees in a note (note-html.ts: its Markdown rendered, with no markup and no link
 * addresses), for a search that must match what it marks. The renderer loads on first use (it is
 * the same chunk the notes themselves are shown with); until then `null`, and a search reads the
 * note's source.
 */
import { useEffect, useState } from 'react';

export type NoteText = (markdown: string) => string;

let loaded: NoteText | null = null;
let pending: Promise<NoteText> | null = null;

/** `want`: load the renderer now (a search typed, or notes to search in). */
export function useNoteText(want: boolean): NoteText | null {
  const [fn, setFn] = useState<NoteText | null>(() => loaded);
  useEffect(() => {
    if (fn || !want) return;
    let live = true;
    pending ??= import('./note-html').then((m) => (loaded = m.noteShownText));
    void pending.then((f) => {
      if (live) setFn(() => f);
    });
    return () => {
      live = false;
    };
  }, [fn, want]);
  return fn;
}
