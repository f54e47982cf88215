/**
 * What the page's heap holds once a reload with 10,000 of the reader's highlights on the 1 MB
 * article has settled (the Notes tab counts all 10,000, the layers are painted, 1.5 s more): a
 * heap snapshot through CDP, summarised by kind of object (count and self size), so a change can
 * be judged by how many objects the major collector must mark, not only by bytes. With
 * `HEAP_BASE=1` the same page without highlights is counted first and the difference printed
 * (what the 10,000 cost). `npx tsx bench/heap-many.ts DIST_DIR [top=40]`, on MARGINALIA_BENCH_PORT.
 */
import type { CDPSession, Page } from '@playwright/test';
import { launch } from './browser';
import { ANNOTATIONS_KEY, seededStorage, seedInPage, writeLongArticle } from './long-article';
import { probedPageWithFile, waitForProbe, waitForTab } from './page-metrics';
import { startPreview } from './preview-server';

const PORT = Number(process.env.MARGINALIA_BENCH_PORT ?? 4180);
const COUNT = 10_000;
const [DIR = 'dist', TOP = '40'] = process.argv.slice(2);

interface Snapshot {
  snapshot: {
    meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] };
    node_count: number;
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** Count and self size by "type:name" (closures, arrays and strings by type only). */
export function summarizeSnapshot(s: Snapshot): Map<string, { n: number; bytes: number }> {
  const fields = s.snapshot.meta.node_fields;
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const types = s.snapshot.meta.node_types[0];
  const shapes = process.env.HEAP_SHAPES ? propertyNames(s) : undefined;
  const out = new Map<string, { n: number; bytes: number }>();
  for (let i = 0; i < s.nodes.length; i += width) {
    const type = types[s.nodes[i + typeAt]];
    const name = s.strings[s.nodes[i + nameAt]];
    const key =
      type === 'object' && name === 'Object' && shapes
        ? `object:{${shapes[i / width]}}`
        : type === 'object' || type === 'native' || type === 'hidden' || type === 'code'
          ? `${type}:${name.slice(0, 60)}`
          : type === 'string' && process.env.HEAP_STRINGS
            ? `string:${JSON.stringify(name.slice(0, 40))}`
            : type;
    const row = out.get(key) ?? { n: 0, bytes: 0 };
    row.n++;
    row.bytes += s.nodes[i + sizeAt];
    out.set(key, row);
  }
  return out;
}

/**
 * `HEAP_PARENTS=string,number`: those nodes counted by what first points at them (the parent's kind
 * and the edge's name), to say which records hold the many small strings and heap numbers.
 */
function byParent(s: Snapshot, kinds: string[]): Map<string, { n: number; bytes: number }> {
  const { node_fields, node_types, edge_fields, edge_types } = s.snapshot.meta;
  const width = node_fields.length;
  const ew = edge_fields.length;
  const [typeAt, nameAt, sizeAt, countAt] = ['type', 'name', 'self_size', 'edge_count'].map((f) =>
    node_fields.indexOf(f),
  );
  const [etype, ename, eto] = ['type', 'name_or_index', 'to_node'].map((f) => edge_fields.indexOf(f));
  const types = node_types[0];
  const etypes = edge_types[0];
  const shapes = propertyNames(s);
  const seen = new Uint8Array(s.nodes.length / width);
  const out = new Map<string, { n: number; bytes: number }>();
  let e = 0;
  for (let i = 0; i < s.nodes.length; i += width) {
    const ptype = types[s.nodes[i + typeAt]];
    const pname = s.strings[s.nodes[i + nameAt]];
    const parent =
      ptype === 'object' && pname === 'Object' ? `{${shapes[i / width]}}` : `${ptype}:${pname.slice(0, 40)}`;
    const count = s.nodes[i + countAt];
    for (let k = 0; k < count; k++, e += ew) {
      const to = s.edges[e + eto];
      const t = types[s.nodes[to + typeAt]];
      if (!kinds.includes(t) || seen[to / width]) continue;
      const et = etypes[s.edges[e + etype]];
      if (et === 'weak') continue;
      seen[to / width] = 1;
      const edge = et === 'element' || et === 'hidden' ? `[${et}]` : s.strings[s.edges[e + ename]];
      const key = `${t} ← ${parent}.${edge}`;
      const row = out.get(key) ?? { n: 0, bytes: 0 };
      row.n++;
      row.bytes += s.nodes[to + sizeAt];
      out.set(key, row);
    }
  }
  return out;
}

