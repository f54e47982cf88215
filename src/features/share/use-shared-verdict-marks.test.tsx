// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { buildTextMap, type TextMap } from '../../anchoring/text-map';
import type { Annotation } from '../../model/annotation';
import { anchorAll, type Anchored } from '../../model/anchored';
import { LIMITS } from '../../model/share/share-wire';
import { sharedVerdictLabel, useSharedVerdictMarks } from './use-shared-verdict-marks';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TEXT = 'The mayor spoke.\n“The wall will fall,” she said. Engineers disagreed.';

function claimOn(exact: string, verdict?: Annotation['verdict']): Annotation {
  const start = TEXT.indexOf(exact);
  return {
    id: `c-${start}`,
    articleId: 'a',
    kind: verdict ? 'claim' : 'highlight',
    ...(verdict ? { verdict, claimId: `${start}` } : { color: 'yellow' as const }),
    note: '',
    tags: [],
    created: '2026-01-01T00:00:00.000Z',
    updated: '2026-01-01T00:00:00.000Z',
    selectors: [
      { type: 'TextQuoteSelector', exact },
      { type: 'TextPositionSelector', start, end: start + exact.length },
    ],
  };
}

function page(): { root: HTMLElement; map: TextMap; second: HTMLElement } {
  document.body.innerHTML =
    '<div class="article-body"><p data-start="0" data-end="16">The mayor spoke.</p>' +
    `<p data-start="17" data-end="${TEXT.length}">${TEXT.slice(17)}</p></div>`;
  const root = document.body.firstElementChild as HTMLElement;
  return { root, map: buildTextMap(root), second: root.children[1] as HTMLElement };
}

function Marks(props: { map: TextMap; anchored: Anchored | null; sharer?: string }) {
  useSharedVerdictMarks(props.map, props.anchored, props.sharer);
  return null;
}

describe('sharedVerdictLabel', () => {
  it.each([
    [
      'disputed',
      'Alice',
      { text: '⇄ Disputed · Alice', name: 'Disputed (Alice)', title: 'Verdict shared by Alice: Disputed' },
    ],
    ['false', undefined, { text: '✗ False', name: 'False', title: 'Shared verdict: False' }],
    [
      'needs-context',
      'Alexandrina Featherstonehaugh-Smith',
      {
        text: '… Needs context · Alexandrina Feather…',
        name: 'Needs context (Alexandrina Featherstonehaugh-Smith)',
        title: 'Verdict shared by Alexandrina Featherstonehaugh-Smith: Needs context',
      },
    ],
    [
      'supported',
      '\u202eecilA\n',
      { text: '✓ Supported · ecilA', name: 'Supported (ecilA)', title: 'Verdict shared by ecilA: Supported' },
    ],
  ] as const)('%s by %s', (verdict, sharer, expected) => {
    expect(sharedVerdictLabel(verdict, sharer)).toEqual(expected);
  });
});

it('cuts a name to the longest a link may carry', () => {
  const { name } = sharedVerdictLabel('false', 'n'.repeat(LIMITS.sharer + 40));
  expect(Array.from(name)).toHaveLength('False ()'.length + LIMITS.sharer);
});

describe('useSharedVerdictMarks', () => {
  it('puts a named badge after each judged claim, leaves the text as it was, and takes it out again', async () => {
    const { root, map, second } = page();
    const anchored = anchorAll(TEXT, [claimOn('The wall will fall', 'disputed'), claimOn('Engineers')]);
    const react = createRoot(document.createElement('div'));
    await act(() => react.render(<Marks map={map} anchored={anchored} sharer="Alice" />));
    const badges = root.querySelectorAll('.shared-verdict-mark');
    expect(badges).toHaveLength(1);
    const badge = badges[0] as HTMLElement;
    expect([badge.getAttribute('role'), badge.getAttribute('aria-label'), badge.dataset.label]).toEqual([
      'img',
      'Disputed (Alice)',
      '⇄ Disputed · Alice',
    ]);
    expect(badge.previousSibling?.textContent).toBe('“The wall will fall');
    // No character of its own: the paragraph's text and every offset in it are as before.
    expect(second.textContent).toBe(TEXT.slice(17));
    expect(map.range(TEXT.indexOf('Engineers'), TEXT.indexOf('Engineers') + 9)?.toString()).toBe('Engineers');

    await act(() => react.render(<Marks map={map} anchored={null} />));
    expect(root.querySelectorAll('.shared-verdict-mark')).toHaveLength(0);
    expect([...second.childNodes].map((n) => n.nodeType)).toEqual([Node.TEXT_NODE]);
    await act(() => react.unmount());
  });

  it('gives a claim in a paragraph that arrives later its badge when it arrives', async () => {
    document.body.innerHTML = '<div class="article-body"><p data-start="0" data-end="16">The mayor spoke.</p></div>';
    const root = document.body.firstElementChild as HTMLElement;
    root.setAttribute('data-pending-from', '17');
    const map = buildTextMap(root);
    const anchored = anchorAll(TEXT, [claimOn('The wall will fall', 'false')]);
    const react = createRoot(document.createElement('div'));
    await act(() => react.render(<Marks map={map} anchored={anchored} />));
    expect(root.querySelectorAll('.shared-verdict-mark')).toHaveLength(0);
    const p = document.createElement('p');
    p.dataset.start = '17';
    p.dataset.end = String(TEXT.length);
    p.textContent = TEXT.slice(17);
    root.append(p);
    root.removeAttribute('data-pending-from');
    root.dispatchEvent(new CustomEvent('mg-blocks-added', { detail: [p], bubbles: true }));
    expect(root.querySelector('.shared-verdict-mark')?.getAttribute('aria-label')).toBe('False');
    await act(() => react.unmount());
  });
});
