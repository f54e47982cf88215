/**
 * The rows of lexicon/blind-news-11.ts (helper ents19a), reviewed on ordinary news sentences
 * (helper ents21b): each rule on tagger output written by hand, with the sentences it must decide
 * and the sentences it must not fire on. (The rows' examples run through the whole engine in
 * lexicon/rows.test.ts' late tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

/** Sentences of a game, so the text around reads as a sports report. */
const GAME =
  'The Hawks beat the Jets 3-2 on Monday in the semi-final. The goalkeeper made 11 saves in the match. The winger scored in the 2-1 win.';

describe('sport.club-suffix', () => {
  it.each([
    ['[[P Charlotte FC]] lost 2-1 at home on Saturday.', ['organization:Charlotte FC']],
    [
      `[[L Nashville]] SC beat the Jets. ${GAME}`,
      ['organization:Nashville SC', 'organization:Jets', 'organization:Hawks', 'organization:Jets'],
    ],
    // Adversarial: a state's code after a comma, a suffix outside a sports report.
    ['The governor of [[L Columbia]], [[L SC]], signed the bill.', ['place:Columbia', 'place:SC']],
    ['[[L Greenville]] SC police said the man was held.', ['place:Greenville']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.german-particle-town', () => {
  it.each([
    ['The plant is in [[L Neuburg]] an der [[P Donau]].', ['place:Neuburg an der Donau']],
    ['Parts come from Frankfurt am Main.', ['place:Frankfurt am Main']],
    // Review (ents21b): a weekday after "am" is a date ("am Sonntag", on Sunday) in a newspaper's
    // or a German sentence's name, not a river or a region.
    ['He told [[O Welt]] am [[O Sonntag]] the plan would fail.', ['organization:Welt', 'organization:Sonntag']],
    ['The interview ran in Bild am Sonntag.', []],
    ['The meeting in [[L Bonn]] am Montag was cancelled.', ['place:Bonn']],
    // Adversarial: a pronoun before "am", a given name before it.
    ['"I am Spartacus," he said in [[L Frankfurt]].', ['place:Frankfurt']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.demonym-noun-before', () => {
  it.each([
    ['Six goals came from the Dane Mikkel Hansen-Vestergaard.', ['person:Mikkel Hansen-Vestergaard']],
    ['He beat the Spaniard [[P:0.6 Carlos Alcaraz]] in the final.', ['person:Carlos Alcaraz']],
    [
      'The club signed the Dane [[P:0.77 Andreas Christensen]] from [[O Chelsea]].',
      ['person:Andreas Christensen', 'organization:Chelsea'],
    ],
    // Review (ents21b): a firm, an arena or a team after the noun; the model sure of a firm or a place.
    ['Shares in the [[O:0.99 Swede Ikea Group]] rose.', ['organization:Swede Ikea Group']],
    ['The fellow [[O:0.64 Swede Volvo Cars]] said sales fell.', ['organization:Swede Volvo Cars']],
    ['Fans packed the [[L:0.94 Turk Telekom Arena]] on Sunday.', ['place:Turk Telekom Arena']],
    ['He joined the Pole Position Racing team last year.', ['organization:Pole Position Racing']],
    ['He drove for the Finn Racing Team in 2019.', []],
    // Adversarial: a county after the noun, a given name with no determiner.
    ['The [[L Dane County]] clerk certified the count.', ['place:Dane County']],
    ['[[P Finn Russell]] kicked two penalties.', ['person:Finn Russell']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.firm-apposition', () => {
  it.each([
    ['[[P Banorte]] (GFNORTEO.MX), the Mexican bank, said loans rose.', ['organization:Banorte']],
    ['Siegfried, a smaller drugmaker based in [[L Zofingen]], rose.', ['organization:Siegfried', 'place:Zofingen']],
    ['[[L Zurich]], the Swiss insurer, said profits rose.', ['organization:Zurich']],
    // Review (ents21b): a country or a state is called a producer or a supplier too.
    ['[[L Norway]], a major supplier, raised output.', ['place:Norway']],
    ['[[L Peru]], the second-largest producer, agreed.', ['place:Peru']],
    // mendN55 (a name reviewer): a marketplace is a square as often as a firm.
    ['[[L Covent Garden]], the old marketplace, reopened on Saturday.', ['place:Covent Garden']],
    // Review (ents21b): a person named by a courtesy title, or by a surname before a job a person
    // does as often as a firm ("a broker", "the developer", "a miner").
    ['Mr. Wang, a supplier, said demand fell.', ['person:Wang']],
    ['[[L:0.54 Garcia]], a broker, said he sold early.', ['place:Garcia']],
    ['Santos, a broker, and Jones, a banker, were charged.', []],
    ['[[O Codelco]], the state miner, said output rose.', ['organization:Codelco']],
    ['It hit a site run by [[P:0.35 Pivdenmash]], a state-owned rocket maker, on Monday.', ['organization:Pivdenmash']],
    // Adversarial: a person with a job, a sentence adverb.
    ['[[P Maria Lopez]], a company spokeswoman, declined to comment.', ['person:Maria Lopez']],
    // The state the hand-written input leaves unread is place.state-unread's (blind-19); no firm here.
    ['Separately, the bank, which is based in Ohio, said.', ['place:Ohio']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.admin-unit-of', () => {
  it.each([
    ['The canton of Valais will pay part of the cost.', ['place:Valais']],
    ['He lives in the canton of [[O:0.5 Appenzell Ausserrhoden]] now.', ['place:Appenzell Ausserrhoden']],
    // Review (ents21b): a body of the unit, named with an organisation's tail word or read as one
    // with confidence, is not the unit.
    ['The canton of [[O:1 Geneva Police Department]] said.', ['organization:Geneva Police Department']],
    ['The oblast of [[O:1 Kharkiv Regional Council]] said.', ['organization:Kharkiv Regional Council']],
    ['The governorate of [[O:0.95 Nineveh Operations Command]] said.', ['organization:Nineveh Operations Command']],
    ['The canton of Zurich Cantonal Bank said.', []],
    // Adversarial: a name running on past three words, a lowercase "of" object.
    ['He took a commune of artists to the coast.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
