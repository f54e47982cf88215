/**
 * The rows of lexicon/news-leftovers-22.ts (helper ents46b) and the older rows this round widened
 * (place.possessive-body-split, place.address-comma, place.unknown-list, sport.town-club-action,
 * sport.town-nickname-bare): each rule on tagger output written by hand, with the sentences it must
 * decide and ordinary news sentences it must leave alone. The sentences are our own. (The rows'
 * examples run through the whole engine in lexicon/rows.test.ts' late tables; the probe texts in
 * lexicon-gaps-46b.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.office-contraction', () => {
  it.each([
    ['Ofcom said it would review the rules.', ['organization:Ofcom']],
    ['[[P:0.55 Ofqual]] warned of tougher checks.', ['organization:Ofqual']],
    ['The watchdog, [[P:0.7 Ofcom]], regulates broadcasters.', ['organization:Ofcom']],
    ['Bills will rise after [[L:0.4 Ofwat]] ruled on the plans.', ['organization:Ofwat']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Words of the language, a place with two "f"s, a rule's or a longer name, lowercase.
    ['Often the offer was refused.', []],
    ['Floods hit [[L Offaly]] on Monday.', ['place:Offaly']],
    ['[[O Ofcom Media Lab]] opened in May.', ['organization:Ofcom Media Lab']],
    ['The firm, ofcom, was small.', []],
    // Names of the same length but another shape.
    ['[[P Olga Ofori]] won the race.', ['person:Olga Ofori']],
    ['[[P Tom Oftedal]] said so.', ['person:Tom Oftedal']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.economics-firm', () => {
  it.each([
    ['Economists at [[L:0.5 Capital Economics]] expect growth.', ['organization:Capital Economics']],
    ['[[P:0.56 Pantheon Macroeconomics]] said inflation had peaked.', ['organization:Pantheon Macroeconomics']],
    ['Oxford Economics forecast a fall.', ['organization:Oxford Economics']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // After "of" or "in"; common words only and nothing read; a demonym; a longer name; lowercase.
    ['She studied at the [[O London School of Economics]].', ['organization:London School of Economics']],
    ['He won the Nobel Prize in Economics in 2001.', []],
    ['Home Economics is taught in year nine.', []],
    ['Austrian Economics has few followers.', []],
    ['2. New Institutional Economics: Theoretical Foundations', []],
    ['Keynesian Economics is back in fashion.', []],
    ['The [[O Oxford Economics Society]] met.', ['organization:Oxford Economics Society']],
    ['She teaches economics in [[L Leeds]].', ['place:Leeds']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.body-of-body-possessive', () => {
  it.each([
    ["The [[O WTO]]'s Appellate Body has not sat.", ['organization:WTO', 'organization:Appellate Body']],
    ["The [[O UN]]'s Human Rights Council met.", ['organization:UN', 'organization:Human Rights Council']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No head; a person after the possessive; another capital after the head; an owner that is no body.
    ["The [[O EU]]'s Green Deal was delayed.", ['organization:EU']],
    ["The [[O IMF]]'s [[P Kristalina Georgieva]] spoke.", ['organization:IMF', 'person:Kristalina Georgieva']],
    ["The [[O EU]]'s Court House Street office shut.", ['organization:EU']],
    ["[[P Smith]]'s Court appearance was delayed.", ['person:Smith']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.put-side-ahead', () => {
  it.each([
    ['[[P Kyogo Furuhashi]] put Celtic ahead with a header.', ['person:Kyogo Furuhashi', 'organization:Celtic']],
    ['A penalty put Lens level before the break.', ['organization:Lens']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A name already read; a given name; no "put" before; lowercase.
    ['The poll put [[P Kamala Harris]] ahead in [[L Ohio]].', ['person:Kamala Harris', 'place:Ohio']],
    ['The poll put Sarah ahead of the others.', []],
    ['Celtic ahead of the derby are calm.', []],
    ['The rain put the game ahead of schedule.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.possessive-body-split: a body in capitals owns the body', () => {
  it.each([
    ["The [[O EU's General Court]] annulled the fine.", ['organization:EU', 'organization:General Court']],
    ["The [[O BBC's World Service]] will close.", ['organization:BBC', 'organization:World Service']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A country the map knows stays a place; a possessor that is no acronym; two words before it.
    [
      "The [[O UK's Office for National Statistics]] said so.",
      ['place:UK', 'organization:Office for National Statistics'],
    ],
    ["[[O McDonald's Corporation]] said so.", ["organization:McDonald's Corporation"]],
    ["[[O Women's Institute]] members met.", ["organization:Women's Institute"]],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.address-comma: an American town is followed by its state, not a bare county', () => {
  it.each([['She lives in [[L Austin]], [[P:0.42 Travis]], with her two sons.', ['place:Austin', 'person:Travis']]])(
    '%s',
    (text, expected) => expect(rulesOn(text)).toEqual(expected),
  );
  it.each([
    // A town of a country that names counties keeps the county.
    ['He was born in [[L Exeter]], [[P:0.5 Devon]], in 1961.', ['place:Exeter', 'place:Devon']],
    ['The fire began in [[L Austin]], [[L Texas]], on Sunday.', ['place:Austin', 'place:Texas']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.unknown-list: counties, departments, prefectures of', () => {
  it.each([
    [
      'The departments of [[P:0.32 Gard]], [[P:0.29 Hérault]] and Aude were on red alert.',
      ['place:Gard', 'place:Hérault', 'place:Aude'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A list of people after "of"; no plural of places before "of".
    [
      'The families of [[P Okafor]], [[P Hartley]] and [[P Brandt]] met.',
      ['person:Okafor', 'person:Hartley', 'person:Brandt'],
    ],
    ['The counties of northern [[L England]] lost routes.', ['place:England']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.town-club-action: a town that is a word of the language', () => {
  it.each([['Reading sacked their manager on Sunday.', ['organization:Reading']]])('%s', (text, expected) =>
    expect(rulesOn(text)).toEqual(expected),
  );
  it.each([
    // No own manager after; a word that is no town.
    ['Reading is down among teenagers.', []],
    ['Staff sacked their manager on Sunday.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.town-nickname-bare: a town and two words of a nickname', () => {
  it.each([
    [
      'Chennai Super Kings bought a bowler. They won by five wickets. They lost by 20 runs in May.',
      ['organization:Chennai Super Kings'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No sports report; a given name in the middle; a plural in the middle.
    ['Chennai Super Kings is a new ride at the fair.', []],
    ['Leeds John Riders won by six wickets.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
