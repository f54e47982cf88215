/**
 * Batch 124, written blind by claims46 before its rows, committed before the detector ran on it,
 * and kept as a first-sight check (only its totals are ever printed; no row is fixed against it).
 * Five stories in the kinds of writing of batches 122 and 123 (issue #9): drivers' claim against a
 * delivery firm ("according to the complaint", "the lawsuit alleges", a driver quoted, a company
 * spokesman, the drivers' lawyer); a study of tagged bees ("has found", "the researchers wrote in
 * the journal", a co-author quoted and "said in an email", "the findings suggest …, the authors
 * wrote", an outside entomologist); a tennis player's and her opponent's words after a semi-final
 * ("told reporters afterwards", "the 20-year-old said"); an airline chief's letter to staff, a
 * union's website and a pilot's post on Threads; and a headteacher named once, then "the head",
 * "the headteacher" and "he".
 *
 * As in batches 72–123, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A refusal to comment is optional.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 0.969
 * (31/31/33) / 1.000 / 1.000.
 */
import type { NewsCase } from './news.cases';

const AZIZ = ['Tariq Aziz', 'Aziz'];
const MARSH = ['Helen Marsh', 'Marsh'];
const LECKIE = ['Dr. Fiona Leckie', 'Fiona Leckie', 'Leckie'];
const MENON = ['Dr. Rahul Menon', 'Rahul Menon', 'Menon'];
const VARGA = ['Nadia Varga', 'Varga'];
const STRAND = ['Elin Strand', 'Strand'];
const LORCK = ['Stefan Lorck', 'Lorck'];
const PRICE = ['Rhiannon Price', 'Price'];
const ASHDOWN = ['Colin Ashdown', 'Ashdown'];

