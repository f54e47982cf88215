/**
 * Batch 51, written blind by claims16 and committed before the detector ran on it, and kept as a
 * first-sight check: no row is fixed against it. Three stories: a Wikinews-style law in Malta (a
 * minister and a quotation split around "he said" mid-sentence, an association assured and its
 * president said, an industry group denounced and warned, residents welcomed, a resident inverted
 * and "he joked:", an opposition spokesperson called on, according to an agency); a Reuters
 * energy story from Namibia (a developer said, a statement, a chief executive told Reuters with a
 * lower-case "van", three quoted sentences, a minister and "She added", two bankers who declined to
 * be named and one of them, environmental groups and a campaigner inverted, local leaders, a
 * councillor inverted, according to the World Bank); an NYT-style Wyoming House race (''…''
 * quotes, an incumbent and a challenger in turn, accused, a utility's statement, a spokeswoman by
 * email, a campaign manager wrote on X, said on social media, two officials on condition of
 * anonymity and one of them, dismissed, according to a university department).
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_51: NewsCase[] = [
  {
    name: 'wikinews malta cruise limit: a minister and a quotation split mid-sentence around he said, an association assured, an industry group denounced and warned, residents welcomed, a resident inverted and he joked:, an opposition spokesperson called on, according to an agency',
    text: `Malta to limit cruise ship arrivals in Valletta

Friday, June 5, 2026

Malta's parliament on Thursday approved a law limiting the number of cruise ships that may dock in Valletta's Grand Harbour to three a day, after residents of the capital complained of crowds and pollution. The law, which passed by 39 votes to 31, also introduces a fee of five euros for each cruise passenger who comes ashore.

Tourism Minister Anton Farrugia said the limit would take effect in April. "This is not," he said, "a war on tourists. It is a plan to keep Valletta a place where people can still live."

The Malta Hotels and Restaurants Association assured members that the change would not reduce the number of visitors staying on the island. Its president, Rita Camilleri, said cruise passengers spent "a few euros on coffee and a postcard" compared with hotel guests.

The Mediterranean Cruise Council, an industry group, denounced the law as "rushed and discriminatory" and warned that some lines would drop Malta from their routes.

Residents of Valletta's Strait Street welcomed the vote. "On some days you cannot open your own front door," said Joseph Azzopardi, 71, who has lived in the street for fifty years. Asked whether he would miss the crowds, he joked: "I will miss them the way you miss a toothache."

Shopkeepers in the city were divided. Carmen Borg, who sells lace on Merchants Street, said cruise passengers were most of her customers. "Without them I close by Christmas," she said.

The opposition's spokesperson for tourism, Mark Vella, said the party supported a limit but called on the government to publish the study on which the figure of three was based.

According to Transport Malta, 814 cruise ships called at Grand Harbour last year, a record, up from 622 in 2019.`,
    claims: [
      { s: 'Anton Farrugia said the limit would take effect', speakers: ['Anton Farrugia'] },
      { s: '"This is not," he said, "a war on tourists.', speakers: ['Anton Farrugia'], direct: true },
      { s: 'It is a plan to keep Valletta', speakers: ['Anton Farrugia'], direct: true },
      {
        s: 'The Malta Hotels and Restaurants Association assured members',
        speakers: ['Malta Hotels and Restaurants Association'],
      },
      { s: 'Rita Camilleri, said cruise passengers', speakers: ['Rita Camilleri'] },
      {
        s: 'The Mediterranean Cruise Council, an industry group, denounced',
        speakers: ['Mediterranean Cruise Council'],
      },
      {
        s: "Residents of Valletta's Strait Street welcomed the vote.",
        speakers: ["Residents of Valletta's Strait Street", 'Residents'],
        optional: true,
      },
      { s: '"On some days you cannot open your own front door,"', speakers: ['Joseph Azzopardi'], direct: true },
      { s: 'I will miss them the way you miss a toothache', speakers: ['Joseph Azzopardi'], direct: true },
      { s: 'Carmen Borg, who sells lace', speakers: ['Carmen Borg'] },
      { s: '"Without them I close by Christmas,"', speakers: ['Carmen Borg'], direct: true },
      { s: 'Mark Vella, said the party supported a limit', speakers: ['Mark Vella'] },
      { s: 'According to Transport Malta', speakers: ['Transport Malta'] },
    ],
  },
  {
    name: 'reuters namibia hydrogen delay: a developer said, a statement, a chief executive with a lower-case van told Reuters, three quoted sentences, a minister and She added, two bankers not named and one of them, a campaigner inverted, local leaders, a councillor inverted, according to the World Bank',
    text: `Namibia hydrogen project delayed as lenders seek guarantees

WINDHOEK, Sept 2 (Reuters) - A $9 billion green hydrogen project in southern Namibia will start production at least two years later than planned, its developer Kalahari Hydrogen said on Tuesday, as European lenders ask for government guarantees before committing funds.

The company said in a statement that first ammonia exports from the port of Luderitz were now expected in 2031. Its chief executive, Pieter van Wyk, told Reuters that talks with three European development banks were "in the final stretch".

"Nobody has built this at this scale before, so the banks want every risk on paper," van Wyk said. "That takes time. It does not mean the project is in trouble."

Namibia's government, which owns a 24% stake in the project, has so far refused to guarantee the loans. Mines and Energy Minister Selma Nghipandulwa said on Monday that the state "will not put the national budget behind a private balance sheet". She added that Namibia remained committed to the project.

Two bankers involved in the talks, who declined to be named because the discussions are private, said the lenders wanted a guarantee covering at least a third of the debt. One of them said a compromise in which the government guaranteed water and port access, rather than the loans, was being discussed.

Environmental groups have criticised the project, which lies partly inside a national park. "The delay is a chance to move it out of the park," said Hilma Shikongo of the Namibian Environment Forum.

Local leaders in Luderitz said the delay was a blow. "Young people here were promised jobs in 2027," said town councillor Paulus Amukoto. "Now we have to tell them to wait again."

According to the World Bank, Namibia's unemployment rate is about 20%.

(Reporting by Nyasha Moyo; Editing by David Holm)`,
    claims: [
      {
        s: 'will start production at least two years later than planned',
        speakers: ['Kalahari Hydrogen'],
      },
      {
        s: 'The company said in a statement that first ammonia exports',
        speakers: ['Kalahari Hydrogen', 'company'],
      },
      { s: 'Pieter van Wyk, told Reuters', speakers: ['Pieter van Wyk'] },
      { s: '"Nobody has built this at this scale before', speakers: ['Pieter van Wyk'], direct: true },
      { s: '"That takes time.', speakers: ['Pieter van Wyk'], direct: true },
      { s: 'It does not mean the project is in trouble."', speakers: ['Pieter van Wyk'], direct: true },
      { s: 'Selma Nghipandulwa said on Monday', speakers: ['Selma Nghipandulwa'] },
      { s: 'She added that Namibia remained committed', speakers: ['Selma Nghipandulwa'] },
      {
        s: 'Two bankers involved in the talks',
        speakers: ['Two bankers involved in the talks', 'bankers involved in the talks', 'Two bankers', 'bankers'],
      },
      {
        s: 'One of them said a compromise',
        speakers: ['One of them', 'Two bankers involved in the talks', 'bankers involved in the talks', 'Two bankers'],
      },
      { s: 'Environmental groups have criticised the project', speakers: ['Environmental groups'], optional: true },
      { s: '"The delay is a chance to move it out of the park,"', speakers: ['Hilma Shikongo'], direct: true },
      {
        s: 'Local leaders in Luderitz said the delay was a blow.',
        speakers: ['Local leaders in Luderitz', 'Local leaders'],
      },
      { s: '"Young people here were promised jobs in 2027,"', speakers: ['Paulus Amukoto'], direct: true },
      { s: '"Now we have to tell them to wait again."', speakers: ['Paulus Amukoto'], direct: true },
      { s: "According to the World Bank, Namibia's unemployment rate", speakers: ['World Bank'] },
    ],
  },
  {
    name: "nyt-style wyoming house race: ''…'' quotes, an incumbent and a challenger in turn, accused, a utility's statement, a spokeswoman by email, a campaign manager wrote on X, said on social media, two officials not named and one of them, dismissed, according to a university department",
    text: `In Wyoming, a Coal Plant's Future Splits a House Race

GILLETTE, Wyo. — The coal-fired power plant outside Gillette employs 260 people and supplies power to about 90,000 homes, and on Wednesday both candidates for Wyoming's only House seat came to promise them it would stay open.

Representative Hank Brodeur, the Republican incumbent, told workers at a shift change that he had ''fought the regulators in Washington for six years'' and would keep fighting. He accused the utility that owns the plant of ''planning its funeral behind closed doors.''

His challenger, Maria Escobedo, a former county commissioner running as an independent, said Mr. Brodeur had spent those six years ''making speeches instead of finding buyers.'' She said she had met two companies interested in capturing the plant's carbon.

''Hank has had six years,'' Ms. Escobedo said in an interview. ''I'm asking for two.''

The utility, Plains Power, said in a statement that no decision had been made about the plant's future. A company spokeswoman, Jenna Ortiz, said by email that the plant would run ''at least through 2030.''

Mr. Brodeur's campaign manager, Brett Sims, wrote on X that Ms. Escobedo had ''taken money from groups that want every coal plant closed.'' Ms. Escobedo said on social media that she had returned a $500 donation from one such group in March.

Two Republican officials in Cheyenne, who spoke on condition of anonymity to describe private conversations, said party leaders were worried that Mr. Brodeur's margin in Campbell County would be smaller than in 2024. One of them said the congressman had been ''too comfortable for too long.''

Mr. Brodeur dismissed such talk. ''I've heard that every two years,'' he said. ''I'm still here.''

No independent has won a federal race in Wyoming since statehood, according to the University of Wyoming's political science department.`,
    claims: [
      { s: 'Hank Brodeur, the Republican incumbent, told workers', speakers: ['Hank Brodeur'] },
      { s: 'He accused the utility that owns the plant', speakers: ['Hank Brodeur'] },
      { s: 'Maria Escobedo, a former county commissioner', speakers: ['Maria Escobedo'] },
      { s: 'She said she had met two companies', speakers: ['Maria Escobedo'] },
      { s: "''Hank has had six years,''", speakers: ['Maria Escobedo'], direct: true },
      { s: "''I'm asking for two.''", speakers: ['Maria Escobedo'], direct: true },
      { s: 'The utility, Plains Power, said in a statement', speakers: ['Plains Power', 'utility'] },
      { s: 'Jenna Ortiz, said by email', speakers: ['Jenna Ortiz'] },
      { s: 'Brett Sims, wrote on X', speakers: ['Brett Sims'] },
      { s: 'Ms. Escobedo said on social media', speakers: ['Maria Escobedo'] },
      {
        s: 'Two Republican officials in Cheyenne',
        speakers: [
          'Two Republican officials in Cheyenne',
          'Republican officials in Cheyenne',
          'Two Republican officials',
          'Republican officials',
        ],
      },
      {
        s: 'One of them said the congressman',
        speakers: [
          'One of them',
          'Two Republican officials in Cheyenne',
          'Republican officials in Cheyenne',
          'Two Republican officials',
        ],
      },
      { s: 'Mr. Brodeur dismissed such talk.', speakers: ['Hank Brodeur'], optional: true },
      { s: "''I've heard that every two years,''", speakers: ['Hank Brodeur'], direct: true },
      { s: "''I'm still here.''", speakers: ['Hank Brodeur'], direct: true },
      {
        s: 'No independent has won a federal race in Wyoming',
        speakers: [
          "University of Wyoming's political science department",
          'University of Wyoming',
          'political science department',
        ],
      },
    ],
  },
];
