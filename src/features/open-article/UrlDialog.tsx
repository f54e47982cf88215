import { useState, type FormEvent } from 'react';
import { openUrl, type OpenResult } from '../../api/open-article';
import { Dialog } from '../../components/Dialog';
import { askToOpen } from './use-open-article';

interface UrlDialogProps {
  open: boolean;
  onClose: () => void;
  onResult: (r: OpenResult, stillWanted: () => boolean) => Promise<boolean>;
  onPasteInstead: () => void;
}

export function UrlDialog({ open, onClose, onResult, onPasteInstead }: UrlDialogProps) {
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; offerPaste?: boolean } | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    const stillWanted = askToOpen();
    const result = await openUrl(url);
    setBusy(false);
    if (!result.ok) {
      setFailure(result);
      return;
    }
    if (await onResult(result, stillWanted)) {
      setUrl('');
      onClose();
    }
  };
  return (
    <Dialog open={open} title="Open web address" onClose={onClose}>
      <form className="form" onSubmit={submit} aria-busy={busy}>
        <label>
          Web address
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" required />
        </label>
        <p className="hint">
          The page is fetched by your browser. Many news sites refuse that; you can always paste the text.
        </p>
        {failure && (
          <div className="form-error" role="alert">
            <p>{failure.message}</p>
            {failure.offerPaste && (
              <button
                type="button"
                onClick={() => {
                  onClose();
                  onPasteInstead();
                }}
              >
                Paste article instead
              </button>
            )}
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Opening…' : 'Open'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
