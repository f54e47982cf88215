/**
 * The reader's judgement of a detected claim: a verdict, a note and source links, kept as an
 * annotation of kind 'claim' anchored on the claim's text (so it survives re-analysis).
 */
import { useState } from 'react';
import { VERDICT_LABEL, VERDICTS, type Annotation, type Verdict } from '../../model/annotation';

interface ClaimVerdictProps {
  existing?: Annotation;
  onSave: (v: { verdict?: Verdict; note: string; links: string[] }) => void;
  onRemove: () => void;
}

const isWebLink = (s: string) => {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
};

export function ClaimVerdict({ existing, onSave, onRemove }: ClaimVerdictProps) {
  const [verdict, setVerdict] = useState<Verdict | ''>(existing?.verdict ?? '');
  const [note, setNote] = useState(existing?.note ?? '');
  const [links, setLinks] = useState((existing?.links ?? []).join('\n'));
  const [error, setError] = useState('');
  const save = () => {
    const list = links
      .split(/\s+/)
      .map((l) => l.trim())
      .filter(Boolean);
    const bad = list.find((l) => !isWebLink(l));
    if (bad) {
      setError(`“${bad.slice(0, 60)}” is not a web link (http or https).`);
      return;
    }
    setError('');
    onSave({ verdict: verdict || undefined, note, links: list });
  };
  return (
    <div className="claim-verdict">
      <label className="field">
        Your verdict
        <select value={verdict} onChange={(e) => setVerdict(e.target.value as Verdict | '')}>
          <option value="">No verdict</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {VERDICT_LABEL[v]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Verdict note
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <label className="field">
        Sources (one link per line)
        <textarea rows={2} value={links} onChange={(e) => setLinks(e.target.value)} />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="button" onClick={save}>
          Save verdict
        </button>
        {existing && (
          <button type="button" onClick={onRemove}>
            Remove verdict
          </button>
        )}
      </div>
    </div>
  );
}
