/**
 * "A new version is ready — reload": shown once a new version is installed, never while the
 * reader is typing (it waits until the field loses focus), never taking the focus itself, and
 * never reloading on its own. "Later" hides it for this visit; the new version then starts the
 * next time the reader opens Marginalia.
 */
import { useState } from 'react';
import { useEditingText } from './use-editing-text';
import { useUpdateStore } from './update-state';
import './offline.css';

export function UpdatePrompt() {
  const apply = useUpdateStore((s) => s.apply);
  const typing = useEditingText();
  const [later, setLater] = useState(false);
  const shown = apply !== null && !later && !typing;
  // The live region stays in the page so screen readers announce the message when it fills in.
  return (
    <div className="update-prompt-region" role="status" aria-live="polite">
      {shown && (
        <div className="update-prompt">
          <p>A new version of Marginalia is ready.</p>
          <div className="update-prompt-actions">
            <button type="button" className="primary" onClick={apply}>
              Reload
            </button>
            <button type="button" className="quiet" onClick={() => setLater(true)}>
              Later
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
