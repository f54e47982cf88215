/**
 * Batch 79, written blind by claims30b after its rows for batch 77 and its probe texts, committed
 * before the detector ran on it, and kept as a second first-sight check (only its totals are ever
 * printed; no row is fixed against it). Five stories of both of issue #9's sets: a Japanese battery
 * maker's delayed plant (a company closing the lead and "said in a filing", a spokeswoman
 * inverted after a reported sentence, a supplier and "It declined to comment", an analyst with
 * his bank over two quotations, "Documents filed with" a regulator "show"); a Swiss private
 * bank's settlement ("according to a person familiar with the matter" and "the person said", "said
 * in an emailed statement", a regulator's spokesman who declined to comment, a chief executive
 * who "told staff in a memo seen by Reuters", a newspaper that "reported last month that", "has
 * not disputed the newspaper's account", a professor inverted); an Indonesian currency report
 * (traders who "said" inside a lead, a treasury head over two quotations, counted traders at
 * state-run banks, a central bank that did not respond, a governor "on Wednesday said", "according
 * to exchange data"); a Kenyan county's fish market closed in ''…'' quotations (a health officer and
 * "she said" after two sentences, traders, a trader by his first name and "he said", his cousin by
 * hers and "She said", a county government "said in a statement" and "It said", a police
 * spokesperson); and a Tuscan town's limit on tour buses (a mayor and "she told reporters" after a
 * two-sentence quotation, a hotel association, its president and a hotel as the nearest name
 * before "he said", a resident by her first name and age with a quotation over two paragraphs, a
 * police commander, a regional government).
 *
 * As in batches 72–78, a description of a named body counts only resolved; a body without a name
 * of its own ("the local hotel association", "a person familiar with the matter") keeps its own
 * words.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 0.976
 * (41/43/41) / 0.951 / 1.000, meeting the ordinary floors.
 */
import type { NewsCase } from './news.cases';

const HOSHIDA = ['Hoshida Energy', 'Hoshida'];
const KANEMITSU = ['Kanemitsu Industries', 'Kanemitsu'];
const PERSON_FAMILIAR = ['a person familiar with the matter', 'person familiar with the matter', 'person'];
const REINHOLD = ['Reinhold & Cie', 'Reinhold'];
const KILIFI = ['Kilifi County Government', 'County Government', 'Kilifi County', 'Kilifi'];
const HOTELIERS = [
  'The local hotel association',
  'local hotel association',
  'hotel association',
  'association',
  'Fabrizio Guidotti',
];
const TUSCANY = [
  'The regional government of Tuscany',
  'regional government of Tuscany',
  'regional government',
  'Tuscany',
];

