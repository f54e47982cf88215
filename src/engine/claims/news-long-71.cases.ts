/**
 * Batch 71, written blind by claims27b and committed before the detector ran on it, and kept as a
 * first-sight check of set A's kind (only its totals are ever printed; no row is fixed against
 * it). Three Wikinews-style short reports, each with a date line and a "Sources" list of quoted
 * headlines that are no claims: a Slovak train derailment (a figure "according to" the operator
 * by acronym, a police spokeswoman who "told reporters" and "She said", a quotation over two
 * sentences, a minister under a relative clause, "In a statement, the ministry said" and
 * indirect speech carried on by "it said", a quotation split by "X told the … news agency,",
 * "According to the hospital's director, X," and "he said" after a reported clause); a Mongolian
 * measles outbreak (a ministry that "reported … and urged", "the ministry said in a statement" at
 * the end of a sentence and "It said", a deputy minister after "Speaking at a news conference",
 * "he said" over two quotations, an agency's representative in apposition who "told reporters"
 * and "she said" closing a reported sentence, "According to WHO figures", an unnamed mother); a
 * Chilean glacier law (a minister and "she said" inside a reported sentence, a quotation split
 * over two sentences by a tag, a business body that "said in a statement" and "It warned … and
 * said", an opposition senator in a relative clause and a quotation split by '," X said, "', a
 * university study "according to" and "Its authors found", groups that "welcomed the vote" and a
 * director who "called it" and "said").
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_71: NewsCase[] = [
  {
    name: 'wikinews slovak train derailment: according to the operator, told reporters and She said, a quotation over two sentences, a minister in a relative clause, in a statement the ministry said and it said, a quotation split by told the agency, according to the director and he said, a sources list',
    text: `Passenger train derails in central Slovakia, injuring 23

Wednesday, May 7, 2025

A passenger train derailed near the town of Kremnica in central Slovakia on Tuesday evening, injuring 23 people, four of them seriously, according to the national railway operator ZSSK.

The train was carrying about 180 passengers from Bratislava to Banská Bystrica when three of its five carriages left the tracks shortly after 7 p.m. local time.

Regional police spokeswoman Jana Hrušková told reporters at the scene that all passengers had been taken off the train by 10 p.m. She said investigators had not ruled out a fault in the track, which was repaired last autumn.

"We are looking at the rails, the signals and the train itself," Hrušková said. "It is too early to say what caused this."

Transport Minister Peter Kollár, who visited the injured in hospital in Banská Bystrica on Wednesday morning, said the whole line would be inspected. In a statement, the ministry said the line would stay closed until at least Friday. Buses would carry passengers between the two cities in the meantime, it said.

"The people on that train deserve to know what happened," Kollár told the TASR news agency, "and they will."

According to the hospital's director, Martin Beňo, two of the seriously injured were in intensive care but their lives were not in danger. The others were expected to go home within days, he said.

The derailment is the second on the line in three years. In 2022, a freight train left the tracks near the same town; no one was hurt.

Sources

"Vlak sa vykoľajil pri Kremnici" — TASR, May 6, 2025
"Train derails in central Slovakia, dozens hurt" — The Slovak Spectator, May 7, 2025`,
    claims: [
      {
        s: 'injuring 23 people, four of them seriously, according to',
        speakers: ['ZSSK', 'national railway operator ZSSK', 'national railway operator', 'railway operator'],
      },
      { s: 'Regional police spokeswoman Jana Hrušková told reporters', speakers: ['Jana Hrušková'] },
      { s: 'She said investigators had not ruled out', speakers: ['Jana Hrušková'] },
      { s: '"We are looking at the rails', speakers: ['Jana Hrušková'], direct: true },
      { s: '"It is too early to say what caused this."', speakers: ['Jana Hrušková'], direct: true },
      { s: 'said the whole line would be inspected', speakers: ['Peter Kollár'] },
      {
        s: 'In a statement, the ministry said',
        speakers: ['ministry', 'transport ministry', 'Ministry of Transport'],
      },
      {
        s: 'Buses would carry passengers',
        speakers: ['ministry', 'transport ministry', 'Ministry of Transport'],
      },
      { s: '"The people on that train deserve', speakers: ['Peter Kollár'], direct: true },
      { s: "According to the hospital's director, Martin Beňo,", speakers: ['Martin Beňo'] },
      { s: 'The others were expected to go home', speakers: ['Martin Beňo'] },
    ],
  },
  {
    name: 'wikinews mongolia measles: a ministry reported and urged, in a statement at the end and It said, speaking at a news conference and he said over two quotations, a representative in apposition who told reporters and she said, according to WHO figures, a mother, a sources list',
    text: `Measles cases rise sharply in Mongolia

Friday, February 14, 2025

Mongolia's Ministry of Health reported 412 new measles cases in the past week, bringing the total since January to more than 2,300, and urged parents to have their children vaccinated.

Most of the cases were in children under five who had not received both doses of the vaccine, the ministry said in a statement on Thursday. It said vaccination teams had been sent to 11 provinces and that schools in the capital, Ulaanbaatar, would check pupils' records.

Speaking at a news conference in Ulaanbaatar, Deputy Health Minister Enkhjargal Batbayar said hospitals had enough beds for now. "The situation is serious, but it is under control," he said. "What we need is for every family to come forward."

The World Health Organization's representative in Mongolia, Dr. Sofia Lindqvist, told reporters that the outbreak was "entirely preventable." Vaccination rates had fallen during the COVID-19 pandemic and had not fully recovered, she said.

According to WHO figures, 89 percent of Mongolian children received the first dose of the measles vaccine in 2023, down from 98 percent in 2019. The organisation recommends coverage of at least 95 percent to stop the disease from spreading.

One mother waiting at a clinic in the Bayanzürkh district said she had not known her son had missed his second dose. "Nobody told us," she said.

No deaths have been reported.

Sources

"Measles cases pass 2,000 in Mongolia" — Montsame, February 13, 2025
"Mongolia: measles outbreak update" — World Health Organization, February 13, 2025`,
    claims: [
      {
        s: "Mongolia's Ministry of Health reported 412 new measles cases",
        speakers: ["Mongolia's Ministry of Health", 'Ministry of Health', 'ministry', 'health ministry'],
      },
      {
        s: 'Most of the cases were in children under five',
        speakers: ["Mongolia's Ministry of Health", 'Ministry of Health', 'ministry', 'health ministry'],
      },
      {
        s: 'It said vaccination teams had been sent',
        speakers: ["Mongolia's Ministry of Health", 'Ministry of Health', 'ministry', 'health ministry'],
      },
      { s: 'said hospitals had enough beds for now', speakers: ['Enkhjargal Batbayar'] },
      { s: '"The situation is serious, but it is under control,"', speakers: ['Enkhjargal Batbayar'], direct: true },
      { s: '"What we need is for every family', speakers: ['Enkhjargal Batbayar'], direct: true },
      { s: 'Dr. Sofia Lindqvist, told reporters', speakers: ['Sofia Lindqvist'] },
      { s: 'Vaccination rates had fallen during', speakers: ['Sofia Lindqvist'] },
      {
        s: 'According to WHO figures, 89 percent',
        speakers: ['WHO figures', 'WHO', 'World Health Organization'],
      },
      { s: 'The organisation recommends coverage', speakers: ['World Health Organization', 'WHO'], optional: true },
      { s: 'One mother waiting at a clinic', speakers: ['One mother', 'mother'] },
      { s: '"Nobody told us," she said.', speakers: ['One mother', 'mother'], direct: true },
    ],
  },
  {
    name: 'wikinews chile glacier law: a minister and she said inside a reported sentence, a quotation over two sentences, a body said in a statement and It warned and said, a senator in a relative clause and a quotation split by a tag, according to a study and Its authors found, groups welcomed and a director called it and said, a sources list',
    text: `Chilean Senate approves law to protect glaciers

Thursday, September 18, 2025

Chile's Senate on Wednesday approved a law that bans mining and other industrial activity on and around the country's glaciers, after more than ten years of debate. The bill passed by 31 votes to 12 and now goes to the president to be signed.

Environment Minister Carolina Fuenzalida said the vote was "a debt paid to future generations." The law would protect about 24,000 glaciers, she said, and would give the government new powers to fine companies that damage them.

"Glaciers are our water reserve," Fuenzalida told reporters outside the Senate in Valparaíso. "When they are gone, they do not come back."

The National Mining Society, which represents the country's largest mining companies, said in a statement that the law was written too broadly. It warned that projects worth $6 billion could be delayed and said thousands of jobs in the north were at risk.

Senator Rodrigo Alarcón, who voted against the bill, said the government had ignored the mining regions. "Nobody is against glaciers," Alarcón said, "but this law was written in Santiago for Santiago."

According to a study by the University of Chile published last year, the country's glaciers have lost about 8 percent of their area since 2000. Its authors found that the retreat had sped up in the central region, where most Chileans live.

Environmental groups welcomed the vote. Tomás Varela, director of the group Glaciares Vivos, called it "a historic day" but said the government must now pay for the monitoring the law requires.

Sources

"Senado aprueba ley de glaciares" — La Tercera, September 17, 2025
"Chile passes glacier protection law after decade of debate" — Reuters, September 17, 2025`,
    claims: [
      { s: 'Environment Minister Carolina Fuenzalida said the vote', speakers: ['Carolina Fuenzalida'] },
      { s: 'The law would protect about 24,000 glaciers', speakers: ['Carolina Fuenzalida'] },
      { s: '"Glaciers are our water reserve,"', speakers: ['Carolina Fuenzalida'], direct: true },
      { s: '"When they are gone, they do not come back."', speakers: ['Carolina Fuenzalida'], direct: true },
      {
        s: 'The National Mining Society, which represents',
        speakers: ['National Mining Society', 'The National Mining Society'],
      },
      { s: 'It warned that projects worth $6 billion', speakers: ['National Mining Society'] },
      { s: 'Senator Rodrigo Alarcón, who voted against the bill, said', speakers: ['Rodrigo Alarcón'] },
      { s: '"Nobody is against glaciers," Alarcón said', speakers: ['Rodrigo Alarcón'], direct: true },
      {
        s: 'According to a study by the University of Chile',
        speakers: [
          'a study by the University of Chile',
          'study by the University of Chile',
          'University of Chile',
          'study',
        ],
      },
      {
        s: 'Its authors found that the retreat',
        speakers: ['Its authors', 'authors', 'University of Chile', 'a study by the University of Chile', 'study'],
      },
      { s: 'Environmental groups welcomed the vote.', speakers: ['Environmental groups'] },
      { s: 'Tomás Varela, director of the group Glaciares Vivos, called it', speakers: ['Tomás Varela'] },
    ],
  },
];
