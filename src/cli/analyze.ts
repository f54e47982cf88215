/**
 * CLI: `npm run -s analyze -- FILE` (or `-` for stdin) prints the analysis as JSON: the scorer's
 * contract (`entities` = mentions, `claims`) plus entity groups and claim parts. Binary, empty or
 * unreadable input is refused with a one-line message and a non-zero exit.
 */
import fs from 'node:fs';
import { analyze, type GazetteerLike } from '../engine/index';

export function fail(msg: string): never {
  process.stderr.write(`analyze: ${msg}\n`);
  process.exit(1);
}

/** Decodes bytes as UTF-8, refusing binary (NUL bytes, invalid UTF-8) and empty input. */
export function decodeInput(buf: Buffer, label: string): string {
  if (buf.length === 0) fail(`${label} is empty`);
  if (buf.includes(0)) fail(`${label} looks binary (contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    fail(`${label} is not valid UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') fail(`${label} contains only whitespace`);
  return text;
}

export async function loadGazetteerIfAny(): Promise<GazetteerLike | undefined> {
  try {
    const mod = (await import('../engine/gazetteer/load-sync')) as { loadGazetteerSync?: () => GazetteerLike };
    return mod.loadGazetteerSync?.();
  } catch {
    return undefined;
  }
}

export function toJson(text: string, gazetteer?: GazetteerLike) {
  const a = analyze(text, { gazetteer });
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return {
    entities: a.mentions.map((m) => ({
      type: m.type,
      start: m.start,
      end: m.end,
      text: m.text,
      entityId: m.entityId,
      name: names.get(m.entityId),
    })),
    groups: a.entities,
    claims: a.claims.map((c) => ({
      start: c.start,
      end: c.end,
      text: c.text,
      speaker: c.speaker
        ? {
            text: c.speaker.text,
            name: c.speaker.name,
            start: c.speaker.start,
            end: c.speaker.end,
            entityId: c.speaker.entityId,
          }
        : null,
      content: c.content,
      cue: c.cue,
      kind: c.kind,
      direct: c.direct,
      hedged: c.hedged,
      why: c.why,
    })),
  };
}

async function main() {
  const arg = process.argv[2];
  if (!arg) fail('usage: npm run -s analyze -- FILE   (or - for stdin)');
  let buf: Buffer;
  try {
    buf = arg === '-' ? fs.readFileSync(0) : fs.readFileSync(arg);
  } catch (e) {
    fail(`cannot read ${arg === '-' ? 'stdin' : arg}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const text = decodeInput(buf, arg === '-' ? 'stdin' : arg);
  const gaz = await loadGazetteerIfAny();
  process.stdout.write(JSON.stringify(toJson(text, gaz), null, 1) + '\n');
}

if (process.argv[1] && /analyze\.ts$/.test(process.argv[1])) void main();
