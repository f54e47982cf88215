/**
 * One button between reading mode (the reader's own marks, with only a light trace of the
 * analysis) and analysis mode (every layer). A toggle: pressed means reading mode. The key `m`
 * does the same (model/shortcuts.ts); the choice is remembered by the caller.
 */
import type { ViewMode } from '../../model/preferences';
import './reading-mode.css';

interface ModeSwitchProps {
  mode: ViewMode;
  onToggle: () => void;
}

export function ModeSwitch({ mode, onToggle }: ModeSwitchProps) {
  return (
    <button
      type="button"
      className="mode-switch"
      aria-pressed={mode === 'reading'}
      aria-keyshortcuts="m"
      title={
        mode === 'reading' ? 'Show the whole analysis (m)' : 'Reading mode: your marks, a light trace of names (m)'
      }
      onClick={onToggle}
    >
      <svg width="16" height="14" viewBox="0 0 16 14" aria-hidden="true" focusable="false">
        <path
          d="M1 2.5C3 1.5 5.5 1.5 8 3c2.5-1.5 5-1.5 7-.5v10c-2-1-4.5-1-7 .5-2.5-1.5-5-1.5-7-.5z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.4"
          strokeLinejoin="round"
        />
        <path d="M8 3v10" stroke="currentColor" strokeWidth="1.4" />
      </svg>
      Reading mode
    </button>
  );
}
