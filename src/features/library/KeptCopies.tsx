/**
 * Damaged copies kept aside (saved data that could not be read, see lib/safe-storage.ts): listed
 * in the library, from this session or earlier ones, each to download as it was stored or to
 * delete once downloaded. Deleting frees space, so any write that storage refused retries then.
 */
import { useCallback, useEffect, useState } from 'react';
import { downloadText } from '../../lib/download';
import { describeKeptKey, keptName } from '../../lib/safe-storage';
import { appStorage } from '../../store/app-storage';

const today = () => new Date().toISOString().slice(0, 10);

/** Downloads a kept copy exactly as it was stored, named after the store it came from. */
export async function downloadKept(key: string): Promise<boolean> {
  const raw = await appStorage.readKept(key);
  if (raw === undefined) return false;
  const name = keptName(describeKeptKey(key).store ?? 'data');
  downloadText(`marginalia-damaged-${name}-${today()}.json`, 'application/json', raw);
  return true;
}

const STORE_LABEL: Record<string, string> = {
  annotations: 'Annotations',
  library: 'Library list',
  prefs: 'Preferences',
  corrections: 'Corrections',
};

function describe(key: string, size: number): string {
  const { store, time } = describeKeptKey(key);
  const what = (store && STORE_LABEL[store]) ?? 'Saved data';
  const when = time ? new Date(time).toLocaleString() : 'in an earlier session';
  const amount = size < 1024 ? `${size} bytes` : `${Math.round(size / 1024).toLocaleString()} KB`;
  return `${what} · kept ${when}${size ? ` · ${amount}` : ''}`;
}

export function KeptCopies() {
  const [copies, setCopies] = useState<Array<{ key: string; size: number }>>([]);
  const refresh = useCallback(() => void appStorage.listKept().then(setCopies), []);
  useEffect(() => {
    refresh();
    return appStorage.subscribe(refresh);
  }, [refresh]);
  if (copies.length === 0) return null;
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
              onClick={() => void downloadKept(c.key)}
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
