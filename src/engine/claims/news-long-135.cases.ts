/**
 * Batch 135, written by claims60 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in kinds of writing earlier batches had little of (issue #9). A
 * select committee hearing with a water company's chief executive and MPs asking ("told MPs",
 * "conceded that", "admitted that", the committee's chairwoman); a mine collapse with rescuers, a
 * survivor, a union and a minister, and a mine manager paraphrased over three sentences after one cue
 * (the sentences without a cue of their own are optional); a football club and its sacked manager in
 * writing ("said in a statement", "wrote on Instagram", "a letter seen by", "in an email to
 * staff"); a mayor's spokesman named before the mayor and a residents' group's spokesman ("Tom Reyes,
 * the mayor's spokesman, said … The mayor said", "The group's spokesman said"); and a bank's results
 * with the chief executive, the finance chief and analysts ("told reporters on a call", "an analyst
 * asked", "according to" in mid-sentence).
 *
 * As in batches 72–134, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A question and the sentences of a paraphrase with no cue are optional.
 */
import type { NewsCase } from './news.cases';

const DRAYCOTT = ['Simon Draycott', 'Draycott'];
const OKONJO = ['Ruth Okonjo', 'Okonjo'];
const BRACKLEY = ['Jim Brackley', 'Brackley'];
const VILJOEN = ['Pieter Viljoen', 'Viljoen'];
const MOLEFE = ['Thabo Molefe', 'Molefe'];
const NKOSI = ['Lerato Nkosi', 'Nkosi'];
const DLAMINI = ['Sipho Dlamini', 'Dlamini'];
const CLUB = ['Redbridge Athletic'];
const HOLLIS = ['Gary Hollis', 'Hollis'];
const PARFITT = ['Nigel Parfitt', 'Parfitt'];
const REYES = ['Tom Reyes', 'Reyes'];
const ADEYEMI = ['Grace Adeyemi', 'Adeyemi'];
const CALDER = ['Fiona Calder', 'Calder'];
const HUSSEIN = ['Omar Hussein', 'Hussein'];
const BRIGGS = ['Helen Briggs', 'Briggs'];