/** Per node, the names of its first properties (a plain object's shape, to tell records apart). */
function propertyNames(s: Snapshot): string[] {
  const { node_fields, edge_fields, edge_types } = s.snapshot.meta;
  const width = node_fields.length;
  const ew = edge_fields.length;
  const countAt = node_fields.indexOf('edge_count');
  const [etype, ename] = ['type', 'name_or_index'].map((f) => edge_fields.indexOf(f));
  const property = edge_types[0].indexOf('property');
  const out: string[] = [];
  let e = 0;
  for (let i = 0; i < s.nodes.length; i += width) {
    const names: string[] = [];
    const count = s.nodes[i + countAt];
    for (let k = 0; k < count; k++, e += ew)
      if (s.edges[e + etype] === property && names.length < 6) names.push(s.strings[s.edges[e + ename]]);
    out.push(names.join(','));
  }
  return out;
}

async function snapshot(cdp: CDPSession): Promise<Snapshot> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return JSON.parse(chunks.join('')) as Snapshot;
}

async function settledReload(page: Page, count: number) {
  await page.reload({ waitUntil: 'commit' });
  if (count) await waitForTab(page, `Notes (${count})`);
  await waitForProbe(page, 'layersAt', 150_000);
  await page.waitForTimeout(1500);
}

function print(rows: Map<string, { n: number; bytes: number }>, base?: Map<string, { n: number; bytes: number }>) {
  const diff = [...rows].map(([k, v]) => {
    const b = base?.get(k) ?? { n: 0, bytes: 0 };
    return { k, n: v.n - b.n, bytes: v.bytes - b.bytes };
  });
  const total = diff.reduce((a, r) => ({ n: a.n + r.n, bytes: a.bytes + r.bytes }), { n: 0, bytes: 0 });
  console.log(
    `${base ? 'added by the highlights' : 'total'}: ${total.n} objects, ${(total.bytes / 1e6).toFixed(1)} MB`,
  );
  console.log('by count:');
  for (const r of diff.sort((a, b) => b.n - a.n).slice(0, +TOP))
    console.log(`  ${String(r.n).padStart(8)}  ${(r.bytes / 1e6).toFixed(2).padStart(7)} MB  ${r.k}`);
  console.log('by size:');
  for (const r of diff.sort((a, b) => b.bytes - a.bytes).slice(0, 15))
    console.log(`  ${String(r.n).padStart(8)}  ${(r.bytes / 1e6).toFixed(2).padStart(7)} MB  ${r.k}`);
}

async function main() {
  const long = writeLongArticle(`${DIR}/bench-long-article.txt`);
  const { base, stop } = await startPreview(PORT, DIR);
  const browser = await launch();
  try {
    const { page } = await probedPageWithFile(browser, base, long.file);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    let empty: Map<string, { n: number; bytes: number }> | undefined;
    if (process.env.HEAP_BASE) {
      await page.evaluate(seedInPage, { prefix: ANNOTATIONS_KEY, entries: seededStorage(long.text, 0) });
      await settledReload(page, 0);
      empty = summarizeSnapshot(await snapshot(cdp));
    }
    await page.evaluate(seedInPage, { prefix: ANNOTATIONS_KEY, entries: seededStorage(long.text, COUNT) });
    await settledReload(page, COUNT);
    const snap = await snapshot(cdp);
    const full = summarizeSnapshot(snap);
    print(full);
    if (process.env.HEAP_PARENTS) {
      console.log('by first holder:');
      const rows = [...byParent(snap, process.env.HEAP_PARENTS.split(','))].sort((a, b) => b[1].n - a[1].n);
      for (const [k, r] of rows.slice(0, +TOP))
        console.log(`  ${String(r.n).padStart(8)}  ${(r.bytes / 1e6).toFixed(2).padStart(7)} MB  ${k}`);
    }
    if (empty) print(full, empty);
  } finally {
    await browser.close();
    stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
