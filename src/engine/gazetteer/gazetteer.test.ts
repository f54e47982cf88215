import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGazetteer, loadGazetteer, normalizeName, type GazetteerData } from './index';
import { loadGazetteerSync } from './load-sync';

const g = loadGazetteerSync();
const JSON_URL = new URL('./data/gazetteer.json', import.meta.url);

type Row = [input: string, name: string, countryCode: string, kind: 'country' | 'city' | 'region'];

const rows: Record<string, Row[]> = {
  countries: [
    ['Russia', 'Russia', 'RU', 'country'],
    ['Ukraine', 'Ukraine', 'UA', 'country'],
    ['Russian Federation', 'Russia', 'RU', 'country'],
    ['the Netherlands', 'Netherlands', 'NL', 'country'],
    ['Holland', 'Netherlands', 'NL', 'country'],
    ['US', 'United States', 'US', 'country'],
    ['U.S.', 'United States', 'US', 'country'],
    ['USA', 'United States', 'US', 'country'],
    ['United States of America', 'United States', 'US', 'country'],
    ['America', 'United States', 'US', 'country'],
    ['UK', 'United Kingdom', 'GB', 'country'],
    ['Britain', 'United Kingdom', 'GB', 'country'],
    ['Great Britain', 'United Kingdom', 'GB', 'country'],
    ['South Korea', 'South Korea', 'KR', 'country'],
    ['North Korea', 'North Korea', 'KP', 'country'],
    ['DPRK', 'North Korea', 'KP', 'country'],
    ['Czech Republic', 'Czechia', 'CZ', 'country'],
    ['Ivory Coast', 'Ivory Coast', 'CI', 'country'],
    ["Côte d'Ivoire", 'Ivory Coast', 'CI', 'country'],
    ['Turkey', 'Türkiye', 'TR', 'country'],
    ['Burma', 'Myanmar', 'MM', 'country'],
    ['Congo', 'DR Congo', 'CD', 'country'],
    ['Georgia', 'Georgia', 'GE', 'country'],
    ['UAE', 'United Arab Emirates', 'AE', 'country'],
    ['Palestine', 'Palestine', 'PS', 'country'],
  ],
  capitals: [
    ['Moscow', 'Moscow', 'RU', 'city'],
    ['Kyiv', 'Kyiv', 'UA', 'city'],
    ['Paris', 'Paris', 'FR', 'city'],
    ['London', 'London', 'GB', 'city'],
    ['Washington', 'Washington, D.C.', 'US', 'city'],
    ['Washington, D.C.', 'Washington, D.C.', 'US', 'city'],
    ['Tripoli', 'Tripoli', 'LY', 'city'],
    ['Kabul', 'Kabul', 'AF', 'city'],
    ['Manila', 'Manila', 'PH', 'city'],
    ['Pyongyang', 'Pyongyang', 'KP', 'city'],
    ['Naypyidaw', 'Nay Pyi Taw', 'MM', 'city'],
    ['Astana', 'Astana', 'KZ', 'city'],
  ],
  exonyms: [
    ['Kiev', 'Kyiv', 'UA', 'city'],
    ['Odessa', 'Odesa', 'UA', 'city'],
    ['Kharkov', 'Kharkiv', 'UA', 'city'],
    ['Lvov', 'Lviv', 'UA', 'city'],
    ['Dnepropetrovsk', 'Dnipro', 'UA', 'city'],
    ['Nikolaev', 'Mykolaiv', 'UA', 'city'],
    ['Artemovsk', 'Bakhmut', 'UA', 'city'],
    ['Kishinev', 'Chisinau', 'MD', 'city'],
    ['Tiflis', 'Tbilisi', 'GE', 'city'],
    ['Peking', 'Beijing', 'CN', 'city'],
    ['Bombay', 'Mumbai', 'IN', 'city'],
    ['Calcutta', 'Kolkata', 'IN', 'city'],
    ['Canton', 'Guangzhou', 'CN', 'city'],
    ['Rangoon', 'Yangon', 'MM', 'city'],
    ['Saigon', 'Ho Chi Minh City', 'VN', 'city'],
    ['Makkah', 'Mecca', 'SA', 'city'],
    ['Cologne', 'Köln', 'DE', 'city'],
    ['Leningrad', 'Saint Petersburg', 'RU', 'city'],
    ['Gaza City', 'Gaza', 'PS', 'city'],
    ['Khan Yunis', 'Khan Younis', 'PS', 'city'],
    ['Kramatorsk', 'Kramatorsk', 'UA', 'city'],
    ['Zaporizhia', 'Zaporizhzhia', 'UA', 'city'],
  ],
  multiword: [
    ['New York', 'New York City', 'US', 'city'],
    ['New York City', 'New York City', 'US', 'city'],
    ['Ho Chi Minh City', 'Ho Chi Minh City', 'VN', 'city'],
    ['Rio de Janeiro', 'Rio de Janeiro', 'BR', 'city'],
    ['Tel Aviv', 'Tel Aviv', 'IL', 'city'],
    ['Los Angeles', 'Los Angeles', 'US', 'city'],
    ['The Hague', 'The Hague', 'NL', 'city'],
  ],
  regions: [
    ['Texas', 'Texas', 'US', 'region'],
    ['California', 'California', 'US', 'region'],
    ['new jersey', 'New Jersey', 'US', 'region'],
    ['Washington State', 'Washington State', 'US', 'region'],
    ['Ontario', 'Ontario', 'CA', 'region'],
    ['Scotland', 'Scotland', 'GB', 'region'],
    ['Crimea', 'Crimea', 'UA', 'region'],
    ['Donbas', 'Donbas', 'UA', 'region'],
    ['Xinjiang', 'Xinjiang', 'CN', 'region'],
    ['Bavaria', 'Bavaria', 'DE', 'region'],
    ['West Bank', 'West Bank', 'PS', 'region'],
    ['Middle East', 'Middle East', '', 'region'],
    ['Europe', 'Europe', '', 'region'],
    ['Kashmir', 'Kashmir', '', 'region'],
  ],
  spelling: [
    ['Kyïv', 'Kyiv', 'UA', 'city'],
    ['KYIV', 'Kyiv', 'UA', 'city'],
    ['Sao Paulo', 'São Paulo', 'BR', 'city'],
    ['Montreal', 'Montréal', 'CA', 'city'],
    ['Krakow', 'Kraków', 'PL', 'city'],
    ['Gdansk', 'Gdańsk', 'PL', 'city'],
    ['Wroclaw', 'Wrocław', 'PL', 'city'],
    ['Zurich', 'Zürich', 'CH', 'city'],
    ['St. Petersburg', 'Saint Petersburg', 'RU', 'city'],
    ['Saint-Petersburg', 'Saint Petersburg', 'RU', 'city'],
    ['St Louis', 'St. Louis', 'US', 'city'],
    ['Kramators’k', 'Kramatorsk', 'UA', 'city'],
    ["Russia's", 'Russia', 'RU', 'country'],
    ['Ukraine’s', 'Ukraine', 'UA', 'country'],
    ['  Moscow ', 'Moscow', 'RU', 'city'],
  ],
};

