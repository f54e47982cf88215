import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { ARTICLE, ANNOTATIONS, CLAIM, HIGHLIGHT } from './test-fixtures';
import { addWikilinks, escapeMarkdown, escapeNoteHtml, hashtag, toMarkdown } from './markdown';

describe('Markdown export', () => {
  const md = toMarkdown({
    article: ARTICLE,
    annotations: ANNOTATIONS,
    labels: { yellow: 'important' },
    wikilinks: ['Putin', 'Kyiv'],
    exportedAt: '2026-11-27T08:00:00Z',
  });

  it('opens with front matter a YAML reader accepts', () => {
    const front = md.split('---\n')[1];
    const fields = Object.fromEntries(
      front
        .trim()
        .split('\n')
        .map((l) => [l.slice(0, l.indexOf(':')), JSON.parse(l.slice(l.indexOf(':') + 1))]),
    );
    expect(fields).toEqual({
      title: ARTICLE.title,
      source: 'Example News',
      url: 'https://news.example.com/world/putin-duel?ref=rss',
      date: '2024-12-19',
      exported: '2026-11-27T08:00:00Z',
    });
  });

  it('lists the page note first, then passages in reading order, without tombstones', () => {
    const order = [
      '## Page note',
      'Overall: one-sided.',
      '## Highlights',
      '[[Putin]] said the missile',
      'the missile "cannot',
      '= +1 - that is the mood',
    ].map((s) => md.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(md.match(/^> /gm)).toHaveLength(3);
  });

  it('writes each highlight as a section: heading, quote, passage link, note and tags', () => {
    const section = md.slice(md.indexOf('### 2 · important'));
    expect(section).toMatch(
      /^### 2 · important\n\n> the missile "cannot be stopped", experts\n\n\[Open the passage\]\(<https:\/\/news\.example\.com\/world\/putin-duel\?ref=rss#:~:text=%E2%80%94%20Putin%20said-,the%20missile%20%22cannot%20be%20stopped%22%2C%20experts,-doubt%20it\.>\)\n\nIs this \*\*true\*\*\?/,
    );
    expect(md).toContain(HIGHLIGHT.note);
    expect(md).toContain('#missiles #follow-up');
    expect(md).toContain('- Verdict: **Disputed**');
    expect(md).toContain('- Sources:\n  - <https://factcheck.example/oreshnik>');
    // No bare colour names or "·"-joined fragments outside headings.
    expect(md).not.toMatch(/^— /m);
  });

  it('opens with the article facts, and links a local article through the app', () => {
    expect(md).toContain(
      '- Source: Example News\n- Date: 2024-12-19\n- URL: <https://news.example.com/world/putin-duel?ref=rss>',
    );
    const local = toMarkdown({
      article: { ...ARTICLE, origin: { kind: 'paste' } },
      annotations: [HIGHLIGHT],
      appBase: 'https://app.example/',
    });
    expect(local).toContain(`url: "https://app.example/#/read/${ARTICLE.id}"`);
    expect(local).toContain(`[Open the passage](<https://app.example/#/read/${ARTICLE.id}/a/${HIGHLIGHT.id}>)`);
  });

  it('names who wrote the article, in the front matter and the header, escaped in the header', () => {
    const bylined = toMarkdown({ article: { ...ARTICLE, byline: 'Jane *Doe* and Li Wei' }, annotations: [] });
    expect(bylined).toContain('author: "Jane *Doe* and Li Wei"\nsource: "Example News"');
    expect(bylined).toContain('- By: Jane \\*Doe\\* and Li Wei\n- Source: Example News\n- Date: 2024-12-19');
    expect(md).not.toContain('author:');
  });

  it('keeps each header field on its line when the record holds line breaks (a backup, an imported file)', () => {
    const out = toMarkdown({
      article: {
        ...ARTICLE,
        title: 'Flood \n  warning',
        byline: 'By Jane\nDoe',
        source: 'Coastline\r\nCourier',
        date: '2024-12-19\n',
      },
      annotations: [],
    });
    expect(out).toContain('title: "Flood warning"\nauthor: "By Jane Doe"\nsource: "Coastline Courier"');
    expect(out).toContain('date: "2024-12-19"\n');
    expect(out).toContain(
      '# Flood warning\n\n- By: By Jane Doe\n- Source: Coastline Courier\n- Date: 2024-12-19\n- URL: <',
    );
    // Only the front matter's own fences: no field broke into a line of its own.
    expect(out.split('\n').filter((l) => /^(Doe|Courier|warning)$/.test(l))).toEqual([]);
  });

  it('cuts C1 controls, DEL and direction overrides from the header fields, front matter and header alike', () => {
    const out = toMarkdown({
      article: {
        ...ARTICLE,
        title: 'Dam\u0085report\u202e moc.elgoog\u007f',
        byline: 'Jane\u009bDoe',
        source: 'Coast\u2066line\u2069 Courier',
        date: '2024-12-19\u0080',
      },
      annotations: [],
    });
    // YAML (1.2) refuses DEL and the C1 controls other than NEL in a document; JSON.stringify only
    // escapes C0. A direction override would make the title read backwards in the note app.
    expect(out).not.toMatch(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(out).toContain('title: "Dam report moc.elgoog"\nauthor: "Jane Doe"\nsource: "Coast line Courier"\n');
    expect(out).toContain('date: "2024-12-19"\n');
    expect(out).toContain(
      '# Dam report moc.elgoog\n\n- By: Jane Doe\n- Source: Coast line Courier\n- Date: 2024-12-19\n',
    );
  });

  it('keeps the title whole in the heading a note app renders: an entity stays text, a closing # stays', () => {
    const heading = (title: string) =>
      new Marked()
        .parse(toMarkdown({ article: { ...ARTICLE, title }, annotations: [] }).split('---\n')[2], { async: false })
        .split('\n')[0];
    // '&amp;' would render as '&', and '&#x202e;' as the very override the cleaning cuts.
    expect(heading('Tom &amp; Jerry &#x202e;lmth.exe')).toBe('<h1>Tom &amp;amp; Jerry &amp;#x202e;lmth.exe</h1>');
    expect(heading('AT&T results')).toBe('<h1>AT&amp;T results</h1>');
    // ATX headings drop a closing run of '#' after a space.
    expect(heading('Results of round #')).toBe('<h1>Results of round #</h1>');
    expect(heading('Ranked ##')).toBe('<h1>Ranked ##</h1>');
    expect(heading('#')).toBe('<h1>#</h1>');
    expect(heading('C# and F# #')).toBe('<h1>C# and F# #</h1>');
  });

  it('keeps a label ending in " #" in its highlight heading', () => {
    const out = toMarkdown({ article: ARTICLE, annotations: [HIGHLIGHT], labels: { yellow: 'Follow up #' } });
    const html = new Marked().parse(out.split('---\n')[2], { async: false });
    expect(html).toContain('<h3>1 · Follow up #</h3>');
  });

  it('omits passage links for an article without a web address', () => {
    const local = toMarkdown({
      article: { ...ARTICLE, origin: { kind: 'paste' }, source: 'Example News' },
      annotations: ANNOTATIONS,
    });
    expect(local).not.toContain(':~:text=');
    expect(local).not.toContain('Open the passage');
    expect(local).toContain('source: "Example News"');
  });

  it('escapes HTML in quotes, and in notes and the page note, which keep their Markdown', () => {
    const xss = '<img src=x onerror=alert(1)>';
    const out = toMarkdown({
      article: ARTICLE,
      annotations: [
        { ...HIGHLIGHT, selectors: [{ type: 'TextQuoteSelector', exact: xss }], note: `**Look** ${xss}` },
        { ...HIGHLIGHT, id: 'page', kind: 'page-note', selectors: [], note: '<script>alert(2)</script> *why*' },
      ],
    });
    expect(out).toContain('> \\<img src=x onerror=alert(1)\\>');
    const html = new Marked().parse(out.split('---\n')[2], { async: false });
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('<strong>Look</strong> &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt; <em>why</em>');
  });

  it.each([
    ['a <b>bold</b> word', 'a \\<b>bold\\</b> word'],
    ['<!-- hidden --> <!DOCTYPE x> <?php ?>', '\\<!-- hidden --> \\<!DOCTYPE x> \\<?php ?>'],
    ['links <https://x.example/a?b=1> and <me@x.org> stay', 'links <https://x.example/a?b=1> and <me@x.org> stay'],
    ['1 < 2, 3<4 and \\<b> already escaped', '1 < 2, 3<4 and \\<b> already escaped'],
    ['code `<b>` and ``a ` <i>`` stay, <i> not', 'code `<b>` and ``a ` <i>`` stay, \\<i> not'],
    ['```html\n<b>kept</b>\n```\n<b>after</b>', '```html\n<b>kept</b>\n```\n\\<b>after\\</b>'],
    ['a lone ` then <b>', 'a lone ` then \\<b>'],
  ])('escapeNoteHtml(%j) is %j', (note, escaped) => {
    expect(escapeNoteHtml(note)).toBe(escaped);
  });
});

describe('judged claims', () => {
  const claim = (direct: boolean) => ({
    id: 'claim-0',
    start: 0,
    end: 10,
    text: 'x',
    content: { start: 0, end: 10, text: direct ? 'It cannot be stopped,' : 'the missile cannot be stopped' },
    cue: { start: 0, end: 1, text: 'said' },
    kind: direct ? ('direct' as const) : ('indirect' as const),
    direct,
    hedged: false,
    why: [],
    speaker: { start: 0, end: 1, text: 'Putin', name: 'Vladimir Putin' },
  });
  it.each([
    [true, '- Claim: “It cannot be stopped”'],
    [false, '- Claim: the missile cannot be stopped'],
  ])('direct %s: writes the claim with its speaker, quoted only when direct', (direct, line) => {
    const md = toMarkdown({ article: ARTICLE, annotations: [CLAIM], claims: [claim(direct)] });
    const lines = md.split('\n');
    expect(lines).toContain('### 1 · Claim by Vladimir Putin · Disputed');
    expect(lines).toContain('- Speaker: Vladimir Putin');
    expect(lines).toContain(line);
  });
});

describe('wikilinks', () => {
  it.each([
    ['Putin met Putinists in Kyiv.', ['Putin', 'Kyiv'], '[[Putin]] met Putinists in [[Kyiv]].'],
    ['Vladimir Putin and Putin', ['Putin', 'Vladimir Putin'], '[[Vladimir Putin]] and [[Putin]]'],
    ['already [[Kyiv]] and Kyiv', ['Kyiv'], 'already [[Kyiv]] and [[Kyiv]]'],
    ['see https://en.wikipedia.org/wiki/Kyiv', ['Kyiv'], 'see https://en.wikipedia.org/wiki/Kyiv'],
    ['Kyiv’s mayor; Dnipro.', ['Kyiv', 'Dnipro'], '[[Kyiv]]’s mayor; [[Dnipro]].'],
    ['a.b (C++)', ['C++', 'a.b'], '[[a.b]] ([[C++]])'],
    ['nothing', [], 'nothing'],
    [
      'Putin, then Vladimir Putin',
      [
        { form: 'Vladimir Putin', canonical: 'Vladimir Putin' },
        { form: 'Putin', canonical: 'Vladimir Putin' },
      ],
      '[[Vladimir Putin|Putin]], then [[Vladimir Putin]]',
    ],
  ])('%j with %j', (text, names, expected) => {
    expect(addWikilinks(text, names)).toBe(expected);
  });
});

describe('escaping and tags', () => {
  it.each([
    ['# not a heading', '\\# not a heading'],
    ['*a* _b_ [c](d) <e>', '\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\>'],
    ['1. not a list', '1\\. not a list'],
    ['Tom &amp; Jerry &#169; &#x202e;', 'Tom \\&amp; Jerry \\&#169; \\&#x202e;'],
    ['AT&T & Co', 'AT&T & Co'],
  ])('escapes %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each([
    ['follow up', '#follow-up'],
    ['a#b!', '#ab'],
    ['!!', ''],
  ])('tag %j → %j', (tag, expected) => {
    expect(hashtag(tag)).toBe(expected);
  });
});