export const NEWS_CASES_124: NewsCase[] = [
  {
    name: "drivers sue a delivery firm: have sued, claiming, according to the complaint, the lawsuit alleges that, a driver said then his quotation, a company spokesman said, the drivers' lawyer said",
    text: `Former drivers sue delivery firm over unpaid waiting time

Eleven former drivers have sued the delivery firm Quickcart, claiming they were not paid for hours spent waiting at its depot for parcels to be loaded.

According to the complaint, filed in the employment tribunal in Manchester on Wednesday, drivers regularly waited up to three hours a day without pay.

The lawsuit alleges that managers told drivers they would lose their routes if they left the depot before their vans were ready.

One of the drivers, Tariq Aziz, said he had sometimes earned less than 40 pounds for a 12-hour day. "You are not on the clock, but you are not free to go either," he said.

A Quickcart spokesman said the company paid all drivers above the minimum wage and would defend the claim.

The drivers' lawyer, Helen Marsh, said she expected more drivers to join the case.`,
    claims: [
      {
        s: 'claiming they were not paid for hours',
        speakers: ['Eleven former drivers', 'former drivers', 'drivers'],
      },
      { s: 'drivers regularly waited up to three hours a day without pay', speakers: ['the complaint', 'complaint'] },
      { s: 'The lawsuit alleges that managers told drivers', speakers: ['The lawsuit', 'lawsuit'] },
      { s: 'said he had sometimes earned less than 40 pounds', speakers: AZIZ },
      {
        s: '"You are not on the clock, but you are not free to go either," he said.',
        speakers: AZIZ,
        direct: true,
      },
      {
        s: 'A Quickcart spokesman said the company paid',
        speakers: ['A Quickcart spokesman', 'Quickcart spokesman', 'spokesman'],
      },
      { s: 'said she expected more drivers to join', speakers: MARSH },
    ],
  },
  {
    name: 'a study of tagged bees: a study has found, the researchers wrote in the journal that, a quotation then said co-author, she said in an email that, the findings suggest …, the authors wrote, an outside expert said',
    text: `Bumblebees fly less on hot days, study of tagged bees shows

Bumblebees spend less time foraging when temperatures rise above 28 degrees, a study using tiny radio tags on more than 600 bees has found.

The researchers, from the University of Eastmoor, wrote in the journal Insect Ecology that the bees cut their flights by about a third on the hottest days and stayed closer to their nests.

"We expected some change, but not this much," said co-author Dr. Fiona Leckie. She said in an email that the bees seemed to be saving energy rather than avoiding the heat itself.

The findings suggest that warmer summers could reduce the pollination of crops such as field beans, the authors wrote.

Dr. Rahul Menon, an entomologist at Wexley College who was not part of the team, said the tags were a "clever trick" but that 600 bees from one region was a small sample.`,
    claims: [
      {
        s: 'a study using tiny radio tags on more than 600 bees has found',
        speakers: ['a study using tiny radio tags on more than 600 bees', 'a study', 'study'],
      },
      { s: 'wrote in the journal Insect Ecology that the bees cut', speakers: ['The researchers', 'researchers'] },
      { s: '"We expected some change, but not this much," said co-author', speakers: LECKIE, direct: true },
      { s: 'She said in an email that the bees seemed to be saving energy', speakers: LECKIE },
      {
        s: 'The findings suggest that warmer summers could reduce',
        speakers: ['the authors', 'authors', 'The findings'],
      },
      { s: 'said the tags were a "clever trick"', speakers: MENON },
    ],
  },
  {
    name: 'after a tennis semi-final: the winner said, her quotation then she told reporters afterwards, a second quoted sentence, the 20-year-old said, the loser said then her quotation then she said',
    text: `Varga beats top seed to reach first final

Nadia Varga said she had "no idea how" she beat top seed Elin Strand 6-4 3-6 7-5 in Saturday's semi-final at the Coastline Open.

"I was a break down in the third and just told myself to keep hitting through the ball," Varga told reporters afterwards. "Somehow it worked."

The 20-year-old said she would call her grandmother, who taught her to play, before doing anything else.

Strand said her shoulder had been sore since the first set but refused to blame it for the defeat. "She played better on the big points. That is the whole story," Strand said.

Varga will play the winner of Sunday's second semi-final.`,
    claims: [
      { s: 'said she had "no idea how" she beat', speakers: VARGA },
      { s: '"I was a break down in the third', speakers: VARGA, direct: true },
      { s: '"Somehow it worked."', speakers: VARGA, direct: true },
      { s: 'The 20-year-old said she would call her grandmother', speakers: VARGA },
      { s: 'Strand said her shoulder had been sore', speakers: STRAND },
      { s: '"She played better on the big points.', speakers: STRAND, direct: true },
      { s: 'That is the whole story," Strand said.', speakers: STRAND, direct: true },
    ],
  },
  {
    name: "an airline chief's letter to staff and posts: told staff in a letter that, his quotation then he wrote, a second quoted sentence, a union said on its website that, a pilot wrote on Threads that, the airline declined to comment (optional)",
    text: `Airline chief tells staff pay deal is "final offer"

The chief executive of Bluecrest Airways, Stefan Lorck, told staff in a letter on Monday that a 4 percent pay rise was the airline's final offer and that there was "no more money in the drawer".

"I know this is not the number many of you hoped for," Lorck wrote. "But I will not promise what we cannot pay."

The pilots' union, Balpa Connect, said on its website that members would vote next week on whether to strike.

A first officer with the airline, Rhiannon Price, wrote on Threads that the letter had "made the vote easier". Her post was shared more than 3,000 times.

Bluecrest declined to comment further.`,
    claims: [
      { s: 'told staff in a letter on Monday that a 4 percent pay rise', speakers: LORCK },
      { s: '"I know this is not the number many of you hoped for," Lorck wrote.', speakers: LORCK, direct: true },
      { s: '"But I will not promise what we cannot pay."', speakers: LORCK, direct: true },
      {
        s: 'said on its website that members would vote',
        speakers: ['Balpa Connect', "The pilots' union", "pilots' union"],
      },
      { s: 'wrote on Threads that the letter had "made the vote easier"', speakers: PRICE },
      { s: 'Bluecrest declined to comment further.', speakers: [], optional: true },
    ],
  },
  {
    name: 'a headteacher named once, then "the head", "the headteacher" and "he": has defended (optional), the head said, he said, parents said, one mother said, the headteacher said, a quotation then he said, he added that',
    text: `Headteacher defends phone ban after parents' protest

The headteacher of Ravensworth Academy, Colin Ashdown, has defended the school's ban on mobile phones after about 40 parents protested outside its gates on Thursday.

The head said the ban, which began in September, had cut bullying reports by half. He said pupils were "talking to each other again at lunch".

Parents at the protest said they needed to reach their children on the way home. One mother, who did not want to be named, said her daughter walked two miles alone in the dark in winter.

The headteacher said pupils could still carry phones switched off in their bags. "Nobody is taking anyone's phone away. We are asking them to put it away," he said.

He added that he would meet parents' representatives next week.`,
    claims: [
      { s: "has defended the school's ban on mobile phones", speakers: ASHDOWN, optional: true },
      { s: 'The head said the ban, which began in September', speakers: ASHDOWN },
      { s: 'He said pupils were "talking to each other again at lunch"', speakers: ASHDOWN },
      { s: 'Parents at the protest said they needed to reach', speakers: ['Parents at the protest', 'Parents'] },
      { s: 'said her daughter walked two miles alone', speakers: ['One mother', 'mother'] },
      { s: 'The headteacher said pupils could still carry phones', speakers: ASHDOWN },
      { s: '"Nobody is taking anyone\'s phone away.', speakers: ASHDOWN, direct: true },
      { s: 'We are asking them to put it away," he said.', speakers: ASHDOWN, direct: true },
      { s: 'He added that he would meet', speakers: ASHDOWN },
    ],
  },
];
