/**
 * The card for one finding: what the engine says about an entity or a claim, how to move to the
 * entity's other mentions or the speaker's other claims, and how to correct the machine.
 * Opened by hover (a preview) or by click/Enter (pinned, focused, keyboard-operable). Pinned, it
 * keeps Tab among its own controls as a dialog does (tab-cycle.ts), and closing it gives the focus
 * back to what opened it (a Cast or Claims entry, or the article where a mark was chosen).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useCardPlacement } from './use-card-placement';
import type { CardPosition } from './place-card';
import type { Claim, Entity, EntityType, GazetteerEntry } from '../../engine/types';
import { entityKey, spanKey } from '../../model/corrections';
import type { Finding, FindingIndex } from '../../model/findings';
import { claimDisplayText, isDirectClaim } from '../../model/claim-display';
import { fixSpeaker, rejectClaim, rejectEntity, retypeEntity } from '../../store/corrections';
import { jumpTo, setFilterEntity, useReadingStore } from '../../store/reading';
import { keepTabIn } from '../../lib/tab-cycle';
import { openerOutside } from '../../lib/focus-return';
import { PHONE_QUERY, useMediaQuery } from '../../lib/use-media-query';

export type { CardPosition } from './place-card';

interface FindingCardProps {
  finding: Finding;
  index: FindingIndex;
  articleId: string;
  position: CardPosition;
  pinned: boolean;
  /** `opener`: what had the focus when the card was pinned, to give it back to (null: none). */
  onClose: (opener: HTMLElement | null) => void;
  renderLocator?: (place: GazetteerEntry) => ReactNode;
  renderClaimExtras?: (claim: Claim) => ReactNode;
}

const TYPE_LABEL: Record<EntityType, string> = { person: 'Person', place: 'Place', organization: 'Organization' };

function mentionsOf(index: FindingIndex, entity: Entity): Finding[] {
  return entity.mentionIds
    .map((id) => index.byId.get(id))
    .filter((f): f is Finding => !!f)
    .sort((a, b) => a.start - b.start);
}

function EntityBody({
  finding,
  entity,
  index,
  articleId,
  onClose,
  renderLocator,
}: {
  finding: Finding;
  entity: Entity;
  index: FindingIndex;
  articleId: string;
  onClose: () => void;
  renderLocator?: (p: GazetteerEntry) => ReactNode;
}) {
  const mentions = mentionsOf(index, entity);
  const at = mentions.findIndex((m) => m.id === finding.id);
  const filtered = useReadingStore((s) => s.filterEntityId === entity.id);
  const key = entityKey(entity);
  return (
    <>
      <p className="kind">
        {TYPE_LABEL[entity.type]} · {mentions.length} {mentions.length === 1 ? 'mention' : 'mentions'}
      </p>
      <dl>
        {entity.roles.length > 0 && (
          <>
            <dt>Role</dt>
            <dd>{entity.roles.join('; ')}</dd>
          </>
        )}
        {entity.aliases.length > 0 && (
          <>
            <dt>Also</dt>
            <dd>{entity.aliases.join(', ')}</dd>
          </>
        )}
        {entity.place && (
          <>
            <dt>Country</dt>
            <dd>{entity.place.country || '—'}</dd>
            <dt>Kind</dt>
            <dd>{entity.place.kind}</dd>
          </>
        )}
      </dl>
      {entity.place && renderLocator?.(entity.place)}
      <div className="row" role="group" aria-label="Mentions">
        <button type="button" disabled={at <= 0} onClick={() => jumpTo(mentions[at - 1].id, true)}>
          ← Previous mention
        </button>
        <span aria-live="polite">
          {at + 1} of {mentions.length}
        </span>
        <button
          type="button"
          disabled={at < 0 || at >= mentions.length - 1}
          onClick={() => jumpTo(mentions[at + 1].id, true)}
        >
          Next mention →
        </button>
      </div>
      <div className="row">
        <button type="button" aria-pressed={filtered} onClick={() => setFilterEntity(filtered ? null : entity.id)}>
          {filtered ? 'Show all paragraphs' : 'Show only paragraphs with this'}
        </button>
      </div>
      <details>
        <summary>Correct this</summary>
        <div className="row">
          <label>
            Type{' '}
            <select
              aria-label="Change type"
              value={entity.type}
              onChange={(e) => retypeEntity(articleId, key, e.target.value as EntityType)}
            >
              <option value="person">Person</option>
              <option value="place">Place</option>
              <option value="organization">Organization</option>
            </select>
          </label>
          <button
            type="button"
            onClick={() => {
              rejectEntity(articleId, key);
              onClose();
            }}
          >
            Not a name: remove
          </button>
        </div>
      </details>
    </>
  );
}

