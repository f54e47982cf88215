/**
 * Quotation punctuation as named rows: which marks open and close a quotation in the styles news
 * text uses. claims/quotes.ts reads these rows; each row's examples are run by quotes.test.ts
 * (`expect` is the first quotation's text, trimmed, or '' when the row must find no quotation).
 */
import type { RuleRow } from './rule-row';

export type QuoteFamily = 'double' | 'single';

export interface QuoteStyle {
  /** Opening mark(s). */
  open: readonly string[];
  /** Marks that close a quotation opened by one of `open`. */
  close: readonly string[];
  family: QuoteFamily;
}

export const QUOTE_STYLES: readonly RuleRow<QuoteStyle>[] = [
  {
    id: 'quote.curly-double',
    value: { open: ['“'], close: ['”'], family: 'double' },
    reason: 'English typographic double quotes: “ opens and ” closes.',
    examples: [{ text: '“We will rebuild,” the mayor said.', expect: 'We will rebuild,' }],
  },
  {
    id: 'quote.low-nine',
    value: { open: ['„'], close: ['“', '”'], family: 'double' },
    reason:
      'German, Polish and other Central European style opens low („) and closes high (“ or ”); the “ after „ closes.',
    examples: [{ text: 'Er sagte: „Wir bauen wieder auf.“ Dann ging er.', expect: 'Wir bauen wieder auf.' }],
  },
  {
    id: 'quote.guillemets',
    value: { open: ['«'], close: ['»'], family: 'double' },
    reason: 'French, Spanish, Russian and Swiss style: « opens and » closes, often with spaces inside.',
    examples: [{ text: 'Le maire a dit : « Nous reconstruirons. »', expect: 'Nous reconstruirons.' }],
  },
  {
    id: 'quote.guillemets-reversed',
    value: { open: ['»'], close: ['«'], family: 'double' },
    reason: 'German and Danish books reverse them: » opens (touching the next word) and « closes.',
    examples: [{ text: 'Er sagte: »Wir bauen wieder auf.« Dann ging er.', expect: 'Wir bauen wieder auf.' }],
  },
  {
    id: 'quote.straight-double',
    value: { open: ['"'], close: ['"'], family: 'double' },
    reason:
      'The typewriter " both opens and closes; a mark after a space and before a word opens, one after a word closes.',
    examples: [{ text: 'The mayor said: "We will rebuild." Then he left.', expect: 'We will rebuild.' }],
  },
  {
    id: 'quote.doubled-apostrophe',
    value: { open: ["''", '’’', '``'], close: ["''", '’’'], family: 'double' },
    reason:
      "Some newspapers (the New York Times' wire copy) and treebank-style text write double quotes as two apostrophes (''…'') or as ``…''.",
    examples: [
      { text: "''We will rebuild,'' the mayor said.", expect: 'We will rebuild,' },
      { text: "`` We will rebuild , '' the mayor said .", expect: 'We will rebuild ,' },
    ],
  },
  {
    id: 'quote.curly-single',
    value: { open: ['‘'], close: ['’'], family: 'single' },
    reason:
      'British style (and quotes within quotes): ‘ opens; ’ closes unless it sits between letters, where it is an apostrophe ("don’t").',
    examples: [
      { text: '‘We don’t give up,’ the coach said.', expect: 'We don’t give up,' },
      { text: 'The players’ union met on Monday.', expect: '' },
    ],
  },
  {
    id: 'quote.straight-single',
    value: { open: ["'"], close: ["'"], family: 'single' },
    reason:
      "The typewriter ' opens before a word after a space and closes after one; inside a word it is an apostrophe, and a single quote left open at the end of the paragraph was an apostrophe too ('90s).",
    examples: [
      { text: "'We don't give up,' the coach said.", expect: "We don't give up," },
      { text: "Fashion of the '90s is back.", expect: '' },
    ],
  },
  {
    id: 'quote.single-guillemets',
    value: { open: ['‹', '›'], close: ['›', '‹'], family: 'single' },
    reason: 'Single guillemets (‹ ›, reversed › ‹ in German) quote within guillemet quotes.',
    examples: [
      { text: '« Il a crié ‹ Au feu ! › puis il est parti. »', expect: 'Il a crié ‹ Au feu ! › puis il est parti.' },
    ],
  },
];

/** A quotation left open at the end of a paragraph continues when the next one opens with a mark. */
export const QUOTE_PARAGRAPH_CONTINUES: RuleRow<null> = {
  id: 'quote.paragraph-continues',
  value: null,
  reason:
    'News convention: a quotation that runs over paragraphs has no closing mark at the end of each paragraph, and each following paragraph opens with a quote mark; it is the same speaker throughout.',
  examples: [
    {
      text: '“We will rebuild the bridge,” Omar Haddad said. “It will take time.\n“But we will not give up.”',
      expect: 'Omar Haddad',
    },
  ],
};

