/**
 * Known weak patterns of issue #9, thirteenth round (helper ents44b, 6 Dec 2026): short news texts
 * of our own, written and annotated like the entity batches (news-entities.cases.ts markup: P
 * person, L place, O organisation, X none) BEFORE the engine was run on them, and committed before
 * their first score. Each group leans on one pattern the twelfth round's closing note named as
 * left: a sentence-opening "A" before a paper or a channel ("A Times survey found"), cricketers
 * before a sports verb the lists lack ("Kusal Mendis top-scored"), Spanish-article gang names
 * ("the Los Choneros and Los Lobos gangs"), a port authority whose town was read before, a role
 * word borrowed from an earlier body's name ("Security researcher Ann Cole"), one-word clubs
 * outside a results line, cricket and rugby sides, Scottish clubs, observer missions and offices,
 * regnal names ("Peter the Great", "Pope Leo XIV"), species names, and a cycling team with a dash
 * after the Tour de France.
 * The groups named "keep" are sentences where a fix must not fire.
 * The gold follows the training documents' conventions: an epithet is no part of a name ("Peter the
 * Great" is the person "Peter", as person.sovereign-title in fold-rules-8 states).
 * Not a training input: the tagger never trains on it (scripts/train/corpus.ts reads fixtures/ and
 * scripts/train/data only).
 */
import type { EntityCase } from './news-entities.cases';

