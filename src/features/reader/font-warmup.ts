/**
 * Lays out, once and out of sight, a few words in each of the reader's type styles while the
 * library sits idle, so that opening an article does not wait on the browser's font caches.
 *
 * Why: the first layout that uses a font family, a size of it or the hyphenation dictionary asks
 * the browser process for it, synchronously (Chromium on Linux: a family lookup, a render style
 * per size, the dictionary; each renderer remembers the answers). The library uses none of the
 * reader's styles, so opening an article made about a dozen such calls inside the reader's first
 * layout. On a quiet machine they add a few ms to that task; on a busy one the browser answers
 * late and they made it 60–190 ms long (bench/trace-long.ts with TRACE_CATEGORIES=fonts,mojom).
 * Made here, in an idle moment before a file is chosen, they are already answered.
 *
 * The specimen copies the reader's nesting and class names (`.article`, the body's paragraphs
 * with `hyphens: auto`, the subheading, the dateline, the side panels' tabs, the reader settings'
 * glyph) with placeholder words: each of the sizes and weights the reader shows on opening. A style it misses only means that lookup happens on open, as before.
 * It is `aria-hidden`, `inert` and hidden, and leaves the page after the frame that laid it out:
 * find in page, the tab order and screen readers never meet it.
 */
import { afterNextFrame } from '../../lib/after-next-frame';
import { whenIdle } from '../../lib/when-idle';

type Node = [tag: string, className: string, content: string | Node[], attrs?: Record<string, string>];

const WORDS = 'Reading hyphenation';
const SPECIMEN: Node = [
  'div',
  'workspace',
  [
    ['span', 'reader-settings-glyph', 'Aa'],
    [
      'main',
      'reader',
      [
        [
          'article',
          'article',
          [
            [
              'header',
              'article-header',
              [
                ['h1', '', WORDS],
                ['p', 'article-meta', WORDS],
              ],
            ],
            [
              'div',
              'article-body',
              [
                [
                  'p',
                  '',
                  [
                    ['span', 'dateline', WORDS],
                    ['span', '', WORDS],
                  ],
                ],
                ['h2', 'subheading', WORDS],
              ],
            ],
            ['section', 'article-footer', [['p', '', WORDS]]],
          ],
          { lang: 'en' },
        ],
      ],
    ],
    [
      'aside',
      'side-panels',
      [
        [
          'div',
          'tab-list',
          [
            ['button', '', WORDS, { role: 'tab', 'aria-selected': 'true' }],
            ['button', '', WORDS, { role: 'tab', 'aria-selected': 'false' }],
          ],
        ],
        [
          'p',
          'panel-note',
          [
            ['strong', '', WORDS],
            ['kbd', '', 'j'],
          ],
        ],
      ],
    ],
  ],
];

function build([tag, className, content, attrs]: Node): HTMLElement {
  const el = document.createElement(tag);
  if (className) el.className = className;
  for (const [k, v] of Object.entries(attrs ?? {})) el.setAttribute(k, v);
  if (typeof content === 'string') el.textContent = content;
  else el.append(...content.map(build));
  return el;
}

let warmed = false;

/**
 * Schedules the warm-up for the next idle moment (once per page); returns a cancel function for
 * a view that goes away first.
 */
export function warmReaderFonts(): () => void {
  if (warmed || typeof document === 'undefined') return () => {};
  let cancelled = false;
  let host: HTMLElement | undefined;
  let removeLater = () => {};
  const run = () => {
    if (cancelled || warmed) return;
    warmed = true;
    host = build(SPECIMEN);
    host.setAttribute('aria-hidden', 'true');
    host.inert = true;
    // Narrow, so the body's words reach the hyphenation step; off-screen and unpainted.
    host.style.cssText = 'position:fixed;left:-9999px;top:0;width:7em;visibility:hidden;pointer-events:none';
    document.body.append(host);
    removeLater = afterNextFrame(() => host?.remove());
  };
  const cancelIdle = whenIdle(run, 2000, 500);
  return () => {
    cancelled = true;
    cancelIdle();
    removeLater();
    host?.remove();
  };
}
