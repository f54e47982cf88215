/**
 * Known weak patterns of issue #9, seventeenth round (helper ents58b, 7 Dec 2026): short news texts
 * of our own, written and annotated like the entity batches (news-entities.cases.ts markup: P
 * person, L place, O organisation, X none) BEFORE the engine was run on them, and committed before
 * their first score. Each group leans on one pattern earlier stops left: a firm's long name cut or
 * split ("Procter and Gamble Company", "Bravus Mining and Resources", "made by Lockheed Martin"),
 * a place inside a possessive before a street or a region ("London's Oxford Street", "France's
 * Loire Valley"), a country named with "The" opening a sentence ("The Philippines"), a firm whose
 * first word is a common word ("Cap Gemini"), a party's short plural in a list ("the Greens"), a
 * campaign group of common words ("Youth Verdict"), a stadium as the place of a crowd ("Fans at
 * Anfield"), a headline whose first word is a common noun ("Court clears …"), team nicknames shaped
 * like a place's people ("Islanders", "Highlanders", "Canadiens") in sports reports, and two of our
 * own: an airport as a place of travellers, and a river or a sea after a country's possessive.
 * The groups named "keep" are sentences where a fix must not fire.
 * The gold follows the training documents' conventions: "The" is no part of a country's name, a
 * side playing a match is an organisation, a venue where people stand is a place, a dateline's town
 * is a place, products are X.
 * Not a training input: the tagger never trains on it (scripts/train/corpus.ts reads fixtures/ and
 * scripts/train/data only).
 */
import type { EntityCase } from './news-entities.cases';

