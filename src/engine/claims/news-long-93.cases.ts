/**
 * Batch 93, written blind by claims36 beside batch 92, committed before the detector ran on it,
 * and kept as a first-sight check (only its totals are ever printed; no row is fixed against it).
 * Five stories of the two unseen kinds (issue #9): three Wikinews-style reports (a
 * Lithuanian presidential veto: "the president's office said in a statement", a spokeswoman who
 * "told the LRT broadcaster", the bill's sponsor inverted, "According to the constitution,", a
 * sources list; an earthquake in southern Peru: "according to the United States Geological
 * Survey", a regional governor who "told RPP radio" and "he said", the health ministry and "It
 * said", a survivor who "told the news agency Andina"; a marathon record in Valencia: a winner who
 * "told reporters" over two quotations, "said race organisers", a rival who "admitted") and two
 * Reuters U.S. election stories (a House primary called by the Associated Press, a winner's
 * statement, a loser who "said in a post on X", "according to the county clerk's office", a party
 * chairwoman; a Senate poll story: "according to a Reuters/Ipsos poll", a campaign spokeswoman in
 * apposition, "a person familiar with the campaign's plans said", a pollster inverted).
 *
 * As in batches 72–92, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 1.000
 * (25/25/25) / 0.960 / 1.000, meeting the ordinary floors.
 */
import type { NewsCase } from './news.cases';

const OFFICE = ["president's office", 'Office of the President'];
const JURGAITE = ['Rasa Jurgaitė', 'Jurgaitė'];
const GOVERNOR = ['Rolando Quispe', 'Quispe'];
const HEALTH = ['health ministry', 'Ministry of Health', 'Health Ministry'];
const KIPRONO = ['Daniel Kiprono', 'Kiprono'];
const VARGAS = ['Elena Vargas', 'Vargas'];
const HOLT = ['Brandon Holt', 'Holt'];
const MERCER = ['Janet Mercer', 'Mercer'];

