import './shortcuts.css';

/** Opens the `?` dialog; drawn as a control (a keyboard glyph and its key), not as plain text. */
export function ShortcutsButton({ onOpen }: { onOpen: () => void }) {
  return (
    <button
      type="button"
      className="shortcuts-button"
      onClick={onOpen}
      aria-keyshortcuts="?"
      title="Keyboard shortcuts (?)"
    >
      <svg width="18" height="14" viewBox="0 0 18 14" aria-hidden="true" focusable="false">
        <rect x="0.75" y="0.75" width="16.5" height="12.5" rx="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path
          d="M4 4.5h1.5M8.25 4.5h1.5M12.5 4.5H14M4 7.25h1.5M8.25 7.25h1.5M12.5 7.25H14M5.5 10h7"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
        />
      </svg>
      <span>Keyboard shortcuts</span>
    </button>
  );
}
