import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { Notice } from '../store/notices';

interface NoticesProps {
  notices: Notice[];
  onDismiss: (id: number) => void;
  onPaste: () => void;
  /** The key that brings the focus to the newest notice (shown on it). */
  shortcutKey: string;
  /** Puts the focus back where the reader was (Esc in a notice, or the focused one dismissed). */
  onLeave: (options: { toOtherNotice: boolean }) => void;
}

/**
 * The app's messages; errors are announced assertively, information politely. Neither takes the
 * focus (an alert must not: the reader may be typing); `shortcutKey` reaches them, and while there
 * are any they are a landmark a screen reader lists.
 */
export function Notices({ notices, onDismiss, onPaste, shortcutKey, onLeave }: NoticesProps) {
  const region = useRef<HTMLDivElement>(null);
  // Set when the notice holding the focus is dismissed: once it is gone, the focus goes back.
  const refocus = useRef(false);
  useLayoutEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    onLeave({ toOtherNotice: true });
  }, [notices, onLeave]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    onLeave({ toOtherNotice: false });
  };
  const dismiss = (id: number) => {
    refocus.current = !!region.current?.contains(document.activeElement);
    onDismiss(id);
  };

  const any = notices.length > 0;
  return (
    <div
      ref={region}
      className="notices"
      role={any ? 'region' : undefined}
      aria-label={any ? 'Notices' : undefined}
      onKeyDown={onKeyDown}
    >
      {notices.map((n, i) => {
        const newest = i === notices.length - 1;
        const keys = newest ? shortcutKey : undefined;
        return (
          <div key={n.id} className={`notice notice-${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
            <p>{n.message}</p>
            <div className="notice-actions">
              {n.action && (
                <button type="button" onClick={n.action.run} aria-keyshortcuts={keys}>
                  {n.action.label}
                </button>
              )}
              {n.offerPaste && (
                <button
                  type="button"
                  aria-keyshortcuts={n.action ? undefined : keys}
                  onClick={() => {
                    onDismiss(n.id);
                    onPaste();
                  }}
                >
                  Paste article instead
                </button>
              )}
              <button
                type="button"
                aria-keyshortcuts={n.action || n.offerPaste ? undefined : keys}
                onClick={() => dismiss(n.id)}
              >
                Dismiss
              </button>
              {/* For sighted keyboard readers (assistive technology reads aria-keyshortcuts). On every
                  notice, shown on the newest (styles.css): a new notice moves no button. */}
              <span className="notice-key key-hint" aria-hidden="true">
                Press <kbd>{shortcutKey}</kbd> to jump here
              </span>
            </div>
          </div>
        );
      })}
    </div>
  );
}
