/**
 * Rows for the weak patterns issue #9 names, second round (helper ents32b, 4 Dec 2026), each found
 * failing on probe texts of our own (detect/lexicon-gaps-32b.cases.ts, gold committed before the
 * first run): a club named by a club prefix and a word, read as a person; the sides on either side
 * of "lost 2-1 to" or "drew 0-0 with", read as places; a party of one word after "the ruling" or
 * "the centre-right"; a range named by a plural land word; a Chinese name the model left unread.
 * The rules that apply them are in detect/leftover-rules-9.ts, called by applyNameRules after the
 * leftover-8 rows.
 */
import type { RuleRow } from './rule-row';
import { PAIR_BEFORE_MEETING_ROW } from './news-leftovers-8';

const words = (s: string) => s.trim().split(/\s+/);

export const CLUB_PREFIX_PAIR_ROW: RuleRow<{
  prefixes: readonly string[];
  grounds: readonly string[];
  venuePrepositions: readonly string[];
}> = {
  id: 'sport.club-prefix-pair',
  value: {
    // Words that open the names of clubs in Spain, Portugal, France, Central and Eastern Europe and Israel, and
    // open no person's name or place's.
    prefixes: words(`Real Racing Sporting Deportivo Rayo Olympique Stade Athletic Atlético Atletico Dinamo Dynamo
      Lokomotiv Spartak Hapoel Maccabi Beitar Celta Unión Vitória Legia Slavia Sparta Partizan Hajduk`),
    // Prefixes that are also a ground's word ("stadium"): "at the Stade Vélodrome", "at the Stade Charléty". Review ents33c.
    grounds: words('Stade'),
    // After one of these and "the", such a name is the ground.
    venuePrepositions: words('at in into inside outside near from to'),
  },
  reason:
    'Clubs in Spain, Portugal, France, Eastern Europe and Israel are named by a word that says what they are ("Real", royal; "Deportivo", "Sporting", "Athletic", "Racing", "Olympique", "Stade", "Dinamo", "Hapoel"; in Central Europe "Legia", "Slavia", "Sparta", "Partizan", "Hajduk") and a word of their own or their town ("Rayo Vallecano", "Deportivo Alavés", "Olympique Lyonnais", "Stade Rennais", "Racing Santander"). The model, meeting two capitalised words it does not know, reads a person, as it would "Jack London", or cuts the prefix off and reads the town. In a sentence about sport (a score or a sport word), one of these words opening a run of two or three capitalised words on the line, the words after it no given name (nor one hyphened to a surname), no word of the language and no weekday or month, is a club, an organisation ("Stade Pierre-Mauroy" has a given name: the ground; "Real Estate", "Sporting Goods" are words of the language). "Stade" is also the French word for a stadium: after "the" and a preposition of place ("at the Stade Vélodrome") the name is the ground (review ents33c).',
  examples: [
    {
      text: 'Rayo Vallecano beat Deportivo Alavés 2-1 on Sunday.',
      expect: 'organization:Rayo Vallecano | organization:Deportivo Alavés',
    },
    {
      text: 'Real Estate prices rose in Madrid, and the striker scored twice in the league.',
      expect: 'place:Madrid',
    },
  ],
};

