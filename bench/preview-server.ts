/**
 * The production build served by `vite preview` for the browser benches, in a process group of
 * its own so stopping it also stops the server npx started.
 */
import { spawn } from 'node:child_process';

export interface Preview {
  /** The served app's address, ending in a slash. */
  base: string;
  /** Stops the server; a server that has already gone is not an error. */
  stop(): void;
}

/**
 * Starts `vite preview` on `port` and resolves once it answers (or after about 30 s of trying: with
 * other builds and test runs on the 2 cores, 10 s was sometimes too short).
 * `outDir` serves another build than `dist/` (an A/B comparison of two builds).
 */
export async function startPreview(port: number, outDir?: string): Promise<Preview> {
  const dir = outDir ? ['--outDir', outDir] : [];
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', ...dir], {
    stdio: 'ignore',
    detached: true,
  });
  const base = `http://localhost:${port}/`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    base,
    stop() {
      try {
        process.kill(-server.pid!, 'SIGTERM');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e;
      }
    },
  };
}