/**
 * British style carries a ‘…’ quotation over paragraphs as news carries “…”: no closing mark at the
 * end of each paragraph, an opening ‘ at the start of the next.
 */
export const QUOTE_SINGLE_PARAGRAPH_CONTINUES: RuleRow<{ styles: readonly string[]; elisions: readonly string[] }> = {
  id: 'quote.curly-single.paragraph-continues',
  value: {
    styles: ['quote.curly-single'],
    // Word processors turn the apostrophe of a clipped word at a sentence's start into ‘: "‘Tis",
    // "‘Cause". Such a ‘ never opens a quotation left open (fix15b).
    elisions: ['tis', 'twas', 'twere', 'twill', 'cause', 'cos', 'coz', 'em', 'til', 'bout', 'neath'],
  },
  reason:
    "British papers quote with ‘…’ and run a quotation over paragraphs the same way as “…”. A curly ‘ that opens a paragraph or follows a sentence's end, before a capital, and holds a sentence's end is a quotation left open, not an apostrophe ('90s stays one: it follows a word, or has no sentence inside).",
  examples: [
    {
      text: '‘I knew it was coming,’ he said. ‘You lose seven out of eight, you know the rules.\n\n‘What I will say is that I told the board.’',
      expect: 'What I will say is that I told the board.',
    },
    { text: 'Fans of the ‘90s sound came back. It was loud.\n\n‘Never,’ she said.', expect: '' },
    { text: '‘90s music is back. Everyone agrees.\n\n‘Never,’ she said.', expect: '' },
    // A clipped word at the paragraph's start, not a quotation: the next paragraph continues nothing.
    { text: '‘Cause we can, the band sang. The promoter said it would sell out.\n\n‘Never,’ she said.', expect: '' },
    { text: '‘Tis the season, the mayor said. Bins will be late.\n\n‘Sorry,’ she said.', expect: '' },
  ],
};

/**
 * British-quote edge cases (claims14, from fix15b's review): each row's examples give the text of
 * the first quotation found ('' = none); claims/quotes.test.ts runs them.
 */
export const QUOTE_SINGLE_PLURAL_POSSESSIVE: RuleRow<readonly string[]> = {
  id: 'quote.curly-single.plural-possessive',
  value: ['s'],
  reason:
    'Inside a ‘…’ quotation, ’ after a plural\'s s and before a lowercase word ("‘The lads’ spirit was tremendous,’ he said") is the plural possessive\'s apostrophe, not the closing mark, when the line closes the quotation later after a punctuation mark and opens no other ‘ before it.',
  examples: [
    { text: '‘The lads’ spirit was tremendous today,’ he said.', expect: 'The lads’ spirit was tremendous today,' },
    // Must not fire: a real close before "and", with a new quotation opened after it.
    {
      text: 'He called them ‘the lads’ and laughed, ‘always the lads,’ he said.',
      expect: 'the lads',
    },
    { text: '‘We beat the Saints’ and that is all,’ she said.', expect: 'We beat the Saints’ and that is all,' },
  ],
};

export const QUOTE_SINGLE_ELIDED_DECADE: RuleRow<readonly string[]> = {
  id: 'quote.single.elided-decade',
  value: ['‘', "'"],
  reason:
    'A single mark before two digits (‘80s, \'90s, ‘99) is the apostrophe of a clipped year, never a quotation opening inside another one ("‘It sounds like the ‘80s, and that is the point,’ she said."): when the digits are a decade (followed by s) or a single quotation is already open. A quotation may open with a number ("‘45 pence,’ she said").',
  examples: [
    {
      text: '‘It sounds like the ‘80s, and that is the point,’ she said.',
      expect: 'It sounds like the ‘80s, and that is the point,',
    },
    // Must not fire: a quotation opening with a number that is no year.
    { text: '‘2,000 people came,’ she said.', expect: '2,000 people came,' },
    { text: 'The price rose to ‘45 pence,’ she said, ‘which is too much.’', expect: '45 pence,' },
    {
      text: '‘We played like it was a ‘99 vintage side,’ he said.',
      expect: 'We played like it was a ‘99 vintage side,',
    },
  ],
};

export const QUOTE_SINGLE_ELIDED_DECADE_RIGHT_MARK: RuleRow<readonly string[]> = {
  id: 'quote.single.elided-decade.right-mark',
  value: ['’'],
  reason:
    'Typesetters write a clipped year with the RIGHT mark as often as with ‘ ("the ’80s", the correct apostrophe). After a space and before two digits inside an open ‘…’ quotation it opened a quotation of its own, which took the real closing mark and lost the quotation ("‘We played in the ’80s,’ he said." came out as no quotation at all). The same test as quote.single.elided-decade: a decade (digits then s), or any two digits while a single quotation is open; a right mark that closes after a word ("…the year,’ she said") is untouched.',
  examples: [
    { text: '‘We played in the ’80s, and it was loud,’ he said.', expect: 'We played in the ’80s, and it was loud,' },
    { text: '‘We loved the ’90s and the ’80s,’ Tom Hale said.', expect: 'We loved the ’90s and the ’80s,' },
    // fix17b: the clipped year may open the quotation.
    { text: '‘’90s music was better,’ Tom Hale said.', expect: '’90s music was better,' },
    // Must not fire: a right mark used as an opening mark before a price that is no year.
    { text: 'It rose to ’45 pence,’ she said.', expect: '45 pence,' },
    { text: '‘It closed in 1980,’ he said, ‘and never reopened.’', expect: 'It closed in 1980,' },
  ],
};

