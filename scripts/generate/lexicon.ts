/**
 * Generates src/engine/lexicon/generated.ts from compromise and world-countries (dev
 * dependencies): `npm run generate:lexicon`. scripts/generate/fresh.test.ts fails when the
 * committed file is not what this produces.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { format, resolveConfig } from 'prettier';

const require = createRequire(import.meta.url);
export const OUT = join(dirname(fileURLToPath(import.meta.url)), '../../src/engine/lexicon/generated.ts');

interface Country {
  name: { common: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  capital?: string[];
}

/** The file's exact contents (formatted as the repository formats it). */
export async function lexiconSource(): Promise<string> {
  const countries = require('world-countries') as Country[];
  const lex = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tagsOf = (v: string | string[]) => (Array.isArray(v) ? v : [v]);
  const pick = (tags: string[]) =>
    Object.entries(lex)
      .filter(([k, v]) => /^[a-z][a-z'-]*$/.test(k) && tagsOf(v).some((t) => tags.includes(t)))
      .map(([k]) => k);
  const common = new Set(
    pick([
      'Adjective',
      'Adverb',
      'Preposition',
      'Conjunction',
      'Determiner',
      'Pronoun',
      'PastTense',
      'PresentTense',
      'Infinitive',
      'Gerund',
      'Modal',
      'Plural',
      'Singular',
      'Uncountable',
      'Noun',
      'Actor',
      'Expression',
      'Comparative',
      'Superlative',
      'QuestionWord',
      'TextValue',
      'Participle',
      'Copula',
      'Auxiliary',
      'Negative',
      'Cardinal',
      'Ordinal',
      'Unit',
      'Duration',
      'Date',
    ]),
  );
  const first = pick(['FirstName', 'MaleName', 'FemaleName']).filter((w) => !common.has(w) && w.length > 2);
  const cities = Object.entries(lex)
    .filter(([, v]) => tagsOf(v).includes('City'))
    .map(([k]) => k);
  const regions = Object.entries(lex)
    .filter(([, v]) => tagsOf(v).includes('Region'))
    .map(([k]) => k);
  const orgs = Object.entries(lex)
    .filter(([k, v]) => tagsOf(v).includes('Organization') && k.length > 2)
    .map(([k]) => k);
  // The lists are taken whole: no word is added or removed with any particular article in mind.
  const clean = (a: string[]) => [...new Set(a)].sort();
  const cs: string[] = [],
    dem: string[] = [],
    caps: string[] = [];
  for (const c of countries) {
    cs.push(c.name.common);
    for (const a of c.altSpellings)
      // eslint-disable-next-line no-control-regex
      if (a.length > 3 || /^(US|USA|UK|UAE|DRC|PRC|ROK|DPRK)$/.test(a)) if (!/[^\x00-\x7f]/.test(a)) cs.push(a);
    const d = c.demonyms && c.demonyms.eng;
    if (d) {
      dem.push(d.m, d.f);
    }
    // eslint-disable-next-line no-control-regex
    for (const k of c.capital || []) if (!/[^\x00-\x7f]/.test(k)) caps.push(k);
  }
  const js = JSON.stringify;
  const out = `/**
 * Generated word lists (do not edit by hand). General-purpose data only:
 * - COMMON: lowercase English words (compromise 14's lexicon: function words, verbs, adjectives,
 *   common nouns) used to tell sentence-initial or headline capitals from names;
 * - FIRST_NAMES: given names from the same lexicon minus words that are also common words;
 * - COUNTRIES / DEMONYMS / CAPITALS: from the world-countries package (names, alt spellings,
 *   English demonyms, capitals); CITIES / REGIONS / ORGS: compromise's well-known places and orgs.
 * Regenerate: npm run generate:lexicon (scripts/generate/lexicon.ts; needs the dev dependencies).
 */
export const COMMON = ${js([...common].sort().join(' '))};
export const FIRST_NAMES = ${js(clean(first).join(' '))};
export const COUNTRIES = ${js(clean(cs).join('|'))};
export const DEMONYMS = ${js(clean(dem.filter(Boolean)).join('|'))};
export const CAPITALS = ${js(clean(caps).join('|'))};
export const CITIES = ${js(clean(cities).join('|'))};
export const REGIONS = ${js(clean(regions).join('|'))};
export const ORGS = ${js(clean(orgs).join('|'))};
`;
  return format(out, { ...(await resolveConfig(OUT)), filepath: OUT });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await lexiconSource();
  writeFileSync(OUT, out);
  console.log(`generated.ts: ${out.length} characters → ${OUT}`);
}