export const NEWS_CASES_135: NewsCase[] = [
  {
    name: 'a select committee: a chief executive told MPs that, a chairwoman asked (optional), he conceded that, a quotation then he said, he admitted that, an MP put it to him (optional), the chairwoman said after the hearing, the regulator said in a written submission',
    text: `Water boss tells MPs sewage spills were "unacceptable"

The chief executive of Severnmouth Water, Simon Draycott, told MPs on Wednesday that his company had spilled sewage into rivers more than 40,000 times last year.

The chairwoman of the environment committee, Ruth Okonjo, asked him why the company had paid a dividend of £120 million in the same year. Draycott conceded that the payment had been "badly timed". "I understand why people are angry. I would be angry too," he said.

He admitted that eleven of the company's treatment works had broken their permits. Jim Brackley, a Conservative member of the committee, put it to him that the company had known about the faults since 2021.

After the hearing, Okonjo said the committee would write to the regulator to ask why no fine had been imposed. The regulator, Ofwat, said in a written submission to the committee that an investigation was under way.`,
    claims: [
      { s: 'told MPs on Wednesday that his company had spilled sewage', speakers: DRAYCOTT },
      { s: 'asked him why the company had paid a dividend', speakers: OKONJO, optional: true },
      { s: 'Draycott conceded that the payment had been', speakers: DRAYCOTT },
      { s: '"I understand why people are angry.', speakers: DRAYCOTT, direct: true },
      { s: 'I would be angry too," he said.', speakers: DRAYCOTT, direct: true },
      { s: 'He admitted that eleven of the company', speakers: DRAYCOTT },
      { s: 'put it to him that the company had known', speakers: BRACKLEY, optional: true },
      { s: 'Okonjo said the committee would write to the regulator', speakers: OKONJO },
      { s: 'said in a written submission to the committee', speakers: ['Ofwat'] },
    ],
  },
  {
    name: 'a mine collapse: according to the company, the manager said and three sentences of paraphrase (optional), a rescuer said, a quotation then he said, a miner who escaped said, a union said in a statement, the minister said she had ordered',
    text: `Nine miners trapped after tunnel collapse in South Africa

Nine miners were trapped underground on Tuesday after part of a tunnel collapsed at a gold mine near Carletonville, according to the mine's owner, Vaalrand Gold.

The mine's general manager, Pieter Viljoen, said the collapse happened 1,200 metres below the surface shortly after the night shift began. The tunnel had been inspected in May. No fault was found. Air was being pumped to the men through a pipe that survived the fall.

Thabo Molefe, who leads the mine's rescue team, said his crews had reached within 30 metres of the trapped men. "We can hear them knocking on the pipe. They are alive, and they know we are coming," he said.

Sipho Dlamini, a miner who was 50 metres from the collapse and walked out, said the rock had been "cracking all week". The National Union of Mineworkers said in a statement that it had warned the company about the tunnel in August.

The mineral resources minister, Lerato Nkosi, said she had ordered an inquiry into the collapse.`,
    claims: [
      { s: 'Nine miners were trapped underground on Tuesday', speakers: ['Vaalrand Gold'] },
      { s: 'said the collapse happened 1,200 metres below', speakers: VILJOEN },
      { s: 'The tunnel had been inspected in May.', speakers: VILJOEN, optional: true },
      { s: 'No fault was found.', speakers: VILJOEN, optional: true },
      { s: 'Air was being pumped to the men', speakers: VILJOEN, optional: true },
      { s: 'said his crews had reached within 30 metres', speakers: MOLEFE },
      { s: '"We can hear them knocking on the pipe.', speakers: MOLEFE, direct: true },
      { s: 'They are alive, and they know we are coming," he said.', speakers: MOLEFE, direct: true },
      { s: 'said the rock had been "cracking all week"', speakers: DLAMINI },
      {
        s: 'said in a statement that it had warned the company',
        speakers: ['National Union of Mineworkers', 'the National Union of Mineworkers'],
      },
      { s: 'said she had ordered an inquiry', speakers: NKOSI },
    ],
  },
  {
    name: 'a club and its sacked manager in writing: the club said in a statement, a quotation then the statement said, the manager wrote on Instagram that, a quotation then he wrote, a letter seen by a paper shows (the chairman), the chairman said in an email to staff that',
    text: `Redbridge sack Hollis after seven defeats in a row

Redbridge Athletic have sacked their manager, Gary Hollis, after seven league defeats in a row, the club said in a statement on Sunday.

"The board thanks Gary for his work over three seasons, but results have fallen well short of what we expect," the statement said.

Hollis wrote on Instagram that he was "gutted" and that he had not been given the time to rebuild the squad. "I gave this club everything. I would do it all again," he wrote.

In a letter seen by the Essex Chronicle, the club's chairman, Nigel Parfitt, told shareholders last month that Hollis had "the full backing of the board". Parfitt said in an email to staff on Sunday that a new manager would be named within a fortnight.`,
    claims: [
      { s: 'after seven league defeats in a row, the club said in a statement', speakers: CLUB },
      { s: '"The board thanks Gary for his work over three seasons', speakers: CLUB, direct: true },
      { s: 'Hollis wrote on Instagram that he was "gutted"', speakers: HOLLIS },
      { s: '"I gave this club everything.', speakers: HOLLIS, direct: true },
      { s: 'I would do it all again," he wrote.', speakers: HOLLIS, direct: true },
      { s: 'told shareholders last month that Hollis had', speakers: PARFITT },
      { s: 'Parfitt said in an email to staff on Sunday', speakers: PARFITT },
    ],
  },
  {
    name: "a mayor's spokesman named before the mayor and a residents' group: X, the mayor's spokesman, said, the mayor said, a group said, the group's spokesman said, a councillor told the Post, a quotation then she said",
    text: `Mayor backs plan to build homes on Linden Park

The mayor of Westbury, Grace Adeyemi, has backed a plan to build 600 homes on part of Linden Park, her office confirmed on Friday.

Tom Reyes, the mayor's spokesman, said the city needed the homes and that two thirds of the park would be kept as open space. The mayor said at a meeting with residents on Friday evening that she would not approve the plan without a new school.

A residents' group, Save Linden Park, said it would seek a judicial review. The group's spokesman said more than 4,000 people had signed a petition against the plan.

Councillor Fiona Calder, who represents the ward, told the Westbury Post that she had not been shown the plans. "I found out from a neighbour," she said.`,
    claims: [
      { s: 'has backed a plan to build 600 homes', speakers: [...ADEYEMI, 'her office', 'office'], optional: true },
      { s: 'said the city needed the homes', speakers: REYES },
      { s: 'The mayor said at a meeting with residents', speakers: ADEYEMI },
      { s: 'said it would seek a judicial review', speakers: ['Save Linden Park'] },
      {
        s: "The group's spokesman said more than 4,000",
        speakers: ["The group's spokesman", "group's spokesman", 'spokesman', 'Save Linden Park'],
      },
      { s: 'told the Westbury Post that she had not been shown', speakers: CALDER },
      { s: '"I found out from a neighbour," she said.', speakers: CALDER, direct: true },
    ],
  },
  {
    name: 'a bank results call: the bank said, the chief executive told reporters on a call that, a quotation then he said, the finance chief said, according to X in mid-sentence, an analyst asked (optional), she said, an analyst wrote in a note',
    text: `Northgate Bank profit falls as bad loans rise

Northgate Bank said on Tuesday that its profit for the first half had fallen by 18% after it set aside more money for loans that may not be repaid.

The chief executive, Omar Hussein, told reporters on a call that small businesses in the north of England were finding it harder to repay loans taken out during the pandemic. "We are seeing stress, not a crisis," he said.

The finance chief, Helen Briggs, said the bank had set aside £310 million, up from £190 million a year earlier. Mortgage arrears, according to Briggs, were still below their level before the pandemic.

An analyst at Numis asked whether the bank would cut its dividend. Briggs said the board would decide in February.

Analysts at Peel Hunt wrote in a note that the results were "weaker than feared".`,
    claims: [
      { s: 'said on Tuesday that its profit for the first half', speakers: ['Northgate Bank'] },
      { s: 'told reporters on a call that small businesses', speakers: HUSSEIN },
      { s: '"We are seeing stress, not a crisis," he said.', speakers: HUSSEIN, direct: true },
      { s: 'said the bank had set aside £310 million', speakers: BRIGGS },
      { s: 'Mortgage arrears, according to Briggs', speakers: BRIGGS },
      {
        s: 'asked whether the bank would cut its dividend',
        speakers: ['An analyst at Numis', 'analyst'],
        optional: true,
      },
      { s: 'Briggs said the board would decide in February', speakers: BRIGGS },
      { s: 'wrote in a note that the results were', speakers: ['Analysts at Peel Hunt', 'Analysts'] },
    ],
  },
];
