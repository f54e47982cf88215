/**
 * The rows of lexicon/news-leftovers-9.ts (helper ents32b): each rule on tagger output written by
 * hand, with the sentences it must decide and ordinary news sentences it must leave alone. The
 * sentences are our own. (The rows' examples run through the whole engine in lexicon/rows.test.ts'
 * late tables; the probe texts in lexicon-gaps-32b.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('sport.club-prefix-pair', () => {
  it.each([
    [
      '[[P Rayo Vallecano]] beat [[P Deportivo Alavés]] 2-1 on Sunday.',
      ['organization:Rayo Vallecano', 'organization:Deportivo Alavés'],
    ],
    // The prefix left out and the town read alone; a place reading of the whole.
    [
      'Racing [[O Santander]] signed defender [[P Pablo Lerma]] from [[L Athletic Bilbao]].',
      ['organization:Racing Santander', 'person:Pablo Lerma', 'organization:Athletic Bilbao'],
    ],
    ['The [[P Olympique Lyonnais]] coach was sacked after the defeat.', ['organization:Olympique Lyonnais']],
    // ents37b: Central European clubs' words.
    ['[[P Legia Warsaw]] fans were banned from the away game.', ['organization:Legia Warsaw']],
    ['Ferencváros and [[P Slavia Prague]] drew in the group stage.', ['organization:Slavia Prague']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No sport in the sentence; a given name after the prefix (a ground named after a person, also
    // hyphened); a word of the language; the prefix inside a longer name; a month.
    ['[[P Rayo Vallecano]] opened a bakery in [[L Madrid]].', ['person:Rayo Vallecano', 'place:Madrid']],
    ['Fans filled the [[L Stade Pierre Mauroy]] for the final.', ['place:Stade Pierre Mauroy']],
    ['Fans filled the [[L Stade Pierre-Mauroy]] for the final.', ['place:Stade Pierre-Mauroy']],
    ['Real Estate prices fell, and the striker scored.', []],
    ['The [[O European Union Sporting Council]] met the league.', ['organization:European Union Sporting Council']],
    ['Athletic May scored in the match.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.score-result-sides', () => {
  it.each([
    ['[[L Wales]] lost 2-1 to [[L Georgia]] in the qualifier.', ['organization:Wales', 'organization:Georgia']],
    ['[[O Norway]] drew 1-1 with [[L Austria]] on Tuesday.', ['organization:Norway', 'organization:Austria']],
    // An unread side opposite a known one; a model place the map does not know opposite a side.
    ['Brentford drew 0-0 with [[L Burnley]] on Saturday.', ['organization:Brentford', 'organization:Burnley']],
    ['[[L Leeds]] lost 2-1 to [[L Fulham]] late on.', ['organization:Leeds', 'organization:Fulham']],
    ['[[L Italy]] lost 24–17 to the [[L Scotland]] side.', ['organization:Italy', 'organization:Scotland']],
    // A club of a word and its town read as a person.
    [
      '[[O Dynamo Kyiv]] drew 0-0 with [[P Shakhtar Donetsk]].',
      ['organization:Dynamo Kyiv', 'organization:Shakhtar Donetsk'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A match of players (set scores, a sport of players); people read by the model; no score
    // between; no link word; neither side known to the map.
    [
      '[[P Ana Ruiz]] lost 6-4, 6-3 to [[P Maria Lopez]] in [[L Paris]].',
      ['person:Ana Ruiz', 'person:Maria Lopez', 'place:Paris'],
    ],
    ['In tennis, [[L Georgia]] lost 2-1 to [[L Austria]].', ['place:Georgia', 'place:Austria']],
    ['[[P Ruiz]] lost 2-1 to [[L Leeds]] in the final.', ['person:Ruiz', 'organization:Leeds']],
    ['Sales in [[L Leeds]] fell to [[L Fulham]] levels.', ['place:Leeds', 'place:Fulham']],
    ['[[L Leeds]] lost 2-1 in [[L Fulham]].', ['place:Leeds', 'place:Fulham']],
    ['Acme lost 2-1 to Zedco in court.', []],
    // A person whose surname is a town, with a given name first.
    ['[[O Leeds]] lost 2-1 to [[P Jack London]].', ['organization:Leeds', 'person:Jack London']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.party-word-after-stance', () => {
  it.each([
    ['The opposition PiS called a vote.', ['organization:PiS']],
    ['The centre-right Moderaterna lost ground.', ['organization:Moderaterna']],
    ['Voters backed the far-right [[P:0.3 Sverigedemokraterna]].', ['organization:Sverigedemokraterna']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A word of the language; a demonym; a place; a given name; a weekday; two capitalised words
    // (organisation.party-after-stance's own, not this row's); a sure person reading; no "the" before
    // the stance.
    ['The ruling Party met.', []],
    ['The opposition Democrats walked out, and the centre-left Socialists stayed.', []],
    ['The opposition Kurdish deputies walked out.', []],
    ['The ruling [[L Hungary]] team won.', ['place:Hungary']],
    ['The opposition Maria spoke.', []],
    ['The ruling Monday was final.', []],
    ['The opposition Unity Platform walked out.', ['organization:Unity Platform']],
    ['The opposition [[P:0.9 Okafor]] said no.', ['person:Okafor']],
    ['A ruling Smer could not last.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.plural-land-tail', () => {
  it.each([
    ['Fires spread through the Nilgiri Hills.', ['place:Nilgiri Hills']],
    ['Walkers were lost in the [[P:0.4 Brecon Beacons]].', ['place:Brecon Beacons']],
    ['Snow fell on the [[O:0.5 Western]] Ghats.', ['place:Western Ghats']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A name running on; no "the"; a sure organisation; one word alone; a rule's name.
    ['She joined the Malvern Hills Golf Club.', []],
    ['[[P Ana Hills]] spoke.', ['person:Ana Hills']],
    ['Fans of the [[O:0.9 Golden Heights]] cheered.', ['organization:Golden Heights']],
    ['They crossed the Hills on foot.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.chinese-name-shape', () => {
  it.each([
    ['President [[P Donald Trump]] and Xi Jinping spoke.', ['person:Donald Trump', 'person:Xi Jinping']],
    ['Officials said Wang Huning agreed.', ['person:Wang Huning']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A read name; a place the map knows; a word of the language or no pinyin; a longer run; a
    // capitalised word before.
    ['Shares rose in [[L Hong Kong]].', ['place:Hong Kong']],
    ['Shares rose in Hong Kong.', []],
    ['The Li River flooded.', []],
    ['Wang Smith agreed.', []],
    ['Li Qiang Group agreed.', []],
    ['Acme Li Qiang agreed.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.known-pair-before-meeting', () => {
  it.each([
    [
      '[[P Donald Trump]] met [[P Xi Jinping]]. Hopes for the Trump Xi talks rose.',
      ['person:Donald Trump', 'person:Xi Jinping', 'person:Trump', 'person:Xi'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // One person holding both words (an older row reads the pair as that person); one word named by
    // nobody; no meeting word; a name read.
    ['[[P Hun Sen]] spoke. A Hun Sen call leaked.', ['person:Hun Sen', 'person:Hun Sen']],
    ['[[P Donald Trump]] arrived. The Trump Xi talks failed.', ['person:Donald Trump']],
    ['[[P Donald Trump]] met [[P Xi Jinping]]. The Trump Xi era ended.', ['person:Donald Trump', 'person:Xi Jinping']],
    [
      '[[P Donald Trump]] met [[P Xi Jinping]]. The [[O Trump Xi]] talks ended.',
      ['person:Donald Trump', 'person:Xi Jinping', 'organization:Trump Xi'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('review (ents33c): NEWS_LEFTOVER_ROWS_9 on news of our own', () => {
  it.each([
    // sport.club-prefix-pair: a ground named "Stade …" after "at the".
    ['Marseille lost 2-1 at the [[L:0.44 Stade Vélodrome]] on Sunday.', ['place:Stade Vélodrome']],
    ['They won 2-0 at the [[L:0.41 Stade Charléty]] on Saturday.', ['place:Stade Charléty']],
    // sport.score-result-sides: states in a court's or an assembly's vote.
    ['In court, [[L Texas]] lost 6-3 to [[L New Mexico]] over water.', ['place:Texas', 'place:New Mexico']],
    ['In the vote, [[L Ghana]] lost 120-40 to [[L Senegal]].', ['place:Ghana', 'place:Senegal']],
    // organisation.party-word-after-stance: "the ruling" as a noun, after a verb.
    ['Lawyers will appeal the ruling Mahlangu handed down on Monday.', []],
    // place.plural-land-tail: a person with a given name and a land word for a surname.
    ['Police reopened the [[P:0.46 Lauren Hills]] case.', ['person:Lauren Hills']],
    ['Detectives reviewed the [[P:0.86 Joanne Downs]] inquiry.', ['person:Joanne Downs']],
    // person.known-pair-before-meeting: a firm named after its founders, with a third party.
    [
      '[[P Charles Rolls]] met [[P Henry Royce]] in 1904. The Rolls Royce deal with the airline was signed.',
      ['person:Charles Rolls', 'person:Henry Royce'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    ['The Stade Brestois coach was sacked after the 3-0 defeat.', ['organization:Stade Brestois']],
    ['[[L Wales]] lost 2-1 to [[L Georgia]] in the qualifier.', ['organization:Wales', 'organization:Georgia']],
    ['Members of the ruling Fidesz walked out.', ['organization:Fidesz']],
    ['The ruling Fidesz walked out.', ['organization:Fidesz']],
    [
      'The opposition Tisza gained, while the ruling Fidesz lost ground.',
      ['organization:Tisza', 'organization:Fidesz'],
    ],
    ['Fires spread through the Nilgiri Hills.', ['place:Nilgiri Hills']],
    [
      '[[P Donald Trump]] met [[P Xi Jinping]]. The Trump Xi deal was signed.',
      ['person:Donald Trump', 'person:Xi Jinping', 'person:Trump', 'person:Xi'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
