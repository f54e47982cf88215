/**
 * A short confirmation at the bottom of the screen ("Removed highlight “…”."), gone after a few
 * seconds or on Dismiss. A status region, so screen readers read it without moving the focus.
 */
import { useEffect } from 'react';

const SHOWN_MS = 5000;

interface ToastProps {
  toast: { message: string; seq: number } | null;
  onDone: () => void;
}

export function Toast({ toast, onDone }: ToastProps) {
  useEffect(() => {
    if (!toast) return;
    const t = window.setTimeout(onDone, SHOWN_MS);
    return () => window.clearTimeout(t);
  }, [toast, onDone]);
  return (
    <div className="toast-region" role="status">
      {toast && (
        <p className="toast" key={toast.seq}>
          <span>{toast.message}</span>
          <button type="button" className="quiet" onClick={onDone}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
