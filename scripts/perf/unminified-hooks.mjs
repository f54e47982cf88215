/** Module hooks for unminified.mjs: .ts through esbuild, unminified; extensionless relative imports resolved. */
import { transform } from 'esbuild';
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const OUT = '/tmp/marginalia-js';

export async function resolve(spec, context, next) {
  if ((spec.startsWith('.') || spec.startsWith('/')) && context.parentURL?.startsWith('file:')) {
    const p = fileURLToPath(new URL(spec, context.parentURL));
    for (const ext of ['', '.ts', '.tsx', '/index.ts'])
      if (fs.existsSync(p + ext) && fs.statSync(p + ext).isFile())
        return { url: pathToFileURL(p + ext).href, shortCircuit: true };
  }
  return next(spec, context);
}

export async function load(url, context, next) {
  if (url.endsWith('.ts') || url.endsWith('.tsx')) {
    const file = fileURLToPath(url);
    const { code } = await transform(fs.readFileSync(file, 'utf8'), {
      loader: url.endsWith('.tsx') ? 'tsx' : 'ts',
      format: 'esm',
      target: 'es2022',
      sourcefile: url,
    });
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(`${OUT}/${encodeURIComponent(file)}.js`, code);
    return { format: 'module', source: code, shortCircuit: true };
  }
  if (url.endsWith('.json')) return { format: 'json', source: fs.readFileSync(fileURLToPath(url)), shortCircuit: true };
  return next(url, context);
}
