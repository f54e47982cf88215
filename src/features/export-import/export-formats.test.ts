import { describe, expect, it } from 'vitest';
import type { Analysis, Entity } from '../../engine/types';
import { ANNOTATIONS, ARTICLE, CLAIM, HIGHLIGHT } from '../../model/format/test-fixtures';
import { exportFormats, wikilinkTargets, type ExportContext } from './export-formats';

const entity = (id: string, type: Entity['type'], name: string, place?: Entity['place']): Entity => ({
  id,
  type,
  name,
  aliases: [],
  roles: [],
  mentionIds: ['m1', 'm2'],
  ...(place ? { place } : {}),
});
const ANALYSIS: Analysis = {
  version: 2,
  mentions: [],
  claims: [],
  entities: [
    entity('e1', 'person', 'Putin'),
    entity('e2', 'place', 'Kyiv', {
      name: 'Kyiv',
      lat: 50.45,
      lon: 30.52,
      country: 'Ukraine',
      countryCode: 'UA',
      kind: 'city',
    }),
    entity('e3', 'organization', 'The council'),
    entity('e4', 'place', 'Odesa'),
  ],
};

const ctx = (over: Partial<ExportContext> = {}): ExportContext => ({
  article: ARTICLE,
  annotations: ANNOTATIONS,
  analysis: ANALYSIS,
  labels: { yellow: 'Check' },
  wikilinks: false,
  getBackup: async () => '{"format":"marginalia-backup"}',
  now: new Date('2026-11-27T10:00:00Z'),
  ...over,
});
const byId = (c: ExportContext) => Object.fromEntries(exportFormats(c).map((f) => [f.id, f]));

describe('exportFormats', () => {
  it('lists every format with a safe file name', () => {
    const formats = exportFormats(ctx());
    expect(formats.map((f) => f.id)).toEqual(['w3c', 'markdown', 'csv', 'claims', 'places', 'backup']);
    expect(formats.map((f) => f.fileName)).toEqual([
      'putin-no-chance-a-test-with-commas-2026-11-27.jsonld',
      'putin-no-chance-a-test-with-commas-2026-11-27.md',
      'putin-no-chance-a-test-with-commas-2026-11-27.csv',
      'putin-no-chance-a-test-with-commas-claims-2026-11-27.jsonld',
      'putin-no-chance-a-test-with-commas-places-2026-11-27.geojson',
      expect.stringMatching(/^marginalia-backup-2026-11-2\d\.json$/),
    ]);
    expect(formats.every((f) => !f.unavailable)).toBe(true);
  });

  it('builds parseable output without deleted annotations', async () => {
    const f = byId(ctx());
    const w3c = JSON.parse(await f.w3c.build());
    expect(w3c.type).toBe('AnnotationCollection');
    expect(w3c.total).toBe(4);
    expect(w3c.generated).toBe('2026-11-27T10:00:00.000Z');
    expect(JSON.parse(await f.claims.build())['@graph']).toHaveLength(1);
    const geo = JSON.parse(await f.places.build());
    expect(geo.features.map((p: { properties: { name: string } }) => p.properties.name)).toEqual(['Kyiv']);
    expect((await f.csv.build()).split('\r\n').filter(Boolean)).toHaveLength(5);
    expect(await f.backup.build()).toContain('marginalia-backup');
  });

  it('adds wikilinks for every entity only when asked', async () => {
    const plain = await byId(ctx()).markdown.build();
    const linked = await byId(ctx({ wikilinks: true })).markdown.build();
    expect(plain).not.toContain('[[');
    expect(linked).toContain('[[Putin]]');
  });

  it('writes the byline into the Markdown: the record’s, else the one under the title in the text', async () => {
    const text = 'Harbour wall to be rebuilt\nBy Jane Doe\nCoastline Courier\nThe council agreed to rebuild it.\nMore.';
    const file = { ...ARTICLE, title: 'Harbour wall to be rebuilt', source: undefined, text };
    const md = await byId(
      ctx({ article: { ...file, origin: { kind: 'file', fileName: 'harbour.txt' } } }),
    ).markdown.build();
    expect(md).toContain('author: "Jane Doe"\nsource: "Coastline Courier"');
    expect(md).toContain('- By: Jane Doe\n- Source: Coastline Courier');
    // A byline and source the record has (a web page's) are the ones written.
    const web = await byId(ctx({ article: { ...file, byline: 'Li Wei', source: 'Example News' } })).markdown.build();
    expect(web).toContain('- By: Li Wei\n- Source: Example News');
    // Nothing is made up for a text without a byline.
    expect(await byId(ctx()).markdown.build()).not.toMatch(/^author:|^- By:/m);
  });

  it('disables claim reviews without a verdict and places without analysis or coordinates', () => {
    const noVerdicts = byId(ctx({ annotations: [HIGHLIGHT, { ...CLAIM, verdict: undefined }] }));
    expect(noVerdicts.claims.unavailable).toMatch(/verdict/);
    expect(byId(ctx({ annotations: [{ ...CLAIM, deleted: true }] })).claims.unavailable).toBeDefined();
    expect(byId(ctx({ analysis: undefined })).places.unavailable).toMatch(/analysis/);
    expect(
      byId(ctx({ analysis: { ...ANALYSIS, entities: ANALYSIS.entities.filter((e) => !e.place) } })).places.unavailable,
    ).toMatch(/No places/);
  });
});

describe('wikilinkTargets', () => {
  it('links every form of an entity to its canonical name; a form two entities share stays unlinked', () => {
    const analysis: Pick<Analysis, 'entities' | 'mentions'> = {
      entities: [
        { ...entity('p', 'person', 'Vladimir Putin'), aliases: ['Putin'] },
        entity('w', 'organization', 'Washington Post'),
        entity('dc', 'place', 'Washington'),
        entity('s', 'person', 'George Washington'),
      ],
      mentions: [
        { id: 'm1', type: 'person', start: 0, end: 5, text: 'Putin', entityId: 'p', why: 'test' },
        { id: 'm2', type: 'person', start: 9, end: 19, text: 'Washington', entityId: 's', why: 'test' },
      ],
    };
    expect(wikilinkTargets(analysis)).toEqual([
      { form: 'George Washington', canonical: 'George Washington' },
      { form: 'Washington Post', canonical: 'Washington Post' },
      { form: 'Vladimir Putin', canonical: 'Vladimir Putin' },
      { form: 'Putin', canonical: 'Vladimir Putin' },
    ]);
    expect(wikilinkTargets(undefined)).toEqual([]);
  });
});
