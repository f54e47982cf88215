/**
 * The reader's page as the app first renders it, built as plain DOM by the boot script before
 * React has loaded: the header, the article tools, the status line, the article's heading and
 * its first blocks. It must lay out exactly like the app's first render (App.tsx,
 * ReaderWorkspace.tsx, ReaderView.tsx), or the text would move when React takes over;
 * e2e/first-paint.spec.ts fails if anything above or in the article moves. Controls are disabled
 * until then (the few hundred milliseconds the app takes to load).
 */
import { swatchStyle, FINDING_LAYER_STYLES } from '../anchoring/highlight/layers';
import type { Article } from '../model/article';
import { bylineLines, type ArticleStructure } from '../model/article-structure';
import { LAYER_LABEL, LAYERS } from '../model/findings';
import { articleMetaLine, BYLINE_ID } from '../features/reader/article-meta';
import { appendBlocks, bodyBlocks, FIRST_SLICE_CHARS, sliceEnd } from '../features/reader/render-blocks';

/** On the page pre-rendered into the built index.html (build/static-shell.ts): the article's key. */
export const STATIC_SHELL_ATTR = 'data-static-shell';
/** On <html> when the address is the one that page was rendered for (set before the first paint). */
export const STATIC_ROUTE_ATTR = 'data-static-route';

type Child = Node | string | null | false;

function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'className') el.className = v;
    else el.setAttribute(k, v);
  }
  for (const c of children) if (c) el.append(c);
  return el;
}

const button = (label: string, attrs: Record<string, string> = {}) => h('button', { type: 'button', ...attrs }, label);

function header(theme: string): HTMLElement {
  const select = h(
    'select',
    { 'aria-label': 'Theme' },
    ...[
      ['system', 'System'],
      ['light', 'Light'],
      ['dark', 'Dark'],
    ].map(([value, label]) => h('option', { value }, label)),
  ) as HTMLSelectElement;
  select.value = theme;
  return h(
    'header',
    { className: 'app-header' },
    h('a', { className: 'brand', href: '#/library' }, 'Marginalia'),
    h(
      'nav',
      { 'aria-label': 'Open an article', className: 'app-nav' },
      h('a', { href: '#/library' }, 'Library'),
      button('Open file'),
      button('Paste article'),
      button('Open URL'),
    ),
    h('label', { className: 'theme-switch' }, h('span', { 'aria-hidden': 'true' }, 'Theme'), select),
  );
}

function legend(): HTMLElement {
  return h(
    'div',
    { className: 'legend', role: 'group', 'aria-label': 'Layers' },
    ...LAYERS.map((layer) => {
      const style = swatchStyle(FINDING_LAYER_STYLES[layer]);
      // As an attribute, not through CSSOM: the build serializes this page (build/static-shell.ts),
      // and a shorthand with var() would not survive a round trip through longhands.
      const css = [`background-color: ${style.backgroundColor ?? ''}`];
      if (style.borderBottom) css.push(`border-bottom: ${style.borderBottom}`);
      const swatch = h('span', { className: 'swatch', 'aria-hidden': 'true', style: css.join('; ') });
      return h(
        'button',
        { type: 'button', className: 'legend-toggle', 'aria-pressed': 'true' },
        swatch,
        LAYER_LABEL[layer],
        h('span', { className: 'layer-count', 'data-layer': layer }, '0'),
      );
    }),
  );
}

/** An empty icon of the app's size: the boot paint needs its room, not its drawing. */
function icon(width: number, height: number): Element {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('aria-hidden', 'true');
  return svg;
}

