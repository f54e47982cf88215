/**
 * The rows of lexicon/blind-news-6.ts (helper ents13a): each rule on tagger output written by hand,
 * with the sentences it must decide and news sentences it must not fire on. (The rows' examples
 * run through the whole engine in lexicon/rows.test.ts' late tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('person.surname-repeat', () => {
  it.each([
    [
      'Parliament elected [[P Sushila Bhattarai]]. [[O:0.5 Bhattarai]], 46, won 149 votes.',
      ['person:Sushila Bhattarai', 'person:Bhattarai'],
    ],
    [
      '[[L:0.4 Chirwa]] did not concede, and [[P Yamikani Chirwa]] went to court.',
      ['person:Chirwa', 'person:Yamikani Chirwa'],
    ],
    // Adversarial: a firm named after its founder (another row typed it, or the model is sure), a
    // name after a determiner or a locative, a longer name, a place the map knows, and no full name.
    [
      '[[P John Deere]] built the plough. [[O:0.45 Deere]] (DE.N) will cut jobs, and [[O:0.45 Deere]] shares fell.',
      ['person:John Deere', 'organization:Deere', 'organization:Deere'],
    ],
    [
      'The snowmobile was built by [[P Joseph-Armand Bombardier]]. [[O:0.88 Bombardier]] makes jets.',
      ['person:Joseph-Armand Bombardier', 'organization:Bombardier'],
    ],
    ['[[P Henry Ford]] said the [[O:0.5 Ford]] plant would close.', ['person:Henry Ford', 'organization:Ford']],
    ['[[P Ana Chirwa]] lives at [[L:0.4 Chirwa]].', ['person:Ana Chirwa', 'place:Chirwa']],
    [
      '[[P Ana Morgan]] spoke. [[O:0.5 Morgan Stanley]] said shares rose.',
      ['person:Ana Morgan', 'organization:Morgan Stanley'],
    ],
    ['[[P Michael Jordan]] flew to [[L:0.5 Jordan]] on Monday.', ['person:Michael Jordan', 'place:Jordan']],
    ['[[O:0.5 Bhattarai]] won the vote.', ['organization:Bhattarai']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.acronym-definition', () => {
  it.each([
    [
      'The [[O Court of Arbitration]] for Sport (CAS) banned him. CAS said so.',
      ['organization:Court of Arbitration for Sport', 'organization:CAS', 'organization:CAS'],
    ],
    [
      'Observers from the Southern African Development Community (SADC) said voting was calm.',
      ['organization:Southern African Development Community', 'organization:SADC'],
    ],
    [
      'The [[O Anti-Doping Agency]] of [[L Kenya]] (ADAK) had cleared him.',
      ['organization:Anti-Doping Agency of Kenya', 'organization:ADAK'],
    ],
    // Heads of bodies that are no office, missed whole by the model (lead, stop 52).
    [
      'Fighters of the Rapid Support Forces (RSF) and the Financial Action Task Force (FATF) met.',
      [
        'organization:Rapid Support Forces',
        'organization:RSF',
        'organization:Financial Action Task Force',
        'organization:FATF',
      ],
    ],
    ['Funding for the Human Genome Project (HGP) and the Belt and Road Initiative (BRI) grew.', []],
    // Adversarial: initials that do not match, a method that is no body, a ticker, a word in the
    // bracket, a person, and a name another row shaped.
    ['Officials of the Electoral Review Office (ZQ) met.', []],
    ['We trained a Random Forest Classifier (RFC) on the images.', []],
    ['Shares of [[O Akbank]] (AKBNK.IS) rose.', ['organization:Akbank']],
    ['[[L ANKARA]], Dec 11 ([[O Reuters]]) - Rates fell.', ['place:ANKARA', 'organization:Reuters']],
    ['[[P Kofi Annan]] (KA) spoke.', ['person:Kofi Annan']],
    ['The Institutional Review Panel (IRP) approved the study.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.kind-noun-after', () => {
  it.each([
    ['Rain in the [[O Choapa]] valley was 70% below normal.', ['place:Choapa']],
    ['Villages in the High Atlas mountains were cut off.', ['place:High Atlas']],
    ['Results from [[L Mangochi]] and Machinga districts were checked.', ['place:Mangochi', 'place:Machinga']],
    ['Cases rose in [[L Rwanda]]\u2019s [[O Rubavu]] district.', ['place:Rwanda', 'place:Rubavu']],
    // Adversarial: a demonym, an adjective of a people, an acronym, a common word opening the
    // sentence, a person, and a kind word inside a capitalised name.
    ['Oil flows from the Kurdish region.', []],
    ['Prices rose across the Nordic region.', []],
    ['Trade within the [[O EU]] region grew.', ['organization:EU']],
    ['Each province reported cases.', []],
    ['Fans of [[P Ana Ruiz]] district by district voted.', ['person:Ana Ruiz']],
    ['He farmed in [[L Rift Valley]] province.', ['place:Rift Valley']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.sport-body', () => {
  it.each([
    ['World Athletics president [[P Sebastian Coe]] spoke.', ['organization:World Athletics', 'person:Sebastian Coe']],
    ['It placed Athletics [[L Kenya]] on its watch list.', ['organization:Athletics Kenya']],
    ['Swimming [[L Australia]] named its team.', ['organization:Swimming Australia']],
    // ents37b: a country of two words, and the model's reading of the pair as one person.
    ['Netball [[L New Zealand]] confirmed the coach would go.', ['organization:Netball New Zealand']],
    ['[[P Cricket Scotland]] said its board had resigned.', ['organization:Cricket Scotland']],
    // Adversarial: an event that goes on past the body's name, a sport word with no place or
    // "World", and a country's possessive.
    ['She won gold at the World Athletics Championships.', []],
    ['Athletics is popular in [[L Kenya]].', ['place:Kenya']],
    ['Tennis [[L Australia]]\u2019s open is in January.', ['place:Australia']],
    // A person longer than the pair still holds it: the row's own check (namesWithin finds a name
    // reaching past the pair), with nothing capitalised after the pair to stop it earlier. (The old
    // example here, "Golf Kenya Smith", never reached that check: a capital after the pair ends the
    // row first. A rule's person of exactly the pair cannot be written in this tagger markup.)
    ['[[P Mary Golf Kenya]] won.', ['person:Mary Golf Kenya']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.title-word-head', () => {
  it.each([
    ["[[L Europe]]'s General [[P Court]] upheld the fine.", ['place:Europe', 'organization:General Court']],
    ['The Republican-led General Assembly put it on the ballot.', ['organization:General Assembly']],
    ['The [[L Kentucky]] General Assembly met.', ['organization:Kentucky General Assembly']],
    // Adversarial: a general with a surname, a name that runs past the pair, a rank before a name.
    ['General [[P Court]] Wilson led the troops.', ['person:Court']],
    ['The vote was held in the General Assembly Hall.', []],
    ['General [[P Mark Milley]] testified.', ['person:Mark Milley']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.people-for-aim', () => {
  it.each([
    [
      'Missourians for [[O Constitutional Freedom]] sued the state.',
      ['organization:Missourians for Constitutional Freedom'],
    ],
    ['The measure was backed by Citizens Not Politicians.', ['organization:Citizens Not Politicians']],
    ['Mothers Against Drunk Driving praised the law.', ['organization:Mothers Against Drunk Driving']],
    // Adversarial: a lowercase word after the link, a people word that is no plural of people,
    // and "for" between a name and a person.
    ['Americans for years have paid more.', []],
    ['Texans for the most part stayed home.', []],
    ['Tickets for [[P Taylor Swift]] sold out.', ['person:Taylor Swift']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

const SPORT =
  'Norwich lost 3-1 at home on Saturday. The striker scored twice in the first half. The goalkeeper saved a penalty. Leeds won 2-0 away.';
describe('sport.club-suffix-name', () => {
  it.each([
    [`[[L Coventry City]] won 2-0. ${SPORT}`, ['organization:Coventry City']],
    [`They beat [[L Plymouth Argyle]] 1-0. ${SPORT}`, ['organization:Plymouth Argyle']],
    // Adversarial: a city the map knows, a locative preposition, election copy, no sports report.
    [`Fans flew in from [[L Mexico City]]. ${SPORT}`, ['place:Mexico City']],
    [`The parade was held in [[L Salt Lake City]]. ${SPORT}`, ['place:Salt Lake City']],
    [`Votes in [[L Coventry City]] were counted; the election result was 45-43. ${SPORT}`, ['place:Coventry City']],
    ['[[L Coventry City]] council raised taxes.', ['place:Coventry City']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('none.court-level-title', () => {
  it.each([
    ['[[O Circuit]] Judge [[P Gustavo Gelpí]] asked why.', ['person:Gustavo Gelpí']],
    // Adversarial: a court named with its level, and a circuit not before "Judge".
    ['The [[O First Circuit]] upheld the closures.', ['organization:First Circuit']],
    ['The [[O Circuit]] ruled on Monday.', ['organization:Circuit']],
    ['The [[O District Court]] judge ruled.', ['organization:District Court']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.agency-before-speaker', () => {
  it.each([
    ['In an interview with [[O Reuters Smith]] said the deal was done.', ['organization:Reuters', 'person:Smith']],
    ['He told [[O Bloomberg Ana Patel]] told staff.', ['organization:Bloomberg', 'person:Ana Patel']],
    // Adversarial: the agency's own products, no reporting verb after, a sentence's first word,
    // and a common word after the agency.
    ['A column in [[O Reuters Breakingviews]] said the bid was low.', ['organization:Reuters Breakingviews']],
    ['The report by [[O Bloomberg News]] said shares fell.', ['organization:Bloomberg News']],
    ['She spoke to [[O Reuters Smith]] on Monday.', ['organization:Reuters Smith']],
    ['[[O Reuters Smith]] said it was over.', ['organization:Reuters Smith']],
    ['A source told [[O Reuters Today]] said more.', ['organization:Reuters Today']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.ocean-crossed', () => {
  it.each([
    ['He crossed The Atlantic in a small boat.', ['place:Atlantic']],
    ['She sailed [[O The Pacific]] alone.', ['place:Pacific']],
    // Adversarial: the magazine after "in" or "told", a sentence's first "The", and a longer name.
    ['He wrote in [[O The Atlantic]] last year.', ['organization:The Atlantic']],
    ['She told [[O The Atlantic]] that she would run.', ['organization:The Atlantic']],
    ['They flew over The Atlantic Council offices.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('none.racing-circuit', () => {
  it.each([
    ['She won the [[O First Circuit]] race at [[L Monza]].', ['place:Monza']],
    // Adversarial: the appeals court, and a circuit before another lowercase word.
    ['The [[O First Circuit]] ruled on Monday.', ['organization:First Circuit']],
    ['The [[O Ninth Circuit]] record on appeals is mixed.', ['organization:Ninth Circuit']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.town-club-action', () => {
  it.each([
    [`[[L Portsmouth]] climbed out of the bottom three. ${SPORT}`, ['organization:Portsmouth']],
    [
      `[[L Swansea]] and [[L Cardiff]] shared a goalless derby. ${SPORT}`,
      ['organization:Swansea', 'organization:Cardiff'],
    ],
    [`Seattle traded a defenceman for a pick. ${SPORT}`, ['organization:Seattle']],
    // Adversarial: a country, a locative preposition, a person, election copy, no sports report.
    [`[[L Qatar]] signed a deal to host the final. ${SPORT}`, ['place:Qatar']],
    [`Fans in [[L Swansea]] shared the joy. ${SPORT}`, ['place:Swansea']],
    [`[[P Ana Leeds]] signed a new contract. ${SPORT}`, ['person:Ana Leeds']],
    [`[[L Portsmouth]] climbed to a 45-43 lead in the election count. ${SPORT}`, ['place:Portsmouth']],
    ['[[L Portsmouth]] signed a contract with the port operator.', ['place:Portsmouth']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
