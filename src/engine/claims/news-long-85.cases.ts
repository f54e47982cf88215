/**
 * Batch 85, written blind by claims32 after its rows for batch 83, committed before the detector
 * ran on it, and kept as a second first-sight check (only its totals are ever printed; no row is
 * fixed against it). Five stories of mixed styles (issue #9): a Reuters EU antitrust fine (a
 * commission closing the lead, "the Commission said in its decision", a competition chief who
 * "told a news conference" and a two-sentence quotation, a company that "said it would appeal" and
 * "It said", "according to people familiar with the case", an inverted lawyer, a rival's statement);
 * a cricket report quoting both captains (a captain who "said his side had", "the 31-year-old
 * said", "admitted", a rival captain with "he said" split over two quotations, a board "said in a
 * statement"); an outbreak story ("the World Health Organization said", "according to the health
 * ministry", a minister "told reporters in Kinshasa", an epidemiologist inverted, a charity "said in
 * a statement" and "the statement said", villagers who "say"); a Canadian court ruling on a
 * pipeline ("Justice X wrote", "the ruling said", a First Nation's chief who "called the decision"
 * and "she said", a company "said in an emailed statement", a minister's spokesperson); and a
 * feature on a chef in São Paulo in the present tense ("says X, 44,", "she explains", "she laughs",
 * "her son, Rafael, says", "she adds").
 *
 * As in batches 72–84, a description of a named body counts only resolved; a body without a name
 * of its own ("people familiar with the case", "Villagers") keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 0.989
 * (44/44/45) / 0.977 / 1.000, meeting the ordinary floors.
 */
import type { NewsCase } from './news.cases';

const COMMISSION = ['European Commission', 'Commission'];
const VESTERGAARD = ['Mette Vestergaard', 'Vestergaard'];
const NORTHLINK = ['Northlink', 'Northlink Systems'];
const MEHTA = ['Rohan Mehta', 'Mehta'];
const FAIRBAIRN = ['Liam Fairbairn', 'Fairbairn'];
const WHO = ['World Health Organization', 'WHO'];
const KABONGO = ['Jean-Pierre Kabongo', 'Kabongo'];
const MSF = ['Medecins Sans Frontieres', 'MSF'];
const CARDINAL = ['Elaine Cardinal', 'Cardinal'];
const KESTREL = ['Kestrel Pipelines', 'Kestrel'];
const BEATRIZ = ['Beatriz Almeida', 'Almeida'];

