import { describe, expect, it } from 'vitest';
import { buildContext, lineOpenings, tokensOf, type Ctx } from './context';
import { Flag } from './tokenize/tokenize';

/** What tokensOf must give: every token whose form is marked, in text order. */
function everyMarkedToken(ctx: Ctx, marks: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < ctx.t.count; i++) if (marks[ctx.form[i]]) out.push(i);
  return out;
}

function marksOf(ctx: Ctx, words: string[]): Uint8Array {
  const marks = new Uint8Array(ctx.forms.length);
  for (let f = 0; f < marks.length; f++) if (words.includes(ctx.forms[f])) marks[f] = 1;
  return marks;
}

describe('tokensOf', () => {
  // Long enough that tokens fall on every bit of several 32-bit words, and a word's last bit is set.
  const words = ['the', 'mayor', 'of', 'Lima', 'said', 'on', 'Monday', 'that', 'rents', 'rose'];
  const text = Array.from({ length: 300 }, (_, k) => words[(k * 7) % words.length]).join(' ') + '.';
  const ctx = buildContext(text);

  it.each([
    ['no form', []],
    ['one form', ['Lima']],
    ['two sparse forms', ['Lima', 'Monday']],
    ['frequent forms', ['the', 'of', 'that', 'on']],
    ['every word', words],
    ['a form the text lacks, and one it has', ['Paris', 'rose']],
  ])('%s: the marked tokens in text order', (_, marked) => {
    const marks = marksOf(ctx, marked);
    expect([...tokensOf(ctx, marks)]).toEqual(everyMarkedToken(ctx, marks));
  });

  it('leaves nothing behind for the next call', () => {
    const marks = marksOf(ctx, ['the', 'said']);
    const first = [...tokensOf(ctx, marks)];
    expect([...tokensOf(ctx, marksOf(ctx, ['mayor', 'rents']))]).toEqual(
      everyMarkedToken(ctx, marksOf(ctx, ['mayor', 'rents'])),
    );
    expect([...tokensOf(ctx, marks)]).toEqual(first);
  });
});

describe('lineOpenings', () => {
  it('lists the first token and every token after a line break, in text order, once per document', () => {
    const ctx = buildContext('Jane Doe, London\nDear editor,\n\nThe council met. It voted.\nSigned');
    const every = [...Array(ctx.t.count).keys()].filter((i) => i === 0 || (ctx.t.flags[i] & Flag.NewLine) !== 0);
    const lines = lineOpenings(ctx);
    expect([...lines]).toEqual(every);
    expect([...lines].map((i) => ctx.forms[ctx.form[i]])).toEqual(['Jane', 'Dear', 'The', 'Signed']);
    expect(lineOpenings(ctx)).toBe(lines);
  });
});
