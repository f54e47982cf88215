/**
 * Builds one source file on its own into a single minified function with no imports (an IIFE),
 * returned as a string: for code that must run where the app's modules cannot be loaded — a
 * bookmarklet on another site, an inline script before the app's chunks arrive.
 */
import { build } from 'vite';

export async function buildIife(entry: string, name: string, target: string): Promise<string | undefined> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      target,
      lib: { entry, formats: ['iife'], name, fileName: name },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Array<{
    output: Array<{ type: string; code?: string }>;
  }>;
  return outputs[0].output.find((o) => o.type === 'chunk')?.code?.trim();
}
