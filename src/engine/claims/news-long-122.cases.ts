/**
 * Batch 122, written by claims46 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in kinds of writing batches 1–121 have little of (issue #9). A
 * fraud trial (a defendant's testimony, "the prosecutor told jurors", "in a filing, lawyers for X
 * argued"); a sleep study ("according to a study published in", "the study's authors wrote",
 * "according to the paper", a researcher quoted, an outside expert); a manager's and a player's
 * words after a cup match ("told reporters", "Asked whether …, X said:"); a founder's letter to
 * shareholders and posts on social media ("she wrote", "posted on X that", "wrote on LinkedIn");
 * and a lifeboat coxswain named once, then "the coxswain" and "he" over four paragraphs.
 *
 * As in batches 72–121, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A person described before being named ("The former finance
 * director … testified"; her name follows) counts only resolved to the name.
 *
 * At first sight (claims F1 / speaker / direct): 1.000 (37/37/37) / 0.838 / 1.000: "Dafydd Price" is
 * no person mention, so "the coxswain" and "he" after him were six speakers unresolved.
 */
import type { NewsCase } from './news.cases';

const ODUYA = ['Miriam Oduya', 'Oduya'];
const LYLE = ['Gareth Lyle', 'Lyle'];
const RAO = ['Dr. Anjali Rao', 'Anjali Rao', 'Rao'];
const FAIRWEATHER = ['Dr. Leon Fairweather', 'Leon Fairweather', 'Fairweather'];
const GALLAGHER = ['Terry Gallagher', 'Gallagher'];
const MENSAH = ['Kofi Mensah', 'Mensah'];
const BROOK = ['Elaine Brook', 'Brook'];
const PELLOW = ['Harriet Pellow', 'Pellow'];
const VEY = ['Marcus Vey', 'Vey'];
const PRICE = ['Dafydd Price', 'Price'];

