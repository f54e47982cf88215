import { describe, expect, it } from 'vitest';
import { defaultPreferences } from '../preferences';
import { ANNOTATIONS, ARTICLE } from './test-fixtures';
import { BACKUP_VERSION, parseBackup, serializeBackup, type BackupContent } from './backup';

const data: BackupContent = {
  exportedAt: '2026-11-27T08:00:00.000Z',
  articles: [ARTICLE],
  annotations: ANNOTATIONS,
  labels: { yellow: 'important', pink: 'question' },
  corrections: {
    [ARTICLE.id]: {
      rejectedEntities: ['person:moscow'],
      rejectedClaims: ['3-9'],
      retyped: { 'organization:kyiv': 'place' },
      speakers: { '10-40': 'Putin' },
      added: [{ start: 0, end: 6, type: 'place' }],
    },
  },
  preferences: { ...defaultPreferences(), theme: 'dark', librarySort: 'annotated', mapShowAll: true },
  lastOpened: { [ARTICLE.id]: '2026-11-28T09:30:00.000Z', 'putin-high-tech-duel': '2026-11-29T18:00:00.000Z' },
};

type Json = Record<string, unknown> & { annotations: Record<string, unknown>[]; articles: Record<string, unknown>[] };
const mutated = (mutate: (j: Json) => void) => {
  const json = JSON.parse(serializeBackup(data)) as Json;
  mutate(json);
  return JSON.stringify(json);
};

describe('backup', () => {
  it('round-trips everything, tombstones, corrections, preferences and last-opened times included', () => {
    const text = serializeBackup(data);
    expect(parseBackup(text)).toEqual({
      parsed: { format: 'marginalia-backup', version: BACKUP_VERSION, ...data },
      rejected: [],
    });
    expect(parseBackup(JSON.parse(text))).toHaveProperty('parsed');
  });

  it('reads a v1 backup (before corrections and preferences)', () => {
    const v1 = mutated((j) => {
      j.version = 1;
      delete j.corrections;
      delete j.preferences;
    });
    const result = parseBackup(v1);
    expect(result).toMatchObject({ parsed: { version: 2, corrections: {}, annotations: ANNOTATIONS }, rejected: [] });
    expect('parsed' in result && result.parsed).not.toHaveProperty('preferences');
  });

  it('reads a backup written before last-opened times were kept, as having none', () => {
    const result = parseBackup(mutated((j) => delete j.lastOpened));
    if (!('parsed' in result)) throw new Error(result.error);
    expect(result.rejected).toEqual([]);
    expect(result.parsed).not.toHaveProperty('lastOpened');
    expect(result.parsed.preferences).toEqual(data.preferences);
  });

  it('keeps fields written by a newer version of an annotation', () => {
    const result = parseBackup(mutated((j) => (j.annotations[0].futureField = 1)));
    expect('parsed' in result && result.parsed.annotations[0]).toHaveProperty('futureField', 1);
  });

  it.each<[string, (j: Json) => void, RegExp]>([
    ['a bad colour', (j) => (j.annotations[0].color = 'red'), /^annotation #1: color/],
    ['a missing note', (j) => delete j.annotations[1].note, /^annotation #2: note/],
    ['a date in words', (j) => (j.annotations[0].created = 'last Tuesday'), /created: not an ISO 8601 date/],
    ['a year no Date can pass', (j) => (j.annotations[0].updated = '+275760-09-13T00:00:00.000Z'), /updated/],
    ['foreign text under an id', (j) => (j.articles[0].text = 'another text'), /does not match its id/],
    ['a non-web address', (j) => (j.articles[0].origin = { kind: 'url', url: 'not a url' }), /origin\.url/],
  ])('refuses only the record with %s, and says why', (_n, mutate, reason) => {
    const result = parseBackup(mutated(mutate));
    if (!('parsed' in result)) throw new Error(result.error);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0].reason).toMatch(reason);
    expect(result.parsed.annotations.length + result.parsed.articles.length).toBe(ANNOTATIONS.length + 1 - 1);
  });

  it('refuses damaged labels, corrections, preferences and last-opened times one by one', () => {
    const result = parseBackup(
      mutated((j) => {
        j.labels = { red: 'x' };
        j.corrections = { [ARTICLE.id]: { added: 'all' }, other: data.corrections[ARTICLE.id] };
        j.preferences = { theme: 'neon', layers: { person: false } };
        j.lastOpened = { [ARTICLE.id]: 'yesterday', 'putin-high-tech-duel': '2026-11-29T18:00:00.000Z' };
      }),
    );
    if (!('parsed' in result)) throw new Error(result.error);
    expect(result.rejected.map((r) => r.what)).toEqual(['labels', 'corrections', 'preferences', 'last opened']);
    expect(result.parsed.lastOpened).toEqual({ 'putin-high-tech-duel': '2026-11-29T18:00:00.000Z' });
    expect(Object.keys(result.parsed.corrections)).toEqual(['other']);
    expect(result.parsed.preferences).toMatchObject({ theme: 'system', layers: { person: false, place: true } });
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    ['another format', '{"format":"x","version":1}', /not a Marginalia backup/],
    ['a newer version', mutated((j) => (j.version = 3)), /newer version/],
    ['no version', mutated((j) => delete j.version), /damaged/],
    ['annotations that are not a list', mutated((j) => (j.annotations = {} as never)), /annotations: not a list/],
  ])('rejects %s as a whole', (_, input, message) => {
    const result = parseBackup(input);
    expect('error' in result && result.error).toMatch(message);
  });
});
