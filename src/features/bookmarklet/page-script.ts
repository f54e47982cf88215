/**
 * The bookmarklet's code: runs in the user's tab, on the page they want to save, when they click
 * "Save to Marginalia" in their bookmarks. Built on its own into one small script (see
 * build/bookmarklet.ts) and never loaded by the reader itself.
 *
 * It reads what the user chose — the selected text, or else the page's article reduced by the
 * same Readability code the reader uses (api/readable-text.ts) — and opens the reader with it in
 * the URL fragment (model/save-link.ts). The fragment never reaches a server; the page only
 * learns that a new tab was opened. It leaves no globals behind.
 */
import { readableArticle } from '../../api/readable-text';
import { saveFragment, savePayloadJson } from '../../model/save-payload';

/** Replaced with the reader's address when the library builds the bookmark (bookmarklet-href.ts). */
const READER = '__MARGINALIA_READER_URL__';

async function deflateRaw(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function pageMeta(name: string): string | undefined {
  const el = document.querySelector<HTMLMetaElement>(`meta[property="${name}"], meta[name="${name}"]`);
  return el?.content?.trim() || undefined;
}

async function save(): Promise<void> {
  const url = location.href;
  if (!/^https?:/i.test(url)) {
    alert('Marginalia can save web pages (http or https) only.');
    return;
  }
  const selected = (getSelection()?.toString() ?? '').trim();
  const article = selected ? null : readableArticle(document);
  const text = selected || article?.text || '';
  if (!text.trim()) {
    alert(
      'Marginalia found no article text on this page. Select the text you want to keep, then click the bookmark again.',
    );
    return;
  }
  if (typeof CompressionStream === 'undefined') {
    alert(
      'This browser is too old for the Marginalia bookmarklet. Copy the text and use “Paste article” in Marginalia.',
    );
    return;
  }
  const json = savePayloadJson({
    url,
    title: article?.title || document.title || location.hostname,
    text,
    kind: selected ? 'selection' : 'article',
    site: article?.source || pageMeta('og:site_name'),
    date: article?.date,
  });
  const target = READER + saveFragment(await deflateRaw(json));
  // A new tab keeps the page; if a popup blocker refuses it, go there in this tab instead.
  const opened = window.open(target, '_blank');
  if (opened) opened.opener = null;
  else location.assign(target);
}

save().catch((error: unknown) => alert(`Marginalia could not save this page: ${String(error)}`));