export const NEWS_CASES_79: NewsCase[] = [
  {
    name: 'reuters japanese battery plant delay: a company closing the lead and in a filing, a spokeswoman inverted after a reported sentence, a supplier and It declined to comment, an analyst with his bank over two quotations, documents filed with a regulator show',
    text: `Japan's Hoshida delays Kumamoto battery plant by a year as EV demand slows

TOKYO, June 4 (Reuters) - Japanese battery maker Hoshida Energy will delay the opening of its new plant in Kumamoto by a year to 2028 because of slower-than-expected demand for electric vehicles, the company said on Thursday.

The plant, which was to cost 180 billion yen ($1.2 billion), will now be built in two stages, Hoshida said in a filing to the Tokyo Stock Exchange.

None of the 600 workers hired for the plant would lose their jobs, a company spokeswoman, Emi Kurosawa, said.

The plant's main equipment supplier, Kanemitsu Industries, said it had been informed of the delay last week. It declined to comment on the value of its contract.

"A delay is better than building capacity nobody needs," said Daisuke Hirano, an analyst at Mizuho Securities. "The question is whether the second stage ever gets built."

Documents filed with Japan's industry ministry show that the plant was to receive up to 60 billion yen in government subsidies.

Hoshida shares fell 2.3% in Tokyo.`,
    claims: [
      { s: 'will delay the opening of its new plant in Kumamoto', speakers: HOSHIDA },
      { s: 'will now be built in two stages, Hoshida said in a filing', speakers: HOSHIDA },
      { s: 'None of the 600 workers hired for the plant', speakers: ['Emi Kurosawa'] },
      { s: 'Kanemitsu Industries, said it had been informed', speakers: KANEMITSU },
      { s: 'It declined to comment on the value of its contract.', speakers: [], optional: true },
      { s: '"A delay is better than building capacity', speakers: ['Daisuke Hirano'], direct: true },
      { s: '"The question is whether the second stage', speakers: ['Daisuke Hirano'], direct: true },
      {
        s: "Documents filed with Japan's industry ministry show",
        speakers: ["Documents filed with Japan's industry ministry", 'Documents', 'documents'],
      },
    ],
  },
  {
    name: 'reuters swiss bank settlement: according to a person familiar and the person said, an emailed statement, a regulator spokesman declined to comment, a chief executive told staff in a memo seen by Reuters, a newspaper reported last month that, has not disputed (no claim), a professor inverted',
    text: `Swiss private bank Reinhold to pay 85 million francs over sanctions lapses -source

ZURICH, Nov 18 (Reuters) - Swiss private bank Reinhold & Cie has agreed to pay 85 million Swiss francs ($96 million) to settle a probe into its handling of accounts linked to a sanctioned businessman, according to a person familiar with the matter.

The settlement with Swiss financial regulator FINMA is expected to be announced as early as Wednesday, the person said.

Reinhold & Cie said in an emailed statement that it had "substantially strengthened" its controls since 2022 and would not comment on speculation.

A FINMA spokesman declined to comment.

The bank's chief executive, Philippe Aubort, told staff in a memo seen by Reuters that the bank was "turning the page."

The Neue Zürcher Zeitung reported last month that the bank had kept the accounts open for two years after the businessman was placed under sanctions. The bank has not disputed the newspaper's account.

"Swiss banks have learned that sanctions compliance is not optional," said Corinne Vuilleumier, a professor of banking law at the University of Geneva.`,
    claims: [
      { s: 'has agreed to pay 85 million Swiss francs', speakers: PERSON_FAMILIAR },
      { s: 'is expected to be announced as early as Wednesday, the person said', speakers: PERSON_FAMILIAR },
      { s: 'Reinhold & Cie said in an emailed statement', speakers: REINHOLD },
      { s: 'A FINMA spokesman declined to comment.', speakers: [], optional: true },
      { s: 'Philippe Aubort, told staff in a memo', speakers: ['Philippe Aubort'] },
      {
        s: 'The Neue Zürcher Zeitung reported last month',
        speakers: ['The Neue Zürcher Zeitung', 'Neue Zürcher Zeitung'],
      },
      { s: '"Swiss banks have learned that sanctions compliance', speakers: ['Corinne Vuilleumier'], direct: true },
    ],
  },
  {
    name: 'reuters indonesian rupiah: traders said inside a lead, a treasury head over two quotations, counted traders at state-run banks, a central bank did not respond, a governor on Wednesday said, according to exchange data',
    text: `Indonesian rupiah hits record low as central bank steps back

JAKARTA, Jan 9 (Reuters) - The Indonesian rupiah fell to a record low on Friday as importers rushed to buy dollars, and traders said Bank Indonesia appeared to have stepped back from defending the currency.

The rupiah ended at 16,980 per dollar, down 0.4% on the day.

"Bank Indonesia was not seen at the usual levels. That tells the market it is comfortable with a weaker rupiah," said Agus Setiawan, head of treasury at Bank Nusantara Raya.

Two traders at state-run banks said the central bank had sold dollars in small amounts late in the session.

Bank Indonesia did not respond to an email seeking comment.

Governor Sri Wahyuni on Wednesday said the central bank did not target any particular level for the rupiah but would act to curb "excessive volatility."

Foreign investors have sold a net $2.1 billion of Indonesian shares so far this month, according to exchange data.`,
    claims: [
      { s: 'traders said Bank Indonesia appeared', speakers: ['traders'] },
      { s: '"Bank Indonesia was not seen at the usual levels.', speakers: ['Agus Setiawan'], direct: true },
      { s: 'That tells the market it is comfortable', speakers: ['Agus Setiawan'], direct: true },
      {
        s: 'Two traders at state-run banks said',
        speakers: ['Two traders at state-run banks', 'traders at state-run banks', 'traders'],
      },
      { s: 'Bank Indonesia did not respond to an email', speakers: [], optional: true },
      { s: 'Governor Sri Wahyuni on Wednesday said', speakers: ['Sri Wahyuni'] },
      { s: 'Foreign investors have sold a net $2.1 billion', speakers: ['exchange data', 'data'] },
    ],
  },
  {
    name: "kenyan fish market in ''…'' quotations: a health officer and she said after two sentences, traders said, a trader by his first name and he said, his cousin by hers and She said, a county government in a statement and It said, a police spokesperson",
    text: `Kenyan county shuts fish market over broken cold rooms

KILIFI, Kenya — County officials in Kilifi on Tuesday closed the town's main fish market for two weeks after inspectors found that its cold rooms had not worked for a month.

County health officer Dr. Halima Mwinyi said fish had been sold after sitting for hours in temperatures above 30 degrees. ''We cannot let people buy fish that has been sitting in the heat. This is about people's health,'' she said.

Traders said they had not been warned. Bakari, who has sold fish at the market for 22 years, said the closure would use up his savings. ''Two weeks without selling is two weeks without eating,'' he said.

His cousin Zawadi, who sells octopus at the next stall, said the county had collected market fees every day while the cold rooms were broken. She said traders would march to the county offices on Thursday.

The Kilifi County Government said in a statement that repairs had been ordered and that the market would reopen "as soon as it is safe." It said traders would not pay fees while the market was closed.

Police spokesperson Inspector Juma Kiprotich said officers would guard the market at night.`,
    claims: [
      { s: 'County health officer Dr. Halima Mwinyi said', speakers: ['Halima Mwinyi'] },
      { s: "''We cannot let people buy fish", speakers: ['Halima Mwinyi'], direct: true },
      { s: "This is about people's health,'' she said.", speakers: ['Halima Mwinyi'], direct: true },
      { s: 'Traders said they had not been warned.', speakers: ['Traders', 'traders'] },
      { s: 'Bakari, who has sold fish at the market', speakers: ['Bakari'] },
      { s: "''Two weeks without selling", speakers: ['Bakari'], direct: true },
      { s: 'His cousin Zawadi, who sells octopus', speakers: ['Zawadi'] },
      { s: 'She said traders would march', speakers: ['Zawadi'] },
      { s: 'The Kilifi County Government said in a statement', speakers: KILIFI },
      { s: 'It said traders would not pay fees', speakers: KILIFI },
      { s: 'Inspector Juma Kiprotich said officers', speakers: ['Juma Kiprotich'] },
    ],
  },
  {
    name: 'tuscan tour buses: a mayor and she told reporters after two sentences, a hotel association said, its president and a hotel nearest before he said, a resident by first name and age with a quotation over two paragraphs, a police commander, a regional government',
    text: `Tuscan hill town limits tour buses to 20 a day

BORGO ARDENZA, Italy — The council of this hilltop town in Tuscany voted on Friday to limit tour buses to 20 a day, after residents complained that crowds had made its medieval centre impossible to live in.

Mayor Ornella Benvenuti said the town had "reached its limit." "We love our visitors. But a town where nobody can live is no longer a town, it is a museum," she told reporters.

The local hotel association said the limit would cost jobs. Its president, Fabrizio Guidotti, said bookings for the summer had already fallen. The Albergo della Torre, the town's largest hotel, had lost 40 group reservations in a week, he said.

Chiara, 34, who was born in the town, said tour groups blocked her street every morning. "I wait ten minutes to get out of my front door.

"My grandmother cannot get to the pharmacy any more," she said.

Local police commander Gianluca Orlandi said officers would check bus permits at the two roads into the town.

The regional government of Tuscany said it would study the decision.`,
    claims: [
      { s: 'Mayor Ornella Benvenuti said the town', speakers: ['Ornella Benvenuti'] },
      { s: '"We love our visitors.', speakers: ['Ornella Benvenuti'], direct: true },
      { s: 'But a town where nobody can live', speakers: ['Ornella Benvenuti'], direct: true },
      { s: 'The local hotel association said the limit', speakers: HOTELIERS },
      { s: 'Its president, Fabrizio Guidotti, said', speakers: ['Fabrizio Guidotti'] },
      { s: 'The Albergo della Torre, the town', speakers: ['Fabrizio Guidotti'] },
      { s: 'Chiara, 34, who was born in the town, said', speakers: ['Chiara'] },
      { s: '"I wait ten minutes to get out of my front door.', speakers: ['Chiara'], direct: true },
      { s: '"My grandmother cannot get to the pharmacy', speakers: ['Chiara'], direct: true },
      { s: 'Gianluca Orlandi said officers', speakers: ['Gianluca Orlandi'] },
      { s: 'The regional government of Tuscany said', speakers: TUSCANY },
    ],
  },
];
