/**
 * Text size and line width for the article, as a small disclosure: a button ("Aa") and, under it,
 * a panel with "Smaller"/"Larger", three line widths and how claims are tinted. Knows nothing of the store: the caller
 * passes the current choice and what to do on a change (the prefs store remembers it).
 */
import { useId, useRef, useState } from 'react';
import { useDismissOutside } from '../../lib/use-dismiss-outside';
import './reader-settings.css';

export interface ReaderSettingsProps<Size extends string, Width extends string> {
  sizes: readonly Size[];
  widths: readonly Width[];
  size: Size;
  width: Width;
  onSize: (size: Size) => void;
  onWidth: (width: Width) => void;
  /** Every claim's words tinted, rather than only the claim pointed at, focused or open. */
  allClaimTints?: boolean;
  onAllClaimTints?: (all: boolean) => void;
}

const SIZE_LABEL: Record<string, string> = {
  smaller: '85 %',
  small: '93 %',
  normal: '100 %',
  large: '112 %',
  larger: '125 %',
  largest: '140 %',
};
const WIDTH_LABEL: Record<string, string> = { narrow: 'Narrow', normal: 'Medium', wide: 'Wide' };

export function ReaderSettings<Size extends string, Width extends string>(props: ReaderSettingsProps<Size, Width>) {
  const { sizes, widths, size, width, onSize, onWidth, allClaimTints, onAllClaimTints } = props;
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useDismissOutside(box, open, () => setOpen(false));

  const i = sizes.indexOf(size);
  return (
    <div
      className="reader-settings"
      ref={box}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        title="Text size and line width"
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true" className="reader-settings-glyph">
          Aa
        </span>
        <span className="visually-hidden">Text size and line width</span>
      </button>
      {open && (
        <div id={panelId} className="reader-settings-panel" role="group" aria-label="Text size and line width">
          <div className="reader-settings-row" role="group" aria-label="Text size">
            <span className="reader-settings-label" aria-hidden="true">
              Text size
            </span>
            <button type="button" onClick={() => onSize(sizes[i - 1])} disabled={i <= 0} aria-label="Smaller text">
              A−
            </button>
            <output className="reader-settings-value" aria-live="polite">
              {SIZE_LABEL[size] ?? size}
            </output>
            <button
              type="button"
              onClick={() => onSize(sizes[i + 1])}
              disabled={i >= sizes.length - 1}
              aria-label="Larger text"
            >
              A+
            </button>
          </div>
          <fieldset className="reader-settings-row">
            <legend className="reader-settings-label">Line width</legend>
            {widths.map((w) => (
              <label key={w} className="reader-settings-choice">
                <input
                  type="radio"
                  name={`${panelId}-width`}
                  value={w}
                  checked={w === width}
                  onChange={() => onWidth(w)}
                />
                {WIDTH_LABEL[w] ?? w}
              </label>
            ))}
          </fieldset>
          {onAllClaimTints && (
            <div className="reader-settings-check">
              {/* The box inside its label: the whole line is what a finger hits (44 px on a phone). */}
              <label>
                <input
                  type="checkbox"
                  checked={!!allClaimTints}
                  onChange={(e) => onAllClaimTints(e.target.checked)}
                  aria-describedby={`${panelId}-tints-hint`}
                />
                Tint every claim’s words
              </label>
              <span id={`${panelId}-tints-hint`} className="reader-settings-hint">
                Otherwise a claim shows its speaker and cue, and its words when you point at it, move to it or open it.
                Analysis mode only.
              </span>
            </div>
          )}
        </div>
      )}
    </div>
  );
}

/** The article's CSS variables for a text size and a line width. */
export function typographyStyle(size: string, width: string): Record<string, string> {
  const scale = SIZE_LABEL[size] ? Number.parseInt(SIZE_LABEL[size], 10) / 100 : 1;
  const measure = width === 'narrow' ? '56ch' : width === 'wide' ? '82ch' : '68ch';
  return { '--reader-scale': String(scale), '--measure': measure };
}
