/**
 * Damaged copies kept aside (saved data that could not be read, see lib/safe-storage.ts): listed
 * in the library, from this session or earlier ones, each to download as it was stored or to
 * delete once downloaded. Deleting frees space, so any write that storage refused retries then.
 */
import { useCallback, useEffect, useState } from 'react';
import { downloadText } from '../../lib/download';
import { BACKUP_PREFIX } from '../../lib/safe-storage';
import { appStorage } from '../../store/app-storage';

const today = () => new Date().toISOString().slice(0, 10);

/** Downloads a kept copy exactly as it was stored, named after where it came from. */
export async function downloadKept(key: string, source = 'data'): Promise<boolean> {
  const raw = await appStorage.readKept(key);
  if (raw === undefined) return false;
  const name = source.replace(/^marginalia:/, '').replace(/[^a-z0-9-]+/gi, '-');
  downloadText(`marginalia-damaged-${name}-${today()}.json`, 'application/json', raw);
  return true;
}

function describe(key: string, size: number): string {
  const time = Number(key.slice(BACKUP_PREFIX.length).split('-')[0]);
  const when = Number.isFinite(time) && time > 0 ? new Date(time).toLocaleString() : 'an earlier session';
  const kb = Math.max(1, Math.round(size / 1024));
  return `Kept ${when}${size ? ` · ${kb} KB` : ''}`;
}

export function KeptCopies() {
  const [copies, setCopies] = useState<Array<{ key: string; size: number }>>([]);
  const refresh = useCallback(() => void appStorage.listKept().then(setCopies), []);
  useEffect(() => {
    refresh();
    return appStorage.subscribe(refresh);
  }, [refresh]);
  if (copies.length === 0) return null;
  const sourceOf = (key: string) => appStorage.getStatus().kept.find((k) => k.key === key)?.source;
  return (
    <section aria-labelledby="kept-title" className="kept-copies">
      <h2 id="kept-title">Damaged copies kept aside</h2>
      <p className="library-note">
        Saved data Marginalia could not read, kept exactly as it was so nothing is lost. Download a copy to repair it or
        to send it with a bug report, then delete it to free space.
      </p>
      <ul className="article-list">
        {copies.map((c, i) => (
          <li key={c.key} className="article-row">
            <span className="kept-label">{describe(c.key, c.size)}</span>
            <button
              type="button"
              aria-label={`Download damaged copy ${i + 1}`}
              onClick={() => void downloadKept(c.key, sourceOf(c.key))}
            >
              Download
            </button>
            <button
              type="button"
              className="quiet"
              aria-label={`Delete damaged copy ${i + 1}`}
              onClick={() => void appStorage.deleteKept(c.key).then(refresh)}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
