/**
 * Reduces a Markdown article to the reader's plain-text form: one block per line, markup gone.
 * The reader annotates characters, so the text must be what a person reads, not the source;
 * rendering Markdown as HTML would also open a door for untrusted markup, which plain text keeps shut.
 */

const INLINE: Array<[RegExp, string]> = [
  [/!\[([^\]]*)\]\([^)]*\)/g, ''], // images carry no article text
  [/\[([^\]]+)\]\([^)]*\)/g, '$1'], // links keep their words
  [/`([^`]+)`/g, '$1'],
  [/(\*\*|__)(?=\S)([^]*?\S)\1/g, '$2'],
  [/(\*|_)(?=\S)([^]*?\S)\1/g, '$2'],
  [/~~(?=\S)([^]*?\S)~~/g, '$1'],
  [/<[^>]+>/g, ''], // inline HTML tags are dropped, their text kept
];

function inline(text: string): string {
  return INLINE.reduce((t, [re, by]) => t.replace(re, by), text).trim();
}

export function markdownToText(markdown: string): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  let inFence = false;
  const flush = () => {
    if (paragraph.length) out.push(inline(paragraph.join(' ')));
    paragraph = [];
  };
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      if (raw.trim()) out.push(raw.trim());
      continue;
    }
    const line = raw.trim();
    if (!line || /^(-{3,}|\*{3,}|_{3,})$/.test(line)) {
      flush();
      continue;
    }
    const heading = /^#{1,6}\s+(.*?)\s*#*$/.exec(line);
    if (heading) {
      flush();
      out.push(inline(heading[1]));
      continue;
    }
    const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      paragraph.push(item[1]);
      flush();
      continue;
    }
    paragraph.push(line.replace(/^>\s?/, ''));
  }
  flush();
  return out.filter(Boolean).join('\n');
}