describe('lookup', () => {
  for (const [group, table] of Object.entries(rows)) {
    it.each(table)(`${group}: %s → %s (%s, %s)`, (input, name, countryCode, kind) => {
      const e = g.lookup(input);
      expect(e, input).toBeDefined();
      expect(e).toMatchObject({ name, countryCode, kind });
    });
  }

  it('fills country, coordinates and kind', () => {
    expect(g.lookup('Kiev')).toEqual({
      name: 'Kyiv',
      lat: 50.45,
      lon: 30.52,
      country: 'Ukraine',
      countryCode: 'UA',
      kind: 'city',
    });
    expect(g.lookup('Ukraine')?.country).toBe('Ukraine');
    expect(g.lookup('Europe')?.country).toBe('');
  });

  it.each(['us', 'Us', 'uk', 'UN', 'EU', 'the', '', '   ', 'Xyzzyville', 'Vladimir Putin', 'said'])(
    'misses %j',
    (input) => {
      expect(g.lookup(input)).toBeUndefined();
    },
  );

  it('returns the same object for the same entry', () => {
    expect(g.lookup('Kiev')).toBe(g.lookup('Kyiv'));
  });
});

describe('isDemonym', () => {
  it.each<[string, boolean]>([
    ['Russian', true],
    ['Russians', true],
    ['Ukrainian', true],
    ['Ukrainians', true],
    ['North Korean', true],
    ['North Koreans', true],
    ['South African', true],
    ['Afghan', true],
    ['Afghans', true],
    ['Filipino', true],
    ['Filipinos', true],
    ['American', true],
    ['British', true],
    ['Western', true],
    ['Soviet', true],
    ['European', true],
    ['Arab', true],
    ['Kurdish', true],
    ['Palestinian', true],
    ['Israeli', true],
    ['Chinese', true],
    ['Swiss', true],
    ['french', true],
    ['Russia', false],
    ['Moscow', false],
    ['Ukraine', false],
    ['Putin', false],
    ['the', false],
    ['', false],
  ])('%s → %s', (word, expected) => {
    expect(g.isDemonym(word)).toBe(expected);
  });

  it('maps demonyms to countries', () => {
    expect(g.demonymCountry('Ukrainian')?.countryCode).toBe('UA');
    expect(g.demonymCountry('American')?.countryCode).toBe('US');
    expect(g.demonymCountry('British')?.countryCode).toBe('GB');
    expect(g.demonymCountry('North Korean')?.countryCode).toBe('KP');
    expect(g.demonymCountry('Western')).toBeUndefined();
    expect(g.demonymCountry('Moscow')).toBeUndefined();
  });

  it('matches multiword demonyms on tokens', () => {
    expect(g.demonymAt(['the', 'North', 'Korean', 'army'], 1)).toBe(2);
    expect(g.demonymAt(['Russian', 'forces'], 0)).toBe(1);
    expect(g.demonymAt(['Russia', 'said'], 0)).toBe(0);
  });
});

