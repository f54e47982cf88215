/**
 * Batch 138, written by claims61 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): four stories in kinds of writing earlier batches had little of (issue #9). A
 * rail strike with the union's leader, the operator, its director, a minister and commuters ("told
 * a rally that", "urged the union to", "said X, a care worker"); talks between two governments with
 * a joint statement and each side's readout ("the two governments said in a joint statement", "The
 * statement said", "A readout from … said", "the ministry's account … said"); a singer's post on
 * social media, her representative and her promoter ("announced on Instagram", "wrote", "A
 * representative for the singer said", "one wrote on X"); and a rescue on a mountain with the
 * family named by the man it belongs to ("The family of X said"), the rescue team, a brother named
 * after his relation ("X's brother, Huw, said"), "As the team leader said on Tuesday, …" and police
 * who "denied reports that … and said".
 *
 * As in batches 72–137, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A question and a declaration are optional.
 */
import type { NewsCase } from './news.cases';

const HARLAND = ['Mick Harland', 'Harland'];
const DALE = ['Fiona Dale', 'Dale'];
const NAIR = ['Priya Nair', 'Nair'];
const OSBORNE = ['Kevin Osborne', 'Osborne'];
const GRANT = ['Leah Grant', 'Grant'];
const QUILL = ['Prime Minister Anthony Quill', 'Anthony Quill', 'Quill'];
const MORIYAMA = ['Kenji Moriyama', 'Moriyama'];
const LIN = ['Lin Wei', 'Lin'];
const LORNE = ['Maya Lorne', 'Lorne'];
const PROTHERO_FAMILY = ['The family of Owen Prothero', 'family', 'The family'];
const ROWLANDS = ['Gwen Rowlands', 'Rowlands'];
const HUW = ['Huw', 'Huw Prothero', "Prothero's brother"];

