/**
 * `npm run bench`: builds the reader, serves it, and prints every figure the issues ask for,
 * each beside a baseline measured in the same run. Figures, not assertions: nothing here fails
 * a build for being slow.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { benchBundle } from './bundle';
import { startPreview } from './preview-server';

const PORT = Number(process.env.MARGINALIA_BENCH_PORT ?? 4180);

function table(title: string, rows: Record<string, string | number>) {
  console.log(`\n## ${title}`);
  const width = Math.max(...Object.keys(rows).map((k) => k.length));
  for (const [k, v] of Object.entries(rows)) console.log(`${k.padEnd(width)}  ${v}`);
}

type Bench = (...args: string[]) => Promise<Record<string, string | number>>;

async function optional(name: string, file: string, fn: string, ...args: string[]): Promise<void> {
  if (!existsSync(file)) return;
  const mod = (await import(`./${file.replace(/^bench\//, '').replace(/\.ts$/, '')}.ts`)) as Record<string, Bench>;
  if (typeof mod[fn] === 'function') table(name, await mod[fn](...args));
}

async function main() {
  // A traced run (BENCH_TRACE, see bench/layers.ts) keeps function names readable in its profiles.
  execSync('npx vite build --logLevel warn', {
    stdio: 'inherit',
    env: { ...process.env, ...(process.env.BENCH_TRACE && { MARGINALIA_KEEP_NAMES: '1' }) },
  });
  table('Bundle', benchBundle());
  // BENCH_ONLY (see bench/layers.ts) runs only some of issue 13's rows, and skips the rest.
  const partial = Boolean(process.env.BENCH_ONLY);
  // The engine bench runs in its own process with --expose-gc, so its heap figures start clean.
  if (!partial) console.log('\n## Analysis engine');
  if (!partial)
    execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/engine.ts'], {
      stdio: 'inherit',
      env: { ...process.env, BENCH_CHILD: '1' },
    });
  if (!partial) await optional('Annotations', 'bench/annotations.ts', 'benchAnnotations');
  if (!partial) await optional('Hostile share links', 'bench/hostile-links.ts', 'benchHostileLinks');
  if (!partial) await optional('Hostile imports', 'bench/hostile-imports.ts', 'benchHostileImports');

  const { base, stop } = await startPreview(PORT);
  try {
    await optional('Layers and annotations (Playwright, Chromium)', 'bench/layers.ts', 'benchLayers', base);
    const { issue13 } = await import('./layers.ts');
    const load = loadavg().map((l) => l.toFixed(1));
    table(
      `Issue 13: as fast as a static page (measure | app | floor | ratio | goal; load average ${load.join(' ')})`,
      issue13,
    );
  } finally {
    stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