/**
 * claims16: "‘It went up in ’08, then it fell,’ Kerr said.": a clipped year right before a comma
 * or stop, written with the right mark inside an open ‘…’ quotation.
 */
export const QUOTE_SINGLE_ELIDED_YEAR_BEFORE_STOP: RuleRow<readonly string[]> = {
  id: 'quote.single.elided-year.before-stop',
  value: ['’'],
  reason:
    'quote.single.elided-decade leaves two digits followed by a comma or a stop alone, because a quotation may open with a number ("‘45,’ she said"). A RIGHT mark after a space cannot close the open quotation, though, and one opening a quotation of its own inside another is far rarer than a clipped year ending a phrase ("in ’08, then", "since ’19."); the mark opened a quotation that took the real closing mark and cut the claim\'s content at the year. So while a single quotation is open, a right mark before two digits and a comma or stop is an apostrophe. A left mark, or a right mark with no quotation open, is untouched.',
  examples: [
    {
      text: '‘It went up in ’08, then it came down again,’ Kerr said.',
      expect: 'It went up in ’08, then it came down again,',
    },
    { text: '‘We have not won since ’19.’ Kerr said it twice.', expect: 'We have not won since ’19.' },
    // Must not fire: a left mark opening a quotation with a number, and a right mark outside a quotation.
    { text: 'Asked how many, she said: ‘45, maybe 50.’', expect: '45, maybe 50.' },
    { text: 'The count, she said, was ’45, not 50,’ at the time.', expect: '45, not 50,' },
  ],
};

export const QUOTE_SINGLE_ELIDED_WORD_INSIDE: RuleRow<readonly string[]> = {
  id: 'quote.single.elided-word-inside',
  value: ['n', 'em', 'til', 'cause', 'cos', 'bout'],
  reason:
    'A clipped word inside an open ‘…’ quotation ("rock ’n roll", "told ’em", "wait ’til") starts with the same mark as a quotation: after a space and before a letter it opened a quotation inside the first, which then took the real closing mark and lost the quotation ("‘It was rock ’n roll every night,’ Tom Hale said." was no quotation). A single mark before one of these clipped words, followed by a non-letter, while a single quotation is open, is an apostrophe. ("rock ’n’ roll", with two marks, was already read as a pair of apostrophes.) Outside a single quotation nothing changes.',
  examples: [
    { text: '‘It was rock ’n roll every night,’ Tom Hale said.', expect: 'It was rock ’n roll every night,' },
    { text: '‘We played rock ‘n roll every night,’ he said.', expect: 'We played rock ‘n roll every night,' },
    { text: '‘We told ’em to wait ’til Monday,’ she said.', expect: 'We told ’em to wait ’til Monday,' },
    // fix17b: the clipped word may open the quotation.
    { text: '‘’Til Monday we wait,’ she said.', expect: '’Til Monday we wait,' },
    // Must not fire: a quotation inside a quotation that opens with a longer word, and a clipped
    // word outside any single quotation.
    { text: '‘He called it ’nice’ and left,’ she said.', expect: 'He called it ’nice’ and left,' },
    { text: '“We told ’em to wait,” she said.', expect: 'We told ’em to wait,' },
    { text: '‘Nancy ‘n’ Co.’ is the shop’s name, she said.', expect: 'Nancy ‘n’ Co.' },
  ],
};

export const QUOTE_SINGLE_AFTER_COLON: RuleRow<readonly string[]> = {
  id: 'quote.curly-single.after-colon',
  value: [':'],
  reason:
    'A curly ‘ right after a colon ("He said: ‘We never gave up."), before a capital, with a sentence\'s end inside, opens a quotation even when the writer never closes it: it runs to the paragraph\'s end, like “ left open — no clipped word (‘Tis) stands after a colon that introduces speech.',
  examples: [
    {
      text: 'Coach Ian Pell was delighted. He said: ‘We never gave up and I am proud of them.\n\nThe club plays again on Saturday.',
      expect: 'We never gave up and I am proud of them.',
    },
    // Must not fire: a clipped word after the colon, and a lowercase word.
    { text: 'The sign read: ‘Tis the season. Shops were busy.\n\nThe mall closed late.', expect: '' },
    { text: 'Two words: ‘tis and ‘twas. Both are old.\n\nNobody uses them.', expect: '' },
  ],
};
