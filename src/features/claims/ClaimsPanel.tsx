/**
 * Whose voices dominate the story: claims grouped by speaker with counts, each in a line (in
 * quotation marks only when it is the speaker's own words).
 * Filter by speaker and by kind; click → jump to the claim. Unattributed reporter statements are
 * never claims (the engine does not produce them), so nothing here needs to hide them.
 */
import { useState, type ReactNode } from 'react';
import { LIST_PAGE, ShowMore } from '../../components/ShowMore';
import type { Analysis, Claim, ClaimKind } from '../../engine/types';
import { jumpTo } from '../../store/reading';
import { claimDisplayText, UNKNOWN_SPEAKER as UNKNOWN } from '../../model/claim-display';

const KIND_LABEL: Record<ClaimKind, string> = {
  direct: 'Direct quote',
  indirect: 'Reported speech',
  mixed: 'Partly quoted',
};

/**
 * Claims a panel shows at first: a few screens of the panel. Each item is a button of two lines;
 * on a 1 MB article a page of 100 cost the click on the tab about 60 ms of style, layout and
 * paint. The rest follow a page at a time as the list's end scrolls into view (`ShowMore`).
 */
export const FIRST_CLAIMS = 30;

export function groupBySpeaker(claims: Claim[]): Array<[string, Claim[]]> {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    const name = c.speaker?.name ?? UNKNOWN;
    const group = groups.get(name);
    if (group) group.push(c);
    else groups.set(name, [c]);
  }
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

/**
 * The panel unmounts whenever another tab is chosen; grouping thousands of claims again on each
 * return to it was ~10 ms of the click. The analysis' claims array is the key: a new analysis
 * (or a correction) is a new array.
 */
const grouped = new WeakMap<Claim[], Array<[string, Claim[]]>>();
function speakerGroups(claims: Claim[]): Array<[string, Claim[]]> {
  let groups = grouped.get(claims);
  if (!groups) grouped.set(claims, (groups = groupBySpeaker(claims)));
  return groups;
}

interface ClaimsPanelProps {
  analysis: Analysis;
  /** The reader's own mark on a claim (a verdict badge), shown with it in the list. */
  renderMark?: (claim: Claim) => ReactNode;
}

export function ClaimsPanel({ analysis, renderMark }: ClaimsPanelProps) {
  const [speaker, setSpeakerState] = useState('');
  const [kind, setKindState] = useState<ClaimKind | ''>('');
  // A 1 MB article has thousands of claims: render a few screens, then more as the list's end shows.
  const [limit, setLimit] = useState(FIRST_CLAIMS);
  const setSpeaker = (s: string) => {
    setSpeakerState(s);
    setLimit(FIRST_CLAIMS);
  };
  const setKind = (k: ClaimKind | '') => {
    setKindState(k);
    setLimit(FIRST_CLAIMS);
  };
  const groups = speakerGroups(analysis.claims);
  const shown = groups
    .filter(([name]) => !speaker || name === speaker)
    .map(([name, list]) => [name, list.filter((c) => !kind || c.kind === kind)] as const)
    .filter(([, list]) => list.length > 0);
  const total = shown.reduce((n, [, list]) => n + list.length, 0);
  const page: Array<readonly [string, Claim[], Claim[]]> = [];
  for (let i = 0, before = 0; i < shown.length && before < limit; i++) {
    const [name, list] = shown[i];
    page.push([name, list, list.slice(0, limit - before)]);
    before += list.length;
  }
  return (
    <div className="claims-panel">
      <div className="panel-filters">
        <label>
          Speaker{' '}
          <select value={speaker} onChange={(e) => setSpeaker(e.target.value)}>
            <option value="">All speakers</option>
            {groups.map(([name, list]) => (
              <option key={name} value={name}>
                {name} ({list.length})
              </option>
            ))}
          </select>
        </label>
        <label>
          Kind{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as ClaimKind | '')}>
            <option value="">All kinds</option>
            {(Object.keys(KIND_LABEL) as ClaimKind[]).map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {shown.length === 0 && <p className="panel-note">No claims match.</p>}
      <ol className="speaker-groups">
        {page.map(([name, list, part]) => (
          <li key={name}>
            <h3 className="speaker-name">
              {name}{' '}
              <span className="layer-count">
                {list.length} {list.length === 1 ? 'claim' : 'claims'}
              </span>
            </h3>
            <ul className="claim-list">
              {part.map((c) => (
                <li key={c.id}>
                  <button type="button" className="claim-item" onClick={() => jumpTo(c.id, true)}>
                    <span className="claim-quote">{claimDisplayText(c, 110)}</span>
                    <span className="claim-meta">
                      {c.cue.text} · {KIND_LABEL[c.kind].toLowerCase()}
                      {c.hedged ? ' · hedged' : ''}
                    </span>
                    {renderMark?.(c)}
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
        {total > limit && <ShowMore left={total - limit} onMore={() => setLimit((l) => l + LIST_PAGE)} />}
      </ol>
    </div>
  );
}
