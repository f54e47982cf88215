/**
 * Batch 137, written by claims61 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): four stories in kinds of writing earlier batches had little of (issue #9). A
 * sentencing at a crown court with the judge's remarks, a victim statement read out by an officer,
 * defence counsel ("Defending, X said") and a family named by its dead ("The family of X said"); a
 * football manager's press conference with the captain answering and a player quoted by a local
 * paper ("was quoted as saying", "he replied"); a study reported with its lead author, an
 * independent expert who "cautioned that" and the journal's statement ("according to a study");
 * and a chain of attribution ("Reuters reported …, citing two people familiar with the matter",
 * "one of the people said", "Bloomberg News reported last month, citing unnamed sources, that").
 *
 * As in batches 72–136, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A question, an admission of a charge and a defence of someone
 * without content are optional.
 */
import type { NewsCase } from './news.cases';

const MARSH = ['Judge Helen Marsh', 'Helen Marsh', 'Marsh', 'the judge'];
const RACHEL = ['Rachel', 'Rachel Aldridge', "Mr Aldridge's wife"];
const PRYCE = ['Owen Pryce', 'Mr Pryce', 'Pryce'];
const COLE = ['Detective Sergeant Amy Cole', 'Amy Cole', 'Cole'];
const ALDRIDGE_FAMILY = ['The family of Tom Aldridge', 'family', 'The family'];
const RANSOME = ['Steve Ransome', 'Ransome'];
const ACHEBE = ['Jordan Achebe', 'Achebe'];
const FENNER = ['Luke Fenner', 'Fenner', 'Luke'];
const OSEI_BONSU = ['Professor Nadia Osei-Bonsu', 'Nadia Osei-Bonsu', 'Osei-Bonsu'];
const KELL = ['Dr Martin Kell', 'Martin Kell', 'Kell'];
const TOLAN = ['Greg Tolan', 'Tolan'];
const PEOPLE = ['two people familiar with the matter', 'people familiar with the matter', 'one of the people'];