export const WEAK_PATTERN_CASES_44B: EntityCase[] = [
  // A sentence-opening "A" before a paper, a channel or a pollster.
  {
    name: 'opening a times survey',
    text: `The council raised rents by 8% this year. A [[O Times]] survey found that most tenants could not pay.`,
  },
  {
    name: 'opening a fox news poll',
    text: `[[P Jim Kerr]] leads the race in [[L Ohio]]. A [[O Fox News]] poll showed him ahead by six points.`,
  },
  {
    name: 'opening a gallup poll',
    text: `Trust in banks fell again. A [[O Gallup]] poll published on Tuesday put it at 27%.`,
  },
  {
    name: 'opening a reuters review',
    text: `The ministry denied the report. A [[O Reuters]] review of court filings found 40 such cases.`,
  },
  {
    name: 'opening a bbc investigation',
    text: `The firm sold the land in 2019. A [[O BBC]] investigation later found the price was too low.`,
  },
  {
    name: 'opening a pew study',
    text: `Fewer teenagers use email. A [[O Pew Research Center]] study found most prefer messaging apps.`,
  },
  {
    name: 'keep a sentence-opening article before a common noun',
    text: `A survey of 2,000 nurses found that most planned to quit. A [[O Unison]] spokesman said pay was the cause.`,
  },
  {
    name: 'keep an opening a before a person',
    text: `A [[L Texas]] man was charged on Monday, police in [[L Austin]] said.`,
  },
  // Cricketers before a sports verb the lists lack.
  {
    name: 'cricket kusal mendis top-scored',
    text: `[[P Kusal Mendis]] top-scored with 71 as [[O Sri Lanka]] reached 245 in [[L Colombo]].`,
  },
  {
    name: 'cricket mendis top-scored alone',
    text: `[[P Mendis]] top-scored with 58 before he was caught at slip.`,
  },
  {
    name: 'cricket rahane anchored the chase',
    text: `[[P Rahane]] anchored the chase with an unbeaten 64 and [[O Mumbai]] won by five wickets.`,
  },
  {
    name: 'cricket pathum nissanka top-scored',
    text: `Opener [[P Pathum Nissanka]] top-scored with 88, but the hosts still lost.`,
  },
  {
    name: 'cricket shadab khan starred',
    text: `[[P Shadab Khan]] starred with the ball, taking four wickets for 22 runs.`,
  },
  // Spanish-article group names before a group noun.
  {
    name: 'gangs los choneros and los lobos',
    text: `Violence between the [[O Los Choneros]] and [[O Los Lobos]] gangs has spread across [[L Ecuador]].`,
  },
  {
    name: 'gangs los lobos gang',
    text: `Police in [[L Guayaquil]] arrested a leader of the [[O Los Lobos]] gang on Friday.`,
  },
  {
    name: 'gangs los zetas cartel',
    text: `Two former members of the [[O Los Zetas]] cartel were sentenced in [[L Texas]].`,
  },
  {
    name: 'keep los angeles',
    text: `[[P Maria Lopez]] moved to [[L Los Angeles]] in 2010 and opened a bakery.`,
  },
  // A port authority whose town was read as a place earlier.
  {
    name: 'port of rotterdam authority',
    text: `Container traffic through [[L Rotterdam]] fell 3% last year. The [[O Port of Rotterdam Authority]] blamed weaker trade with [[L China]].`,
  },
  {
    name: 'port of antwerp authority',
    text: `Ships waited for days outside [[L Antwerp]]. A spokesman for the [[O Port of Antwerp-Bruges]] said the queue would clear by Friday.`,
  },
  {
    name: 'port of los angeles',
    text: `Dockworkers in [[L Long Beach]] went on strike. The [[O Port of Los Angeles]] said cargo was moving slowly.`,
  },
  // A role word borrowed from an earlier body's name.
  {
    name: 'role security researcher',
    text: `The [[O National Cyber Security Centre]] warned of the flaw on Monday. Security researcher [[P Ann Cole]] said hundreds of firms were exposed.`,
  },
  {
    name: 'role health economist',
    text: `The [[O World Health Organization]] released its report. Health economist [[P Mark Reyes]] said it understated the costs.`,
  },
  {
    name: 'role energy analyst',
    text: `The [[O International Energy Agency]] cut its forecast. Energy analyst [[P Sara Lind]] said demand was weaker in [[L Europe]].`,
  },
  // One-word clubs outside a results line.
  {
    name: 'club feyenoord sacked its coach',
    text: `[[O Feyenoord]] sacked its coach on Tuesday after a fourth straight defeat.`,
  },
  {
    name: 'club brondby fans',
    text: `[[O Brøndby]] fans marched through the city before the derby.`,
  },
  {
    name: 'club viking beat brann',
    text: `[[O Viking]] beat [[O Brann]] 3-1 to go top of the table.`,
  },
  {
    name: 'club hibernian signed',
    text: `[[O Hibernian]] signed a Danish defender on a two-year deal.`,
  },
  {
    name: 'club hearts and motherwell',
    text: `[[O Hearts]] and [[O Motherwell]] both dropped points on Saturday.`,
  },
  {
    name: 'club motherwell manager',
    text: `[[O Motherwell]] said its manager would stay until the end of the season.`,
  },
  {
    name: 'rugby sale sharks',
    text: `[[O Sale Sharks]] beat [[O Leinster]] 24-20 in [[L Manchester]] on Saturday.`,
  },
  {
    name: 'rugby leinster named',
    text: `[[O Leinster]] named an unchanged side for the semi-final against [[O Toulouse]].`,
  },
  {
    name: 'cricket royal challengers bengaluru',
    text: `[[O Royal Challengers Bengaluru]] chased down 190 with four balls to spare.`,
  },
  {
    name: 'keep hearts as a common noun',
    text: `The film won hearts across [[L Europe]], its director [[P Lena Holm]] said.`,
  },
  {
    name: 'keep a viking ship',
    text: `A [[X Viking]] ship was found under a farm in [[L Norway]].`,
  },
  // Firms and agencies read partly as a person.
  {
    name: 'firm cap gemini',
    text: `[[O Cap Gemini]] said it would hire 5,000 engineers in [[L India]].`,
  },
  {
    name: 'agency immigration and customs enforcement',
    text: `[[O Immigration and Customs Enforcement]] detained 40 people in [[L Chicago]] on Thursday.`,
  },
  {
    name: 'agency ice officers',
    text: `Officers from [[O Immigration and Customs Enforcement]] ([[O ICE]]) raided a farm near [[L Omaha]].`,
  },
  // Observer missions and offices.
  {
    name: 'mission eu election observation mission',
    text: `The [[O EU Election Observation Mission]] said the vote in [[L Malawi]] was orderly.`,
  },
  {
    name: 'mission osce odihr',
    text: `The [[O OSCE Office for Democratic Institutions and Human Rights]] sent 300 observers to [[L Georgia]].`,
  },
  {
    name: 'mission african union observers',
    text: `Observers from the [[O African Union]] and the [[O EU Election Observation Mission]] met in [[L Lusaka]].`,
  },
  // Regnal names.
  {
    name: 'regnal peter the great',
    text: `A statue of [[P Peter]] the Great was restored in [[L St Petersburg]].`,
  },
  {
    name: 'regnal shah abbas i',
    text: `The mosque was built under Shah [[P Abbas I]] in [[L Isfahan]].`,
  },
  {
    name: 'regnal pope leo xiv',
    text: `Pope [[P Leo XIV]] met the president of [[L Peru]] at the [[L Vatican]] on Monday.`,
  },
  {
    name: 'regnal catherine the great',
    text: `Letters written by [[P Catherine]] the Great were sold at auction in [[L London]].`,
  },
  {
    name: 'regnal king charles iii',
    text: `King [[P Charles III]] opened the new hospital wing in [[L Cardiff]].`,
  },
  // Species names.
  {
    name: 'species latin name',
    text: `The Iberian lynx (Lynx pardinus) is no longer endangered, the [[O IUCN]] said.`,
  },
  {
    name: 'species new frog',
    text: `Scientists in [[L Peru]] described a new frog, Pristimantis attenboroughi, from the cloud forest.`,
  },
  {
    name: 'species homo',
    text: `Bones of Homo naledi were found deeper in the cave, researchers from [[O Wits University]] said.`,
  },
  // A cycling team with a dash after the Tour de France.
  {
    name: 'dash team tour de france lidl-trek',
    text: `[[P Mads Pedersen]] won a stage of the [[X Tour de France]] for [[O Lidl–Trek]] last year.`,
  },
  {
    name: 'dash team tour de france visma',
    text: `[[O Visma–Lease a Bike]] will bring [[P Jonas Vingegaard]] to the [[X Tour de France]].`,
  },
  {
    name: 'keep a dash between two towns on the tour',
    text: `The [[X Tour de France]] stage from [[L Nice]]–[[L Turin]] was shortened by snow.`,
  },
  // Ordinary news a fix must not touch.
  {
    name: 'keep a list of companies',
    text: `[[O Shell]], [[O BP]] and [[O TotalEnergies]] all raised their dividends on Thursday.`,
  },
  {
    name: 'keep people and a ministry',
    text: `[[P Anna Berg]], a spokeswoman for the [[O Ministry of Health]], said [[P Tom Ruiz]] would lead the review.`,
  },
  {
    name: 'keep security as a topic',
    text: `Security was tight in [[L Paris]] as [[P Emmanuel Macron]] hosted the summit.`,
  },
  {
    name: 'keep a port as a place',
    text: `The ship docked at the port of [[L Rotterdam]] on Monday after a week at sea.`,
  },
];
