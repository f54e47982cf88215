/**
 * Who and what the article names: people, places and organizations, each sorted by how often
 * they are mentioned, with the roles the article gives them. Click → jump to the first mention.
 */
import { useState } from 'react';
import { FINDING_LAYER_STYLES, swatchStyle } from '../../anchoring/highlight/layers';
import type { Analysis, EntityType } from '../../engine/types';
import { countOf } from '../../lib/plural';
import { useFilledCount } from '../../lib/use-filled-count';
import { jumpTo, setFilterEntity, useReadingStore } from '../../store/reading';

/** A long article can name thousands; the list starts with the most mentioned. */
const FIRST_SHOWN = 40;

const GROUPS: Array<[EntityType, string, string, string]> = [
  ['person', 'People', 'person', 'people'],
  ['place', 'Places', 'place', 'places'],
  ['organization', 'Organizations', 'organization', 'organizations'],
];

/**
 * The entity's first mention in the text: looked up when clicked, rather than for every entity
 * when the panel first renders (a pass over a 1 MB article's 21,000 mentions).
 */
function firstMention(analysis: Analysis, entityId: string): string | undefined {
  let first: { id: string; start: number } | undefined;
  for (const m of analysis.mentions) if (m.entityId === entityId && (!first || m.start < first.start)) first = m;
  return first?.id;
}

export function CastPanel({ analysis }: { analysis: Analysis }) {
  const filter = useReadingStore((s) => s.filterEntityId);
  const [expanded, setExpanded] = useState<Partial<Record<EntityType, boolean>>>({});
  const groups = GROUPS.map(([type, label, one, many]) => {
    const all = analysis.entities
      .filter((e) => e.type === type)
      .sort((a, b) => b.mentionIds.length - a.mentionIds.length || a.name.localeCompare(b.name));
    return { type, label, one, many, all, wanted: expanded[type] ? all : all.slice(0, FIRST_SHOWN) };
  });
  /** Rows wanted in the groups before each one. */
  const rowsBefore = groups.map((_, i) => groups.slice(0, i).reduce((n, g) => n + g.wanted.length, 0));
  // The rows go in a few per frame, the groups in order: the 1 MB article's 120 first rows (~530
  // boxes) in the frame that brought the analysis were the open's longest task (39 ms of CPU,
  // traced), in the frame just before its layers were painted. Alternated A/B (bench/ab-long.ts,
  // 6 opens each): longest task to layers 32 → 21.5 ms CPU median, every run below every base run.
  const rows = useFilledCount(rowsBefore[groups.length - 1] + groups[groups.length - 1].wanted.length);
  return (
    <div className="cast-panel">
      {filter && (
        <p className="panel-note">
          Showing only paragraphs that mention {analysis.entities.find((e) => e.id === filter)?.name}.{' '}
          <button type="button" className="link-button" onClick={() => setFilterEntity(null)}>
            Show all
          </button>
        </p>
      )}
      {groups.map(({ type, label, one, many, all, wanted }, i) => {
        const list = wanted.slice(0, Math.max(0, rows - rowsBefore[i]));
        const mentions = all.reduce((n, e) => n + e.mentionIds.length, 0);
        return (
          <section key={type} aria-labelledby={`cast-${type}`} className="cast-group">
            <h3 id={`cast-${type}`}>
              <span className="swatch" style={swatchStyle(FINDING_LAYER_STYLES[type])} aria-hidden="true" /> {label}{' '}
              <span className="layer-count">
                {countOf(all.length, one, many)}
                {all.length > 0 && ` · ${countOf(mentions, 'mention')}`}
              </span>
            </h3>
            {all.length === 0 ? (
              <p className="panel-note">None found.</p>
            ) : (
              <ul className="cast-list">
                {list.map((e) => {
                  return (
                    <li key={e.id}>
                      <button
                        type="button"
                        className="cast-item"
                        aria-label={`${e.name}, ${countOf(e.mentionIds.length, 'mention')}`}
                        onClick={() => {
                          const first = firstMention(analysis, e.id);
                          if (first) jumpTo(first, true);
                        }}
                      >
                        <span className="cast-name">{e.name}</span>
                        <span className="cast-count" aria-hidden="true">
                          {e.mentionIds.length}
                        </span>
                        {e.roles.length > 0 && <span className="cast-role">{e.roles.join('; ')}</span>}
                        {e.place?.country && e.place.kind !== 'country' && (
                          <span className="cast-role">{e.place.country}</span>
                        )}
                      </button>
                      <button
                        type="button"
                        className="quiet filter-button"
                        aria-pressed={filter === e.id}
                        aria-label={`Show only paragraphs mentioning ${e.name}`}
                        title="Show only paragraphs with this"
                        onClick={() => setFilterEntity(filter === e.id ? null : e.id)}
                      >
                        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                          <path
                            d="M1.5 2h13l-5 6v5l-3 1.5V8z"
                            fill="none"
                            stroke="currentColor"
                            strokeWidth="1.5"
                            strokeLinejoin="round"
                          />
                        </svg>
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
            {all.length > wanted.length && (
              <button type="button" className="link-button" onClick={() => setExpanded({ ...expanded, [type]: true })}>
                Show all {countOf(all.length, one, many)}
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
