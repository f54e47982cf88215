/**
 * What another app shared with the installed reader ("Share → Marginalia"). The manifest's
 * share_target sends it as a GET to the app's start with `title`, `text` and `url` in the query.
 *
 * Apps fill those fields differently: Chrome puts the page address in `url`; many Android apps
 * put "Headline https://…" in `text` and leave `url` empty; a notes app shares plain text. So a
 * text that is little more than one web address is read as that address, and anything longer as
 * an article to open through the paste path.
 */
export type ShareTargetRequest =
  { kind: 'url'; url: string; title: string } | { kind: 'text'; title: string; text: string } | { kind: 'empty' };

/** Words around a shared link ("Read this: … via @paper") up to this length still mean "the link". */
const LINK_CAPTION_CHARS = 280;
const URL_IN_TEXT = /https?:\/\/[^\s<>"']+/gi;

/** Trailing punctuation belongs to the sentence, not the address. */
const withoutTrailing = (candidate: string) => candidate.trim().replace(/[).,;:!?'"\]]+$/, '');

function webUrl(candidate: string): string | null {
  const trimmed = withoutTrailing(candidate);
  try {
    const url = new URL(trimmed);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The query fields of the manifest's share_target (the inline boot gate tests them too). */
export const SHARE_FIELDS = ['title', 'text', 'url'] as const;

/** Null when the query is not a share at all (an ordinary visit). */
export function parseShareTarget(search: string): ShareTargetRequest | null {
  const params = new URLSearchParams(search);
  if (!SHARE_FIELDS.some((key) => params.has(key))) return null;
  const title = (params.get('title') ?? '').trim();
  const text = (params.get('text') ?? '').trim();
  const url = webUrl(params.get('url') ?? '');
  if (url) return { kind: 'url', url, title: title || text.slice(0, 300) };

  const links = text.match(URL_IN_TEXT) ?? [];
  const link = links.length === 1 ? webUrl(links[0]) : null;
  const rest =
    links.length === 1 ? text.replace(links[0], links[0].slice(withoutTrailing(links[0]).length)).trim() : text;
  if (link && rest.length <= LINK_CAPTION_CHARS) return { kind: 'url', url: link, title: title || rest };
  if (text) return { kind: 'text', title, text };
  return { kind: 'empty' };
}
