/**
 * The shared layer's banner: whose annotations these are, each one (in reading order) to jump
 * to with its note, verdict and tags, and the choice to keep them (merged into the reader's own,
 * never replacing them) or dismiss them. The list folds away so the article is one tap down.
 *
 * This module and its stylesheet load as one chunk, which the share route fetches while it decodes
 * the link: the recipient's first paint of the banner already has its styles and rendered notes.
 * Notes are the sender's Markdown, rendered through the sanitizing renderer; every other field
 * from the link is rendered as text.
 */
import { useId, useState } from 'react';
import MarkdownRendered from '../../components/MarkdownRendered';
import { VERDICT_LABEL, type Annotation } from '../../model/annotation';
import type { Anchored, Placed } from '../../model/anchored';
import { UNKNOWN_SPEAKER } from '../../model/claim-display';
import './shared-layer.css';

export interface SharedBannerProps {
  sharer?: string;
  anchored: Anchored;
  /** How many could not be placed because the link asked for more work than a link may. */
  overBudget?: number;
  /** The passage as shown: a claim in quotation marks only when it is a direct quotation. */
  displayOf: (a: Placed['annotation'], max?: number) => string;
  /**
   * Whose claim a shared claim annotation placed at `at` judges, named as the Claims panel names
   * them; never asked for a passage that could not be placed (its claim cannot be told).
   */
  speakerOf?: (a: Annotation, at: { start: number; end: number }) => string | undefined;
  onJump: (p: Placed) => void;
  onKeep: () => void;
  onDismiss: () => void;
}

/** A source as a person reads it: the address without its scheme. */
const linkText = (url: string) => url.replace(/^https?:\/\//i, '').replace(/\/$/, '');

function Details({ annotation, speaker }: { annotation: Annotation; speaker?: string }) {
  const tags = annotation.tags.filter(Boolean);
  // The sender's sources for a verdict are their evidence: the recipient must be able to follow
  // them, not only count them. The link's schema admits http(s) addresses only; checked again here
  // because nothing from a link may become a clickable `javascript:` URL.
  const links = (annotation.links ?? []).filter((url) => /^https?:\/\//i.test(url));
  return (
    <>
      {(annotation.verdict || speaker || tags.length > 0) && (
        <div className="shared-meta">
          {annotation.verdict && (
            <span className="shared-verdict">Verdict: {VERDICT_LABEL[annotation.verdict] ?? annotation.verdict}</span>
          )}
          {/* A verdict judges someone's claim: the recipient reads whose, as the Claims panel shows it. */}
          {speaker && (
            <span className="shared-speaker">{speaker === UNKNOWN_SPEAKER ? speaker : `Claim by ${speaker}`}</span>
          )}
          {tags.map((t) => (
            <span key={t} className="shared-tag">
              #{t}
            </span>
          ))}
        </div>
      )}
      {links.length > 0 && (
        <ul className="shared-sources" aria-label={links.length === 1 ? 'Source' : 'Sources'}>
          {links.map((url) => (
            <li key={url}>
              <a href={url} target="_blank" rel="noopener noreferrer nofollow">
                {linkText(url)}
              </a>
            </li>
          ))}
        </ul>
      )}
      {annotation.note && <MarkdownRendered markdown={annotation.note} className="note-markdown shared-note" />}
    </>
  );
}

export default function SharedBanner({
  sharer,
  anchored,
  overBudget = 0,
  displayOf,
  speakerOf = () => undefined,
  onJump,
  onKeep,
  onDismiss,
}: SharedBannerProps) {
  const [open, setOpen] = useState(true);
  const listId = useId();
  const total = anchored.placed.length + anchored.orphans.length + anchored.pageNotes.length;
  const who = sharer ? `shared by ${sharer}` : 'shared with you';
  return (
    <div className="shared-column">
      <section className="shared-banner" aria-label="Shared annotations">
        <div className="shared-banner-head">
          <h2>
            {total} {total === 1 ? 'annotation' : 'annotations'} {who}
          </h2>
          <button
            type="button"
            className="quiet"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Hide list' : 'Show list'}
          </button>
        </div>
        <p className="hint">
          <span className="shared-swatch" aria-hidden="true" />
          Marked with dashed lines in the text. They are not part of your notes unless you keep them.
        </p>
        {overBudget > 0 && (
          <p className="share-warning shared-warning" role="alert">
            {overBudget} of them could not be placed: this link asks for more work than a share link may, so the search
            for them was stopped. They are listed below as not placed.
          </p>
        )}
        <div id={listId} hidden={!open}>
          <ul className="shared-list" aria-label="Shared passages">
            {anchored.pageNotes.map((n) => (
              <li key={n.id} className="shared-item">
                <strong>Note on the whole article</strong>
                <Details annotation={n} />
              </li>
            ))}
            {anchored.placed.map((p) => (
              <li key={p.annotation.id} className="shared-item">
                <button type="button" className="link-button" onClick={() => onJump(p)}>
                  {displayOf(p.annotation, 120)}
                </button>
                <Details annotation={p.annotation} speaker={speakerOf(p.annotation, p)} />
              </li>
            ))}
            {anchored.orphans.map((o) => (
              <li key={o.id} className="shared-item orphan">
                Could not be placed in this text: {displayOf(o, 120)}
                <Details annotation={o} />
              </li>
            ))}
          </ul>
        </div>
        <div className="row">
          <button type="button" className="primary" onClick={onKeep}>
            Keep these
          </button>
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      </section>
    </div>
  );
}
