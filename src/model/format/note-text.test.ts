import { describe, expect, it } from 'vitest';
import { noteText } from './note-text';

describe('noteText: a note as the plain text the reader sees', () => {
  it.each([
    ['Use <b> for bold', 'Use <b> for bold'],
    ['if a<b and c>d then', 'if a<b and c>d then'],
    ['<Reuters version> differs', '<Reuters version> differs'],
    ['The <i>Times</i> **said** _so_', 'The <i>Times</i> said so'],
    ['Note <img src=x onerror="y"> ok', 'Note <img src=x onerror="y"> ok'],
    ['see <https://x.example/a_b_c>', 'see https://x.example/a_b_c'],
    [
      '[this](https://y.example/q_r) and [https://z.example](https://z.example)',
      'this (https://y.example/q_r) and https://z.example',
    ],
    ['`<code>` kept', '<code> kept'],
    ['![chart](https://t.example/p.png) gone', 'gone'],
    ['First line\nsecond line\n\nNext paragraph', 'First line second line\nNext paragraph'],
  ])('%j → %j', (note, text) => {
    expect(noteText(note)).toBe(text);
  });
});
