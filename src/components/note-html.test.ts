// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { noteShownText, renderNoteHtml } from './note-html';

const marks = (html: string) => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);

describe('a note as shown, for Notes search', () => {
  it('reads the words a reader sees, not the Markdown or a link’s address', () => {
    const shown = noteShownText('Putin spoke **at length**, see [the transcript](https://example.org/x)');
    expect(shown).toContain('Putin spoke at length, see the transcript');
    expect(shown).not.toContain('**');
    expect(shown).not.toContain('example.org');
  });

  it('parts blocks, so a search never runs from one paragraph into the next', () => {
    expect(noteShownText('first line\n\nsecond')).not.toMatch(/line\s+second/);
  });

  it('reads a line break inside a paragraph as a space (review, stop 58)', () => {
    expect(noteShownText('Putin spoke\nat **length**')).toContain('spoke at length');
    expect(noteShownText('Putin spoke\nat length')).toContain('spoke at length');
  });

  it('reads a plain note as its own words, as the renderer would', () => {
    const words = (t: string) =>
      t
        .replace(/\s*\0+\s*/g, '|')
        .replace(/^\||\|$/g, '')
        .trim();
    expect(words(noteShownText('Putin spoke\nat length.'))).toBe('Putin spoke at length.');
    expect(words(noteShownText('first line\n\nsecond'))).toBe('first line|second');
    // The same words with markup go through the renderer and read the same.
    expect(words(noteShownText('Putin **spoke**\nat length.'))).toBe('Putin spoke at length.');
    expect(words(noteShownText('first *line*\n\nsecond'))).toBe('first line|second');
  });

  it('marks what it matches, across an inline element’s edge', () => {
    const html = renderNoteHtml('Putin spoke **at length**', 'spoke at length');
    expect(marks(html)).toEqual(['spoke ', 'at length']);
    expect(html).toContain('<strong><mark>at length</mark></strong>');
  });

  it('marks a link’s words, never its address', () => {
    const html = renderNoteHtml('[the transcript](https://example.org/x)', 'example');
    expect(marks(html)).toEqual([]);
    expect(marks(renderNoteHtml('[the transcript](https://example.org/x)', 'transcript'))).toEqual(['transcript']);
  });

  it('keeps hostile markup as text, marked where it matches', () => {
    const html = renderNoteHtml(
      '<img src=x onerror="alert(1)"> [a](javascript:alert(2)) <script>x</script>',
      'onerror',
    );
    expect(marks(html)).toEqual(['onerror']);
    // No element made of it (the javascript: address is e2e/notes-search-hostile.spec.ts's, in a
    // real browser: happy-dom's DOM keeps what Chromium's drops).
    expect(html).not.toMatch(/<img|<script/i);
  });
});
