/**
 * Where each annotation is kept since format 3: one localStorage key per share ("bucket") of one
 * article's annotations, `<name>:<articleId>:<bucket>`, beside the labels under `<name>` itself.
 *
 * Why buckets: a reload reads, parses and validates only the open article, one bucket per slice of
 * main-thread time, and a save rewrites only the buckets holding a changed record — about 1/64 of
 * a 10,000-annotation article instead of all of it. An annotation's bucket depends on its id
 * alone, so every tab files it in the same place; only buckets that hold something exist.
 */
export const BUCKETS = 64;

/** FNV-1a of the id, folded into `BUCKETS`: stable across tabs, versions and sessions. */
export function bucketOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % BUCKETS;
}

export const bucketKey = (name: string, articleId: string, bucket: number) =>
  `${name}:${articleId}:${String(bucket).padStart(2, '0')}`;

/** The article a bucket key belongs to (ids may hold `:`, so the bucket is read from the end). */
export function articleOfKey(name: string, key: string): string | undefined {
  if (!key.startsWith(`${name}:`)) return undefined;
  const rest = key.slice(name.length + 1);
  const cut = rest.lastIndexOf(':');
  if (cut <= 0 || !/^\d+$/.test(rest.slice(cut + 1))) return undefined;
  return rest.slice(0, cut);
}
