/**
 * Batch 55, written blind by claims19 and committed before the detector ran on it (fixed against
 * afterwards). Three stories: a Wikinews-style trawling ban in Greenland (“…” quotes, a minister
 * hailed, conceded and insisted, a three-sentence quotation, a company criticised and "it said" in
 * a statement, a fisherman who … welcomed and "he said", a quotation split around "she said", the
 * opposition's leader lamented, according to an institute); a Reuters lithium story from Chile
 * (straight quotes, a state agency said at the end, a chief executive told Reuters over two
 * sentences, "the company" and "It added", an analyst cautioned, indigenous communities and "they
 * said", a spokeswoman wrote in an email, a minister predicted); an NYT-style covered-bridge
 * dispute in Vermont (''…'' quotes, a selectboard chair recalled, Ms./Mr. surnames, a quotation of
 * three sentences, a state agency and "it", "said X, who" inverted, a man who grumbled, a woman
 * who shrugged, declined to comment).
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_55: NewsCase[] = [
  {
    name: 'wikinews greenland trawling ban: a minister hailed, conceded and insisted, a three-sentence quotation, a company criticised and it said in a statement, a fisherman who welcomed and he said, a quotation split around she said, an opposition leader lamented, according to an institute',
    text: `Greenland bans bottom trawling in four southern fjords

Wednesday, September 9, 2026

Greenland's parliament, Inatsisartut, on Tuesday voted 17 to 14 to ban bottom trawling in four fjords in the south of the island from next year. The vote followed two years of protests by small-boat fishermen in Qaqortoq and Narsaq.

Fisheries Minister Aviaja Lynge hailed the result as “a victory for the people who live on the water”. She conceded that the ban would cost the trawler fleet about 40 million kroner a year, but insisted that the cod in the fjords could not wait any longer.

“We counted the fish, and the fish are not there,” Lynge told reporters in Nuuk. “Every year we waited, the nets came up lighter. Now we stop.”

The trawler operator Polar Seafood criticised the decision. In a statement, it said the ban had been passed “without a single independent study” and that up to 60 jobs at its plant in Paamiut were at risk.

Hans Petersen, who has fished from an open boat out of Qaqortoq for 30 years, welcomed the vote. “My father fished here, and I want my son to fish here,” he said.

His neighbour Nivi Kleist, who sells the catch at the harbour market, was more cautious. “A law is paper,” she said, “and paper does not patrol the fjord.”

The leader of the opposition Siumut party, Erik Jensen, lamented what he called a rushed vote. He said his party would ask for the ban to be reviewed after two seasons.

According to the Greenland Institute of Natural Resources, cod catches in the southern fjords have fallen by more than half since 2015.`,
    claims: [
      { s: 'Aviaja Lynge hailed the result', speakers: ['Aviaja Lynge'] },
      { s: 'She conceded that the ban would cost', speakers: ['Aviaja Lynge'] },
      { s: '“We counted the fish', speakers: ['Aviaja Lynge'], direct: true },
      { s: '“Every year we waited', speakers: ['Aviaja Lynge'], direct: true },
      { s: 'Now we stop.”', speakers: ['Aviaja Lynge'], direct: true },
      { s: 'Polar Seafood criticised the decision.', speakers: ['Polar Seafood'], optional: true },
      { s: 'In a statement, it said the ban', speakers: ['Polar Seafood'] },
      { s: 'Hans Petersen, who has fished', speakers: ['Hans Petersen'], optional: true },
      { s: '“My father fished here', speakers: ['Hans Petersen'], direct: true },
      { s: '“A law is paper,” she said', speakers: ['Nivi Kleist'], direct: true },
      { s: 'Erik Jensen, lamented what he called', speakers: ['Erik Jensen'] },
      { s: 'He said his party would ask', speakers: ['Erik Jensen'] },
      {
        s: 'According to the Greenland Institute of Natural Resources',
        speakers: ['Greenland Institute of Natural Resources'],
      },
    ],
  },
  {
    name: 'reuters chile lithium permit: an agency said at the end, a chief executive told Reuters over two sentences, the company and It added, an analyst cautioned, indigenous communities and they said, a spokeswoman wrote in an email, a minister predicted',
    text: `Chile delays lithium permit for Atacama project after water objections

SANTIAGO, Oct 14 (Reuters) - Chile has postponed a decision on an environmental permit for a $1.2 billion lithium project in the Atacama salt flat by at least six months, the country's environmental assessment service said on Tuesday, citing objections over water use from indigenous communities.

"We have answered every question the service asked, some of them twice," Andino Lithium Chief Executive Felipe Araya told Reuters. "Another six months means another six months of Chinese supply filling the gap."

The company, which is backed by a Canadian pension fund, said it would present a revised plan for pumping brine by the end of the year. It added that the project would use 40% less fresh water than the mines already operating in the salt flat.

Carolina Vial, a mining analyst at Santiago consultancy Plusmining, cautioned that the delay could push first production back to 2030. "Investors were told 2028," she said. "Nobody believes that now."

The Atacameño communities of Peine and Camar have opposed the project since 2024. In a letter to the service, they said the lagoons where flamingos feed had already shrunk and demanded a study of the aquifer by independent scientists.

A spokeswoman for the service wrote in an email that the extension was "a normal step in a complex evaluation."

Mining Minister Andrés Pizarro predicted that the permit would be decided before the end of next year. Lithium prices have fallen by about two thirds since their peak in late 2022.

(Reporting by Natalia Ramos; Editing by Paul Simão)`,
    claims: [
      {
        s: "the country's environmental assessment service said on Tuesday",
        speakers: ['environmental assessment service', "country's environmental assessment service"],
      },
      { s: '"We have answered every question', speakers: ['Felipe Araya'], direct: true },
      { s: '"Another six months means', speakers: ['Felipe Araya'], direct: true },
      { s: 'said it would present a revised plan', speakers: ['Andino Lithium', 'company'] },
      { s: 'It added that the project would use', speakers: ['Andino Lithium', 'company'] },
      { s: 'Carolina Vial, a mining analyst', speakers: ['Carolina Vial'] },
      { s: '"Investors were told 2028," she said.', speakers: ['Carolina Vial'], direct: true },
      { s: '"Nobody believes that now."', speakers: ['Carolina Vial'], direct: true },
      {
        s: 'In a letter to the service, they said the lagoons',
        speakers: ['Atacameño communities of Peine and Camar', 'Atacameño communities', 'communities'],
      },
      { s: 'A spokeswoman for the service wrote', speakers: ['A spokeswoman for the service', 'spokeswoman'] },
      { s: 'Andrés Pizarro predicted that the permit', speakers: ['Andrés Pizarro'] },
    ],
  },
  {
    name: "nyt-style vermont covered bridge: ''…'' quotes, a selectboard chair recalled, Ms./Mr. surnames, a three-sentence quotation, a state agency and it, said X, who inverted, a man grumbled, a woman shrugged, declined to comment",
    text: `A Covered Bridge, a Detour and a Town Divided Over Both

STOCKBRIDGE, Vt. — For 140 years the Gaysville covered bridge has carried farm trucks, school buses and the occasional moose across the White River. Since March it has carried nothing at all.

The state closed the bridge after inspectors found rot in two of its main beams, and the detour now adds 11 miles to the trip to the elementary school. Helen Bixby, who chairs the town's selectboard, recalled that the last repair, in 1987, took three summers.

''We can't wait three summers this time,'' Ms. Bixby said. ''The bus leaves at 6:40 now. Some of these kids are on it for an hour.''

The Vermont Agency of Transportation has offered two choices: restore the wooden bridge at a cost of about $4.8 million, or build a concrete span beside it for roughly half that. It has said it will follow the town's wishes.

''Concrete would be open in a year,'' said Walt Carrier, who has run the general store at the east end of the bridge since 1991. ''Wood means we lose another two years of customers.''

Not everyone is in a hurry. Abby Lambert, whose family has farmed beside the river for five generations, shrugged off the delay. ''My grandmother crossed that bridge in a buggy,'' she said. ''It can have a few more years of rest.''

Mr. Carrier grumbled that people who did not run a business could afford to be patient.

A spokesman for the agency declined to comment on the cost estimates. The town will vote on the two options at a special meeting in November.`,
    claims: [
      { s: 'Helen Bixby, who chairs', speakers: ['Helen Bixby'] },
      { s: "''We can't wait three summers this time,''", speakers: ['Helen Bixby'], direct: true },
      { s: "''The bus leaves at 6:40 now.", speakers: ['Helen Bixby'], direct: true },
      { s: "Some of these kids are on it for an hour.''", speakers: ['Helen Bixby'], direct: true },
      { s: 'It has said it will follow', speakers: ['Vermont Agency of Transportation'] },
      { s: "''Concrete would be open in a year,''", speakers: ['Walt Carrier'], direct: true },
      { s: "''Wood means we lose", speakers: ['Walt Carrier'], direct: true },
      { s: 'Abby Lambert, whose family has farmed', speakers: ['Abby Lambert'], optional: true },
      { s: "''My grandmother crossed that bridge", speakers: ['Abby Lambert'], direct: true },
      { s: "''It can have a few more years of rest.''", speakers: ['Abby Lambert'], direct: true },
      { s: 'Mr. Carrier grumbled that people', speakers: ['Walt Carrier'] },
      { s: 'declined to comment on the cost', speakers: [], optional: true },
    ],
  },
];
