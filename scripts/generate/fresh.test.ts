/**
 * Every generated file in the repository is exactly what its generator produces from the
 * installed packages: a stale file (edited by hand, or a generator changed without rerunning
 * it) fails here. The tagger's model has its own check (scripts/train/model.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gazetteerSource, OUT as GAZETTEER } from './gazetteer';
import { lexiconSource, OUT as LEXICON } from './lexicon';
import { genderSource, OUT as GENDER } from './gender';

const stale = (file: string, cmd: string) => `${file} is stale: run ${cmd} and commit the result`;

describe('generated files are fresh', () => {
  it('gazetteer.json', () => {
    expect(readFileSync(GAZETTEER, 'utf8') === gazetteerSource().source, stale(GAZETTEER, 'npm run gazetteer')).toBe(
      true,
    );
  }, 120_000);
  it('lexicon/generated.ts', async () => {
    expect(readFileSync(LEXICON, 'utf8') === (await lexiconSource()), stale(LEXICON, 'npm run generate:lexicon')).toBe(
      true,
    );
  }, 120_000);
  it('lexicon/gender-names.ts', async () => {
    expect(readFileSync(GENDER, 'utf8') === (await genderSource()), stale(GENDER, 'npm run generate:gender')).toBe(
      true,
    );
  }, 120_000);
});