export const NEWS_CASES_85: NewsCase[] = [
  {
    name: 'Reuters EU antitrust fine: a commission closing the lead, said in its decision, a competition chief told a news conference, a company said it would appeal and It said, according to people familiar, an inverted lawyer, a rival statement',
    text: `EU fines Northlink 1.2 billion euros for squeezing rival app makers

BRUSSELS, Nov 14 (Reuters) - Northlink Systems was fined 1.2 billion euros ($1.3 billion) on Thursday for blocking rival app makers from its in-car software platform for six years, the European Commission said.

The company used its control of the platform to favour its own navigation and music apps, the Commission said in its decision.

"Drivers paid for this with less choice and higher prices. That ends today," EU competition commissioner Mette Vestergaard told a news conference.

Northlink said it would appeal. It said the platform had always been open to any developer that met its safety rules.

The fine is the third-largest the Commission has imposed on a technology company, according to people familiar with the case.

"The decision is thin on evidence and long on theory," said Rohan Mehta, a competition lawyer at Hale & Ross in London, who is not involved in the case.

Swedish music service Tonal, which filed the original complaint in 2019, said in a statement that it welcomed the ruling but that it had come "years too late".`,
    claims: [
      { s: 'Northlink Systems was fined 1.2 billion euros', speakers: COMMISSION },
      { s: 'The company used its control of the platform', speakers: COMMISSION },
      { s: '"Drivers paid for this with less choice and higher prices.', speakers: VESTERGAARD, direct: true },
      { s: 'That ends today," EU competition commissioner', speakers: VESTERGAARD, direct: true },
      { s: 'Northlink said it would appeal.', speakers: NORTHLINK },
      { s: 'It said the platform had always been open', speakers: NORTHLINK },
      {
        s: 'The fine is the third-largest the Commission has imposed',
        speakers: ['people familiar with the case'],
      },
      { s: '"The decision is thin on evidence and long on theory,"', speakers: MEHTA, direct: true },
      { s: 'said in a statement that it welcomed the ruling', speakers: ['Tonal'] },
    ],
  },
  {
    name: 'cricket report quoting both captains: a captain said his side had, the 31-year-old said, admitted, a rival captain with he said split over two quotations, a board said in a statement',
    text: `Fairbairn's century sets up series win for Scotland

Scotland captain Liam Fairbairn said his side had "grown up" as a team after his unbeaten 112 set up a six-wicket win over the Netherlands in Edinburgh on Sunday and sealed the one-day series 2-0.

"Two years ago we lose that game. Today we didn't panic once," the 31-year-old said. "That's the difference."

Fairbairn admitted he had been worried when Scotland slipped to 44 for three in reply to 251.

Netherlands captain Pieter de Ruyter said his bowlers had done well early but let the game drift.

"We had them where we wanted them," he said. "Then we bowled too short and Liam punished every one of those balls."

De Ruyter said the side would stay in Scotland for a training camp before the final match on Wednesday.

Cricket Scotland said in a statement that the match had drawn a record crowd of 5,800 to the Grange.`,
    claims: [
      { s: 'Liam Fairbairn said his side had "grown up"', speakers: FAIRBAIRN },
      { s: '"Two years ago we lose that game.', speakers: FAIRBAIRN, direct: true },
      { s: 'Today we didn\'t panic once," the 31-year-old said.', speakers: FAIRBAIRN, direct: true },
      { s: '"That\'s the difference."', speakers: FAIRBAIRN, direct: true },
      { s: 'Fairbairn admitted he had been worried', speakers: FAIRBAIRN },
      {
        s: 'Pieter de Ruyter said his bowlers had done well',
        speakers: ['Pieter de Ruyter', 'de Ruyter', 'De Ruyter'],
      },
      {
        s: '"We had them where we wanted them," he said.',
        speakers: ['Pieter de Ruyter', 'de Ruyter', 'De Ruyter'],
        direct: true,
      },
      { s: '"Then we bowled too short', speakers: ['Pieter de Ruyter', 'de Ruyter', 'De Ruyter'], direct: true },
      { s: 'De Ruyter said the side would stay', speakers: ['Pieter de Ruyter', 'de Ruyter', 'De Ruyter'] },
      { s: 'Cricket Scotland said in a statement', speakers: ['Cricket Scotland'] },
    ],
  },
  {
    name: 'outbreak story: the World Health Organization said, according to the health ministry, a minister told reporters in Kinshasa, an inverted epidemiologist, a charity said in a statement and the statement said, villagers say',
    text: `Mpox cases rise in eastern Congo as vaccine doses run short

KINSHASA — Suspected mpox cases in Congo's South Kivu province have doubled in a month, the World Health Organization said on Tuesday, warning that the country had received fewer than a third of the vaccine doses it had asked for.

More than 4,100 suspected cases and 61 deaths have been recorded in the province since September, according to the health ministry.

Health Minister Jean-Pierre Kabongo told reporters in Kinshasa that 200,000 more doses would arrive by the end of the month. "The doses are coming. What we need now is fuel and motorbikes to carry them," he said.

"Every week of delay means the virus reaches another village," said Dr. Aline Mukendi, an epidemiologist at the University of Kinshasa.

Medecins Sans Frontieres said in a statement that its teams in the province were treating twice as many patients as in August. "Our clinics are full and our staff are exhausted," the statement said.

Villagers near Uvira say many families are hiding sick children because they fear the cost of treatment.`,
    claims: [
      { s: 'the World Health Organization said on Tuesday, warning', speakers: WHO },
      { s: 'More than 4,100 suspected cases and 61 deaths', speakers: ['health ministry'] },
      { s: 'Jean-Pierre Kabongo told reporters in Kinshasa', speakers: KABONGO },
      { s: '"The doses are coming.', speakers: KABONGO, direct: true },
      { s: 'What we need now is fuel and motorbikes', speakers: KABONGO, direct: true },
      { s: '"Every week of delay means', speakers: ['Aline Mukendi', 'Mukendi'], direct: true },
      { s: 'Medecins Sans Frontieres said in a statement', speakers: MSF },
      { s: '"Our clinics are full and our staff are exhausted," the statement said.', speakers: MSF, direct: true },
      { s: 'Villagers near Uvira say many families', speakers: ['Villagers near Uvira', 'Villagers'] },
    ],
  },
  {
    name: 'Canadian court ruling on a pipeline: Justice X wrote, the ruling said, a chief called the decision and she said, a company said in an emailed statement, a minister spokesperson',
    text: `Court quashes approval of B.C. gas pipeline over failure to consult First Nation

VANCOUVER — The Federal Court of Appeal on Friday quashed Ottawa's approval of a natural gas pipeline through northern British Columbia, ruling that the government had not properly consulted the Tsek'ene First Nation.

Justice Harold Lindgren wrote for a unanimous three-judge panel that officials had treated consultation as "a box to be ticked rather than a conversation".

The government must now restart consultations before deciding again on the project, the ruling said.

Chief Elaine Cardinal of the Tsek'ene First Nation called the decision "a victory for every nation that has been told to wait".

"We were never against talking. We were against being ignored," she said.

Kestrel Pipelines said in an emailed statement that it was reviewing the decision and remained committed to the project.

A spokesperson for Natural Resources Minister Paul Giroux said the government would study the ruling before deciding whether to appeal.`,
    claims: [
      {
        s: 'ruling that the government had not properly consulted',
        speakers: ['Federal Court of Appeal'],
      },
      { s: 'Justice Harold Lindgren wrote for a unanimous', speakers: ['Harold Lindgren', 'Lindgren'] },
      {
        s: 'The government must now restart consultations',
        speakers: ['the ruling', 'ruling', 'Federal Court of Appeal'],
      },
      { s: 'called the decision "a victory for every nation', speakers: CARDINAL },
      { s: '"We were never against talking.', speakers: CARDINAL, direct: true },
      { s: 'We were against being ignored," she said.', speakers: CARDINAL, direct: true },
      { s: 'Kestrel Pipelines said in an emailed statement', speakers: KESTREL },
      {
        s: 'said the government would study the ruling',
        speakers: [
          'A spokesperson for Natural Resources Minister Paul Giroux',
          'Paul Giroux',
          'Giroux',
          'spokesperson for Natural Resources Minister Paul Giroux',
        ],
      },
    ],
  },
  {
    name: 'feature on a chef in the present tense: says X, 44, inverted, she explains, she laughs, her son by his given name says, she adds',
    text: `In a São Paulo back street, a cook who refuses to expand

Beatriz Almeida has turned down three offers to open a second restaurant this year.

"Two kitchens means I am in neither of them," says Almeida, 44, wiping down the counter of the eight-table dining room she opened in 2011. "The day I cannot taste every pot, it stops being my food."

Her menu changes every morning, depending on what the farmers from the city's green belt bring, she explains.

"People ask for the same dish they had last month and I have to tell them it is gone," she laughs. "Some of them get angry. Most come back anyway."

Her son, Rafael, who runs the dining room, says his mother has never written down a single recipe.

"If she gets sick, we are in trouble," he says.

Almeida shrugs at that. "Then he will learn to cook," she adds.`,
    claims: [
      { s: '"Two kitchens means I am in neither of them," says Almeida', speakers: BEATRIZ, direct: true },
      { s: '"The day I cannot taste every pot', speakers: BEATRIZ, direct: true },
      { s: 'Her menu changes every morning', speakers: BEATRIZ },
      { s: '"People ask for the same dish they had last month', speakers: BEATRIZ, direct: true },
      { s: '"Some of them get angry.', speakers: BEATRIZ, direct: true },
      { s: 'Most come back anyway."', speakers: BEATRIZ, direct: true },
      { s: 'says his mother has never written down', speakers: ['Rafael', 'Rafael Almeida'] },
      { s: '"If she gets sick, we are in trouble," he says.', speakers: ['Rafael', 'Rafael Almeida'], direct: true },
      { s: 'Almeida shrugs at that.', speakers: BEATRIZ, optional: true },
      { s: '"Then he will learn to cook," she adds.', speakers: BEATRIZ, direct: true },
    ],
  },
];
