/**
 * "Share": choose annotations, optionally a display name, and get a link whose fragment carries
 * the article reference and the annotations (see model/share/share-link.ts). Everything is
 * computed here in the tab; nothing is uploaded. The link is decoded again before it is shown
 * (share-ref.ts), so a selection a recipient could not open is reported instead of offered.
 */
import { useId, useMemo, useState } from 'react';
import { useDebounced } from '../../lib/use-debounced';
import { Dialog } from '../../components/Dialog';
import { copyText } from '../../lib/download';
import type { Annotation } from '../../model/annotation';
import type { Article } from '../../model/article';
import { charCount, keptEdit } from '../../model/share/header-text';
import { LIMITS } from '../../model/share/share-wire';
import { annotationLabel, buildShareLink, formatLength } from './share-ref';
import { canWebShare, webShare } from './web-share';
import './share.css';

export interface ShareDialogProps {
  open: boolean;
  onClose: () => void;
  article: Article;
  annotations: Annotation[];
  onMessage: (m: { tone: 'info' | 'error'; message: string }) => void;
}

export function ShareDialog({ open, onClose, ...rest }: ShareDialogProps) {
  // The dialog unmounts its children when closed, so every opening starts with all selected.
  return (
    <Dialog open={open} title="Share with annotations" onClose={onClose}>
      <ShareForm {...rest} />
    </Dialog>
  );
}

function ShareForm({ article, annotations, onMessage }: Omit<ShareDialogProps, 'open' | 'onClose'>) {
  const live = useMemo(() => annotations.filter((a) => !a.deleted), [annotations]);
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(() => new Set());
  const [sharer, setSharer] = useState('');
  const id = useId();

  // Encoding deflates the whole payload (a pasted article's text included, up to megabytes) and
  // decodes it again to check it: do it once the choice settles, not on every keystroke.
  const deferredUnchecked = useDebounced(unchecked, 200);
  const deferredSharer = useDebounced(sharer, 300);
  const link = useMemo(() => {
    const chosen = live.filter((a) => !deferredUnchecked.has(a.id));
    return buildShareLink({
      article,
      annotations: chosen,
      sharer: deferredSharer,
      base: location.origin + location.pathname,
    });
  }, [article, live, deferredUnchecked, deferredSharer]);
  const pending = deferredSharer !== sharer || deferredUnchecked !== unchecked;
  // Counted as the link's limit counts it (code points): 45 emoji are 45 characters, not 90.
  const nameLength = charCount(sharer);
  const chosenCount = live.length - live.filter((a) => unchecked.has(a.id)).length;

  const toggle = (annotationId: string, checked: boolean) =>
    setUnchecked((prev) => {
      const next = new Set(prev);
      if (checked) next.delete(annotationId);
      else next.add(annotationId);
      return next;
    });

  const copy = async () => {
    if (await copyText(link.url)) onMessage({ tone: 'info', message: 'Copied the share link to the clipboard.' });
    else onMessage({ tone: 'error', message: 'Could not copy the share link. Select the link and copy it yourself.' });
  };

  const shareData = { title: article.title, url: link.url };
  const systemShare = !link.error && canWebShare(shareData);
  const share = async () => {
    const outcome = await webShare(shareData);
    if (outcome === 'failed') await copy();
  };

  return (
    <div className="form share-form">
      <p className="hint">Nothing is uploaded: the annotations travel inside the link.</p>

      {live.length > 0 ? (
        <fieldset className="share-choices">
          <legend>
            Annotations to share ({chosenCount} of {live.length})
          </legend>
          <div className="share-bulk">
            <button type="button" className="quiet" onClick={() => setUnchecked(new Set())}>
              Select all
            </button>
            <button type="button" className="quiet" onClick={() => setUnchecked(new Set(live.map((a) => a.id)))}>
              Select none
            </button>
          </div>
          <ul className="share-list">
            {live.map((a) => (
              <li key={a.id}>
                <label className="share-choice">
                  <input
                    type="checkbox"
                    checked={!unchecked.has(a.id)}
                    onChange={(e) => toggle(a.id, e.target.checked)}
                  />
                  <span>{annotationLabel(a)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : (
        <p className="hint">This article has no annotations yet: the link opens the article alone.</p>
      )}
      {live.length > 0 && chosenCount === 0 && (
        <p className="hint">No annotations chosen: the link opens the article alone.</p>
      )}

      <label>
        Your name (shown to the recipient) <span className="hint">(optional)</span>
        <input
          value={sharer}
          // Not `maxLength`, which counts UTF-16 units: an emoji would take two of the 80. Like it,
          // what does not fit is refused where it was typed; the name's end is never cut.
          onChange={(e) => {
            const input = e.target;
            const { value, caret } = keptEdit(sharer, input.value, LIMITS.sharer);
            // A refused key: React would put the kept value back after this handler, which sends the
            // caret to the end. Put back here, with the caret where the key was refused, before the
            // next key can arrive (a frame later, a fast typist's next key landed at the end).
            if (caret >= 0) {
              if (input.value !== value) input.value = value;
              input.setSelectionRange(caret, caret);
            }
            setSharer(value);
          }}
          autoComplete="nickname"
          aria-describedby="share-name-count"
        />
      </label>
      {/* The box takes no more than the link carries (share-limits.ts): said, not cut silently. */}
      <p id="share-name-count" className="hint share-name-count">
        {nameLength} of {LIMITS.sharer} characters
      </p>
      <p role="status" className="hint share-name-full">
        {nameLength >= LIMITS.sharer
          ? `A name holds at most ${LIMITS.sharer} characters: what you type or paste past that is not added.`
          : ''}
      </p>

      {link.error ? (
        <p className="form-error" role="alert">
          {link.error}
        </p>
      ) : (
        <>
          <label>
            Share link
            <textarea
              className="share-url"
              readOnly
              aria-busy={pending}
              value={link.url}
              rows={3}
              spellCheck={false}
              aria-describedby={`${id}-length`}
              onFocus={(e) => e.currentTarget.select()}
            />
          </label>
          <p id={`${id}-length`} className="hint share-length">
            {formatLength(link.length)}
          </p>
        </>
      )}
      <p className="share-warning" role="status">
        {!link.error && link.long
          ? 'Long links may be cut off by chat apps and text messages: share fewer annotations, or send the link by email or in a document.'
          : ''}
      </p>

      <div className="form-actions">
        {systemShare && (
          <button type="button" onClick={() => void share()} disabled={pending}>
            Share…
          </button>
        )}
        <button type="button" className="primary" onClick={copy} disabled={!!link.error}>
          Copy link
        </button>
      </div>
    </div>
  );
}
