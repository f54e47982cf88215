/** Production bundle size: every JS chunk in dist/, raw and gzip, split into entry and lazy chunks. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function benchBundle(dist = 'dist'): Record<string, string | number> {
  const dir = join(dist, 'assets');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  let entryGz = 0;
  let lazyGz = 0;
  let raw = 0;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const buf = readFileSync(join(dir, f));
    const gz = gzipSync(buf, { level: 9 }).length;
    raw += buf.length;
    if (html.includes(f)) entryGz += gz;
    else lazyGz += gz;
  }
  return {
    'JS entry (gzip, KB)': +(entryGz / 1024).toFixed(1),
    'JS lazy chunks (gzip, KB)': +(lazyGz / 1024).toFixed(1),
    'JS total (raw, KB)': +(raw / 1024).toFixed(1),
  };
}
