/**
 * The "Export" disclosure: one row per format with Download and Copy, the Markdown wikilinks
 * option, and "Print or save as PDF". Which formats apply and what they contain comes from
 * export-formats.ts; this component only handles the menu, the file and the clipboard.
 *
 * A disclosure rather than an ARIA menu: rows hold a checkbox and pairs of buttons, which a
 * `role="menu"` cannot contain. Escape closes and returns focus to the trigger; arrow keys move
 * between the panel's controls; a press outside it, or the focus leaving it, closes it.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Analysis } from '../../engine/types';
import { copyText, downloadText } from '../../lib/download';
import { useDismissOutside } from '../../lib/use-dismiss-outside';
import type { Annotation, HighlightColor } from '../../model/annotation';
import type { Article } from '../../model/article';
import { exportFormats, type ExportFormat } from './export-formats';
import './export.css';
import './print.css';

export interface ExportMessage {
  tone: 'info' | 'error';
  message: string;
}

export interface ExportMenuProps {
  article: Article;
  annotations: Annotation[];
  analysis?: Analysis;
  labels: Partial<Record<HighlightColor, string>>;
  /** The serialized full backup (all articles and annotations). */
  getBackup: () => Promise<string>;
  onMessage: (m: ExportMessage) => void;
}

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled)';

export function ExportMenu({ article, annotations, analysis, labels, getBackup, onMessage }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [wikilinks, setWikilinks] = useState(false);
  /** Open towards the side with room: a trigger in the right half of the window opens leftwards. */
  const [alignEnd, setAlignEnd] = useState(false);
  // Ignores a second click while a (possibly async) export runs, without disabling the focused button.
  const busy = useRef(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const hintId = useId();

  useDismissOutside(rootRef, open, () => setOpen(false));

  const close = () => {
    setOpen(false);
    triggerRef.current?.focus();
  };

  const formats = open
    ? exportFormats({
        article,
        annotations,
        analysis,
        labels,
        wikilinks,
        appBase: location.origin + location.pathname,
        getBackup,
        now: new Date(),
      })
    : [];

  const run = async (format: ExportFormat, action: 'download' | 'copy') => {
    if (busy.current) return;
    busy.current = true;
    try {
      const text = await format.build();
      if (action === 'download') {
        downloadText(format.fileName, format.mime, text);
      } else if (await copyText(text)) {
        onMessage({ tone: 'info', message: `Copied ${format.label} to the clipboard.` });
      } else {
        onMessage({ tone: 'error', message: `Could not copy ${format.label} to the clipboard. Use Download instead.` });
      }
    } catch (err) {
      const reason = err instanceof Error && err.message ? `: ${err.message}` : '.';
      onMessage({ tone: 'error', message: `Could not export ${format.label}${reason}` });
    } finally {
      busy.current = false;
    }
  };

  const print = () => {
    setOpen(false);
    // Let the menu close before the print snapshot is taken.
    setTimeout(() => window.print(), 0);
  };

  const onPanelKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
    const items = [...(panelRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    if (!items.length) return;
    e.preventDefault();
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? items.length - 1
          : (at + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
    items[next].focus();
  };

  const onTriggerKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    } else if (e.key === 'ArrowDown' && open) {
      e.preventDefault();
      panelRef.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    }
  };

  return (
    <div className="export-menu" ref={rootRef}>
      <button
        ref={triggerRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          const box = rootRef.current?.getBoundingClientRect();
          if (box) setAlignEnd(box.left + box.width / 2 > window.innerWidth / 2);
          setOpen((o) => !o);
        }}
        onKeyDown={onTriggerKeyDown}
      >
        Export
      </button>
      <div
        ref={panelRef}
        id={panelId}
        className={alignEnd ? 'export-panel export-panel-end' : 'export-panel'}
        role="group"
        aria-label="Export formats"
        hidden={!open}
        onKeyDown={onPanelKeyDown}
      >
        <ul className="export-list">
          {formats.map((f) => (
            <li key={f.id} className="export-row">
              <span className="export-label">{f.label}</span>
              <span className="export-actions">
                <button
                  type="button"
                  aria-label={`Download ${f.label}`}
                  disabled={!!f.unavailable}
                  aria-describedby={f.unavailable ? `${hintId}-${f.id}` : undefined}
                  onClick={() => run(f, 'download')}
                >
                  Download
                </button>
                <button
                  type="button"
                  aria-label={`Copy ${f.label}`}
                  disabled={!!f.unavailable}
                  aria-describedby={f.unavailable ? `${hintId}-${f.id}` : undefined}
                  onClick={() => run(f, 'copy')}
                >
                  Copy
                </button>
              </span>
              {f.unavailable && (
                <span id={`${hintId}-${f.id}`} className="hint export-hint">
                  {f.unavailable}
                </span>
              )}
              {f.id === 'markdown' && (
                <label className="export-option">
                  <input
                    type="checkbox"
                    checked={wikilinks}
                    disabled={!analysis}
                    onChange={(e) => setWikilinks(e.target.checked)}
                  />
                  Link people, places and organizations as [[wikilinks]]
                </label>
              )}
            </li>
          ))}
          <li className="export-row">
            <button type="button" className="export-print" onClick={print}>
              Print or save as PDF
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