export const NEWS_CASES_93: NewsCase[] = [
  {
    name: "Wikinews veto: the president's office said in a statement, a spokeswoman told a broadcaster, the bill's sponsor inverted, According to the constitution, a sources list",
    text: `Lithuanian president vetoes forestry bill

Saturday, July 5, 2025

Lithuania's president on Friday vetoed a bill that would have allowed clear-cutting in parts of the country's state forests.

The president's office said in a statement that the bill "did not take sufficient account" of the forests' value to nature and to rural communities.

Presidential spokeswoman Rasa Jurgaitė told the LRT broadcaster that the president was ready to sign a revised version. "The door is open for a better law," she said.

"This veto will cost jobs in the regions that need them most," said Vytautas Petraitis, the member of parliament who sponsored the bill.

According to the constitution, parliament can override the veto with the votes of more than half of all its members.

Sources

"President vetoes forest law" — LRT, July 4, 2025
"Lithuanian leader blocks clear-cutting bill" — The Baltic Times, July 4, 2025`,
    claims: [
      { s: "The president's office said in a statement that the bill", speakers: OFFICE },
      { s: 'told the LRT broadcaster that the president was ready', speakers: JURGAITE },
      { s: '"The door is open for a better law," she said.', speakers: JURGAITE, direct: true },
      {
        s: '"This veto will cost jobs in the regions',
        speakers: ['Vytautas Petraitis', 'Petraitis'],
        direct: true,
      },
      { s: 'According to the constitution, parliament can override', speakers: ['constitution', 'the constitution'] },
    ],
  },
  {
    name: 'Wikinews earthquake: according to the USGS, a governor told a radio station and he said, the health ministry said and It said, a survivor told a news agency',
    text: `Earthquake kills at least eight in southern Peru

Tuesday, February 11, 2025

A magnitude 6.4 earthquake struck southern Peru on Monday evening, killing at least eight people and damaging hundreds of homes in the region of Arequipa.

The quake was centred about 40 kilometres south of the town of Chala at a depth of 28 kilometres, according to the United States Geological Survey.

Arequipa's regional governor, Rolando Quispe, told RPP radio that two bridges on the Pan-American Highway had been closed. "We are still reaching the villages in the hills," he said.

The health ministry said 61 people had been treated for injuries. It said field hospitals would be set up in Chala and Atico.

"The walls just fell, one after the other," Lucía Mamani, who runs a shop in Chala, told the news agency Andina.

Sources

"Sismo de magnitud 6,4 sacude Arequipa" — Andina, February 10, 2025`,
    claims: [
      {
        s: 'The quake was centred about 40 kilometres south',
        speakers: ['United States Geological Survey', 'USGS'],
      },
      { s: 'told RPP radio that two bridges', speakers: GOVERNOR },
      { s: '"We are still reaching the villages in the hills," he said.', speakers: GOVERNOR, direct: true },
      { s: 'The health ministry said 61 people', speakers: HEALTH },
      { s: 'It said field hospitals would be set up', speakers: HEALTH },
      { s: '"The walls just fell, one after the other,"', speakers: ['Lucía Mamani', 'Mamani'], direct: true },
    ],
  },
  {
    name: 'Wikinews marathon record: a winner told reporters over two quotations, said race organisers, a rival admitted',
    text: `Kenya's Kiprono breaks Valencia marathon course record

Monday, December 1, 2025

Kenyan runner Daniel Kiprono won the Valencia Marathon on Sunday in 2 hours, 1 minute and 48 seconds, a record for the course.

"I felt strong from the start, so I decided to go with the pacemakers," Kiprono told reporters after the race. "At 35 kilometres I knew the record was possible."

About 32,000 runners finished the race, the largest field in its history, said race organisers.

Ethiopia's Tadesse Bekele, who finished second, admitted he had started too fast.`,
    claims: [
      { s: '"I felt strong from the start', speakers: KIPRONO, direct: true },
      { s: '"At 35 kilometres I knew the record was possible."', speakers: KIPRONO, direct: true },
      {
        s: 'About 32,000 runners finished the race',
        speakers: ['race organisers', 'organisers'],
      },
      { s: 'admitted he had started too fast', speakers: ['Tadesse Bekele', 'Bekele'] },
    ],
  },
  {
    name: "Reuters House primary: the Associated Press called the race, a winner said in a statement and she said, a loser said in a post on X, according to the county clerk's office, a party chairwoman",
    text: `Vargas wins Arizona House primary after recount scare

PHOENIX, Aug 6 (Reuters) - State Senator Elena Vargas won the Democratic primary for Arizona's 3rd Congressional District on Tuesday, the Associated Press said, after early results had shown her trailing.

Vargas said in a statement that voters had "chosen a fighter for working families". "This race was never about me," she said.

Her rival, city councilman Brandon Holt, said in a post on X that he would not seek a recount and would support Vargas in November.

About 84,000 ballots were cast, according to the Maricopa County clerk's office, up from 71,000 in the last midterm primary.

State Democratic Party chairwoman Janet Mercer said the result showed "a party that is energised and united".`,
    claims: [
      {
        s: "won the Democratic primary for Arizona's 3rd Congressional District on Tuesday",
        speakers: ['Associated Press', 'AP'],
      },
      { s: 'Vargas said in a statement that voters had', speakers: VARGAS },
      { s: '"This race was never about me," she said.', speakers: VARGAS, direct: true },
      { s: 'said in a post on X that he would not seek a recount', speakers: HOLT },
      {
        s: 'About 84,000 ballots were cast',
        speakers: ["Maricopa County clerk's office", "county clerk's office", "clerk's office"],
      },
      { s: 'Janet Mercer said the result showed', speakers: MERCER },
    ],
  },
  {
    name: "Reuters Senate poll: according to a Reuters/Ipsos poll, a campaign spokeswoman in apposition, a person familiar with the campaign's plans said, a pollster inverted",
    text: `Democrat Adler edges ahead in Pennsylvania Senate race, poll shows

NEW YORK, Oct 2 (Reuters) - Democrat Tess Adler holds a narrow lead over Republican Senator Grant Wheeler in Pennsylvania's U.S. Senate race, according to a Reuters/Ipsos poll released on Wednesday.

Some 46% of likely voters said they would back Adler and 43% said they would back Wheeler, within the poll's margin of error of 4 percentage points.

Adler's campaign spokeswoman, Nora Quinn, said the poll showed voters were "tired of Washington games". Wheeler's campaign did not respond to a request for comment.

The Wheeler campaign plans to spend another $12 million on television advertising in the Philadelphia suburbs before Election Day, a person familiar with the campaign's plans said.

"The suburbs are where this race will be decided," said Chris Jackson, a pollster at Ipsos.`,
    claims: [
      {
        s: 'Democrat Tess Adler holds a narrow lead over Republican Senator Grant Wheeler',
        speakers: ['a Reuters/Ipsos poll', 'Reuters/Ipsos poll', 'poll', 'Reuters/Ipsos', 'Ipsos'],
      },
      {
        s: 'Some 46% of likely voters said they would back Adler',
        speakers: ['likely voters', 'voters', 'Some 46% of likely voters'],
        optional: true,
      },
      { s: 'Nora Quinn, said the poll showed voters', speakers: ['Nora Quinn', 'Quinn'] },
      {
        s: 'The Wheeler campaign plans to spend another $12 million',
        speakers: [
          "a person familiar with the campaign's plans",
          "person familiar with the campaign's plans",
          'person',
        ],
      },
      { s: '"The suburbs are where this race will be decided,"', speakers: ['Chris Jackson', 'Jackson'], direct: true },
    ],
  },
];
