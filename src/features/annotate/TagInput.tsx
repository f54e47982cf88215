import { useState } from 'react';

interface TagInputProps {
  tags: string[];
  suggestions: string[];
  onChange: (tags: string[]) => void;
  id: string;
}

/** Tags as removable chips plus an input that autocompletes from tags already in use. */
export function TagInput({ tags, suggestions, onChange, id }: TagInputProps) {
  const [draft, setDraft] = useState('');
  const add = (raw: string) => {
    const next = raw
      .split(',')
      .map((t) => t.trim().replace(/^#/, '').slice(0, 60))
      .filter((t) => t && !tags.includes(t));
    if (next.length) onChange([...tags, ...next]);
    setDraft('');
  };
  return (
    <div className="tag-input">
      <ul className="tags" aria-label="Tags">
        {tags.map((t) => (
          <li key={t} className="tag">
            #{t}
            <button
              type="button"
              className="tag-remove"
              aria-label={`Remove tag ${t}`}
              onClick={() => onChange(tags.filter((x) => x !== t))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={id}
        list={`${id}-list`}
        value={draft}
        placeholder="Add a tag, press Enter"
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',') {
            e.preventDefault();
            add(draft);
          }
        }}
        onBlur={() => draft.trim() && add(draft)}
      />
      <datalist id={`${id}-list`}>
        {suggestions
          .filter((s) => !tags.includes(s))
          .map((s) => (
            <option key={s} value={s} />
          ))}
      </datalist>
    </div>
  );
}
