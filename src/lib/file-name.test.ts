import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME, isoDay, safeFileName, slugify } from './file-name';

describe('safeFileName', () => {
  it.each([
    ['Putin challenges the West', 'md', '2026-11-27', 'putin-challenges-the-west-2026-11-27.md'],
    [
      'Putin: "no chance" — a test, with commas',
      'csv',
      '2026-11-27T09:00:00Z',
      'putin-no-chance-a-test-with-commas-2026-11-27.csv',
    ],
    ['Café à Genève', 'jsonld', undefined, 'cafe-a-geneve.jsonld'],
    ['Путин бросает вызов Западу', 'md', '2026-01-02', 'путин-бросает-вызов-западу-2026-01-02.md'],
    ['../../etc/passwd', 'md', undefined, 'etc-passwd.md'],
    ['C:\\Windows\\system32 <script>|*?', 'md', undefined, 'c-windows-system32-script.md'],
    ['', 'md', '2026-11-27', 'article-2026-11-27.md'],
    ['!!!', 'geojson', undefined, 'article.geojson'],
    ['CON', 'txt', undefined, 'con-file.txt'],
    ['Title', '.tar/gz', undefined, 'title.targz'],
    ['Title', 'md', 'not a date', 'title.md'],
  ])('%j (.%s, %j) → %s', (title, ext, date, expected) => {
    expect(safeFileName(title, ext, date)).toBe(expected);
  });

  it('never exceeds the limit and cuts at a word boundary', () => {
    const title =
      'A very long headline about the things that happened in the long night of the summit meeting in Geneva';
    const name = safeFileName(title, 'jsonld', '2026-11-27');
    expect(Array.from(name).length).toBeLessThanOrEqual(MAX_FILE_NAME);
    expect(name).toMatch(/^a-very-long-headline[a-z-]*[a-z]-2026-11-27\.jsonld$/);
  });

  it('cuts one unbroken word too', () => {
    const name = safeFileName('x'.repeat(500), 'md');
    expect(name).toBe(`${'x'.repeat(MAX_FILE_NAME - 3)}.md`);
  });

  it('does not split an astral character', () => {
    const name = safeFileName('𝐀'.repeat(200), 'md');
    expect(name.endsWith('.md')).toBe(true);
    expect(() => encodeURIComponent(name)).not.toThrow(); // throws on a lone surrogate
  });

  it('holds no path or reserved characters for any input', () => {
    const nasty = ['a/b\\c', 'x:y*z?"<>|', '\u0000\u001f\u202e', ' . ', '..'];
    for (const t of nasty) {
      const name = safeFileName(t, 'md');
      expect(name).not.toMatch(/[/\\:*?"<>|]|^\./);
      expect([...name].every((c) => c.charCodeAt(0) >= 0x20)).toBe(true);
      expect(name.endsWith('.md')).toBe(true);
    }
  });
});

describe('isoDay and slugify', () => {
  it('formats a Date by the local calendar', () => {
    expect(isoDay(new Date(2026, 10, 27, 23, 59))).toBe('2026-11-27');
    expect(isoDay(new Date(Number.NaN))).toBeUndefined();
  });
  it('folds diacritics and collapses separators', () => {
    expect(slugify('  Ünïcödé -- and   spaces ')).toBe('unicode-and-spaces');
  });
});