export const SCORE_RESULT_SIDES_ROW: RuleRow<{
  results: readonly string[];
  links: readonly string[];
  courtsAndVotes: readonly string[];
}> = {
  id: 'sport.score-result-sides',
  value: {
    // A result with the score right after it and the other side after a preposition.
    results: words('lost drew fell won'),
    links: words('to with against'),
    // A court's split or an assembly's vote ("lost 6-3 in the Supreme Court", "won 120-40 in the vote"),
    // not politics.election-words whole: a side's "campaign" or a "poll" of fans is sport. Review ents33c.
    courtsAndVotes: words('court courts justices judges ruled tribunal lawsuit vote votes voted ballot ballots motion'),
  },
  reason:
    'A result with its score between the verb and the other side ("Leeds lost 2-1 to Fulham", "Wales drew 1-1 with Georgia", "Italy lost 24-17 to Scotland") names two sides, each a club or a national team, an organisation (sport.place-team reads "beat" and "drew with" next to a name, but not over a score, and not "lost"). The model reads a town or a country there as the place. A place the map knows (no given name alone), read by the model as a place or left unread, right before "lost", "drew", "fell" or "won" and a score, or right after such a score and "to", "with" or "against" (a "the" between allowed), is a side; so is a club of a word and its town the model read as a person (two or three words ending in a city the map knows, the first no given name or word of the language: "drew 0-0 with Shakhtar Donetsk"), and an unread capitalised word, no word of the language or given name, or a place the model read, on the other side of a side so read ("Brentford drew 0-0 with Burnley", "Leeds lost 2-1 to Fulham"). Not in a sentence about a match of players (a sport of players, set scores: players-match.ts), and not a person the model read. Not in a sentence about a court or a vote either (court, justices, ruled, vote, ballot, motion …): "In the Supreme Court, Texas lost 6-3 to New Mexico", "Ghana lost 120-40 to Senegal in the vote" are states (review ents33c).',
  examples: [
    {
      text: 'Wales lost 2-1 to Georgia in the qualifier, and Norway drew 1-1 with Austria.',
      expect: 'organization:Wales | organization:Georgia | organization:Norway | organization:Austria',
    },
    {
      text: 'Heavy rain fell on Leeds on Monday. In tennis, Ana Ruiz lost 6-4, 6-3 to Maria Lopez in Paris.',
      expect: 'place:Leeds | person:Ana Ruiz | person:Maria Lopez | place:Paris',
    },
  ],
};

export const PARTY_WORD_AFTER_STANCE_ROW: RuleRow<{
  stances: readonly string[];
  nouns: readonly string[];
  judgmentVerbs: readonly string[];
}> = {
  id: 'organisation.party-word-after-stance',
  value: {
    // A party's place in parliament or on the left-right line, written before its name.
    stances: words(`ruling governing opposition centre-right center-right centre-left center-left far-right far-left
      hard-right hard-left right-wing left-wing`),
    // Stances that are nouns too: "appeal the ruling Mahlangu handed down". Review ents33c.
    nouns: words('ruling'),
    // Verbs whose object is a judgment: after them "the ruling" is the noun.
    judgmentVerbs: words(`appeal appeals appealed appealing challenge challenges challenged challenging uphold upholds
      upheld overturn overturns overturned quash quashes quashed reverse reverses reversed overrule overruled
      accept accepted reject rejected welcome welcomed criticise criticised criticize criticized ignore ignored
      defy defied follow followed`),
  },
  reason:
    'A party is named after its place in parliament or on the left-right line: "the opposition PiS", "the opposition Smer", "the centre-right Moderaterna", "the far-right Sverigedemokraterna". organisation.party-after-stance reads two to five words after "the ruling", "the opposition" or "the governing"; a party of one unfamiliar word, or one after a wing word, is left unread. After "the" and one of these words, one capitalised word on the line that nothing read (or the model read below 0.5 as a person or place), with no capitalised word after it, that is no word of the language, given name, title, weekday, month, demonym or place the map knows, nor a plural of the party\'s members ("the opposition Democrats", "the centre-left Socialists": people, as organisation.party-after-stance leaves them), is an organisation ("the ruling coalition", "the opposition Kurdish deputies" stay as they are). "Ruling" is a noun too: after a verb ("appeal the ruling Mahlangu handed down") it is the judgment: after a verb of appeal or judgment (appeal, uphold, overturn, quash, challenge …) "the ruling" is left ("while the ruling Fidesz lost ground" still counts; review ents33c).',
  examples: [
    {
      text: 'The opposition Smer won the vote, and the centre-right Moderaterna lost ground.',
      expect: 'organization:Smer | organization:Moderaterna',
    },
    {
      text: 'The ruling coalition met on Monday, and the opposition Kurdish deputies walked out.',
      expect: '',
    },
  ],
};

