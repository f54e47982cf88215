/**
 * Known weak patterns of issue #9, second round (helper ents32b, 4 Dec 2026): short news texts of
 * our own, written and annotated like the entity batches (news-entities.cases.ts markup: P person,
 * L place, O organisation, X none) BEFORE the engine was run on them, and committed before their
 * first score. Each group leans on one pattern earlier stops named as left: clubs of two words read
 * as people (a club prefix first, or a nickname that is no surname), one-word sides after "drew 0-0
 * with" or "lost 2-1 to" that the map knows as towns or countries, a given name and an unknown
 * surname read as a place, a party after "the ruling" or "the opposition", East Asian names whose
 * given name is in no list (and two leaders' names before "talks" with no dash), and lands the map
 * lacks (national parks, ranges, rivers, regions). The groups named "keep" are sentences where a
 * fix must not fire: people named like towns, a town in a weather report, a given name alone.
 * Not a training input: the tagger never trains on it (scripts/train/corpus.ts reads fixtures/ and
 * scripts/train/data only).
 */
import type { EntityCase } from './news-entities.cases';

export const WEAK_PATTERN_CASES_32B: EntityCase[] = [
  // Clubs of two words read as people: a club prefix first, or a second word that is no surname.
  {
    name: 'club prefix rayo vallecano',
    text: `[[O Rayo Vallecano]] beat [[O Deportivo Alavés]] 2-1 on Sunday, with [[P Iker Salazar]] scoring the winner in the 84th minute.`,
  },
  {
    name: 'club prefix real betis drew',
    text: `[[O Real Betis]] drew 1-1 with [[O Sporting Gijón]] in the league, and coach [[P Manuel Otero]] said his side deserved more.`,
  },
  {
    name: 'club prefix racing signing',
    text: `[[O Racing Santander]] have completed the signing of defender [[P Pablo Lerma]] from [[O Athletic Bilbao]] on a two-year deal.`,
  },
  {
    name: 'club prefix olympique',
    text: `[[O Olympique Lyonnais]] lost 3-0 to [[O Stade Rennais]] on Saturday, their fourth league defeat in a row.`,
  },
  {
    name: 'club prefix union berlin',
    text: `[[O Union Berlin]] beat [[O Hertha Berlin]] 2-0 in the derby, and [[O Dynamo Kyiv]] drew 0-0 with [[O Shakhtar Donetsk]].`,
  },
  {
    name: 'club nickname orlando magic',
    text: `The [[O Orlando Magic]] beat the [[O Miami Heat]] 108-99 on Wednesday. [[P Jalen Cross]] scored 27 points for the [[O Magic]].`,
  },
  {
    name: 'club nickname sacramento kings',
    text: `The [[O Sacramento Kings]] lost 121-115 to the [[O Utah Jazz]], and coach [[P Dan Morrow]] said the defence had let them down.`,
  },
  {
    name: 'club nickname seattle storm',
    text: `The [[O Seattle Storm]] edged the [[O Las Vegas Aces]] 81-79 in the playoffs on Sunday night.`,
  },
  // One-word sides the map knows as towns, after a score.
  {
    name: 'town side drew with',
    text: `[[O Brentford]] drew 0-0 with [[O Burnley]] on Saturday. Neither side managed a shot on target in the second half.`,
  },
  {
    name: 'town side lost to',
    text: `[[O Leeds]] lost 2-1 to [[O Fulham]] after a late penalty, and the league leaders' lead was cut to two points.`,
  },
  {
    name: 'town side drew with spanish',
    text: `[[O Girona]] drew 2-2 with [[O Valencia]] in a league match on Friday. [[P Aleix Ferrer]] scored twice for the home side.`,
  },
  {
    name: 'town side lost to italian',
    text: `[[O Bologna]] lost 1-0 to [[O Torino]] on Sunday. The only goal came from a penalty in the 70th minute.`,
  },
  // National sides after a score.
  {
    name: 'national side lost to',
    text: `[[O Wales]] lost 2-1 to [[O Georgia]] in the qualifier, and the manager said his players had been too slow.`,
  },
  {
    name: 'national side drew with',
    text: `[[O Norway]] drew 1-1 with [[O Austria]] in the group on Tuesday, with striker [[P Erling Vatne]] scoring from the spot.`,
  },
  {
    name: 'national side rugby',
    text: `[[O Italy]] lost 24-17 to [[O Scotland]] in the [[X Six Nations]] on Saturday. Two tries in the last ten minutes decided the match.`,
  },
  // Keep: people and towns that must not become sides.
  {
    name: 'keep town in weather report',
    text: `Heavy rain fell on [[L Burnley]] and [[L Leeds]] on Monday, and the [[O Met Office]] warned of flooding in [[L Bologna]] later in the week.`,
  },
  {
    name: 'keep people named like towns',
    text: `[[P Paris Hilton]] and [[P Jordan Henderson]] attended the gala in [[L London]] on Friday.`,
  },
  {
    name: 'keep given name alone orlando',
    text: `[[P Orlando Pérez]], 52, has run the bakery for 20 years. "Business is slow," [[P Orlando]] said.`,
  },
  {
    name: 'keep town fixture word travel',
    text: `Fans travelled from [[L Burnley]] to [[L Brentford]] for the match, which ended 0-0.`,
  },
  // A given name and an unknown surname read as a place.
  {
    name: 'given name welsh surname said',
    text: `[[P Siân Evans]] said the library would close in March unless the council found more money.`,
  },
  {
    name: 'given name samoan surname age',
    text: `[[P Tavita Faleolo]], 34, was charged with assault after the fight in [[L Auckland]] on Saturday.`,
  },
  {
    name: 'given name maori surname',
    text: `[[P Mereana Tapsell]], a nurse from [[L Rotorua]], said the ward had been short of staff for months.`,
  },
  {
    name: 'given name yoruba surname',
    text: `[[P Oluwaseun Adebayo-Ilori]], 41, told the court he had never seen the documents.`,
  },
  {
    name: 'given name persian surname',
    text: `[[P Kaveh Sadeghpour]], a lawyer in [[L Tehran]], said his client had been held without charge.`,
  },
  {
    name: 'given name georgian surname',
    text: `[[P Nino Kvirikashvili]], 29, won the mayoral race in [[L Batumi]] by 300 votes.`,
  },
  // A party after "the ruling", "the opposition", "the governing", "the centre-right".
  {
    name: 'party ruling fidesz',
    text: `The ruling [[O Fidesz]] party won two thirds of the seats in [[L Hungary]]'s parliament.`,
  },
  {
    name: 'party ruling likud',
    text: `Members of the ruling [[O Likud]] said they would vote against the budget.`,
  },
  {
    name: 'party opposition pis',
    text: `The opposition [[O PiS]] called for a vote of no confidence in the government on Thursday.`,
  },
  {
    name: 'party governing anc',
    text: `Leaders of the governing [[O ANC]] met in [[L Johannesburg]] to discuss the coalition.`,
  },
  {
    name: 'party centre-right',
    text: `The centre-right [[O Moderaterna]] lost ground in the polls, while the far-right [[O Sverigedemokraterna]] gained.`,
  },
  {
    name: 'party opposition smer',
    text: `The opposition [[O Smer]] won the election in [[L Slovakia]] with 23% of the vote.`,
  },
  {
    name: 'keep ruling coalition',
    text: `The ruling coalition and the opposition parties agreed on Monday to hold talks in [[L Budapest]].`,
  },
  // East Asian names whose given name is in no list.
  {
    name: 'east asian xi jinping',
    text: `[[P Xi Jinping]] met [[P Vladimir Putin]] in [[L Moscow]] on Tuesday for talks on trade.`,
  },
  {
    name: 'east asian li qiang premier',
    text: `Premier [[P Li Qiang]] said [[L China]] would meet its growth target, and [[P Wang Huning]] praised the plan.`,
  },
  {
    name: 'east asian chinese said',
    text: `[[P Zhou Xiaoming]], a former trade official, said the tariffs would hurt both sides.`,
  },
  {
    name: 'east asian korean',
    text: `[[P Lee Jae-myung]] won the election in [[L South Korea]], beating [[P Kim Moon-soo]] by eight points.`,
  },
  {
    name: 'east asian vietnamese',
    text: `[[P Nguyen Thanh Hai]], 47, was arrested in [[L Hanoi]] on Monday, police said.`,
  },
  {
    name: 'two leaders no dash',
    text: `President [[P Donald Trump]] and [[P Xi Jinping]] spoke by phone. Hopes for the [[P Trump]] [[P Xi]] talks rose on Friday.`,
  },
  {
    name: 'keep chinese places',
    text: `Factories in [[L Guangdong]] and [[L Zhejiang]] cut output, and exports from [[L Shenzhen]] fell 4%.`,
  },
  // Lands the map lacks: national parks, ranges, rivers, regions.
  {
    name: 'land national park beacons',
    text: `Two walkers were rescued in the [[L Brecon Beacons]] on Sunday after getting lost in fog.`,
  },
  {
    name: 'land national park cairngorms',
    text: `Snow closed roads in the [[L Cairngorms]] on Tuesday, and skiers were told to stay away.`,
  },
  {
    name: 'land mexico state',
    text: `Floods killed 12 people in [[L Mexico State]], the governor said, and roads into [[L Mexico City]] were closed.`,
  },
  {
    name: 'land region svaneti',
    text: `A landslide cut off three villages in [[L Svaneti]], in the mountains of northern [[L Georgia]].`,
  },
  {
    name: 'land river brahmaputra',
    text: `The [[L Brahmaputra]] burst its banks in [[L Assam]], forcing 20,000 people from their homes.`,
  },
  {
    name: 'land river kind after',
    text: `Water levels on the [[L Brahmaputra River]] rose by two metres overnight, officials in [[L Guwahati]] said.`,
  },
  {
    name: 'land town cherrapunji',
    text: `[[L Cherrapunji]] recorded 480 mm of rain in one day, the weather office said.`,
  },
  {
    name: 'land range hills',
    text: `Fires spread through the [[L Nilgiri Hills]] and the [[L Western Ghats]] this week.`,
  },
  {
    name: 'keep person named like a range',
    text: `[[P Ana Beacon]] said the trail had been closed for safety reasons.`,
  },
];
