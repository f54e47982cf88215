import { describe, expect, it } from 'vitest';
import { ANNOTATIONS, ARTICLE } from './test-fixtures';
import { BACKUP_VERSION, parseBackup, serializeBackup } from './backup';

const data = {
  exportedAt: '2026-11-27T08:00:00.000Z',
  articles: [ARTICLE, { ...ARTICLE, id: 'b2', origin: { kind: 'bundled' as const, path: 'x.txt' } }],
  annotations: ANNOTATIONS,
  labels: { yellow: 'important', pink: 'question' },
};

describe('backup', () => {
  it('round-trips everything, tombstones included', () => {
    const text = serializeBackup(data);
    expect(parseBackup(text)).toEqual({ parsed: { format: 'marginalia-backup', version: BACKUP_VERSION, ...data } });
    expect(parseBackup(JSON.parse(text))).toHaveProperty('parsed');
  });

  it('drops unknown extra fields instead of failing', () => {
    const json = JSON.parse(serializeBackup(data));
    json.annotations[0].futureField = 1;
    const result = parseBackup(json);
    expect('parsed' in result && result.parsed.annotations[0]).not.toHaveProperty('futureField');
  });

  const bad = (mutate: (j: Record<string, unknown> & { annotations: Record<string, unknown>[] }) => void) => {
    const json = JSON.parse(serializeBackup(data));
    mutate(json);
    return JSON.stringify(json);
  };
  it.each([
    ['not JSON', '{', /not JSON/],
    ['another format', '{"format":"x","version":1}', /not a Marginalia backup/],
    [
      'a newer version',
      bad((j) => {
        j.version = 2;
      }),
      /newer version/,
    ],
    [
      'a bad colour',
      bad((j) => {
        j.annotations[0].color = 'red';
      }),
      /damaged \(annotations\.0\.color/,
    ],
    [
      'a missing note',
      bad((j) => {
        delete j.annotations[1].note;
      }),
      /annotations\.1\.note/,
    ],
    [
      'an unknown label key',
      bad((j) => {
        j.labels = { red: 'x' };
      }),
      /labels/,
    ],
  ])('rejects %s', (_, input, message) => {
    const result = parseBackup(input);
    expect('error' in result && result.error).toMatch(message);
  });
});
