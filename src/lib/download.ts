/**
 * Getting text out of the tab without a server: a file download and the clipboard.
 * Browser-only (document, navigator); the pure naming lives in file-name.ts.
 */

/**
 * Saves `text` as a file through a temporary `<a download>` on an object URL. The URL is revoked a
 * moment later, not at once: some browsers start reading the blob only after the click returns.
 */
export function downloadText(filename: string, mime: string, text: string): void {
  const type = /charset=/i.test(mime) ? mime : `${mime};charset=utf-8`;
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }
}

/** Copies through a hidden, read-only textarea: for insecure origins and browsers that deny the API. */
function copyWithTextarea(text: string): boolean {
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:-9999px;opacity:0;';
  document.body.append(area);
  try {
    area.select();
    area.setSelectionRange(0, text.length);
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    previous?.focus({ preventScroll: true });
  }
}

/** Puts `text` on the clipboard. Resolves to whether it worked; never rejects. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied or no user activation left (e.g. after an await): try the old way.
  }
  return typeof document !== 'undefined' && copyWithTextarea(text);
}
