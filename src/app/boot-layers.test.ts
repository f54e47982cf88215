import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_LAYERS as L } from '../anchoring/highlight/layers';
import type { Analysis } from '../engine/types';
import { foundLine, layerCounts } from '../features/layers/layer-counts';
import { bootLayersOf, firstPaint, readBootLayers } from './boot-layers';
import { DEFAULT_LAYER_PREFS, type LayerPrefs } from './boot-prefs';

// A small analysis by hand: two people (one twice), a place, and two claims, one without a speaker.
const analysis = {
  version: 2,
  mentions: [
    { id: 'm1', type: 'place', start: 0, end: 6, text: 'MOSCOW', entityId: 'e3', why: '' },
    { id: 'm2', type: 'person', start: 10, end: 15, text: 'Putin', entityId: 'e1', why: '' },
    { id: 'm3', type: 'person', start: 40, end: 45, text: 'Putin', entityId: 'e1', why: '' },
    { id: 'm4', type: 'person', start: 60, end: 65, text: 'Trump', entityId: 'e2', why: '' },
  ],
  entities: [
    { id: 'e1', type: 'person', name: 'Vladimir Putin', aliases: [], roles: [], mentionIds: ['m2', 'm3'] },
    { id: 'e2', type: 'person', name: 'Donald Trump', aliases: [], roles: [], mentionIds: ['m4'] },
    { id: 'e3', type: 'place', name: 'Moscow', aliases: [], roles: [], mentionIds: ['m1'] },
  ],
  claims: [
    {
      id: 'c1',
      start: 40,
      end: 90,
      text: '',
      content: { start: 51, end: 90, text: '' },
      cue: { start: 46, end: 50, text: 'said' },
      speaker: { start: 40, end: 45, text: 'Putin', name: 'Vladimir Putin', entityId: 'e1' },
    },
    {
      id: 'c2',
      start: 100,
      end: 150,
      text: '',
      content: { start: 100, end: 130, text: '' },
      cue: { start: 131, end: 140, text: 'according' },
    },
  ],
} as unknown as Analysis;

const prefs = (p: Partial<LayerPrefs> & { hide?: Array<keyof LayerPrefs['layers']> } = {}): LayerPrefs => ({
  ...DEFAULT_LAYER_PREFS,
  ...p,
  layers: Object.fromEntries(
    Object.keys(DEFAULT_LAYER_PREFS.layers).map((l) => [l, !p.hide?.includes(l as never)]),
  ) as LayerPrefs['layers'],
});

describe('the landing layers the boot script paints', () => {
  const data = bootLayersOf(analysis);

  it('are the spans the app paints first: mentions by type, every cue, the speakers that exist', () => {
    expect(data.person).toEqual([10, 15, 40, 45, 60, 65]);
    expect(data.place).toEqual([0, 6]);
    expect(data.organization).toEqual([]);
    expect(data.cues).toEqual([46, 50, 131, 140]);
    expect(data.speakers).toEqual([40, 45]);
    expect(data.contents).toEqual([51, 90, 100, 130]);
    expect(data.legend).toEqual({ person: '3 mentions', place: '1 mention', organization: '0 mentions', claim: '2' });
    expect(data.status).toBe(foundLine(layerCounts(analysis)));
    expect(data.status).toBe('Analysis done: 2 people, 1 place, 0 organizations and 2 claims marked.');
  });

  it('follow the reader’s saved choices: hidden layers, claims tinted all at once only in analysis mode', () => {
    const names = (p: LayerPrefs) => firstPaint(data, p).map(([layer]) => layer.name);
    expect(names(prefs())).toEqual([L.person.name, L.place.name, L.claimCue.name, L.claimSpeaker.name]);
    expect(names(prefs({ hide: ['person', 'claim'] }))).toEqual([L.place.name]);
    expect(names(prefs({ claimTint: 'all' }))).toContain(L.claim.name);
    expect(names(prefs({ claimTint: 'all', viewMode: 'reading' }))).not.toContain(L.claim.name);
  });

  it('survive the page as JSON, and a damaged attribute is refused rather than half painted', () => {
    expect(readBootLayers(JSON.stringify(data))).toEqual(data);
    expect(readBootLayers(null)).toBeNull();
    expect(readBootLayers('{')).toBeNull();
    expect(readBootLayers(JSON.stringify({ ...data, person: [1, 2, 3] }))).toBeNull();
    expect(readBootLayers(JSON.stringify({ ...data, place: ['0', '6'] }))).toBeNull();
    expect(readBootLayers(JSON.stringify({ ...data, legend: { person: '1 mention' } }))).toBeNull();
    expect(readBootLayers(JSON.stringify({ ...data, status: 3 }))).toBeNull();
  });
});
