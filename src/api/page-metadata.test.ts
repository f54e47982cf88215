import { describe, expect, it } from 'vitest';
import { bylineOf, cleanByline, isMetadataLine, normaliseDate } from './page-metadata';

describe('cleanByline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['  by   Jane   Doe , ', 'Jane Doe'],
    ['Jane Doe and Ravi Shah', 'Jane Doe and Ravi Shah'],
    ['', undefined],
    [null, undefined],
    ['x'.repeat(101), undefined],
    ['Von Anna Weber', 'Anna Weber'],
    ['Par Jean Dupont', 'Jean Dupont'],
    ['By 李伟', '李伟'],
  ])('%j gives %j', (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
  });
});

describe('bylineOf', () => {
  it.each([
    ['Readability found one', 'By Jane Doe', ['Some text.'], 'Jane Doe'],
    ['an opening "By" line', null, ['By Jane Doe | March 5, 2024', 'Body.'], 'Jane Doe'],
    ['a "By" line with a dash', null, ['By Ravi Shah — Reuters', 'Body.'], 'Ravi Shah'],
    ['prose that starts with "by"', null, ['by the time the ferry came, all had left.'], undefined],
    ['nothing at all', undefined, ['The council voted.'], undefined],
    ['a "Von" line', null, ['Von Anna Weber | 5. März 2024', 'Body.'], 'Anna Weber'],
    ['a "Par" line', null, ['Par Jean Dupont — AFP', 'Body.'], 'Jean Dupont'],
    ['a name without capitals', null, ['By 李伟', 'Body.'], '李伟'],
    ['"Par for the course"', null, ['Par for the course, the ferry was late.'], undefined],
    ['"Von der Leyen …"', null, ['Von der Leyen visits the port', 'Body.'], undefined],
    // Sentences that open with the same words are no byline (review of app43).
    ['a German sentence', null, ['Von Montag an gelten in Berlin neue Regeln für E-Scooter.', 'Body.'], undefined],
    ['a German passive', null, ['Von Experten wird das Vorhaben scharf kritisiert.', 'Body.'], undefined],
    ['a French sentence', null, ['Par Décret, le gouvernement a fixé la date.', 'Body.'], undefined],
    // A short English headline after "Von"/"Par" is no byline; a name that looks like a verb is (stop 54).
    ['a "Von" headline', null, ['Von Trapp Sells Villa', 'Body.'], undefined],
    ['a "Par" headline', null, ['Par Avion Returns', 'Body.'], undefined],
    ['a name like a verb', null, ['Von Hans Peters | 5. März 2024', 'Body.'], 'Hans Peters'],
    // A "Von" headline over a "By" line is the title; the byline is the "By" line (review of app44).
    ['a "Von" title over "By"', null, ['Von Trapp Heirs Feud', 'By Jane Doe', 'Body.'], 'Jane Doe'],
    // Names app44's headline words took for verbs stay bylines (review of app44).
    ...[
      'Beat Müller',
      'Anna Held',
      'Ana Soares',
      'Mário Soares',
      'Lena Landes',
      'Julia Backes',
      'Ana Telles',
      'I Made Wijaya',
      'Michael Holding',
      'Paul Banning',
      'Sara Topping',
      'Alan Freed',
      'Jens Fell',
      'Ran Cohen',
      'Johnnie To',
      'Ana Soares et Paul Dias',
    ].map((name, i): [string, null, string[], string] => [
      `the name ${name}`,
      null,
      [`${i % 2 ? 'Par' : 'Von'} ${name}`, 'Body.'],
      name,
    ]),
  ])('%s', (_name, found, lines, expected) => {
    expect(bylineOf(found, lines)).toBe(expected);
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2024-03-05T23:30:00-08:00', '2024-03-05'],
    ['2024-03-05', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['5 March 2024', '2024-03-05'],
    ['2024', undefined],
    ['yesterday', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j gives %j', (raw, expected) => {
    expect(normaliseDate(raw)).toBe(expected);
  });
});

describe('isMetadataLine', () => {
  const meta = { byline: 'Jane Doe', date: '2024-03-05', dateTexts: ['March 5, 2024'] };
  it.each([
    ['By Jane Doe', true],
    ['Jane Doe', true],
    ['By Jane Doe | March 5, 2024', true],
    ['Published: March 5, 2024', true],
    ['Updated 5 March 2024', true],
    ['Jane Doe, the harbour master, said the wall would hold.', false],
    ['By Tuesday the wall was finished.', false],
    ['March 6, 2024', false],
    ['', false],
  ])('%j → %s', (line, expected) => {
    expect(isMetadataLine(line, meta)).toBe(expected);
  });

  it('drops nothing when neither byline nor date is known', () => {
    expect(isMetadataLine('By Jane Doe', {})).toBe(false);
  });
});
