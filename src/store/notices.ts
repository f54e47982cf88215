/**
 * Messages the app owes the user (a rejected file, a full storage), shown in one live region.
 * Errors stay until dismissed, so a message is never missed because it timed out.
 */
import { create } from 'zustand';

export interface Notice {
  id: number;
  tone: 'error' | 'info';
  message: string;
  /** Offer the paste dialog (a site refused a URL, a file had no text). */
  offerPaste?: boolean;
  /** One thing the user can do about it (e.g. download a backup when storage is full). */
  action?: { label: string; run: () => void };
}

interface NoticesState {
  notices: Notice[];
}

let next = 1;
export const useNoticesStore = create<NoticesState>()(() => ({ notices: [] }));

export function notify(notice: Omit<Notice, 'id'>): number {
  const id = next++;
  useNoticesStore.setState((s) => ({
    notices: [...s.notices.filter((n) => n.message !== notice.message), { ...notice, id }],
  }));
  return id;
}

export function dismissNotice(id: number): void {
  useNoticesStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}
