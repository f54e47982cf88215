/**
 * News styles beyond the default article: wire datelines, company legal forms, sports clubs,
 * court and police titles, US state abbreviations, and attribution that needs gender, group or
 * organisation resolution. Each row is one construction; the engine must handle it by rule.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, mentionsOf } from './test-helpers';

describe('mentions in wire, business, sports and court copy', () => {
  it.each([
    // Datelines and state abbreviations.
    ['PORTLAND, Ore. — The council met on Monday.', ['place:PORTLAND', 'place:Ore.']],
    [
      'WASHINGTON (AP) — A Senate committee advanced the bill.',
      ['place:WASHINGTON', 'organization:AP', 'organization:Senate'],
    ],
    // Legal forms, ampersands, known companies.
    ['Halvorsen Foods ASA rose 18% after the offer.', ['organization:Halvorsen Foods']],
    ['Her publisher, Faber & Faber, confirmed the news.', ['organization:Faber & Faber']],
    ['Analysts at Morgan Stanley were cautious.', ['organization:Morgan Stanley']],
    ['Microsoft and Alphabet Inc. are customers.', ['organization:Microsoft', 'organization:Alphabet']],
    ['Analysts at Bernstein said the results were strong.', ['organization:Bernstein']],
    ['Demand for AI chips rose.', []],
    // Institutions with "and", plural heads, ordinals, "Rights".
    [
      'He will appeal to the 5th U.S. Circuit Court of Appeals next week.',
      ['organization:5th U.S. Circuit Court of Appeals'],
    ],
    [
      'The suit was filed by the Center for Reproductive Rights in May.',
      ['organization:Center for Reproductive Rights'],
    ],
    ['The National Hurricane Center issued a warning.', ['organization:National Hurricane Center']],
    ['The storm became a Category 1 hurricane.', []],
    // Sports clubs.
    [
      'The Chicago Bulls beat the Boston Celtics on Sunday.',
      ['organization:Chicago Bulls', 'organization:Boston Celtics'],
    ],
    // An affiliation before a role (the row affiliation.before-role).
    [
      'Fed Chair Jerome Powell spoke at Goldman Sachs Asset Management.',
      ['organization:Fed', 'person:Jerome Powell', 'organization:Goldman Sachs Asset Management'],
    ],
    ['FEMA Administrator Deanne Criswell toured the damage.', ['organization:FEMA', 'person:Deanne Criswell']],
    // Titles stripped from person spans.
    ['Gov. Greg Abbott signed the bill.', ['person:Greg Abbott']],
    ['U.S. District Judge Maria Lopez blocked the law.', ['place:U.S.', 'person:Maria Lopez']],
    ['Conductor Kim Ji-woo recorded the symphony.', ['person:Kim Ji-woo']],
    ['Det Insp Mark Ellison led the inquiry.', ['person:Mark Ellison']],
    ['Prosecutor Ian Cartwright spoke to the jury.', ['person:Ian Cartwright']],
    // Particles and apposed given names.
    ["Plaid Cymru's Mabon ap Gwynfor spoke first.", ['organization:Plaid Cymru', 'person:Mabon ap Gwynfor']],
    ['She is survived by her husband, Pádraig, and a daughter.', ['person:Pádraig']],
    // "and the" starts a second name; adjectival openers are not heads.
    [
      'It was led by the British Antarctic Survey and the University of Leeds.',
      ['organization:British Antarctic Survey', 'organization:University of Leeds'],
    ],
    [
      'The National Oceanic and Atmospheric Administration agreed.',
      ['organization:National Oceanic and Atmospheric Administration'],
    ],
    ['The Intergovernmental Panel on Climate Change met.', ['organization:Intergovernmental Panel on Climate Change']],
    ['Dr. Anjali Rao works at Johns Hopkins Medicine.', ['person:Anjali Rao', 'organization:Johns Hopkins Medicine']],
    ['Political analyst Yogendra Yadav disagreed.', ['person:Yogendra Yadav']],
    // Contractions are not names.
    ["“We're going to be careful. They'll see. Don't worry.”", []],
    // Sentence-initial participles are not names.
    ['Born in Hanoi in 1944, she studied music.', ['place:Hanoi']],
  ])('%s', (text, expected) => expect(mentionsOf(text)).toEqual(expected));
});

describe('mentions that need the rest of the article', () => {
  it.each([
    // A company's distinctive first word stands for it.
    [
      'Northwind Capital Partners bought the firm. Northwind shares fell.',
      ['organization:Northwind Capital Partners', 'organization:Northwind'],
    ],
    // A single word opening a sentence-case headline needs the story to confirm it.
    ['Ceasefire talks resume in Cairo\n\nNegotiators met in Cairo on Sunday.', ['place:Cairo', 'place:Cairo']],
    ['Ceasefire talks resume\n\nNegotiators met on Sunday.', []],
  ])('%s', (text, expected) => expect(mentionsOf(text)).toEqual(expected));
});

describe('attribution in wire and feature copy', () => {
  const name = (text: string) => claimsOf(text).map((c) => c.name);
  it.each([
    // Gender picks the referent of "he"/"she" when the last speaker does not fit.
    [
      'Mayor Keith Wilson argued with Olivia Chen. Chen warned that the plan ignored riders. He insisted that buses would benefit.',
      ['Olivia Chen', 'Keith Wilson'],
    ],
    ['Ms. Nguyen met Thomas Blake. Blake said the deal was off. She said that it was not.', ['Thomas Blake', 'Nguyen']],
    // "they" continues a group source.
    [
      'Analysts at Morgan Stanley said the price looked fair. "We see limited risk," they wrote.',
      ['Morgan Stanley', 'Morgan Stanley'],
    ],
    // "according to its …" points back to the organisation.
    [
      'The Centers for Disease Control and Prevention counted 285 cases, according to its latest figures.',
      ['Centers for Disease Control and Prevention'],
    ],
    // A description with no stated role is the person just named.
    [
      'Ruben Amorim said the team was brave. Bruno Fernandes scored the winner. "It was special," the midfielder said.',
      ['Ruben Amorim', 'Bruno Fernandes'],
    ],
    // "warned that X …" after an apposition: the source is on the left.
    ["Clemens Fuest, the institute's president, warned that Germany risked a lost decade.", ['Clemens Fuest']],
    // A participle after a comma shares the subject; a demonym noun is a description.
    ['Prime Minister Narendra Modi thanked voters in a post, saying the result showed progress.', ['Narendra Modi']],
    ['Carlo Ancelotti praised him. "He is a veteran," the Italian said.', ['Carlo Ancelotti']],
    ['Dr. Helen Fricker was not involved. She cautioned that the models were uncertain.', ['Helen Fricker']],
    // "Washington state" is not a reporting verb.
    ['The FDA counted 14 cases, and one person in Washington state died, the agency said.', ['FDA']],
    // A wire lead after a dateline.
    ['SEOUL, South Korea (AP) — Lee Jae-myung said on Friday that the vote was unavoidable.', ['Lee Jae-myung']],
  ])('%s', (text, expected) => expect(name(text)).toEqual(expected));

  it.each([
    'Anthony Davis added 22 points and 14 rebounds for the Lakers.',
    'Mayor Keith Wilson argued with Olivia Chen over the budget.',
    'Some residents remain skeptical. Construction could begin in 2027.',
  ])('no claim: %s', (text) => expect(claimsOf(text)).toEqual([]));
});

/**
 * Constructions the trained tagger still gets wrong (see src/engine/README.md, "What still
 * fails"). \`it.fails\` keeps each one visible: when a retrained model gets one right, this test
 * fails and the row moves back to the table above.
 */
describe('former gaps of the tagger', () => {
  // Right since the legal-form.before row.
  it.each([
    ['(Reuters) - Acme Corp. cut 300 jobs on Monday.', ['organization:Reuters', 'organization:Acme']],
    [
      'The deal was advised by JPMorgan Chase & Co. and Deutsche Bank AG.',
      ['organization:JPMorgan Chase', 'organization:Deutsche Bank'],
    ],
    // Right since the sport.team-nickname row (1 Dec 2026, afternoon).
    ['Celtics rally to win\n\nFans cheered the Celtics on Sunday.', ['organization:Celtics', 'organization:Celtics']],
  ] as [string, string[]][])('%s', (text, expected) => expect(mentionsOf(text)).toEqual(expected));
});

describe('known gaps of the tagger', () => {
  it.fails.each([
    [
      'The U.S. Centers for Disease Control and Prevention issued a warning.',
      ['place:U.S.', 'organization:Centers for Disease Control and Prevention'],
    ],
    // Lost when context aggregation came in (30 Nov 2026): short texts near the line.
    ['Fans of Manchester United were delighted.', ['organization:Manchester United']],
  ] as [string, string[]][])('%s', (text, expected) => expect(mentionsOf(text)).toEqual(expected));
});
