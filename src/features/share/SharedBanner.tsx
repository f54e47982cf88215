/**
 * The shared layer's banner: whose annotations these are, each one to jump to, and the choice
 * to keep them (merged into the reader's own, never replacing them) or dismiss them.
 * Everything from the link is rendered as text.
 */
import type { Anchored, Placed } from '../../model/anchored';

interface SharedBannerProps {
  sharer?: string;
  anchored: Anchored;
  /** How many could not be placed because the link asked for more work than a link may. */
  overBudget?: number;
  /** The passage as shown: a claim in quotation marks only when it is a direct quotation. */
  displayOf: (a: Placed['annotation'], max?: number) => string;
  onJump: (p: Placed) => void;
  onKeep: () => void;
  onDismiss: () => void;
}

export function SharedBanner({
  sharer,
  anchored,
  overBudget = 0,
  displayOf,
  onJump,
  onKeep,
  onDismiss,
}: SharedBannerProps) {
  const total = anchored.placed.length + anchored.orphans.length + anchored.pageNotes.length;
  const who = sharer ? `shared by ${sharer}` : 'shared with you';
  return (
    <section className="shared-banner" aria-label="Shared annotations">
      <h2>
        {total} {total === 1 ? 'annotation' : 'annotations'} {who}
      </h2>
      <p className="hint">Shown with a dashed outline. They are not part of your notes unless you keep them.</p>
      {overBudget > 0 && (
        <p className="shared-warning" role="alert">
          {overBudget} of them could not be placed: this link asks for more work than a share link may, so the search
          for them was stopped. They are listed below as not placed.
        </p>
      )}
      <ul className="shared-list">
        {anchored.placed.map((p) => (
          <li key={p.annotation.id}>
            <button type="button" className="link-button" onClick={() => onJump(p)}>
              {displayOf(p.annotation, 80)}
            </button>
            {p.annotation.note && <span className="shared-note"> — {p.annotation.note.slice(0, 140)}</span>}
          </li>
        ))}
        {anchored.orphans.map((o) => (
          <li key={o.id} className="orphan">
            Could not be placed: {displayOf(o, 80)}
          </li>
        ))}
      </ul>
      <div className="row">
        <button type="button" className="primary" onClick={onKeep}>
          Keep these
        </button>
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </section>
  );
}