export const PLURAL_LAND_TAIL_ROW: RuleRow<readonly string[]> = {
  id: 'place.plural-land-tail',
  // Plural nouns that name a range of hills or a stretch of country by their kind.
  value: words(
    'Hills Mountains Highlands Uplands Lowlands Heights Downs Fells Moors Dales Wolds Ghats Beacons Alps Plains',
  ),
  reason:
    'Ranges and stretches of upland are named by a word of their own and a plural land word ("the Nilgiri Hills", "the Western Ghats", "the Brecon Beacons", "the Black Mountains", "the North York Moors"); the map knows few of them, and the model, meeting an unknown first word and a capitalised plural, leaves the name out. After "the", one or two capitalised words on the line and one of these words, with no capitalised word after it (not "the Malvern Hills Golf Club"), that no rule decided and no name read surely (0.8) as an organisation, are a place; not a person the model read whose first word is a given name, unless the map knows the whole ("the Lauren Hills case", "the Joanne Downs inquiry"; review ents33c).',
  examples: [
    {
      text: 'Fires spread through the Nilgiri Hills, and walkers were rescued in the Brecon Beacons.',
      expect: 'place:Nilgiri Hills | place:Brecon Beacons',
    },
    {
      text: 'Ana Beacon said the Beacons were closed to walkers.',
      expect: 'person:Ana Beacon',
    },
  ],
};

export const CHINESE_NAME_SHAPE_ROW: RuleRow<{ surnames: readonly string[] }> = {
  id: 'person.chinese-name-shape',
  value: {
    // Common Chinese surnames in pinyin that are no English word ("He", "Fan", "Long" left out).
    surnames: words(`Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin Gao Luo Zheng Liang Xie
      Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin
      Qian Xi Hou Qin Shi Lei Kong Meng Bai Wen Zou Qiu Xiong Mao Hao Gu`),
  },
  reason:
    'Chinese names are written surname first, then a given name of one or two syllables in pinyin, as one word ("Xi Jinping", "Li Qiang", "Wang Huning", "Zhou Xiaoming"); the given-name lists hold none of them, so where the context gives the model nothing ("President Donald Trump and Xi Jinping spoke") it leaves the name out. A common Chinese surname followed by one capitalised word on the line made of one or two pinyin syllables, that nothing read, with no capitalised word before it (but a sentence\'s first) or after it, that is no place the map knows as a whole, is a person.',
  examples: [
    {
      text: 'President Donald Trump and Xi Jinping spoke by phone on Friday.',
      expect: 'person:Donald Trump | person:Xi Jinping',
    },
    {
      text: 'Shares rose in Hong Kong, and the Li River flooded.',
      expect: 'place:Hong Kong | place:Li River',
    },
  ],
};

export const KNOWN_PAIR_BEFORE_MEETING_ROW: RuleRow<{ nouns: readonly string[] }> = {
  id: 'person.known-pair-before-meeting',
  // The meeting words of person.pair-before-meeting.
  value: { nouns: PAIR_BEFORE_MEETING_ROW.value.nouns },
  reason:
    'Copy that drops the dash still names two leaders\' meeting by their surnames: "the Trump Xi talks", "a Modi Sharif meeting". person.pair-before-meeting splits a pair only at a dash, since two words with no dash may be one person ("a Hun Sen call"). The article tells the two apart: two capitalised words before a meeting word, that no name holds, where the first is a word of one person the article names in full and the second a word of another, neither of whom has both words, are two people; not when the meeting word is followed by "with" ("the Rolls Royce deal with the airline": the pair is one party, a firm named after its founders; review ents33c).',
  examples: [
    {
      text: 'Donald Trump met Xi Jinping in Busan. Hopes for the Trump Xi talks rose.',
      expect: 'person:Donald Trump | person:Xi Jinping | place:Busan | person:Trump | person:Xi',
    },
    {
      text: 'Prime Minister Hun Sen spoke. A Hun Sen call leaked on Monday.',
      expect: 'person:Hun Sen | person:Hun Sen',
    },
  ],
};

export const NEWS_LEFTOVER_ROWS_9: readonly RuleRow<unknown>[] = [
  CLUB_PREFIX_PAIR_ROW,
  SCORE_RESULT_SIDES_ROW,
  PARTY_WORD_AFTER_STANCE_ROW,
  PLURAL_LAND_TAIL_ROW,
  CHINESE_NAME_SHAPE_ROW,
  KNOWN_PAIR_BEFORE_MEETING_ROW,
];
