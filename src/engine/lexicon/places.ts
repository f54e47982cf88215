/**
 * Built-in place knowledge used when no gazetteer is injected, and demonyms (which are never
 * places: "Russian", "North Koreans"). Lists come from world-countries and compromise via
 * generated.ts, plus continents and common short forms. Keys are lowercase.
 */
import { CAPITALS, CITIES, COUNTRIES, DEMONYMS, REGIONS } from './generated';

export type PlaceKind = 'country' | 'city' | 'region';

const PLACES: Map<string, PlaceKind> = new Map();
const add = (list: string, kind: PlaceKind, sep = '|') => {
  for (const n of list.split(sep)) if (n && !PLACES.has(n.toLowerCase())) PLACES.set(n.toLowerCase(), kind);
};
add(COUNTRIES, 'country');
add(
  'u.s.|u.s.a.|u.k.|us|usa|uk|britain|great britain|england|scotland|wales|northern ireland|america|holland|burma|ivory coast|the netherlands|czech republic|palestine|gaza|west bank|taiwan|hong kong|macau|kosovo|crimea|donbas|tibet|kashmir|kurdistan',
  'country',
);
add(CAPITALS, 'city');
add(CITIES, 'city');
add(REGIONS, 'region');
add(
  'europe|asia|africa|north america|south america|latin america|central america|middle east|south east asia|southeast asia|east asia|central asia|south asia|oceania|antarctica|the arctic|arctic|caribbean|balkans|scandinavia|siberia|the gulf|persian gulf|pacific|atlantic|mediterranean|sahara|sahel|horn of africa|new england|midwest',
  'region',
);
add(
  'washington d.c.|washington, d.c.|washington|new york|new york city|los angeles|san francisco|la|l.a.|d.c.',
  'city',
);
// Words that world lists spell as places but news uses as common words.
for (const w of 'reading nice mobile split of man sale bath most orange commerce independence liberty union university college unity hope paradise march may'.split(
  ' ',
))
  PLACES.delete(w);

export function builtinPlace(name: string): PlaceKind | undefined {
  return PLACES.get(name.toLowerCase());
}

const DEMONYM_SET: Set<string> = new Set();
for (const d of DEMONYMS.split(/\||, /)) {
  if (!d) continue;
  const l = d.toLowerCase();
  DEMONYM_SET.add(l);
  DEMONYM_SET.add(l.endsWith('s') || l.endsWith('ese') ? l : l + 's');
}
for (const d of `western eastern northern southern westerners european europeans asian asians african africans
arab arabs arabic latin latino latinos muslim muslims christian christians jewish jews islamic soviet soviets
kurdish kurd kurds palestinian palestinians shia shiite shiites sunni sunnis hindu hindus buddhist buddhists
catholic catholics protestant scandinavian baltic balkan slavic persian hispanic korean koreans briton britons
brit brits english scottish welsh irish new zealander new zealanders kiwi yankee american americans
afghans bangladeshis rohingya brazillian gabonese estonian north korean north koreans south korean south koreans
allied nordic caucasian pashtun tamil sikh sikhs`.split(/\s+/))
  if (!['north', 'south', 'new', 'zealander', 'zealanders'].includes(d)) DEMONYM_SET.add(d);
for (const two of [
  'north korean',
  'north koreans',
  'south korean',
  'south koreans',
  'new zealander',
  'new zealanders',
  'south african',
  'south africans',
  'saudi arabian',
  'sri lankan',
  'latin american',
  'middle eastern',
  'north american',
  'south american',
  'east timorese',
  'hong konger',
])
  DEMONYM_SET.add(two);

export function isBuiltinDemonym(word: string): boolean {
  return DEMONYM_SET.has(word.toLowerCase());
}
