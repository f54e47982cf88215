/**
 * Where the reader is in the findings: the keyboard cursor, the entity being filtered on, the
 * place hovered in the text, and a request to bring a finding into view. Panels write here and
 * the layers feature reads, so features never import each other. Session state: not persisted.
 */
import { create } from 'zustand';

interface ReadingState {
  /** The finding the keyboard cursor is on. */
  cursorId: string | null;
  /** Bumped on each jump so the same finding can be jumped to twice. */
  jumpSeq: number;
  /** The finding whose card is open. */
  cardId: string | null;
  /** Show only blocks that mention this entity. */
  filterEntityId: string | null;
  /** An entity hovered in the text (the map enlarges its marker). */
  hoverEntityId: string | null;
  /** The claim under the pointer (its content is tinted while it is). */
  hoverClaimId: string | null;
  /** A live-region message for screen readers. */
  announcement: string;
  /** A span to scroll to and flash (a user annotation, a linked passage). */
  spanJump: { start: number; end: number; seq: number } | null;
  /** A short visible confirmation (what an undo did); also read out, being a status. */
  toast: ToastMessage | null;
  /** A request to open the card of one of the reader's own highlights (from the Notes list). */
  ownCard: { id: string; seq: number } | null;
  /** One of the reader's own highlights has its card open (a finding's preview then waits: one card at a time). */
  ownCardOpen: boolean;
}

export const useReadingStore = create<ReadingState>()(() => ({
  cursorId: null,
  jumpSeq: 0,
  cardId: null,
  filterEntityId: null,
  hoverEntityId: null,
  hoverClaimId: null,
  announcement: '',
  spanJump: null,
  toast: null,
  ownCard: null,
  ownCardOpen: false,
}));

/** Move the cursor to a finding and scroll it into view (the layers feature does the scrolling). */
export function jumpTo(findingId: string, openCard = false): void {
  useReadingStore.setState((s) => ({
    cursorId: findingId,
    jumpSeq: s.jumpSeq + 1,
    cardId: openCard ? findingId : s.cardId && null,
  }));
}

export function jumpToSpan(start: number, end: number): void {
  useReadingStore.setState((s) => ({ spanJump: { start, end, seq: (s.spanJump?.seq ?? 0) + 1 } }));
}

/**
 * Go to one of the reader's own highlights and open its card, as choosing a note in a sidebar does
 * (the reader feature scrolls and opens; the Notes panel only asks).
 */
export function openOwnCard(id: string): void {
  useReadingStore.setState((s) => ({ ownCard: { id, seq: (s.ownCard?.seq ?? 0) + 1 } }));
}

export const openCard = (findingId: string | null) => useReadingStore.setState({ cardId: findingId });
export const setFilterEntity = (entityId: string | null) => useReadingStore.setState({ filterEntityId: entityId });
export const setHoverEntity = (entityId: string | null) => {
  if (useReadingStore.getState().hoverEntityId !== entityId) useReadingStore.setState({ hoverEntityId: entityId });
};
export const setHoverClaim = (claimId: string | null) => {
  if (useReadingStore.getState().hoverClaimId !== claimId) useReadingStore.setState({ hoverClaimId: claimId });
};
export const announce = (message: string) => useReadingStore.setState({ announcement: message });

/** A short message at the foot of the screen; `action` adds a button ("Undo") beside Dismiss. */
export interface ToastMessage {
  message: string;
  seq: number;
  /** `keys`: the shortcut that does the same, shown beside the label only where there are keys. */
  action?: { label: string; keys?: string; run: () => void };
}
export const showToast = (message: string, action?: ToastMessage['action']) =>
  useReadingStore.setState((s) => ({ toast: { message, seq: (s.toast?.seq ?? 0) + 1, action } }));
export const clearToast = () => useReadingStore.setState({ toast: null });

export function resetReading(): void {
  useReadingStore.setState({
    cursorId: null,
    cardId: null,
    filterEntityId: null,
    hoverEntityId: null,
    hoverClaimId: null,
    announcement: '',
    spanJump: null,
    toast: null,
    ownCard: null,
    ownCardOpen: false,
  });
}
