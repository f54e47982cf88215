/**
 * The first thing a new reader is told, in view, until they dismiss it (the choice is kept):
 * how to annotate, how to move through the findings, and where every key is listed.
 */
import './shortcuts.css';
interface FirstRunHintProps {
  onDismiss: () => void;
  onShowShortcuts: () => void;
}

export function FirstRunHint({ onDismiss, onShowShortcuts }: FirstRunHintProps) {
  return (
    <aside className="first-run-hint" aria-label="Getting started">
      <p>
        <strong>Getting started:</strong> select any passage to highlight it or add a note. Press <kbd>j</kbd> and{' '}
        <kbd>k</kbd> to move through the highlighted findings, <kbd>Ctrl/⌘+F</kbd> to find in the article.{' '}
        <button type="button" className="link-button" onClick={onShowShortcuts}>
          All shortcuts (<kbd>?</kbd>)
        </button>
      </p>
      <button type="button" onClick={onDismiss}>
        Got it
      </button>
    </aside>
  );
}
