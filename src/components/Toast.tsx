/**
 * A short confirmation at the bottom of the screen ("Removed highlight “…”."), gone after a few
 * seconds or on Dismiss. A status region, so screen readers read it without moving the focus.
 * With an action ("Highlight deleted" · Undo) it stays longer, and never goes while the pointer
 * or the focus is on it. Closed from one of its buttons, it gives the focus back to the article.
 * Its action is one Tab from the article, where Delete leaves the focus (Shift+Tab goes back): in
 * the page's order it came after every panel and field, dozens of Tabs away. The action's shortcut
 * ("Undo (Ctrl/⌘+Z)") is named only where there is a fine pointer, so a phone reads "Undo".
 */
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import type { ToastMessage } from '../store/reading';

const SHOWN_MS = 5000;
/** Long enough to read the message, find the button and press it (WCAG 2.2.1 asks for a way to keep it: hover or focus). */
const SHOWN_WITH_ACTION_MS = 10_000;

interface ToastProps {
  toast: ToastMessage | null;
  onDone: () => void;
}

export function Toast({ toast, onDone }: ToastProps) {
  return (
    <div className="toast-region" role="status">
      {/* Keyed by the message: a new one starts free of the last one's hold. */}
      {toast && <ToastBody key={toast.seq} toast={toast} onDone={onDone} />}
    </div>
  );
}

function ToastBody({ toast, onDone }: { toast: ToastMessage; onDone: () => void }) {
  const [held, setHeld] = useState({ pointer: false, focus: false });
  const holding = held.pointer || held.focus;
  useEffect(() => {
    if (holding) return;
    const t = window.setTimeout(onDone, toast.action ? SHOWN_WITH_ACTION_MS : SHOWN_MS);
    return () => window.clearTimeout(t);
  }, [toast, onDone, holding]);
  const action = useRef<HTMLButtonElement>(null);
  const hasAction = Boolean(toast.action);
  useEffect(() => {
    if (!hasAction) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const article = document.querySelector<HTMLElement>('.article-root');
      const button = action.current;
      if (!article || !button) return;
      if (!e.shiftKey && document.activeElement === article) {
        e.preventDefault();
        button.focus();
      } else if (e.shiftKey && document.activeElement === button) {
        e.preventDefault();
        article.focus({ preventScroll: true });
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [hasAction]);
  // A button of the message that closes it goes with it: the focus on it would drop to <body>, so it
  // goes back to the article, where Delete left it (unless the button's own work moved it already).
  const closing = (close: () => void) => (e: MouseEvent<HTMLButtonElement>) => {
    const message = e.currentTarget.parentElement;
    close();
    if (message?.contains(document.activeElement)) {
      document.querySelector<HTMLElement>('.article-root')?.focus({ preventScroll: true });
    }
  };
  return (
    <p
      className="toast"
      onPointerEnter={() => setHeld((h) => ({ ...h, pointer: true }))}
      onPointerLeave={() => setHeld((h) => ({ ...h, pointer: false }))}
      onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setHeld((h) => ({ ...h, focus: false }));
      }}
    >
      <span>{toast.message}</span>
      {toast.action && (
        <button ref={action} type="button" className="toast-action" onClick={closing(toast.action.run)}>
          {toast.action.label}
          {/* Hidden where no fine pointer is, a touch screen alone with no keys (styles.css): the button stays. */}
          {toast.action.keys && <span className="key-hint"> ({toast.action.keys})</span>}
        </button>
      )}
      <button type="button" className="quiet" onClick={closing(onDone)}>
        Dismiss
      </button>
    </p>
  );
}