export const WEAK_PATTERN_CASES_48B: EntityCase[] = [
  // A firm's long name cut or split.
  {
    name: 'firm procter and gamble company',
    text: `Shares in the [[O Procter and Gamble Company]] rose 2% after it raised its forecast.`,
  },
  {
    name: 'firm bravus mining and resources',
    text: `[[O Bravus Mining and Resources]] said the mine would ship its first coal in March.`,
  },
  {
    name: 'firm mining and resources after a possessive',
    text: `Workers at [[L Queensland]]'s [[O Carrington Mining and Resources]] walked out on Monday.`,
  },
  {
    name: 'firm made by lockheed martin',
    text: `[[L Poland]] will buy 32 F-35 jets made by [[O Lockheed Martin]], the defence ministry said.`,
  },
  {
    name: 'firm built by a firm of two surnames',
    text: `The frigates, built by [[O Babcock Marshall]], will enter service in 2029.`,
  },
  {
    name: 'firm lockheed martin in a list',
    text: `[[O Boeing]], [[O Lockheed Martin]] and [[O Raytheon]] all bid for the contract.`,
  },
  {
    name: 'firm lockheed martin headline',
    text: `[[O Lockheed Martin]] wins $2bn missile deal\n\n[[O Lockheed Martin]] will supply the rockets to [[L Taiwan]].`,
  },
  {
    name: 'firm supplied by',
    text: `The turbines, supplied by [[O Siemens Gamesa]], failed within a year.`,
  },
  {
    name: 'firm oil and gas company',
    text: `The [[O Kuwait Oil and Gas Company]] cut output by 5% in May.`,
  },
  // A place inside a possessive before a street or a region.
  {
    name: 'possessive london oxford street',
    text: `Shoppers on [[L London]]'s [[L Oxford Street]] said prices had risen.`,
  },
  {
    name: 'possessive france loire valley',
    text: `Tourists in [[L France]]'s [[L Loire Valley]] said the chateaux were crowded.`,
  },
  {
    name: 'possessive new york fifth avenue',
    text: `Rents on [[L New York]]'s [[L Fifth Avenue]] fell for a second year.`,
  },
  {
    name: 'possessive australia hunter valley',
    text: `Growers in [[L Australia]]'s [[L Hunter Valley]] lost half their grapes to hail.`,
  },
  {
    name: 'possessive california central valley opening',
    text: `[[L California]]'s [[L Central Valley]] has had no rain since March.`,
  },
  {
    name: 'possessive spain costa del sol',
    text: `Residents along [[L Spain]]'s [[L Costa del Sol]] protested against short-term lets.`,
  },
  {
    name: 'possessive paris champs elysees',
    text: `Crowds gathered on [[L Paris]]'s [[L Champs-Élysées]] to watch the parade.`,
  },
  // A country named with "The" opening a sentence.
  {
    name: 'the philippines opening',
    text: `The [[L Philippines]] has lodged a protest with [[L China]] over the water cannon.`,
  },
  {
    name: 'the gambia opening',
    text: `The [[L Gambia]] will hold its election in December, the commission said.`,
  },
  {
    name: 'the bahamas opening',
    text: `The [[L Bahamas]] closed its ports as the hurricane neared.`,
  },
  {
    name: 'the netherlands opening',
    text: `The [[L Netherlands]] will send two frigates to the [[L Red Sea]].`,
  },
  {
    name: 'the philippines in a quote',
    text: `"The [[L Philippines]] will not back down," [[P Teresa Lazaro]] said.`,
  },
  // A firm whose first word is a common word; a party's short plural; a campaign group.
  {
    name: 'cap gemini opening',
    text: `[[O Cap Gemini]] will cut 2,000 jobs in [[L France]], the firm said.`,
  },
  {
    name: 'cap gemini in a list',
    text: `[[O Accenture]], [[O Cap Gemini]] and [[O Infosys]] bid for the contract.`,
  },
  {
    name: 'greens in a party list',
    text: `[[O Labour]], the [[O Greens]] and the [[O Liberal Democrats]] backed the motion.`,
  },
  {
    name: 'greens opening',
    text: `The [[O Greens]] won four seats in [[L Bristol]], their best result.`,
  },
  {
    name: 'youth verdict opening',
    text: `[[O Youth Verdict]] said the ruling was a win for the climate.`,
  },
  {
    name: 'youth verdict after a role',
    text: `The campaign group [[O Youth Verdict]] took the miner to the [[O Land Court]].`,
  },
  // A stadium as the place of a crowd.
  {
    name: 'stadium fans at anfield',
    text: `Fans at [[L Anfield]] said they had never seen such a comeback.`,
  },
  {
    name: 'stadium outside wembley',
    text: `Police arrested 12 people outside [[L Wembley]] before the final.`,
  },
  {
    name: 'stadium at old trafford in a quote',
    text: `"The noise at [[L Old Trafford]] was deafening," [[P Ruben Amorim]] said.`,
  },
  {
    name: 'stadium at the bernabeu',
    text: `[[O Real Madrid]] beat [[O Getafe]] 3-0 at the [[L Bernabéu]] on Saturday.`,
  },
  // A headline whose first word is a common noun.
  {
    name: 'headline court clears',
    text: `Court clears way for coal mine expansion\n\nA judge in [[L Brisbane]] ruled on Tuesday that the mine could go ahead.`,
  },
  {
    name: 'headline council backs',
    text: `Council backs plan for 400 homes\n\nThe vote in [[L Leeds]] was 9 to 4.`,
  },
  {
    name: 'headline police arrest',
    text: `Police arrest two after [[L Glasgow]] stabbing\n\nOfficers were called at 11 p.m.`,
  },
  {
    name: 'headline union rejects',
    text: `Union rejects pay offer from [[O Royal Mail]]\n\nMembers voted 82% against.`,
  },
  {
    name: 'headline board approves',
    text: `Board approves [[O Tesla]] pay package\n\nThe vote came after a long fight.`,
  },
  // Team nicknames shaped like a place's people.
  {
    name: 'team islanders beat',
    text: `[[P Bo Horvat]] scored twice as the [[O Islanders]] beat the [[O Rangers]] 4-2 on Saturday night.`,
  },
  {
    name: 'team highlanders in super rugby',
    text: `The [[O Highlanders]] beat the [[O Crusaders]] 24-19 in [[L Dunedin]] to reach the semi-finals.`,
  },
  {
    name: 'team canadiens opening',
    text: `[[O Canadiens]] goalie [[P Sam Montembeault]] made 31 saves in a 3-1 win over [[O Boston]].`,
  },
  {
    name: 'team islanders possessive',
    text: `The [[O Islanders]]' power play went 0 for 5 in the loss.`,
  },
  {
    name: 'team canadiens in a list',
    text: `The [[O Maple Leafs]], [[O Canadiens]] and [[O Senators]] all lost on Tuesday.`,
  },
  // An airport as the place of travellers.
  {
    name: 'airport travellers at heathrow',
    text: `Travellers at [[L Heathrow]] waited up to four hours at passport control.`,
  },
  {
    name: 'airport flights from gatwick',
    text: `Flights from [[L Gatwick]] were cancelled after a drone was seen near the runway.`,
  },
  // A river or a sea after a country's possessive.
  {
    name: 'water germany rhine',
    text: `Barges on [[L Germany]]'s [[L Rhine]] ran aground as the river fell.`,
  },
  {
    name: 'water china yangtze',
    text: `Floods along [[L China]]'s [[L Yangtze River]] forced 40,000 people from their homes.`,
  },
  // Keep: sentences where a fix must not fire.
  {
    name: 'keep islanders as people',
    text: `Pacific Islanders make up a tenth of the city's population, the census found.`,
  },
  {
    name: 'keep highlanders as people',
    text: `Highlanders have long complained about the ferry service to the islands.`,
  },
  {
    name: 'keep a court as a word',
    text: `The court cleared the way for the mine on Tuesday.`,
  },
  {
    name: 'keep a greens keeper',
    text: `The greens were cut short before the final round, the club said.`,
  },
  {
    name: 'keep a martin as a person',
    text: `The song was written by [[P Chris Martin]] in 2002.`,
  },
  {
    name: 'keep a firm possessive',
    text: `[[O Alphabet]]'s [[O Waymo]] will start rides in [[L Miami]] next year.`,
  },
  {
    name: 'keep a country possessive person',
    text: `[[L France]]'s [[P Emmanuel Macron]] arrived in [[L Berlin]] on Monday.`,
  },
];
