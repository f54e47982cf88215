/**
 * Known weak patterns of issue #9 (helper ents31c, 4 Dec 2026): about 60 news sentences of our
 * own, written and annotated like the entity batches (news-entities.cases.ts markup: P person,
 * L place, O organisation, X none) BEFORE the engine was run on them, and committed before their
 * first score. Each group leans on one pattern earlier stops named as left: teams read as people
 * or places (a city and a nickname, a state or a word and "State", a word and a city), events and
 * national parks named like teams, a palace or seat named by one unknown word, names cut short
 * (a person's name before "Museum", a word with a capital inside it, "State Secretariat for …",
 * two leaders' surnames before "talks"), and a ground or a club after "at" and a score. The
 * groups named "keep" are sentences where a fix must not fire. Not a training input: the tagger
 * never trains on it (scripts/train/corpus.ts reads fixtures/ and scripts/train/data only).
 */
import type { EntityCase } from './news-entities.cases';

export const WEAK_PATTERN_CASES: EntityCase[] = [
  // Teams named by a city and a nickname.
  {
    name: 'team city nickname kraken',
    text: `The [[O Seattle Kraken]] signed forward [[P Tomas Lindgren]] to a three-year contract on Tuesday. The [[O Kraken]] have lost five straight games.`,
  },
  {
    name: 'team city nickname before coach',
    text: `[[O Carolina Hurricanes]] coach [[P Rod Brind'Amour]] said his players looked tired after the 4-3 loss to the [[O Boston Bruins]].`,
  },
  {
    name: 'team city nickname singular',
    text: `The [[O Minnesota Wild]] beat the [[O Colorado Avalanche]] 2-1 in overtime on Saturday. [[P Kirill Danov]] scored the winner.`,
  },
  {
    name: 'team city nickname utah jazz',
    text: `[[O Utah Jazz]] guard [[P Marcus Bell]] scored 31 points as his side beat the [[O Orlando Magic]] 112-104.`,
  },
  // Universities and their teams named by a word and "State".
  {
    name: 'team word state beat state',
    text: `[[O Penn State]] beat [[O Ohio State]] 24-17 on Saturday. [[O Penn State]] quarterback [[P Caleb Romer]] threw two touchdown passes.`,
  },
  {
    name: 'team word state lost to',
    text: `[[O Ball State]] lost 31-10 to [[O Kent State]] in [[L Muncie]], [[L Indiana]], and coach [[P Dale Morrow]] said his team had no excuses.`,
  },
  {
    name: 'team state state fans',
    text: `Fans of [[O Iowa State]] and [[O Kansas State]] packed the stadium for the 38-35 win.`,
  },
  // Clubs named by a word and a city.
  {
    name: 'club word city dynamo',
    text: `[[O Dynamo Dresden]] beat [[O Hansa Rostock]] 2-0 in front of 30,000 fans on Sunday. The home side scored twice in the second half.`,
  },
  {
    name: 'club word city lokomotiv',
    text: `[[O Lokomotiv Plovdiv]] drew 1-1 with [[O Slavia Sofia]] in the league on Friday, and [[O Dinamo Zagreb]] beat [[O Rijeka]] 3-0.`,
  },
  // Events and national parks named like teams.
  {
    name: 'event city masters',
    text: `[[P Marta Kessler]] reached the quarter-finals of the [[X Rome Masters]] on Thursday, beating [[P Ana Duval]] 6-3, 6-4. She won the [[X Madrid Open]] last year.`,
  },
  {
    name: 'national park beacons',
    text: `Rescuers searched the [[L Brecon Beacons]] overnight for two walkers missing since Saturday, [[O Dyfed-Powys Police]] said. Snow also closed roads in the [[L Cairngorms]].`,
  },
  {
    name: 'national park dales',
    text: `Flooding cut off villages in the [[L Yorkshire Dales]] on Monday, and the [[O Environment Agency]] issued 40 warnings.`,
  },
  // A palace or seat of power named by one unknown word.
  {
    name: 'seat one word said',
    text: `[[O/L Malacañang]] said on Monday that the president would sign the budget before Christmas.`,
  },
  {
    name: 'seat one word planalto',
    text: `[[O/L Planalto]] said the minister had resigned for personal reasons.`,
  },
  {
    name: 'seat one word itamaraty',
    text: `[[O/L Itamaraty]] said the ambassador would be summoned to explain the remarks.`,
  },
  {
    name: 'seat one word moncloa',
    text: `[[O/L Moncloa]] declined to comment on the report, which cited three officials.`,
  },
  {
    name: 'seat one word the quirinale',
    text: `The [[O/L Quirinale]] said the president would address parliament on Wednesday.`,
  },
  {
    name: 'seat one word the elysee',
    text: `The [[O/L Élysée]] announced that the summit would be held in [[L Nice]] in June.`,
  },
  {
    name: 'seat one word miraflores',
    text: `[[O/L Miraflores]] said in a statement that the talks would resume next week.`,
  },
  // Surnames alone before a speech verb: people, to keep.
  {
    name: 'keep surname introduced before',
    text: `[[P Chidi Okafor]], 34, has coached the team since 2019. [[P Okafor]] said the players had trained well.`,
  },
  {
    name: 'keep surname with title',
    text: `Dr [[P Nwankwo]] said the clinic had run out of insulin.`,
  },
  {
    name: 'keep mononym player',
    text: `[[P Neymar]] said he would return to training in March.`,
  },
  {
    name: 'keep surname after a full name paragraph',
    text: `The goal came from [[P Jesper Holmqvist]] in the 88th minute. "We never gave up," [[P Holmqvist]] said.`,
  },
  // A person's name before "Museum" or "Foundation".
  {
    name: 'museum named after a person',
    text: `The [[O/L Rufino Tamayo Museum]] in [[L Mexico City]] will reopen in May after a two-year renovation.`,
  },
  {
    name: 'museum named after a person two',
    text: `Visitors queued outside the [[O/L Frida Kahlo Museum]] on Sunday, and the [[O/L Andy Warhol Museum]] in [[L Pittsburgh]] extended its hours.`,
  },
  {
    name: 'foundation named after a person',
    text: `The [[O Konrad Adenauer Foundation]] closed its office in [[L Cairo]], a spokeswoman said.`,
  },
  {
    name: 'keep person before museum elsewhere',
    text: `[[P Rufino Tamayo]] painted the mural in 1952. His widow, [[P Olga Tamayo]], gave it to the city.`,
  },
  // A word with a capital inside it.
  {
    name: 'capital inside clientearth',
    text: `Lawyers at [[O ClientEarth]] said the permit broke the law. [[O ClientEarth]] will appeal the ruling.`,
  },
  {
    name: 'capital inside wateraid',
    text: `[[O WaterAid]] said 400 wells had dried up in the region, and [[O ActionAid]] warned of hunger.`,
  },
  {
    name: 'keep capital inside surnames',
    text: `[[P Ron DeSantis]] met [[P Ryan McDonagh]] and [[P Shaquille O'Neal]] in [[L Tampa]] on Friday.`,
  },
  {
    name: 'keep capital inside surname alone',
    text: `Governor [[P Ana McAllister]] signed the bill. [[P McAllister]] said it would cut costs.`,
  },
  // Bodies that open with "State".
  {
    name: 'state secretariat for',
    text: `The [[O State Secretariat for Migration]] said 2,000 people applied for asylum in [[L Switzerland]] in March.`,
  },
  {
    name: 'state secretariat for two',
    text: `Figures from the [[O State Secretariat for Economic Affairs]] showed exports fell 3%, while the [[O State Administration for Market Regulation]] fined the firm.`,
  },
  {
    name: 'keep secretary of state',
    text: `Secretary of State [[P Laura Brennan]] flew to [[L Ankara]] on Monday.`,
  },
  // Two leaders' surnames before "talks" or "summit".
  {
    name: 'two surnames en dash talks',
    text: `President [[P Donald Trump]] and [[P Xi Jinping]] met for three hours. Markets rose after the [[P Trump]]–[[P Xi]] talks ended.`,
  },
  {
    name: 'two surnames space talks',
    text: `Hopes for the [[P Trump]] [[P Xi]] talks faded on Friday, analysts said.`,
  },
  {
    name: 'two surnames hyphen summit',
    text: `Officials prepared for the [[P Biden]]-[[P Putin]] summit in [[L Geneva]].`,
  },
  // A ground, or a club, after a score and "at".
  {
    name: 'ground after score at',
    text: `[[O Warrington Wolves]] beat [[O Salford Red Devils]] 28-6 at [[L Headingley]] in the semi-final, with [[P Tom Grady]] scoring twice.`,
  },
  {
    name: 'ground after score at two',
    text: `[[O Scotland]] lost 21-17 to [[O Ireland]] at [[L Murrayfield]] on Saturday. The crowd of 67,000 was a record.`,
  },
  {
    name: 'club after score at',
    text: `[[O Malmö FF]] lost 3-1 at [[O Häcken]] on Sunday. [[O Häcken]] moved up to third in the table, two points behind [[O Djurgården]].`,
  },
  {
    name: 'club after score at city',
    text: `[[O Elfsborg]] won 2-0 at [[O Häcken]] in [[L Gothenburg]] on Saturday. The coach praised the defence after the win.`,
  },
  // Places that must keep their reading.
  {
    name: 'keep city place',
    text: `Heavy rain fell in [[L Seattle]] and [[L Portland]] on Tuesday, the [[O National Weather Service]] said.`,
  },
  {
    name: 'keep city as given name',
    text: `[[P Austin Reeves]] and [[P Dallas Moore]] said they would run for the council in [[L Phoenix]].`,
  },
];
