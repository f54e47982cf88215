import { describe, expect, it } from 'vitest';
import { trimQuoteMarks } from './trim-quotes';
import { snapToWords } from './keyboard-selection';

/** `[text, selected, kept]`: `selected` is found in `text` (its first occurrence) and trimmed. */
const cases: Array<[string, string, string]> = [
  // A quoted heading: the closing mark's opener is before the selection.
  ['Putin offers a ‘high-tech duel’ in Kiev', 'high-tech duel’', 'high-tech duel'],
  ['Putin offers a ‘high-tech duel’ in Kiev', '‘high-tech duel', 'high-tech duel'],
  ['“A harbour for everyone”, says mayor', 'A harbour for everyone”', 'A harbour for everyone'],
  ['“A harbour for everyone”, says mayor', '“A harbour ', 'A harbour'],
  // One whole quotation loses both marks; nested ones too.
  ['He said “We will win.” and left.', '“We will win.”', 'We will win.'],
  ['He said “‘no’ means no” today.', '“‘no’ means no”', '‘no’ means no'],
  ['Le maire : « Un port pour tous » hier.', '« Un port pour tous »', 'Un port pour tous'],
  ['Sie sagte: „Wir bauen“ am Montag.', '„Wir bauen“', 'Wir bauen'],
  ['Sie sagte: „Wir bauen“ am Montag.', 'Wir bauen“', 'Wir bauen'],
  ["She called it 'a scandal' twice.", "'a scandal'", 'a scandal'],
  ["She called it 'a scandal' twice.", "a scandal'", 'a scandal'],
  // Marks whose partner is inside the selection stay.
  ['He said “no” twice.', 'He said “no”', 'He said “no”'],
  ['He said “no” twice.', '“no” twice', '“no” twice'],
  ['Officials said the ‘duel’ was a bluff.', 'the ‘duel’ was', 'the ‘duel’ was'],
  // Apostrophes stay: possessives, elisions, words.
  ['The players’ union met on Friday.', 'The players’', 'The players’'],
  ["The players' union met on Friday.", "The players'", "The players'"],
  ['Rates rose in the ’90s again.', '’90s', '’90s'],
  ['They don’t agree.', 'They don’t', 'They don’t'],
  ['A ‘fair’ deal for the players’ union', 'the players’', 'the players’'],
  // A straight mark that clips a word is the word's own: elisions and decades stay at either end
  // (app57), and a plural's straight apostrophe stays after one of them on its line.
  ["They danced 'til dawn.", "'til dawn", "'til dawn"],
  ["'Til dawn, she said.", "'Til dawn", "'Til dawn"],
  ['They danced ‘til dawn.', '‘til dawn', '‘til dawn'],
  ["Rates rose in the '90s again.", "'90s", "'90s"],
  ["We told 'em so.", "told 'em", "told 'em"],
  ["They danced 'til dawn and the Joneses' dog barked.", "the Joneses'", "the Joneses'"],
  ["They danced 'til dawn and the Joneses' dog barked.", "'til dawn and the Joneses'", "'til dawn and the Joneses'"],
  ["'Til then, Jones' car stays.", "Jones'", "Jones'"],
  ["We met the Joneses' dog.", "the Joneses'", "the Joneses'"],
  ["He said 'fine' and took Jones' car.", "Jones'", "Jones'"],
  // Inside a straight quotation a plural's mark before a lowercase word stays when the quotation
  // closes later; a quotation that closes there loses its mark.
  ["'The Joneses' dog barked all night,' she said.", "The Joneses'", "The Joneses'"],
  ["'The Joneses' dog barked all night,' she said.", "'The Joneses' dog", "The Joneses' dog"],
  ["He called them 'the Joneses' and laughed.", "the Joneses'", 'the Joneses'],
  ["He called them 'the lads' and laughed, 'always the lads,' he said.", "the lads'", 'the lads'],
  // A quotation ending in "s" before a plural's own mark later on the line: each keeps its role.
  ["The 'experts' said the farmers' claims were false.", "'experts'", 'experts'],
  ["The 'experts' said the farmers' claims were false.", "the farmers'", "the farmers'"],
  ["Fans chanted 'the lads' and waved at the players' coach.", "the players'", "the players'"],
  ["'The Joneses' dog and the Smiths' cat fought,' she said.", "the Smiths'", "the Smiths'"],
  ["'The Joneses' dog and the Smiths' cat fought,' she said.", "The Joneses'", "The Joneses'"],
  // Straight quotation marks round a selection still go, a quoted number's too.
  ["She called it 'a scandal' twice, 'til dawn.", "'a scandal'", 'a scandal'],
  ["The price rose to '45 pence,' she said.", "'45 pence", '45 pence'],
  // A closing mark at the start, an opening one at the end: never the selection's own.
  ['“Fine,” he said. “Go on.”', '” he said. “', 'he said.'],
  // Marks alone are left as they are (nothing else to keep).
  ['He said “” there.', '“”', '“”'],
];

describe('trimQuoteMarks', () => {
  it.each(cases)('in %j, %j keeps %j', (text, selected, kept) => {
    const start = text.indexOf(selected);
    expect(start).toBeGreaterThanOrEqual(0);
    const span = trimQuoteMarks(text, { start, end: start + selected.length });
    expect(text.slice(span.start, span.end)).toBe(kept);
  });
});

describe('snapToWords with quotation marks', () => {
  it.each([
    // A drag ending inside the last word snapped out over the closing ’ (a word character, as in don’t).
    ['Putin offers a ‘high-tech duel’ in Kiev', 'igh-tech due', 'high-tech duel'],
    ["She called it 'a scandal' twice.", 'scanda', 'scandal'],
    ['The players’ union met.', 'he player', 'The players’'],
  ])('in %j, %j snaps to %j', (text, selected, kept) => {
    const start = text.indexOf(selected);
    const span = snapToWords(text, { start, end: start + selected.length });
    expect(text.slice(span.start, span.end)).toBe(kept);
  });
});
