// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Analysis, Entity, EntityType } from '../../engine/types';
import { FILL_STEP } from '../../lib/use-filled-count';
import { CastPanel } from './CastPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const afterFrame = () =>
  act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(() => setTimeout(done)))));

/** `n` entities of a type, the first the most mentioned. */
const entities = (type: EntityType, n: number): Entity[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${type}-${i}`,
    type,
    name: `${type} ${String(i).padStart(3, '0')}`,
    aliases: [],
    roles: [],
    mentionIds: Array.from({ length: n - i }, (_, j) => `${type}-${i}-m${j}`),
  }));

const analysisWith = (people: number, places: number, organizations: number): Analysis => ({
  version: 2,
  mentions: [],
  entities: [...entities('person', people), ...entities('place', places), ...entities('organization', organizations)],
  claims: [],
});

describe('CastPanel', () => {
  const host = document.createElement('div');
  const root = createRoot(host);
  afterEach(() => act(() => root.render(null)));

  const rowsIn = (label: string) =>
    [...host.querySelectorAll<HTMLElement>('section.cast-group')]
      .find((s) => s.querySelector('h3')?.textContent?.includes(label))!
      .querySelectorAll('.cast-name');

  it('shows a short cast whole in the first render', async () => {
    await act(async () => root.render(<CastPanel analysis={analysisWith(3, 2, 1)} />));
    expect([rowsIn('People').length, rowsIn('Places').length, rowsIn('Organizations').length]).toEqual([3, 2, 1]);
  });

  it('puts a long cast in a step per frame, the groups in order, up to the first 40 of each', async () => {
    await act(async () => root.render(<CastPanel analysis={analysisWith(50, 50, 50)} />));
    // The first frame: only the start of the first group, the most mentioned first.
    expect(rowsIn('People').length).toBe(FILL_STEP);
    expect(rowsIn('People')[0].textContent).toBe('person 000');
    expect(rowsIn('Places').length).toBe(0);
    // Every heading (and its count) is there from the start.
    expect(host.textContent).toContain('50 organizations');
    for (let i = 0; i < 10; i++) await afterFrame();
    expect([rowsIn('People').length, rowsIn('Places').length, rowsIn('Organizations').length]).toEqual([40, 40, 40]);
    expect(rowsIn('Places')[39].textContent).toBe('place 039');
  });

  it('shows the rest of a group when asked, a step per frame as well', async () => {
    await act(async () => root.render(<CastPanel analysis={analysisWith(150, 0, 0)} />));
    for (let i = 0; i < 5; i++) await afterFrame();
    expect(rowsIn('People').length).toBe(40);
    const showAll = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Show all 150 people')!;
    await act(async () => showAll.click());
    expect(rowsIn('People').length).toBeLessThan(150);
    for (let i = 0; i < 10; i++) await afterFrame();
    expect(rowsIn('People').length).toBe(150);
    expect(host.textContent).not.toContain('Show all');
  });

  it('keeps the other groups\' rows while a long group fills after "Show all"', async () => {
    await act(async () => root.render(<CastPanel analysis={analysisWith(150, 50, 50)} />));
    for (let i = 0; i < 10; i++) await afterFrame();
    const counts = () => [rowsIn('People').length, rowsIn('Places').length, rowsIn('Organizations').length];
    expect(counts()).toEqual([40, 40, 40]);
    const showAll = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Show all 150 people')!;
    await act(async () => showAll.click());
    // The rows already shown stay: only the people past the first 40 go in a step per frame.
    for (let i = 0; i < 6; i++) {
      const [people, places, organizations] = counts();
      expect(people).toBeGreaterThanOrEqual(40);
      expect([places, organizations]).toEqual([40, 40]);
      await afterFrame();
    }
    for (let i = 0; i < 10; i++) await afterFrame();
    expect(counts()).toEqual([150, 40, 40]);
    expect(rowsIn('People')[149].textContent).toBe('person 149');
  });

  it('takes focus from "Show all" to the first row it brings, once that row is in', async () => {
    document.body.append(host);
    await act(async () => root.render(<CastPanel analysis={analysisWith(150, 50, 50)} />));
    const showAll = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Show all 150 people')!;
    showAll.focus();
    await act(async () => showAll.click());
    for (let i = 0; i < 15; i++) await afterFrame();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('person 040, 110 mentions');
    host.remove();
  });
});
