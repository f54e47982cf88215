/**
 * Whose voices dominate the story: claims grouped by speaker with counts, each as a short quote.
 * Filter by speaker and by kind; click → jump to the claim. Unattributed reporter statements are
 * never claims (the engine does not produce them), so nothing here needs to hide them.
 */
import { useMemo, useState, type ReactNode } from 'react';
import type { Analysis, Claim, ClaimKind } from '../../engine/types';
import { jumpTo } from '../../store/reading';

const UNKNOWN = 'Source unknown';
const KIND_LABEL: Record<ClaimKind, string> = {
  direct: 'Direct quote',
  indirect: 'Reported speech',
  mixed: 'Partly quoted',
};

/** The claim's words for a short quote: surrounding quotation marks dropped, long ones cut. */
function shortQuote(text: string, max = 110): string {
  const bare = text.replace(/^[“"‘']+|[”"’',]+$/g, '').trim();
  return bare.length > max ? `${bare.slice(0, max)}…` : bare;
}

export function groupBySpeaker(claims: Claim[]): Array<[string, Claim[]]> {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    const name = c.speaker?.name ?? UNKNOWN;
    groups.set(name, [...(groups.get(name) ?? []), c]);
  }
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

interface ClaimsPanelProps {
  analysis: Analysis;
  /** The reader's own mark on a claim (a verdict badge), shown with it in the list. */
  renderMark?: (claim: Claim) => ReactNode;
}

export function ClaimsPanel({ analysis, renderMark }: ClaimsPanelProps) {
  const [speaker, setSpeaker] = useState('');
  const [kind, setKind] = useState<ClaimKind | ''>('');
  const groups = useMemo(() => groupBySpeaker(analysis.claims), [analysis.claims]);
  const shown = groups
    .filter(([name]) => !speaker || name === speaker)
    .map(([name, list]) => [name, list.filter((c) => !kind || c.kind === kind)] as const)
    .filter(([, list]) => list.length > 0);
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
        {shown.map(([name, list]) => (
          <li key={name}>
            <h3 className="speaker-name">
              {name}{' '}
              <span className="layer-count">
                {list.length} {list.length === 1 ? 'claim' : 'claims'}
              </span>
            </h3>
            <ul className="claim-list">
              {list.map((c) => (
                <li key={c.id}>
                  <button type="button" className="claim-item" onClick={() => jumpTo(c.id, true)}>
                    <span className="claim-quote">“{shortQuote(c.content.text)}”</span>
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
      </ol>
    </div>
  );
}