/** ReaderWorkspace's tool row: phone menus, layers and mode, history, actions, reading controls. */
function tools(): HTMLElement {
  const menu = (label: string, controls: string) =>
    h(
      'button',
      { type: 'button', className: 'phone-menu-button', 'aria-expanded': 'false', 'aria-controls': controls },
      label,
      h('span', { className: 'phone-menu-caret', 'aria-hidden': 'true' }, '▾'),
    );
  const modeSwitch = h('button', { type: 'button', className: 'mode-switch', 'aria-pressed': 'false' });
  modeSwitch.append(icon(16, 14), 'Reading mode');
  const shortcuts = h('button', { type: 'button', className: 'shortcuts-button', 'aria-keyshortcuts': '?' });
  shortcuts.append(icon(18, 14), h('span', {}, 'Keyboard shortcuts'));
  return h(
    'div',
    { className: 'article-tools' },
    h('div', { className: 'phone-menus' }, menu('Layers', 'tools-layers'), menu('Tools', 'tools-actions')),
    h('div', { id: 'tools-layers', 'data-phone-group': 'layers' }, legend(), modeSwitch),
    h(
      'div',
      { id: 'tools-actions', 'data-phone-group': 'tools' },
      h(
        'div',
        { className: 'undo-redo', role: 'group', 'aria-label': 'History' },
        button('Undo', { disabled: '' }),
        button('Redo', { disabled: '' }),
      ),
      h(
        'div',
        { className: 'article-actions' },
        button('Share'),
        h('div', { className: 'export-menu' }, button('Export', { disabled: '' })),
        button('Import'),
      ),
      h(
        'div',
        { className: 'reader-controls', role: 'group', 'aria-label': 'Reading' },
        button('Find'),
        h(
          'div',
          { className: 'reader-settings' },
          h(
            'button',
            { type: 'button' },
            h('span', { className: 'reader-settings-glyph', 'aria-hidden': 'true' }, 'Aa'),
            h('span', { className: 'visually-hidden' }, 'Text size and line width'),
          ),
        ),
        shortcuts,
      ),
    ),
  );
}

/** The page with `article`'s first blocks; returns it and the `.article-body` holding them. */
export function bootShell(
  article: Article,
  structure: ArticleStructure,
  theme: string,
): { page: HTMLElement; body: HTMLElement; rendered: number } {
  const title = structure.title !== undefined ? structure.blocks[0] : undefined;
  const h1 = h(
    'h1',
    { id: 'article-title', dir: 'auto' },
    title ? article.text.slice(title.start, title.end) : article.title,
  );
  if (title) {
    h1.dataset.start = String(title.start);
    h1.dataset.end = String(title.end);
  }
  const meta = articleMetaLine(article);
  const byline = structure.byline;
  // One line each, so "By Jane Doe" and "Reuters" under it keep their own offsets and lines.
  const bylineEl = byline
    ? h(
        'p',
        { id: BYLINE_ID, className: 'article-byline', dir: 'auto' },
        ...bylineLines(article.text, byline).map((line) =>
          h(
            'span',
            { className: 'article-byline-line', 'data-start': String(line.start), 'data-end': String(line.end) },
            article.text.slice(line.start, line.end),
          ),
        ),
      )
    : null;
  const body = h('div', { className: 'article-body' });
  const blocks = bodyBlocks(structure);
  const rendered = appendBlocks(body, article.text, blocks, 0, sliceEnd(blocks, 0, FIRST_SLICE_CHARS));
  const page = h(
    'div',
    { className: 'app' },
    h('a', { className: 'skip-link', href: '#main-content' }, 'Skip to content'),
    h('div', { className: 'app-top' }, header(theme), h('div', { className: 'notices' })),
    h('div', { className: 'update-prompt-region', role: 'status', 'aria-live': 'polite' }),
    h(
      'main',
      { id: 'main-content', tabindex: '-1', className: 'reader' },
      h(
        'div',
        { className: 'workspace' },
        h(
          'div',
          { className: 'workspace-main' },
          tools(),
          h('p', { className: 'layers-status', role: 'status' }, 'Preparing analysis…'),
          h(
            'div',
            { className: 'article-root', tabindex: '-1' },
            h(
              'article',
              {
                className: 'article',
                lang: 'en',
                'aria-labelledby': 'article-title',
                ...(byline ? { 'aria-describedby': BYLINE_ID } : {}),
                'data-article-id': article.id,
              },
              h(
                'header',
                { className: 'article-header' },
                h1,
                bylineEl,
                meta ? h('p', { className: 'article-meta' }, meta) : null,
              ),
              body,
            ),
          ),
        ),
        h('aside', { className: 'side-panels', 'aria-label': 'Analysis panels' }),
      ),
    ),
  );
  // Until the app takes over, a click on these would do nothing: shown disabled, they say so,
  // and a click waits (as Playwright's does) for the live controls that replace them.
  for (const control of page.querySelectorAll('button, select')) control.setAttribute('disabled', '');
  return { page, body, rendered };
}
