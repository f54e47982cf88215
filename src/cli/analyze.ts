/**
 * CLI: `npm run -s analyze -- FILE` (or `-` for stdin) prints the analysis as JSON: the scorer's
 * contract (`entities` = mentions, `claims`) plus entity groups and claim parts.
 * `npm run -s analyze -- --explain FILE` prints, instead, every mention and claim on a line of
 * its own with what decided it (the model's score or the rule row). Binary, empty or unreadable
 * input is refused with a one-line message and a non-zero exit.
 */
import fs from 'node:fs';
import { analyze, type GazetteerLike } from '../engine/index';
import type { Analysis } from '../engine/types';

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
      why: m.why,
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

const oneLine = (s: string, max = 70) => {
  const t = s.replace(/\s+/g, ' ');
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
};

/** The `--explain` view: one line per mention and per claim, with what decided it. */
export function explain(a: Analysis): string {
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  const lines: string[] = [`mentions (${a.mentions.length})`];
  const width = Math.min(32, Math.max(8, ...a.mentions.map((m) => oneLine(m.text).length)));
  for (const m of a.mentions) {
    const name = names.get(m.entityId);
    const as = name && name !== m.text ? ` → ${name}` : '';
    lines.push(
      `  ${String(m.start).padStart(6)}  ${m.type.padEnd(12)} ${oneLine(m.text, 32).padEnd(width)}  ${m.why}${as}`,
    );
  }
  lines.push('', `claims (${a.claims.length})`);
  for (const c of a.claims) {
    const who = c.speaker ? `${c.speaker.text}${c.speaker.name !== c.speaker.text ? ` → ${c.speaker.name}` : ''}` : '—';
    lines.push(`  ${String(c.start).padStart(6)}  ${c.kind.padEnd(8)} cue "${c.cue.text}"  speaker ${who}`);
    lines.push(`          ${oneLine(c.text, 100)}`);
    if (c.why.length) lines.push(`          why: ${c.why.join('; ')}`);
  }
  return lines.join('\n') + '\n';
}

async function main() {
  const args = process.argv.slice(2);
  const explainMode = args.includes('--explain');
  const arg = args.find((a) => a !== '--explain');
  if (!arg) fail('usage: npm run -s analyze -- [--explain] FILE   (or - for stdin)');
  let buf: Buffer;
  try {
    buf = arg === '-' ? fs.readFileSync(0) : fs.readFileSync(arg);
  } catch (e) {
    fail(`cannot read ${arg === '-' ? 'stdin' : arg}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const text = decodeInput(buf, arg === '-' ? 'stdin' : arg);
  const gaz = await loadGazetteerIfAny();
  if (explainMode) process.stdout.write(explain(analyze(text, { gazetteer: gaz })));
  else process.stdout.write(JSON.stringify(toJson(text, gaz), null, 1) + '\n');
}

if (process.argv[1] && /analyze\.ts$/.test(process.argv[1])) void main();
