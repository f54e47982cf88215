/**
 * The system share sheet (Web Share API) for share links: on phones and some desktops "Share…"
 * hands the link to any app (messages, mail, chat); where the browser has none, the dialog offers
 * only "Copy link". Links longer than a sheet accepts fall back to copying as well.
 */
export type WebShareOutcome = 'shared' | 'cancelled' | 'failed';

export interface WebShareData {
  title: string;
  url: string;
}

export function canWebShare(data: WebShareData): boolean {
  if (typeof navigator === 'undefined' || typeof navigator.share !== 'function') return false;
  try {
    return navigator.canShare ? navigator.canShare(data) : true;
  } catch {
    return false;
  }
}

export async function webShare(data: WebShareData): Promise<WebShareOutcome> {
  try {
    await navigator.share(data);
    return 'shared';
  } catch (error) {
    // The reader closed the sheet: not a failure, and nothing to say.
    return error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'failed';
  }
}
