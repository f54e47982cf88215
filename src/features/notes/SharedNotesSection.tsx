/**
 * A share link's annotations in the recipient's Notes tab: counted and listed with the reader's
 * own, but marked as the sender's and read-only until kept (the banner above the article lists
 * the same ones; a reader who goes to the Notes tab, as on a phone, finds them there too instead
 * of "Notes (0)"). Nothing here edits them: Keep makes them the reader's own, through the same
 * action as the banner's. Notes are the sender's Markdown, through the sanitizing renderer.
 */
import { useId } from 'react';
import { NoteMarkdown } from '../../components/NoteMarkdown';
import type { Annotation, Verdict } from '../../model/annotation';
import type { Anchored, Placed } from '../../model/anchored';
import { UNKNOWN_SPEAKER } from '../../model/claim-display';

interface SharedNotesSectionProps {
  sharer?: string;
  anchored: Anchored;
  displayOf: (a: Annotation, max?: number) => string;
  verdictText: Record<Verdict, string>;
  /**
   * Whose claim a shared claim annotation placed at `at` judges, named as the Claims panel names
   * them; never asked for a passage that could not be placed (its claim cannot be told).
   */
  speakerOf?: (a: Annotation, at: { start: number; end: number }) => string | undefined;
  onJump: (p: Placed) => void;
  onKeep: () => void;
}

/** How many annotations a share brought: passages placed or not, and notes on the whole article. */
export const sharedCount = (anchored: Anchored): number =>
  anchored.placed.length + anchored.orphans.length + anchored.pageNotes.length;

function Extras({
  annotation,
  verdictText,
  speaker,
}: {
  annotation: Annotation;
  verdictText: Record<Verdict, string>;
  speaker?: string;
}) {
  const tags = annotation.tags.filter(Boolean);
  return (
    <>
      {(annotation.verdict || speaker || tags.length > 0) && (
        <span className="note-tags">
          {[
            [
              annotation.verdict && `Verdict: ${verdictText[annotation.verdict] ?? annotation.verdict}`,
              speaker && (speaker === UNKNOWN_SPEAKER ? speaker : `Claim by ${speaker}`),
            ]
              .filter(Boolean)
              .join(' · '),
            ...tags.map((t) => `#${t}`),
          ]
            .filter(Boolean)
            .join(' ')}
        </span>
      )}
      {annotation.note && <NoteMarkdown markdown={annotation.note} className="note-markdown note-body" />}
    </>
  );
}

export function SharedNotesSection({
  sharer,
  anchored,
  displayOf,
  verdictText,
  speakerOf = () => undefined,
  onJump,
  onKeep,
}: SharedNotesSectionProps) {
  const titleId = useId();
  const whose = sharer ? `Shared by ${sharer}` : 'Shared with you';
  return (
    <section className="shared-notes" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {whose} ({sharedCount(anchored)})
      </h3>
      <p className="panel-note">Not yours until you keep them: read-only here, dashed in the text.</p>
      <ul className="note-list" aria-label={whose}>
        {anchored.pageNotes.map((n) => (
          <li key={n.id} className="note-item">
            <span className="note-head">Note on the whole article</span>
            <Extras annotation={n} verdictText={verdictText} />
          </li>
        ))}
        {anchored.placed.map((p) => (
          <li key={p.annotation.id}>
            <button type="button" className="note-item shared-note-item" onClick={() => onJump(p)}>
              <span className="note-quote">{displayOf(p.annotation, 120)}</span>
            </button>
            <Extras annotation={p.annotation} verdictText={verdictText} speaker={speakerOf(p.annotation, p)} />
          </li>
        ))}
        {anchored.orphans.map((o) => (
          <li key={o.id} className="note-item orphan">
            <span className="note-quote">Could not be placed in this text: {displayOf(o, 120)}</span>
            <Extras annotation={o} verdictText={verdictText} />
          </li>
        ))}
      </ul>
      <button type="button" className="primary" onClick={onKeep}>
        Keep {sharedCount(anchored) === 1 ? 'it' : 'them'} as my notes
      </button>
    </section>
  );
}
