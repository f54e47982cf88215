import { useState, type FormEvent } from 'react';
import { openPasted, type OpenResult } from '../../api/open-article';
import { Dialog } from '../../components/Dialog';

interface PasteDialogProps {
  open: boolean;
  onClose: () => void;
  onResult: (r: OpenResult) => Promise<boolean>;
}

export function PasteDialog({ open, onClose, onResult }: PasteDialogProps) {
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await openPasted(title, text);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    if (await onResult(result)) {
      setTitle('');
      setText('');
      setError(null);
      onClose();
    }
  };
  return (
    <Dialog open={open} title="Paste article" onClose={onClose}>
      <form className="form" onSubmit={submit}>
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
