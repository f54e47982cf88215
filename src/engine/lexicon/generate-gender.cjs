// Generates src/engine/lexicon/gender-names.ts from compromise's FemaleName / MaleName tags
// (general given-name data, used to resolve "he"/"she"). Run from the repo root:
//   node src/engine/lexicon/generate-gender.cjs
const nlp = require('compromise');
const lex = nlp.model().one.lexicon;
const tagsOf = (v) => (Array.isArray(v) ? v : [v]);
const pick = (tag) =>
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
 * Regenerate: node src/engine/lexicon/generate-gender.cjs (needs the dev dependencies).
 */
export const FEMALE_NAMES = ${js(female.filter((n) => !both.has(n)).join(' '))};
export const MALE_NAMES = ${js(male.filter((n) => !both.has(n)).join(' '))};
`;
require('fs').writeFileSync('src/engine/lexicon/gender-names.ts', out);
console.log(female.length, male.length, both.size, out.length);
