/**
 * Whether a new version of the app is waiting, and how to switch to it. Set by register-sw.ts,
 * read by UpdatePrompt. Kept out of the main store: it is session-only and nothing persists it.
 */
import { create } from 'zustand';

interface UpdateState {
  /** Present once a new version is installed and waiting; calling it reloads into that version. */
  apply: (() => void) | null;
}

export const useUpdateStore = create<UpdateState>()(() => ({ apply: null }));

export const offerUpdate = (apply: () => void) => useUpdateStore.setState({ apply });
