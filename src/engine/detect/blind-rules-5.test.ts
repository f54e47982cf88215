/**
 * The rows of lexicon/blind-news-5.ts (helper ents12a): each row's examples through the whole
 * engine, then each rule on tagger output written by hand, with news sentences it must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { mentionsOf, rowExamples } from '../test-helpers';
import { loadGazetteerSync } from '../gazetteer/load-sync';
import { BLIND_NEWS_ROWS_5_ALL } from '../lexicon/blind-news-5';
import { rulesOn } from './rules-on';

const gazetteer = loadGazetteerSync();

describe('BLIND_NEWS_ROWS_5 examples through the engine', () => {
  it('rows have a reason, examples and ids of the usual shape', () => {
    const ids = BLIND_NEWS_ROWS_5_ALL.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of BLIND_NEWS_ROWS_5_ALL) {
      expect(r.id).toMatch(/^[a-z-]+\.[a-z-]+$/);
      expect(r.reason.length, r.id).toBeGreaterThan(20);
      expect(r.examples.length, r.id).toBeGreaterThan(0);
    }
  });
  it.each(rowExamples(BLIND_NEWS_ROWS_5_ALL))('%s: %s', (_id, text, expected) =>
    expect(mentionsOf(text, { gazetteer }).join(' | ')).toBe(expected),
  );
});

describe('place.subnational-state', () => {
  it.each([
    ['Under [[O Pennsylvania]] law, a recount is automatic.', ['place:Pennsylvania']],
    ['[[O Quebec]] said the order would keep 700 jobs.', ['place:Quebec']],
    ['Voters in [[O New Mexico]] backed the measure.', ['place:New Mexico']],
    // Adversarial: a longer name, a name another row or the model already decided, a state left
    // out of the row, and a college side in a sports report with no election word.
    ['[[O Arizona State University]] said classes would resume.', ['organization:Arizona State University']],
    ['[[O Washington]] imposed sanctions.', ['organization:Washington']],
    ['[[P Virginia]] said she would run.', ['person:Virginia']],
    [
      '[[O Arizona]] beat [[O Utah]] 31-24 on Saturday. The Wildcats scored twice in the fourth quarter. [[O Arizona]] kicked a late field goal to win the game.',
      ['organization:Arizona', 'organization:Utah', 'organization:Arizona'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('none.ordinal-district', () => {
  it.each([
    ["[[L Pennsylvania]]'s 7th [[L Congressional District]] voted.", ['place:Pennsylvania']],
    ['She won the 12th [[O District]] and the 3rd [[L Ward]].', []],
    // Adversarial: a district with a name of its own, and one not after an ordinal.
    ['He works in the [[L Financial District]].', ['place:Financial District']],
    ['The 4th [[O Fulton County School District]] meeting ran late.', ['organization:Fulton County School District']],
    ['The [[L Congressional District]] map changed.', ['place:Congressional District']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('none.chamber-party-members', () => {
  it.each([
    ['A super PAC aligned with [[O House Republicans]] spent $9 million.', []],
    ['[[O Senate Democrats]] blocked the bill.', []],
    // Adversarial: the chamber, the party, and a longer name.
    [
      'The [[O Senate]] passed the bill and the [[O Republican Party]] cheered.',
      ['organization:Senate', 'organization:Republican Party'],
    ],
    ['The [[O House Republicans Conference]] met.', ['organization:House Republicans Conference']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.ticker', () => {
  it.each([
    ['Miner Vale (VALE3.SA) fell 0.8%.', ['organization:Vale']],
    ['Shares of [[P Frank Holdings]] (FRH.N) rose.', ['organization:Frank Holdings']],
    ['[[O BYD]] (002594.SZ) started production.', ['organization:BYD']],
    ['The deal with [[O Lockheed Martin]] ([[O LMT.N]]) was signed.', ['organization:Lockheed Martin']],
    // Adversarial: brackets without an exchange code, a name crossing the bracket's start, lowercase words before.
    [
      'The [[O Pakistan Cricket Board]] ([[O PCB]]) said so.',
      ['organization:Pakistan Cricket Board', 'organization:PCB'],
    ],
    ['[[L MOSCOW]], July 2 ([[O Reuters]]) - Russia summoned the envoy.', ['place:MOSCOW', 'organization:Reuters']],
    ['the stock (ABC.N) fell.', []],
    ['Version (v2.1) shipped.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.seat-role', () => {
  it.each([
    ['Kremlin spokesman [[P Dmitry Peskov]] spoke.', ['organization:Kremlin', 'person:Dmitry Peskov']],
    ['A White House official said so.', ['organization:White House']],
    // Adversarial: no role noun after it, a name already over it, a lowercase seat.
    ['The Kremlin walls are red.', []],
    ['The [[L Kremlin]] said so.', ['place:Kremlin']],
    [
      '[[O White House Correspondents Association]] officials met.',
      ['organization:White House Correspondents Association'],
    ],
    ['a pentagon official', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.platform-on', () => {
  it.each([
    ['He said on Telegram that the missile flew.', ['organization:Telegram']],
    ['She posted via [[P Instagram]] late on Sunday.', ['organization:Instagram']],
    // Adversarial: not after "on"/"via", a product of the platform, a newspaper in a longer name.
    ['Telegram founder [[P Pavel Durov]] was arrested.', ['person:Pavel Durov']],
    ['They streamed it on Facebook Live.', []],
    ['He wrote for the [[O Daily Telegram]].', ['organization:Daily Telegram']],
    ['She read it on telegram paper.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.company-role-apposition', () => {
  it.each([
    ["[[O Wang Chuanfu]], the company's founder and chairman, did not attend.", ['person:Wang Chuanfu']],
    ['[[L Ma Huateng]], its founder, spoke.', ['person:Ma Huateng']],
    // Adversarial: other apposition nouns, a name that is a person already, a firm's own description.
    ["[[O BYD]], the company's biggest rival, fell.", ['organization:BYD']],
    ["[[O Tesla]], the group's main supplier, rose.", ['organization:Tesla']],
    ['[[O Alstom]], its rival, won.', ['organization:Alstom']],
    // An opening time or place before the comma holds no role (ents43b): "On Sunday" was a person.
    ["On Sunday, the agency's director resigned.", []],
    ['In March, its founder left.', []],
    ["[[P:0.5 May Chen]], the company's founder, declined to comment.", ['person:May Chen']],
    ["May Chen, the company's founder, declined to comment.", ['person:May Chen']],
    ["In early May, the company's founder left.", []],
    ["On May 5, the company's founder left.", []],
    ["In [[L Paris]], the group's chief executive met unions.", ['place:Paris']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.works-tail', () => {
  it.each([
    ['The Alau Dam collapsed.', ['place:Alau Dam']],
    ['He lives in [[L Lower Macungie]] Township.', ['place:Lower Macungie Township']],
    ['Water rose behind the [[O Three Gorges Dam]].', ['place:Three Gorges Dam']],
    // Adversarial: a particle surname, a longer name, a person the article names, a lowercase head.
    ['The striker [[P Rafael van]] Dam scored.', ['person:Rafael van']],
    ['The [[O Hoover Dam Authority]] met.', ['organization:Hoover Dam Authority']],
    ['[[P John Smith]] Township voters met.', ['person:John Smith']],
    ['They built a dam on the river.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.group-apposition', () => {
  it.each([
    [
      '[[L Virginia Forward]], a political action committee funded by unions, ran ads.',
      ['organization:Virginia Forward'],
    ],
    ['[[P Protect Progress]], a super PAC, spent $1.8 million.', ['organization:Protect Progress']],
    // Adversarial: the kind modifying a noun (a person), another kind, no comma.
    ['[[P John Reed]], a PAC treasurer, resigned.', ['person:John Reed']],
    ['[[P Jane Doe]], a charity worker, spoke.', ['person:Jane Doe']],
    ['[[L Ohio]], a swing state, voted.', ['place:Ohio']],
    ['In [[L Texas]], a super PAC backed by [[P Elon Musk]] spent $20 million.', ['place:Texas', 'person:Elon Musk']],
    ['[[L Texas]], a super PAC said.', ['place:Texas']],
    ['[[L Ohio]] a super PAC said.', ['place:Ohio']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.titled-county', () => {
  it.each([
    ['Lines formed in Prince [[P William County]].', ['place:Prince William County']],
    ['She moved to Prince [[P Edward Island]] in May.', ['place:Prince Edward Island']],
    // Adversarial: a royal visiting a county, a title with no name between, a lowercase county.
    ['Prince [[P Harry]] visited [[L Orange County]].', ['person:Harry', 'place:Orange County']],
    ['King County voted.', []],
    ['Prince [[P William]] spoke to the county council.', ['person:William']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('none.demonym-before-noun', () => {
  it.each([
    ['A senior [[L Saudi]] official spoke.', []],
    ['Two [[L Saudi]] firms bid.', []],
    // Adversarial: after a preposition, at a sentence end, a longer name, a demonym-like place.
    ['He worked in [[L Saudi]] for years.', ['place:Saudi']],
    ['He left for [[L Saudi]].', ['place:Saudi']],
    ['A [[O Saudi Aramco]] plant burned.', ['organization:Saudi Aramco']],
    ['The [[L Georgia]] team won.', ['place:Georgia']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
