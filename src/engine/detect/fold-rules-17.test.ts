/**
 * The rows of lexicon/fold-patterns-17.ts (helper ents27b) on tagger output written by hand, so
 * each rule is tested whatever the committed model reads (the rows' examples run through the
 * whole engine in lexicon/rows.test.ts' late tables).
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.trade-noun-first', () => {
  it.each([
    ["The bank's auditor, [[P:0.6 Auditores Ibéricos]], was acquitted.", ['organization:Auditores Ibéricos']],
    ['Shares in [[L:0.5 Constructora Sanjosé]] fell.', ['organization:Constructora Sanjosé']],
    ['[[P:0.7 Inversiones Ruiz]] rose.', ['organization:Inversiones Ruiz']],
    // A person the model is sure of: no given name is one of these words.
    ['[[P:0.96 Empresas Polar]] said sales rose.', ['organization:Empresas Polar']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // One word, a place word at the end, another first word.
    ['[[L Servicios]] closed, and [[L Minas Gerais]] voted.', ['place:Servicios', 'place:Minas Gerais']],
    ['The [[L Bodegas Street]] market opened.', ['place:Bodegas Street']],
    ['[[P Ana Ruiz]] of [[L Ibérica]] spoke.', ['person:Ana Ruiz', 'place:Ibérica']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('none.civic-body-title', () => {
  it.each([
    [
      'RENO, Nev. — [[O City Council]] member [[P Marisol Ruiz]] won.',
      ['place:RENO', 'place:Nev.', 'person:Marisol Ruiz'],
    ],
    ['[[O School Board]] President [[P Ana Vo]] said so.', ['person:Ana Vo']],
    ['[[O School Board President]] [[P Ana Vo]] said so.', ['person:Ana Vo']],
    ['He lost to [[O County Commission]] candidate [[P Tom Hale]].', ['person:Tom Hale']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A town before it, an article before it, no role word after it, another body noun.
    [
      '[[L Reno]] [[O City Council]] member [[P Ana Vo]] won.',
      ['place:Reno', 'organization:City Council', 'person:Ana Vo'],
    ],
    ['The [[O City Council]] members voted.', ['organization:City Council']],
    ['[[O City Council]] voted 5-2 on Tuesday.', ['organization:City Council']],
    ['[[O City Hall]] member [[P Ana Vo]] spoke.', ['organization:City Hall', 'person:Ana Vo']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.facility-named-after-place', () => {
  it.each([
    ['It goes to the [[O:0.35 Thi Vai]] import terminal in the south.', ['place:Thi Vai']],
    ['Crude left the [[O:0.76 Ras Tanura]] export terminal.', ['place:Ras Tanura']],
    ['Output at the Ras Laffan gas plant rose.', ['place:Ras Laffan']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // One word (the owner, most often), a firm the list knows, an organisation word at the end, a
    // body the model is sure of, a person reading, words named elsewhere, common words, no "the".
    ['Workers at the [[O:0.5 Foxconn]] plant struck.', ['organization:Foxconn']],
    ['Workers at the [[O:0.6 General Motors]] plant struck.', ['organization:General Motors']],
    ['The [[O:0.7 Tata Steel]] plant will close.', ['organization:Tata Steel']],
    ['Workers at the [[O:0.95 Velto Tanura]] plant struck.', ['organization:Velto Tanura']],
    ['The ship docked at the [[P:0.65 Sabine Pass]] terminal.', ['person:Sabine Pass']],
    [
      'The [[O:0.5 Dangote Cement]] plant opened, [[P Aliko Dangote]] said.',
      ['organization:Dangote Cement', 'person:Aliko Dangote'],
    ],
    ['Workers at the New Deal plant struck.', []],
    ['Workers at [[O:0.5 Velto Tanura]] plant struck.', ['organization:Velto Tanura']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.sport-venue-at', () => {
  const GAME = 'He scored twice in the 3-1 win on Saturday. The striker scored a penalty in the second half.';
  it.each([
    [`Hamilton fought through the field in heavy rain at [[O:0.3/L:0.29 Interlagos]]. ${GAME}`, ['place:Interlagos']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No sports report, a town the map knows, a result before "at", a sure body, another preposition.
    ['He studied in heavy rain at [[O:0.3/L:0.29 Interlagos]] and never left.', ['organization:Interlagos']],
    [`They suffered a heavy defeat at [[O:0.4/L:0.35 Genoa]]. ${GAME}`, ['organization:Genoa']],
    [`They earned a win at [[O:0.4/L:0.35 Brentford]]. ${GAME}`, ['organization:Brentford']],
    [`Leaders Sporting were held 1–1 at [[O:0.4/L:0.35 Famalicão]]. ${GAME}`, ['organization:Famalicão']],
    [`They remain bottom after losing 4-0 at [[O:0.4/L:0.35 Brentford]]. ${GAME}`, ['organization:Brentford']],
    [`The race at [[O:0.7/L:0.2 Interlagos]] went ahead. ${GAME}`, ['organization:Interlagos']],
    [`The drivers went to [[O:0.3/L:0.29 Interlagos]]. ${GAME}`, ['organization:Interlagos']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