export const NEWS_CASES_122: NewsCase[] = [
  {
    name: 'fraud trial: a defendant testified that (named after), told the jury that, her quotation then she said, the prosecutor told jurors that, he said, in a filing lawyers for a supplier argued that',
    text: `Former hospital director tells jury she never saw the invoices

The former finance director of Kestrel Vale Hospital testified on Tuesday that she had never seen the invoices at the centre of a 4 million pound fraud case.

Miriam Oduya, 58, is accused with two former suppliers of billing the hospital for equipment that was never delivered. She denies all charges.

Under questioning from her own lawyer, Oduya told the jury that invoices below 50,000 pounds were approved by junior staff and never reached her desk. "I signed what was put in front of me. Nobody put these in front of me," she said.

The prosecutor, Gareth Lyle, told jurors in his opening last week that Oduya had "built a system designed so that no one would look". He said the payments had gone through 41 separate invoices over three years.

In a filing made public on Monday, lawyers for one of the suppliers, Brannock Medical, argued that the company had delivered every item it billed for and that the hospital's records were incomplete.

The trial continues.`,
    claims: [
      { s: 'testified on Tuesday that she had never seen the invoices', speakers: ODUYA },
      { s: 'She denies all charges.', speakers: ODUYA, optional: true },
      { s: 'told the jury that invoices below 50,000 pounds', speakers: ODUYA },
      { s: '"I signed what was put in front of me.', speakers: ODUYA, direct: true },
      { s: 'Nobody put these in front of me," she said.', speakers: ODUYA, direct: true },
      { s: 'told jurors in his opening last week that Oduya had', speakers: LYLE },
      { s: 'He said the payments had gone through 41', speakers: LYLE },
      {
        s: 'argued that the company had delivered every item',
        speakers: [
          'lawyers for one of the suppliers',
          'lawyers for one of the suppliers, Brannock Medical',
          'Brannock Medical',
        ],
      },
    ],
  },
  {
    name: "sleep study: according to a study published in a journal, the study's authors wrote that, a researcher's quotation then said Dr. X, she cautioned that, according to the paper, an outside expert said",
    text: `Short naps linked to better memory in older adults, study finds

Adults over 65 who took a nap of 20 to 30 minutes after lunch did better on memory tests than those who did not nap, according to a study published on Wednesday in the journal Sleep Medicine Reports.

Researchers at the University of Tarrow followed 1,140 volunteers for two years. The study's authors wrote that the benefit disappeared for naps longer than an hour, which were linked instead to slightly worse scores.

"It is the length that matters, not the nap itself," said Dr. Anjali Rao, a neurologist who led the work. "A short nap seems to help the brain file away what it learned in the morning."

Rao cautioned that the study could show only a link, not that napping itself improved memory.

According to the paper, volunteers who napped were also more likely to exercise, which the team tried to account for in its analysis.

Dr. Leon Fairweather, a sleep researcher at Corran University who was not involved in the study, said the results were "plausible but not yet proof".`,
    claims: [
      {
        s: 'did better on memory tests than those who did not nap, according to a study',
        speakers: ['a study published on Wednesday in the journal Sleep Medicine Reports', 'a study', 'study'],
      },
      {
        s: "The study's authors wrote that the benefit disappeared",
        speakers: ["The study's authors", "study's authors", 'authors'],
      },
      { s: '"It is the length that matters, not the nap itself," said Dr.', speakers: RAO, direct: true },
      { s: '"A short nap seems to help the brain', speakers: RAO, direct: true },
      { s: 'Rao cautioned that the study could show only a link', speakers: RAO },
      { s: 'According to the paper, volunteers who napped', speakers: ['the paper', 'paper'] },
      { s: 'said the results were "plausible but not yet proof"', speakers: FAIRWEATHER },
    ],
  },
  {
    name: 'after a cup defeat: a manager blamed, his quotation then he told reporters, he said, a captain said then his quotation, the other manager said, asked whether … he said: a quotation',
    text: `Dunmore boss blames pitch after cup exit

Dunmore Athletic manager Terry Gallagher blamed a "disgraceful" pitch for his side's 2-1 FA Trophy defeat at Rushford Town on Saturday.

"You cannot pass the ball on a surface like that. It was like playing on a ploughed field," Gallagher told reporters after the match.

He said he would write to the competition's organisers about the state of the ground.

Rushford's captain, Kofi Mensah, who scored the winner in the 88th minute, said the conditions had been the same for both sides. "We played on it too. We just wanted it more," he said.

Rushford manager Elaine Brook said she was proud of her players and that the club had spent 20,000 pounds on drainage in the summer.

Asked whether he expected to keep his job, Gallagher said: "That is not for me to decide."`,
    claims: [
      { s: 'blamed a "disgraceful" pitch', speakers: GALLAGHER },
      { s: '"You cannot pass the ball on a surface like that.', speakers: GALLAGHER, direct: true },
      { s: 'It was like playing on a ploughed field," Gallagher told reporters', speakers: GALLAGHER, direct: true },
      { s: 'He said he would write to the competition', speakers: GALLAGHER },
      { s: 'said the conditions had been the same for both sides', speakers: MENSAH },
      { s: '"We played on it too.', speakers: MENSAH, direct: true },
      { s: 'We just wanted it more," he said.', speakers: MENSAH, direct: true },
      { s: 'said she was proud of her players', speakers: BROOK },
      { s: 'Gallagher said: "That is not for me to decide."', speakers: GALLAGHER, direct: true },
    ],
  },
  {
    name: "a founder's letter to shareholders and posts: told shareholders in her annual letter that, her quotation then she wrote, in the letter X said, an investor posted on X that, an earlier post called for, he wrote on LinkedIn that",
    text: `Toy maker's founder apologises in letter to shareholders

The founder of toy maker Pellow & Finch, Harriet Pellow, told shareholders in her annual letter on Friday that the company had "badly misjudged" demand for its range of electronic pets.

"We built too many of the wrong thing and too few of the right one," she wrote. "That mistake is mine, and I will not repeat it."

In the letter, Pellow said the company would cut its product range by a third and close its warehouse in Leeds.

The company's largest investor, Crane Hill Capital, posted on X that it "fully supports" the plan. An earlier post by the fund's founder, Marcus Vey, had called for Pellow to step down.

Vey wrote on LinkedIn on Saturday that he had spoken to Pellow and that "the letter says what it needed to say".`,
    claims: [
      { s: 'told shareholders in her annual letter on Friday that the company', speakers: PELLOW },
      { s: '"We built too many of the wrong thing', speakers: PELLOW, direct: true },
      { s: '"That mistake is mine, and I will not repeat it."', speakers: PELLOW, direct: true },
      { s: 'In the letter, Pellow said the company would cut', speakers: PELLOW },
      {
        s: 'posted on X that it "fully supports" the plan',
        speakers: ['Crane Hill Capital', "The company's largest investor"],
      },
      {
        s: 'had called for Pellow to step down',
        speakers: [...VEY, "An earlier post by the fund's founder", 'An earlier post'],
      },
      { s: 'wrote on LinkedIn on Saturday that he had spoken to Pellow', speakers: VEY },
    ],
  },
  {
    name: 'a lifeboat coxswain named once, then "the coxswain" and "he" over four paragraphs: said, the coxswain said, a paraphrase then he said, a quotation then he said, the coxswain praised, he added that',
    text: `Lifeboat crew rescue four from yacht in storm

Four sailors were rescued from a yacht off Carrow Head on Sunday night after its mast snapped in winds of more than 60 miles an hour.

The coxswain of the Carrow lifeboat, Dafydd Price, said the crew had launched within eight minutes of the call and reached the yacht about 40 minutes later.

The coxswain said the sea was the worst he had seen in 15 years with the service. The yacht was being pushed towards rocks, he said, and there had been no time to tow it.

"We took them off one at a time. Every one of them did exactly what we asked," he said.

The sailors, all from Bristol, were taken to hospital with mild hypothermia. The coxswain praised them for wearing life jackets and for calling for help early.

He added that the yacht had since sunk.`,
    claims: [
      { s: 'said the crew had launched within eight minutes', speakers: PRICE },
      { s: 'The coxswain said the sea was the worst', speakers: PRICE },
      { s: 'The yacht was being pushed towards rocks, he said', speakers: PRICE },
      { s: '"We took them off one at a time.', speakers: PRICE, direct: true },
      { s: 'Every one of them did exactly what we asked," he said.', speakers: PRICE, direct: true },
      { s: 'The coxswain praised them for wearing life jackets', speakers: PRICE },
      { s: 'He added that the yacht had since sunk.', speakers: PRICE },
    ],
  },
];
