/**
 * Batch 141, written by claims62 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): three stories in kinds of writing the issue asks for (issue #9). An election
 * night with the returning officer's declaration, the winner's speech ("told supporters at the
 * count"), the loser who "conceded" and a polling expert on the exit poll ("said X, a professor of
 * politics at Y", "according to the exit poll"); a product recall with the regulator, the maker's
 * statement ("In a statement, the company said", "it said it was not aware of"), a consumer group
 * ("said X of Y") and a parent; and a transfer saga told through anonymous sources ("people close to
 * the player said", "a source at the club said", "according to reports in Spain") with the managers
 * on the record.
 *
 * As in batches 72–140, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A question, a refusal to comment and a declaration are optional.
 */
import type { NewsCase } from './news.cases';

const MERCER = ['Angela Mercer', 'Mercer', 'Ms Mercer'];
const HOLLIS = ['David Hollis', 'Hollis', 'Mr Hollis'];
const STRAND = ['Professor Kay Strand', 'Kay Strand', 'Strand'];
const BRAITH = ['Neil Braithwaite', 'Braithwaite'];
const OPSS = ['The Office for Product Safety and Standards', 'Office for Product Safety and Standards', 'OPSS'];
const TINYNEST = ['TinyNest', 'the company'];
const COOMBE = ['Sue Coombe', 'Coombe'];
const MAHER = ['Laura Maher', 'Maher'];
const VARGA = ['Tamas Varga', 'Varga'];
const CLOSE = ['people close to the player', 'people close to Varga', 'people close to him'];
const RIDLEY = ['Ian Ridley', 'Ridley'];
const ARANDA = ['Pablo Aranda', 'Aranda'];

export const NEWS_CASES_141: NewsCase[] = [
  {
    name: 'an election night: the exit poll suggested (optional), according to the exit poll, the returning officer declared (optional), she told supporters at the count that, a two-sentence quotation then she said, the defeated MP conceded that, he said, said X, a professor of politics, she added',
    text: `Mercer takes Kettlebury from Conservatives with 6,000 majority

Labour's Angela Mercer won the Kettlebury by-election in the early hours of Friday, overturning a Conservative majority of almost 9,000.

The returning officer, Neil Braithwaite, declared the result at the Kettlebury Leisure Centre shortly after 3am. He said turnout had been 41.2%, the lowest in the seat since 1945.

Ms Mercer told supporters at the count that the town had "voted for change, not for a party". "People here have waited a long time to be listened to. I will not make them wait any longer," she said.

The defeated Conservative candidate, David Hollis, conceded that it had been "a very hard night" for his party. He said voters had been angry about the closure of the town's hospital ward.

"This is the sort of swing we have not seen in a by-election since the 1990s," said Professor Kay Strand, a professor of politics at the University of Nottingham. She added that the Reform UK vote had fallen for the first time this year.`,
    claims: [
      { s: 'Neil Braithwaite, declared the result', speakers: BRAITH, optional: true },
      { s: 'He said turnout had been 41.2%', speakers: BRAITH },
      { s: 'Ms Mercer told supporters at the count', speakers: MERCER },
      { s: '"People here have waited a long time to be listened to.', speakers: MERCER, direct: true },
      { s: 'I will not make them wait any longer," she said.', speakers: MERCER, direct: true },
      { s: 'David Hollis, conceded that it had been', speakers: HOLLIS },
      { s: 'He said voters had been angry', speakers: HOLLIS },
      { s: '"This is the sort of swing we have not seen', speakers: STRAND, direct: true },
      { s: 'She added that the Reform UK vote had fallen', speakers: STRAND },
    ],
  },
  {
    name: 'a product recall: the regulator said, it warned parents to, in a statement the company said, it said it was not aware of, the chief executive said, a consumer group said, a quotation then said X of Y, a parent told the BBC',
    text: `Baby sleeping pods recalled over suffocation risk

More than 40,000 baby sleeping pods sold in the UK are being recalled because their sides can fold inwards while a baby is asleep.

The Office for Product Safety and Standards said on Monday that the TinyNest Cocoon posed "a serious risk of suffocation". It warned parents to stop using the pods immediately.

In a statement, TinyNest said it was recalling every Cocoon sold since March 2023 and would refund customers in full. It said it was not aware of any baby being hurt.

Its chief executive, Sue Coombe, said the company was "deeply sorry for the worry this will cause".

The consumer group Which? said the recall showed that online marketplaces needed stricter checks. "Parents should not have to be safety inspectors," said Laura Maher of Which?.

Sophie Lang, a mother of twins from Leeds, told the BBC she had used two of the pods every night for six months.`,
    claims: [
      { s: 'said on Monday that the TinyNest Cocoon posed', speakers: OPSS },
      { s: 'It warned parents to stop using the pods', speakers: OPSS },
      { s: 'TinyNest said it was recalling every Cocoon', speakers: TINYNEST },
      { s: 'It said it was not aware of any baby being hurt', speakers: TINYNEST },
      { s: 'Sue Coombe, said the company was "deeply sorry', speakers: COOMBE },
      {
        s: 'The consumer group Which? said the recall showed',
        speakers: ['Which?', 'Which', 'The consumer group Which?'],
      },
      { s: '"Parents should not have to be safety inspectors,"', speakers: MAHER, direct: true },
      { s: 'told the BBC she had used two of the pods', speakers: ['Sophie Lang', 'Lang'] },
    ],
  },
  {
    name: 'a transfer saga: people close to the player said, according to reports in Spain, a source at the club said, the manager said, a two-sentence quotation then he said, the other manager told reporters that, the player declined to comment (optional), his agent said',
    text: `Varga wants Valencia move, say people close to striker

Tamas Varga has told Burnley he wants to join Valencia before the transfer window closes, people close to the player said on Wednesday.

The Hungarian striker, 26, has two years left on his contract. Valencia have offered about £18 million, according to reports in Spain, but Burnley want at least £25 million.

A source at Burnley said the club would not "give him away" and had not received a formal bid.

Burnley manager Ian Ridley said he expected Varga to be at the club next season. "Tamas is our top scorer and he is under contract. Nobody has knocked on my door," he said.

Valencia coach Pablo Aranda told reporters on Tuesday that he "admired" Varga but would not talk about another club's player.

Varga declined to comment when approached at the training ground. His agent said talks were at "a very early stage".`,
    claims: [
      { s: 'Tamas Varga has told Burnley he wants to join Valencia', speakers: [...CLOSE, ...VARGA] },
      {
        s: 'Valencia have offered about £18 million, according to reports in Spain',
        speakers: ['reports in Spain', 'reports'],
      },
      {
        s: 'A source at Burnley said the club would not',
        speakers: ['A source at Burnley', 'source at Burnley', 'Burnley'],
      },
      { s: 'Ian Ridley said he expected Varga', speakers: RIDLEY },
      { s: '"Tamas is our top scorer and he is under contract.', speakers: RIDLEY, direct: true },
      { s: 'Nobody has knocked on my door," he said.', speakers: RIDLEY, direct: true },
      { s: 'Pablo Aranda told reporters on Tuesday', speakers: ARANDA },
      { s: 'Varga declined to comment when approached', speakers: VARGA, optional: true },
      { s: 'His agent said talks were at "a very early stage"', speakers: ['His agent', 'agent', "Varga's agent"] },
    ],
  },
];
