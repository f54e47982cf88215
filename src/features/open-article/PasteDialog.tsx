import { useState, type FormEvent } from 'react';
import { openPasted, type OpenResult } from '../../api/open-article';
import { Dialog } from '../../components/Dialog';
import { askToOpen } from './use-open-article';

/** What the dialog opens with when another path sends the reader here (a refused shared link). */
export interface PastePrefill {
  title?: string;
  text?: string;
  /** The page the text should come from: shown, and kept as the article's origin. */
  url?: string;
  /** Why the dialog opened. */
  message?: string;
}

interface PasteDialogProps {
  open: boolean;
  onClose: () => void;
  onResult: (r: OpenResult, stillWanted: () => boolean) => Promise<boolean>;
  /** Read when the dialog mounts: give it a new `key` to fill it again. */
  prefill?: PastePrefill;
}

const isWebUrl = (value: string) => /^https?:\/\/\S+$/i.test(value.trim());

export function PasteDialog({ open, onClose, onResult, prefill }: PasteDialogProps) {
  const [title, setTitle] = useState(prefill?.title ?? '');
  const [text, setText] = useState(prefill?.text ?? '');
  const [url, setUrl] = useState(prefill?.url ?? '');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (url.trim() && !isWebUrl(url)) {
      setError('The web address should start with https:// (or leave it empty).');
      return;
    }
    const stillWanted = askToOpen();
    const result = await openPasted(title, text, url.trim() || undefined);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    if (await onResult(result, stillWanted)) {
      setTitle('');
      setText('');
      setUrl('');
      setError(null);
      onClose();
    }
  };
  return (
    <Dialog open={open} title="Paste article" onClose={onClose}>
      <form className="form" onSubmit={submit}>
        {prefill?.message && (
          <p className="form-notice" role="status">
            {prefill.message}
          </p>
        )}
        {prefill?.url && (
          <>
            <label>
              Web address
              <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
            </label>
            {isWebUrl(url) && (
              <p className="hint">
                <a href={url.trim()} target="_blank" rel="noopener noreferrer">
                  Open the page
                </a>{' '}
                to copy its text.
              </p>
            )}
          </>
        )}
        <label>
          Title <span className="hint">(optional)</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} />
        </label>
        <label>
          Article text
          <textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={12}
            required
            aria-describedby={error ? 'paste-error' : undefined}
          />
        </label>
        {error && (
          <p id="paste-error" className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary">
            Open article
          </button>
        </div>
      </form>
    </Dialog>
  );
}