export const NEWS_CASES_137: NewsCase[] = [
  {
    name: 'a sentencing: admitted (optional), sentencing him the judge said, a quotation the judge told him then a second quoted sentence, a victim statement read to the court (wife, Rachel), she said, defending X said, Mr X told the court that, the family of X said in a statement, outside court a detective said, a two-sentence quotation then she said',
    text: `Driver who killed cyclist while on his phone jailed for eight years

A driver who was watching videos on his phone when he struck and killed a cyclist on the A38 has been jailed for eight years.

Darren Whitlock, 34, admitted causing death by dangerous driving at an earlier hearing. Sentencing him at Bristol Crown Court on Friday, Judge Helen Marsh said he had been "scrolling through videos" for almost a minute before the crash.

"You chose your phone over the life of everyone on that road," the judge told him. "Tom Aldridge paid for that choice with his life."

In a victim statement read to the court by a police officer, Mr Aldridge's wife, Rachel, said their two children asked every night when their father would come home. She said she had not been able to return to work.

Defending, Owen Pryce said his client was "utterly ashamed" and had sold his car. Mr Pryce told the court that Whitlock had written a letter of apology to the family.

The family of Tom Aldridge said in a statement that they would campaign for longer sentences for drivers who use their phones.

Outside court, Detective Sergeant Amy Cole said the sentence sent a clear message to every driver. "A phone call or a text can wait. A life cannot," she said.`,
    claims: [
      { s: 'admitted causing death by dangerous driving', speakers: ['Darren Whitlock', 'Whitlock'], optional: true },
      { s: 'Judge Helen Marsh said he had been "scrolling', speakers: MARSH },
      { s: '"You chose your phone over the life of everyone', speakers: MARSH, direct: true },
      { s: '"Tom Aldridge paid for that choice with his life."', speakers: MARSH, direct: true },
      { s: "Mr Aldridge's wife, Rachel, said their two children", speakers: RACHEL },
      { s: 'She said she had not been able to return to work.', speakers: RACHEL },
      { s: 'Owen Pryce said his client was "utterly ashamed"', speakers: PRYCE },
      { s: 'Mr Pryce told the court that Whitlock had written', speakers: PRYCE },
      { s: 'said in a statement that they would campaign', speakers: ALDRIDGE_FAMILY },
      { s: 'Amy Cole said the sentence sent a clear message', speakers: COLE },
      { s: '"A phone call or a text can wait.', speakers: COLE, direct: true },
      { s: 'A life cannot," she said.', speakers: COLE, direct: true },
    ],
  },
  {
    name: "a manager's press conference: defended (optional), speaking at his press conference X said, he added that, a two-sentence quotation then X said, the captain was asked whether (optional), a two-sentence quotation then he replied, X told a newspaper that, the 22-year-old was quoted as saying, X confirmed that",
    text: `Harlow boss backs goalkeeper after late cup blunder

Harlow Athletic manager Steve Ransome defended his goalkeeper on Saturday after a late error sent the club out of the FA Cup.

Speaking at his post-match press conference, Ransome said Luke Fenner had "won us more games than he has lost". He added that the club would not be signing another goalkeeper in January.

"Everybody makes mistakes. Luke will be in goal on Tuesday, and I expect him to be brilliant," Ransome said.

The club captain, Jordan Achebe, was asked whether the dressing room was angry. "Not with Luke. With ourselves, for not scoring a second," he replied.

Fenner told the Harlow Star that he had not slept after the match. "I watched it back ten times. It doesn't get any better," the 22-year-old was quoted as saying.

Ransome confirmed that the midfielder Dan Cosgrove would miss six weeks with a hamstring injury.`,
    claims: [
      { s: 'Steve Ransome defended his goalkeeper on Saturday', speakers: RANSOME, optional: true },
      { s: 'Ransome said Luke Fenner had "won us more games', speakers: RANSOME },
      { s: 'He added that the club would not be signing', speakers: RANSOME },
      { s: '"Everybody makes mistakes.', speakers: RANSOME, direct: true },
      { s: 'Luke will be in goal on Tuesday', speakers: RANSOME, direct: true },
      { s: 'was asked whether the dressing room was angry', speakers: [], optional: true },
      { s: '"Not with Luke.', speakers: ACHEBE, direct: true },
      { s: 'With ourselves, for not scoring a second," he replied.', speakers: ACHEBE, direct: true },
      { s: 'Fenner told the Harlow Star that he had not slept', speakers: FENNER },
      { s: '"I watched it back ten times.', speakers: FENNER, direct: true },
      { s: 'It doesn\'t get any better," the 22-year-old', speakers: FENNER, direct: true },
      { s: 'Ransome confirmed that the midfielder Dan Cosgrove', speakers: RANSOME },
    ],
  },
  {
    name: 'a study reported: according to a study, the lead author said, a two-sentence quotation then she said, an independent expert cautioned that, he said, in a statement the journal said, a charity called the findings … and urged',
    text: `Daily walk linked to lower dementia risk, large study finds

People who walk for at least 30 minutes a day are a fifth less likely to develop dementia, according to a study of more than 80,000 adults published on Wednesday.

The researchers, from the University of Leeds and the Karolinska Institute, followed the participants for an average of nine years. The lead author, Professor Nadia Osei-Bonsu, said the link held even after accounting for diet, smoking and income.

"We can't say that walking alone prevents dementia. But the pattern is consistent and strong," she said.

Dr Martin Kell, a neurologist at University College London who was not involved in the research, cautioned that people who walk more may already be healthier. He said a randomised trial would be needed to prove cause and effect.

In a statement, the journal Neurology Today said the paper had been reviewed by three independent experts. The Alzheimer's Society called the findings "encouraging" and urged the government to invest in safer pavements and parks.`,
    claims: [
      {
        s: 'are a fifth less likely to develop dementia, according to a study',
        speakers: ['a study of more than 80,000 adults', 'a study', 'study', 'The researchers', 'researchers'],
      },
      { s: 'Nadia Osei-Bonsu, said the link held', speakers: OSEI_BONSU },
      { s: '"We can\'t say that walking alone prevents dementia.', speakers: OSEI_BONSU, direct: true },
      { s: 'But the pattern is consistent and strong," she said.', speakers: OSEI_BONSU, direct: true },
      { s: 'cautioned that people who walk more may already be healthier', speakers: KELL },
      { s: 'He said a randomised trial would be needed', speakers: KELL },
      { s: 'the journal Neurology Today said the paper', speakers: ['Neurology Today', 'the journal Neurology Today'] },
      {
        s: 'The Alzheimer\'s Society called the findings "encouraging"',
        speakers: ["The Alzheimer's Society", "Alzheimer's Society"],
      },
    ],
  },
  {
    name: 'a chain of attribution: Reuters reported, citing two people familiar with the matter, one of the people said, the other said, Bloomberg News reported last month, citing unnamed sources, that, a spokeswoman said, X told investors in March that',
    text: `Larkspur Foods weighs sale of frozen meals business

Larkspur Foods is exploring a sale of its frozen meals business that could value it at about $2 billion, Reuters reported on Thursday, citing two people familiar with the matter.

The company has hired Lazard to run the process, one of the people said. The other said private equity firms had shown early interest.

Bloomberg News reported last month, citing unnamed sources, that Larkspur's board was divided over the plan.

A Larkspur spokeswoman said the company did not comment on market rumours. Its chief executive, Greg Tolan, told investors in March that he was "reviewing every part of the portfolio".

Larkspur's shares rose 4% in afternoon trading.`,
    claims: [
      { s: 'Larkspur Foods is exploring a sale of its frozen meals', speakers: ['Reuters', ...PEOPLE] },
      { s: 'The company has hired Lazard to run the process', speakers: PEOPLE },
      { s: 'The other said private equity firms', speakers: ['The other', ...PEOPLE] },
      { s: 'Bloomberg News reported last month', speakers: ['Bloomberg News', 'Bloomberg', 'unnamed sources'] },
      {
        s: 'A Larkspur spokeswoman said the company did not comment',
        speakers: ['A Larkspur spokeswoman', 'Larkspur spokeswoman', 'Larkspur Foods', 'Larkspur'],
      },
      { s: 'told investors in March that he was', speakers: TOLAN },
    ],
  },
];