export const NEWS_CASES_138: NewsCase[] = [
  {
    name: 'a rail strike: X, general secretary of the union, said, he told a rally that, the operator said … and that, its director urged the union to, the minister told the BBC that, a quotation then she said, commuters said, a quotation then said X, a care worker, another passenger, X, said',
    text: `Train drivers' strike halts services across the north

Train drivers walked out on Monday in a dispute over pay and rest days, leaving most lines across northern England without services.

Mick Harland, general secretary of the drivers' union Aslef North, said members had been offered "less than inflation for the third year running". He told a rally in Leeds that the union was ready to strike every week until February.

Northway Rail said the walkout was "unnecessary and damaging" and that its offer of 4% was fair. Its operations director, Fiona Dale, urged the union to put the offer to a ballot of its members.

The transport minister, Priya Nair, told the BBC that both sides should return to talks. "Passengers have been let down by everybody in this dispute," she said.

At Manchester Piccadilly, commuters said they had little sympathy left for either side. "I've lost three days' pay this month," said Kevin Osborne, a care worker. Another passenger, Leah Grant, said she backed the drivers but wanted the two sides to "sort it out".`,
    claims: [
      { s: 'Aslef North, said members had been offered', speakers: HARLAND },
      { s: 'He told a rally in Leeds that the union was ready', speakers: HARLAND },
      { s: 'Northway Rail said the walkout was "unnecessary', speakers: ['Northway Rail'] },
      { s: 'urged the union to put the offer to a ballot', speakers: DALE },
      { s: 'told the BBC that both sides should return to talks', speakers: NAIR },
      { s: '"Passengers have been let down by everybody', speakers: NAIR, direct: true },
      { s: 'commuters said they had little sympathy left', speakers: ['commuters', 'Commuters'] },
      { s: '"I\'ve lost three days\' pay this month," said Kevin Osborne', speakers: OSBORNE, direct: true },
      { s: 'Another passenger, Leah Grant, said she backed the drivers', speakers: GRANT },
    ],
  },
  {
    name: "talks between governments: the two governments said in a joint statement, the statement said, a readout from the prime minister's office said, the other ministry's account said, speaking to reporters afterwards X said, X, the prime minister, said he hoped, a foreign ministry spokesman said on Wednesday that",
    text: `Japan and Australia pledge closer defence ties

TOKYO — Japan and Australia agreed on Tuesday to expand joint military exercises and share more intelligence, the two governments said in a joint statement after talks in Tokyo.

The statement said the two countries were "deeply concerned" by recent missile launches in the region and would meet again within six months.

A readout from the Australian prime minister's office said Prime Minister Anthony Quill had raised the case of an Australian writer detained abroad. The Japanese foreign ministry's account made no mention of the case, but said both leaders had agreed on the importance of "a free and open Indo-Pacific".

Speaking to reporters afterwards, Quill said the relationship had "never been stronger". Japan's prime minister, Kenji Moriyama, said he hoped to visit Canberra next year.

China's foreign ministry spokesman, Lin Wei, said on Wednesday that countries should not form "small blocs" that threatened peace in the region.`,
    claims: [
      {
        s: 'the two governments said in a joint statement',
        speakers: ['the two governments', 'Japan and Australia', 'Japan', 'Australia'],
      },
      {
        s: 'The statement said the two countries were "deeply concerned"',
        speakers: ['The statement', 'the two governments', 'Japan and Australia', 'Japan', 'Australia'],
      },
      {
        s: "A readout from the Australian prime minister's office said",
        speakers: [
          "the Australian prime minister's office",
          "Australian prime minister's office",
          'A readout',
          'readout',
        ],
      },
      {
        s: "The Japanese foreign ministry's account made no mention",
        speakers: [
          'The Japanese foreign ministry',
          'Japanese foreign ministry',
          "The Japanese foreign ministry's account",
        ],
      },
      { s: 'Quill said the relationship had "never been stronger"', speakers: QUILL },
      { s: 'Kenji Moriyama, said he hoped to visit Canberra', speakers: MORIYAMA },
      { s: 'Lin Wei, said on Wednesday that countries', speakers: LIN },
    ],
  },
  {
    name: "a singer's post: the singer announced on Instagram, a two-sentence quotation then X wrote, she said, a representative for the singer said, X, the tour's promoter, said, a quotation then one wrote on X, the singer's mother told a newspaper her",
    text: `Maya Lorne cancels European tour after vocal injury

The pop singer Maya Lorne has cancelled the rest of her European tour after doctors found a haemorrhage on her vocal cords, the singer announced on Instagram on Sunday.

"I am heartbroken. I have never cancelled a show in my life, but my doctors have told me I need complete rest," Lorne wrote. She said fans would be offered full refunds.

A representative for the singer said she was expected to make a full recovery and hoped to reschedule the dates in the autumn. Live Nation, the tour's promoter, said tickets would remain valid for the new dates.

Fans reacted with sympathy. "Take all the time you need," one wrote on X. The singer's mother, Diane Lorne, told the Sun her daughter had been "pushing herself too hard for years".`,
    claims: [
      { s: 'the singer announced on Instagram on Sunday', speakers: LORNE },
      { s: '"I am heartbroken.', speakers: LORNE, direct: true },
      { s: 'I have never cancelled a show in my life', speakers: LORNE, direct: true },
      { s: 'She said fans would be offered full refunds.', speakers: LORNE },
      {
        s: 'A representative for the singer said she was expected',
        speakers: ['A representative for the singer', 'representative'],
      },
      { s: "Live Nation, the tour's promoter, said tickets", speakers: ['Live Nation'] },
      { s: '"Take all the time you need," one wrote on X.', speakers: ['one', 'Fans'], direct: true },
      { s: 'Diane Lorne, told the Sun her daughter had been', speakers: ['Diane Lorne'] },
    ],
  },
  {
    name: "a mountain rescue: the family of X, the hiker found alive, said, the rescue team said, the team's leader told reporters, X's brother, Huw, said, as the team leader said on Tuesday, police denied reports that … and said",
    text: `Hiker found alive after three nights on Cadair Idris

The family of Owen Prothero, the hiker found alive after three nights on Cadair Idris, said they owed his life to the volunteers who searched for him.

Aberdyfi Search and Rescue Team said Prothero, 27, had been found in a gully by a search dog on Tuesday morning. The team's leader, Gwen Rowlands, told reporters he had been "very cold but talking".

Prothero's brother, Huw, said the family had "refused to give up hope". As the team leader said on Tuesday, the conditions on the mountain were some of the worst in years.

Police denied reports that the search had been scaled back on Monday and said more than 60 people had taken part.`,
    claims: [
      { s: 'said they owed his life to the volunteers', speakers: PROTHERO_FAMILY },
      { s: 'Aberdyfi Search and Rescue Team said Prothero', speakers: ['Aberdyfi Search and Rescue Team'] },
      { s: 'Gwen Rowlands, told reporters he had been', speakers: ROWLANDS },
      { s: "Prothero's brother, Huw, said the family", speakers: HUW },
      { s: 'As the team leader said on Tuesday, the conditions', speakers: ROWLANDS },
      { s: 'Police denied reports that the search', speakers: ['Police'] },
    ],
  },
];
