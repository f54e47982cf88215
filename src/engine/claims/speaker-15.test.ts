/**
 * The speaker rows added with claim batches 45–47 (claims15): each row's examples, with the exact
 * name the claim must get (a bare "toContain" of the speaker's text would pass without the row),
 * and sentences each row must NOT fire on.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-helpers';
import { LAST_NAMED_SOURCE_QUANTIFIED, TRANSCRIPT_LINE_UP } from '../lexicon/speaker-words';

const lastName = (text: string) => claimsOf(text).at(-1)?.name ?? null;
/** "The company" left as written is named "company" (the scorer drops "the"). */
const asWritten = (s: string) => s.replace(/^The /, '').toLowerCase();

describe('speaker.description.organization.last-named-source.quantified', () => {
  it.each(LAST_NAMED_SOURCE_QUANTIFIED.examples.map((e) => [e.text, e.expect] as const))('%s', (text, want) =>
    expect(lastName(text)).toBe(asWritten(want)),
  );
  it.each([
    [
      'All Nippon Airways cancelled 40 flights. All Nippon Airways said the storm was easing. The airline said it would add flights on Sunday.',
      'All Nippon Airways',
    ],
    [
      'Five Guys opened a store in Leeds. Five Guys Enterprises said sales rose. The company said it would hire 300 people.',
      'Five Guys Enterprises',
    ],
  ])('does not fire on a firm named with a number or "All": %s', (text, want) => expect(lastName(text)).toBe(want));
});

describe('speaker.transcript.line-up-entry', () => {
  it.each(TRANSCRIPT_LINE_UP.examples.map((e) => [e.text] as const))('a line-up makes no claims: %s', (text) =>
    expect(claimsOf(text).map((c) => c.name)).toEqual([]),
  );
  it('does not fire on turns that only start with an instrument', () => {
    const text =
      'ANCHOR (NINA OKAFOR): Tell us about the festival.\n\nDAVE KERR: Drums are the heart of every song we play on that stage.\n\nOKAFOR: And the guitars?\n\nKERR: Guitar, vocals and bass all come later in the evening, after the speeches.';
    expect(claimsOf(text).map((c) => c.name)).toEqual(['Dave Kerr', 'Dave Kerr']);
  });
});
