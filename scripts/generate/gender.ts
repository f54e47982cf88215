/**
 * Generates src/engine/lexicon/gender-names.ts from compromise's FemaleName / MaleName tags
 * (general given-name data, used to resolve "he"/"she"): `npm run generate:gender`.
 * scripts/generate/fresh.test.ts fails when the committed file is not what this produces.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { format, resolveConfig } from 'prettier';

export const OUT = join(dirname(fileURLToPath(import.meta.url)), '../../src/engine/lexicon/gender-names.ts');

/** The file's exact contents (formatted as the repository formats it). */
export async function genderSource(): Promise<string> {
  const lex = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tagsOf = (v: string | string[]) => (Array.isArray(v) ? v : [v]);
  const pick = (tag: string) =>
    Object.entries(lex)
      .filter(([k, v]) => /^[a-z][a-z'-]*$/.test(k) && k.length > 2 && tagsOf(v).includes(tag))
      .map(([k]) => k)
      .sort();
  const female = pick('FemaleName'),
    male = pick('MaleName');
  const both = new Set(female.filter((n) => male.includes(n)));
  const js = JSON.stringify;
  const out = `/**
 * Generated (do not edit by hand): given names that compromise tags FemaleName / MaleName, minus
 * names it gives both tags. Used only to match "he"/"she" to a person.
 * Regenerate: npm run generate:gender (scripts/generate/gender.ts; needs the dev dependencies).
 */
export const FEMALE_NAMES = ${js(female.filter((n) => !both.has(n)).join(' '))};
export const MALE_NAMES = ${js(male.filter((n) => !both.has(n)).join(' '))};
`;
  return format(out, { ...(await resolveConfig(OUT)), filepath: OUT });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await genderSource();
  writeFileSync(OUT, out);
  console.log(`gender-names.ts: ${out.length} characters → ${OUT}`);
}
