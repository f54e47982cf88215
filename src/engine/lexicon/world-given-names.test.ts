/**
 * The word knowledge added for issue #9 (ents30b): given names in FIRST_NAME_SET, demonyms and
 * first-level regions in the gazetteer — and the words left out because they are English words,
 * given names or brands first.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteerSync } from '../gazetteer/load-sync';
import { COMMON_WORDS, FIRST_NAME_SET } from './words';
import { WORLD_GIVEN_NAMES } from './world-given-names';

const gaz = loadGazetteerSync();

describe('given names of other regions', () => {
  it.each(['linnea', 'sigrid', 'eero', 'toomas', 'vytautas', 'kwame', 'fatou', 'thabo', 'dewi', 'mykola'])(
    '%s is a given name',
    (w) => expect(FIRST_NAME_SET.has(w)).toBe(true),
  );
  it.each(['mats', 'saga', 'yaw'])('%s is not (a common word)', (w) => expect(FIRST_NAME_SET.has(w)).toBe(false));
  it('holds no common word', () => {
    const common = WORLD_GIVEN_NAMES.trim()
      .split(/\s+/)
      .filter((w) => COMMON_WORDS.has(w));
    expect(common).toEqual([]);
  });
});

describe('demonyms and regional adjectives', () => {
  it.each(['Kazakh', 'Kazakhs', 'Yoruba', 'Bosniak', 'Serb', 'Croat', 'Zulu', 'Andalusian', 'Khmer', 'Inuit'])(
    '%s is a demonym',
    (w) => expect(gaz.isDemonym(w)).toBe(true),
  );
  it.each(['Karen', 'Roman', 'Norman', 'Maya', 'Jersey', 'Cherokee'])('%s is not (a name or a word first)', (w) =>
    expect(gaz.isDemonym(w)).toBe(false),
  );
});

describe('first-level regions', () => {
  it.each([
    ['Johor', 'MY'],
    ['Sabah', 'MY'],
    ['Sulawesi', 'ID'],
    ['Samar', 'PH'],
    ['Himachal Pradesh', 'IN'],
    ['Zamfara', 'NG'],
    ['Mato Grosso', 'BR'],
    ['Michoacán', 'MX'],
    ['KwaZulu-Natal', 'ZA'],
    ['North Kivu', 'CD'],
  ])('%s is a region of %s', (name, cc) => {
    const e = gaz.lookup(name);
    expect(e?.kind).toBe('region');
    expect(e?.countryCode).toBe(cc);
  });
  it.each(['Rivers', 'Plateau', 'Imo', 'Edo'])('%s alone is not a place (an English word or a name)', (w) =>
    expect(gaz.lookup(w)).toBeUndefined(),
  );
});
