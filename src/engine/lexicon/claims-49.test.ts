/**
 * The examples of claims59's rows (claims-49.ts) through the whole engine: the speaker of the claim
 * each row decides (its text, or the name it stands for), and the cue row's cue ("" for no claim).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import {
  ACCEPT_THAT_RELATIVE,
  FORMER_NOT_CURRENT,
  OBJECT_RELATIVE_ANY,
  OTHER_NATIONALITY,
  POSSESSED_ROLE,
  RELATIVE_THAT_PEOPLE,
  STANCE_OF_DESCRIPTION,
} from './claims-49';

describe('claims59 rows: the last claim has this speaker as written', () => {
  it.each(rowExamples([RELATIVE_THAT_PEOPLE, OBJECT_RELATIVE_ANY]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).at(-1)?.speaker).toBe(want);
  });
});

// The rows that decide whom a speaker stands for: the name itself (without "the"), not the text.
const nameOf = (c: ReturnType<typeof claimsOf>[number] | undefined) => c?.name?.replace(/^the\s+/i, '').toLowerCase();
const want = (w: string) => w.replace(/^the\s+/i, '').toLowerCase();
describe('claims59 rows: the last claim stands for this name', () => {
  it.each(rowExamples([STANCE_OF_DESCRIPTION, POSSESSED_ROLE, OTHER_NATIONALITY, FORMER_NOT_CURRENT]))(
    '%s: %s',
    (_id, text, w) => {
      expect(nameOf(claimsOf(text).at(-1))).toBe(want(w));
    },
  );
});

describe('claims59 rows: the sentence has this cue', () => {
  it.each(rowExamples([ACCEPT_THAT_RELATIVE]))('%s: %s', (_id, text, w) => expectCue(text, w));
});

describe('claims59 rows read what the known faults of stop 58 asked', () => {
  it('a pronoun, officials and witnesses inside "a … that X said would …" speak', () => {
    expect(claimsOf('The mayor signed a deal that he said was fair to the town.')[0]?.speaker).toBe('he');
    expect(claimsOf('The council approved a plan that officials said would cost $4 million.')[0]?.speaker).toBe(
      'officials',
    );
    expect(claimsOf('The minister defended the levy, which farmers said would ruin them.')[0]?.speaker).toBe('farmers');
  });
  it('"the former chief executive" is never the current one named before', () => {
    const c = claimsOf(
      'The chief executive, Sophie Achterberg, spoke on Monday.\n\nThe former chief executive said he had warned the board.',
    );
    expect(c.at(-1)?.name).not.toBe('Sophie Achterberg');
  });
});
