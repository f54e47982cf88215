/**
 * Who and what the article names: people, places and organizations, each sorted by how often
 * they are mentioned, with the roles the article gives them. Click → jump to the first mention.
 */
import { useEffect, useRef, useState } from 'react';
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

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/**
 * Where each group's rows fall in the order they are filled: every group's first rows (up to
 * `FIRST_SHOWN`) in group order, then the rest of each group shown in full, so opening one group
 * only adds rows after all those shown already.
 */
function fillOrder(wanted: readonly number[]): {
  total: number;
  groups: Array<{ first: number; firstBefore: number; restBefore: number }>;
} {
  const firsts = wanted.map((n) => Math.min(n, FIRST_SHOWN));
  const allFirst = firsts.reduce((a, b) => a + b, 0);
  let firstBefore = 0;
  let restBefore = allFirst;
  const groups = wanted.map((n, i) => {
    const g = { first: firsts[i], firstBefore, restBefore };
    firstBefore += firsts[i];
    restBefore += n - firsts[i];
    return g;
  });
  return { total: restBefore, groups };
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
  // The rows go in a few per frame, the groups in order: the 1 MB article's 120 first rows (~530
  // boxes) in the frame that brought the analysis were the open's longest task (39 ms of CPU,
  // traced), in the frame just before its layers were painted. Alternated A/B (bench/ab-long.ts,
  // 6 opens each): longest task to layers 32 → 21.5 ms CPU median, every run below every base run.
  // The rest of a group shown in full comes after every group's first rows: counted in group order,
  // "Show all" on People made the places and organizations already shown vanish until the people
  // were all in.
  const order = fillOrder(groups.map((g) => g.wanted.length));
  const rows = useFilledCount(order.total);
  // "Show all" goes once pressed, and focus with it: it is taken to the first row it brought, once
  // that row is in (it may be a few frames later), unless the reader has moved it somewhere since.
  const [focusAfter, setFocusAfter] = useState<EntityType | null>(null);
  const firstNewRow = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const row = firstNewRow.current;
    if (!focusAfter || !row) return;
    setFocusAfter(null);
    if (!document.activeElement || document.activeElement === document.body) row.focus();
  }, [focusAfter, rows]);
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
        const { first, firstBefore, restBefore } = order.groups[i];
        const list = wanted.slice(0, clamp(rows - firstBefore, 0, first));
        if (list.length === first) list.push(...wanted.slice(first, first + Math.max(0, rows - restBefore)));
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
                {list.map((e, k) => {
                  return (
                    <li key={e.id}>
                      <button
                        ref={focusAfter === type && k === FIRST_SHOWN ? firstNewRow : undefined}
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
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setExpanded({ ...expanded, [type]: true });
                  setFocusAfter(type);
                }}
              >
                Show all {countOf(all.length, one, many)}
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