function ClaimBody({
  claim,
  index,
  articleId,
  onClose,
  extras,
}: {
  claim: Claim;
  index: FindingIndex;
  articleId: string;
  onClose: () => void;
  extras?: ReactNode;
}) {
  const [speaker, setSpeaker] = useState(claim.speaker?.name ?? '');
  const others = [...index.claims.values()].filter(
    (c) => c.id !== claim.id && c.speaker && claim.speaker && c.speaker.name === claim.speaker.name,
  );
  const people = [...index.entities.values()].filter((e) => e.type !== 'place').map((e) => e.name);
  const words = claimDisplayText(claim, 240);
  // On a phone the facts come after the actions, so "Correct this" is in the unscrolled sheet at
  // 360 × 640: moved in the DOM, not by CSS `order`, so a screen reader reads them where they are
  // drawn (e2e/phone-card-actions.spec.ts). Beside the text they come first, under the verdict.
  const phone = useMediaQuery(PHONE_QUERY);
  const facts = (
    <dl className="claim-facts">
      <dt>Speaker</dt>
      <dd>
        {claim.speaker ? claim.speaker.name : 'unknown'}
        {claim.speaker && claim.speaker.text && claim.speaker.text !== claim.speaker.name && (
          <> (as “{claim.speaker.text}”)</>
        )}
      </dd>
      <dt>Cue</dt>
      <dd>“{claim.cue.text}”</dd>
      <dt>Kind</dt>
      <dd>{claim.kind === 'direct' ? 'direct quote' : claim.kind === 'mixed' ? 'partly quoted' : 'reported speech'}</dd>
      <dt>Hedged</dt>
      <dd>{claim.hedged ? 'yes — the wording distances the reporter' : 'no'}</dd>
    </dl>
  );
  return (
    <>
      {isDirectClaim(claim) ? <blockquote>{words}</blockquote> : <p className="claim-paraphrase">{words}</p>}
      {/* The reader's verdict first: it is what they came to the card for (issue 11). */}
      {extras}
      {!phone && facts}
      {others.length > 0 && (
        <details className="other-claims">
          <summary>
            Other claims by {claim.speaker?.name} ({others.length})
          </summary>
          <ul>
            {others.slice(0, 5).map((c) => (
              <li key={c.id}>
                <button type="button" className="link-button" onClick={() => jumpTo(c.id, true)}>
                  {claimDisplayText(c, 70)}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <details>
        <summary>Correct this</summary>
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (speaker.trim()) fixSpeaker(articleId, spanKey(claim), speaker.trim());
          }}
        >
          <label>
            Speaker{' '}
            <input
              list="card-people"
              value={speaker}
              onChange={(e) => setSpeaker(e.target.value)}
              aria-label="Speaker name"
              size={16}
            />
          </label>
          <datalist id="card-people">
            {people.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
          <button type="submit">Fix speaker</button>
          <button
            type="button"
            onClick={() => {
              rejectClaim(articleId, spanKey(claim));
              onClose();
            }}
          >
            Not a claim: remove
          </button>
        </form>
      </details>
      {phone && facts}
    </>
  );
}

export function FindingCard({
  finding,
  index,
  articleId,
  position,
  pinned,
  onClose,
  renderLocator,
  renderClaimExtras,
}: FindingCardProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const box = useRef<HTMLElement>(null);
  // What had the focus when the card was pinned: kept while the card steps to other mentions.
  const opener = useRef<HTMLElement | null>(null);
  useCardPlacement(box, position, { opened: pinned });
  useEffect(() => {
    if (!pinned) return;
    // Taken again whenever the focus is outside the card: a second finding opened from the panel
    // returns there, not to the first (review, stop 52); a step inside the card keeps the first.
    const active = openerOutside(box.current);
    if (active) opener.current = active;
    // Focus after placing, so focusing never scrolls to where the card was first drawn.
    heading.current?.focus({ preventScroll: true });
  }, [pinned, finding.id]);
  const close = () => onClose(opener.current);
  const claim = finding.layer === 'claim' ? index.claims.get(finding.refId) : undefined;
  const entity = finding.layer !== 'claim' ? index.entities.get(finding.refId) : undefined;
  const title = claim
    ? claim.speaker
      ? `Claim by ${claim.speaker.name}`
      : 'Claim (source unknown)'
    : (entity?.name ?? '');
  return (
    <section
      ref={box}
      className="finding-card"
      style={{ top: position.top, left: position.left }}
      aria-label={title}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        } else if (pinned && box.current) keepTabIn(box.current, e);
      }}
    >
      <div className="dialog-head">
        <h3 ref={heading} tabIndex={-1}>
          {title}
        </h3>
        <button type="button" className="icon-button" aria-label="Close card" onClick={close}>
          ×
        </button>
      </div>
      {claim && (
        <ClaimBody
          key={claim.id}
          claim={claim}
          index={index}
          articleId={articleId}
          onClose={close}
          extras={renderClaimExtras?.(claim)}
        />
      )}
      {entity && (
        <EntityBody
          finding={finding}
          entity={entity}
          index={index}
          articleId={articleId}
          onClose={close}
          renderLocator={renderLocator}
        />
      )}
    </section>
  );
}
