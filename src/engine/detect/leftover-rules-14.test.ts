/**
 * The rows of lexicon/news-leftovers-14.ts (helper ents38b): each rule on tagger output written by
 * hand, with the sentences it must decide and ordinary news sentences it must leave alone. The
 * sentences are our own. (The rows' examples run through the whole engine in lexicon/rows.test.ts'
 * late tables; the probe texts in lexicon-gaps-38b.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('title.abbreviated-office', () => {
  it.each([
    ['Deputy [[P PM Tomas Varga]] resigned.', ['person:Tomas Varga']],
    ['[[O PM Keir Starmer]] met union leaders.', ['person:Keir Starmer']],
    ['[[P Adm. Samuel Okoro]] said the fleet would stay.', ['person:Samuel Okoro']],
    ['[[P Adm John Roe]] spoke.', ['person:John Roe']],
    ['The meeting starts at 5 [[L PM]] in [[L Dublin]].', ['place:Dublin']],
    // Review (stop 48): after a number the letters are a time; the name after them keeps its reading.
    ['A vigil will be held at 7 [[O PM Grace Church]] in Dayton.', ['organization:Grace Church']],
    ['[[O:0.34 The PM]] said so, and [[P PM]] aides agreed.', ['organization:The PM', 'person:PM']],
    ['The [[O PM]] said she would stay.', []],
    // A title no name holds, then a given name and a surname the model left.
    ['Former PM Theresa May spoke in [[L London]].', ['person:Theresa May', 'place:London']],
    ['Adm. John Roe spoke.', ['person:John Roe']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Written otherwise ("Pm", "ADM"), a title alone with nothing before it, a name that only
    // contains the letters, a body named with them, a lower-case word after the title.
    ['[[P Pm Varga]] and [[O ADM Group]] spoke.', ['person:Pm Varga', 'organization:ADM Group']],
    ['[[O PM]] spoke.', ['organization:PM']],
    ['[[O PMG Holdings]] and the [[O PM Society]] grew.', ['organization:PMG Holdings', 'organization:PM Society']],
    ['[[P PM]] and others met.', ['person:PM']],
    // Left by the model after the title: one word (an earlier row reads "PM Capital" a firm), no
    // given name first, a name already read.
    ['Shares of PM Capital and PM Group Holdings fell.', ['organization:PM Capital']],
    ['PM [[O Theresa May Foundation]] grew.', ['organization:Theresa May Foundation']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
