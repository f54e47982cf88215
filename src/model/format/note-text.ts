/**
 * A note as plain text for the exports that hold text, not Markdown (a CSV cell, a ClaimReview's
 * `reviewBody`): its Markdown markup goes, the words and addresses the reader sees stay.
 *
 * The reducer shared with Markdown articles keeps a link's words and drops its address, and drops
 * `<https://…>` and anything between `<` and `>` as if it were a tag. For a note that loses what
 * the reader typed and sees: the reader shows a note's HTML as the characters typed (note-html.ts),
 * so "if a<b and c>d" or "Use <b> for bold" stay whole, and a link's address is where it pointed.
 * Addresses and `<` are set aside while the markup goes, so the emphasis rules cannot eat the
 * underscores in an address and the tag rule finds no tag.
 */
import { markdownToText } from '../markdown-to-text';

// Markdown links and autolinks; an image (`![…](…)`) is left to the reducer, which drops it.
const NOTE_LINK = /(?<!!)\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|<(https?:\/\/[^>\s]+)>/gi;
/** Stands for a `<` of the note while the reducer runs (a private-use character nobody types). */
const LT = '\uE001';

export function noteText(markdown: string): string {
  const urls: string[] = [];
  const keep = (url: string) => `\uE000${urls.push(url) - 1}\uE000`;
  const marked = markdown
    .replace(/[\uE000\uE001]/g, '')
    .replace(NOTE_LINK, (_, words: string | undefined, url: string | undefined, auto?: string) =>
      auto ? keep(auto) : words === url ? keep(url!) : `${words} (${keep(url!)})`,
    )
    .replace(/</g, LT);
  return markdownToText(marked)
    .replace(/\uE000(\d+)\uE000/g, (_, i: string) => urls[Number(i)])
    .replace(new RegExp(LT, 'g'), '<');
}