describe('isWeak', () => {
  it.each<[string, boolean]>([
    ['Reading', true],
    ['Nice', true],
    ['Mobile', true],
    ['Of', true],
    ['Bath', true],
    ['Split', true],
    ['Victoria', true],
    ['Jackson', true],
    ['Lincoln', true],
    ['Police', true],
    ['Union', true],
    ['Independence', true],
    ['Westminster', true],
    ['Valley', true],
    ['Paris', false],
    ['Washington', false],
    ['London', false],
    ['Kyiv', false],
    ['Moscow', false],
    ['Russia', false],
    ['Vladimir', true],
    ['Jordan', false],
    ['US', false],
    ['Texas', false],
  ])('%s → %s', (name, expected) => {
    expect(g.isWeak(name)).toBe(expected);
  });

  it('weak names are still in the gazetteer', () => {
    expect(g.lookup('Reading')).toMatchObject({ countryCode: 'GB', kind: 'city' });
  });
});

describe('matchAt', () => {
  const toks = (s: string) => s.split(' ');
  it.each<[string, number, number]>([
    ['in Ho Chi Minh City today', 1, 4],
    ['from New York City to', 1, 3],
    ['from New York to', 1, 2],
    ['to Rio de Janeiro .', 1, 3],
    ['in Washington , D.C. on', 1, 3],
    ['in Washington on', 1, 1],
    ['the United States said', 1, 2],
    ['the United States said', 0, 0],
    ['The Hague', 1, 1],
    ['in Kyiv', 1, 1],
    ['in Kiev', 1, 1],
    ["Russia's army", 0, 1],
    ['U.S. forces', 0, 1],
    ['US forces', 0, 1],
    ['North Korea fired', 0, 2],
    ['New Jersey Governor', 0, 2],
    ['St. Petersburg forum', 0, 2],
    ['Vladimir Putin said', 1, 0],
    ['Vladimir Putin said', 0, 1], // Vladimir, Russia: a weak name, see isWeak
    [', Moscow', 0, 0],
    ['UN envoy', 0, 0],
    ['UAE officials', 0, 1],
    ['Moscow ,', 1, 0],
  ])('%j at %i → %i', (text, i, n) => {
    expect(g.matchAt(toks(text), i)).toBe(n);
  });

  it('is safe out of range', () => {
    expect(g.matchAt([], 0)).toBe(0);
    expect(g.matchAt(['Moscow'], 5)).toBe(0);
    expect(g.matchAt(['Moscow'], -1)).toBe(0);
  });
});

describe('normalizeName', () => {
  it.each([
    ['Kyïv', 'kyiv'],
    ['St. Petersburg', 'saint petersburg'],
    ['Saint-Petersburg', 'saint petersburg'],
    ['the Netherlands', 'netherlands'],
    ['Washington, D.C.', 'washington dc'],
    ['Łódź', 'lodz'],
    ['constructor', 'constructor'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe('data', () => {
  it('is the generated file: loads, > 10,000 entries, < 600 KB', () => {
    const bytes = statSync(JSON_URL).size;
    expect(bytes).toBeLessThan(600 * 1024);
    expect(g.size).toBeGreaterThan(10_000);
    const data = JSON.parse(readFileSync(JSON_URL, 'utf8')) as GazetteerData;
    expect(data.version).toBe(1);
    expect(data.countries.length).toBeGreaterThan(240);
    for (const [alias, idx] of [...data.aliases, ...data.abbreviations]) {
      expect(idx, alias).toBeGreaterThanOrEqual(0);
      expect(idx, alias).toBeLessThan(g.size);
    }
  });

  // How fast it builds is a benchmark figure (bench/engine.ts), not a test assertion.
  it('builds a fresh index the same size as the cached one', () => {
    const data = JSON.parse(readFileSync(JSON_URL, 'utf8')) as GazetteerData;
    expect(createGazetteer(data).size).toBe(g.size);
  });

  it('loadGazetteer() resolves and caches', async () => {
    const a = loadGazetteer();
    expect(loadGazetteer()).toBe(a);
    const lazy = await a;
    expect(lazy.lookup('Kiev')?.name).toBe('Kyiv');
  });
});
