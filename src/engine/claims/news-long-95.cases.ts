/**
 * Batch 95, written by claims37 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in the styles batches 80–94 have least of (issue #9). A
 * Wikinews-style report on an election abroad ("according to preliminary results released by" an
 * electoral commission, "the commission said" closing a sentence, a commission chairwoman in
 * apposition who "urged" and "told a news conference", an opposition candidate who "told
 * supporters", a party that "said … but did not give details", observers who "said", a mission
 * head in apposition who "told reporters that"); a Reuters trial wire (prosecutors who "told jurors
 * that", a prosecutor quoted over two sentences "said in her opening statement", a defence lawyer
 * in apposition after the name who "countered that", "U.S. District Judge X wrote in a pretrial
 * ruling", "Prosecutors said in a court filing", "X's lawyer, Y, said in an email" closing a
 * sentence whose clause holds "argue that", an estate's lawyer in apposition); a campaign story
 * ("a Reuters/Ipsos poll showed", "according to the poll, which …", "X wrote on Truth Social",
 * "X's campaign said in a fundraising email", "X told a rally in …" and a quotation with "she
 * said", "A spokesperson for X said", a running mate who "told reporters"); a health wire
 * ("according to a study published … in the journal", "the researchers wrote" closing a sentence,
 * a lead author inverted after a quotation and a second quotation, an outside doctor "who was not
 * involved in the study, said", "the World Health Organization said in a statement that … and
 * that"); and a markets wire ("said X, chief economist at Y" after a quotation, "Analysts at Z
 * wrote in a note to clients", "according to CME Group's FedWatch tool", a central banker who
 * "said on Monday that", traders who "saw as a sign").
 *
 * As in batches 72–94, a description of a named body counts only resolved ("the commission"); a
 * body without a name of its own ("Federal prosecutors", "Observers from the European Union")
 * keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct): 0.986 (34/34/35) / 0.941 / 1.000. Errors: "NEW
 * YORK, March 4 (Reuters) - Federal prosecutors on Tuesday told jurors that …" went to "Federal";
 * "Those who took the drug, amlodipine, scored 18% better …, the researchers wrote." made no claim;
 * "Analysts at Goldman Sachs wrote in a note to clients that they expected …" went to "they".
 */
import type { NewsCase } from './news.cases';

const COMMISSION = ['Malawi Electoral Commission', 'Electoral Commission', 'MEC'];
const CHIRWA = ['Esther Chirwa', 'Chirwa'];
const MWALE = ['Grace Mwale', 'Mwale'];
const DPP = ['Democratic Progress Party', "Banda's Democratic Progress Party"];
const OBSERVERS = ['Observers from the European Union', 'Observers', 'European Union'];
const EKBERG = ['Lars Ekberg', 'Ekberg'];
const PROSECUTORS = ['Federal prosecutors', 'prosecutors', 'Prosecutors'];
const KIM = ['Rachel Kim', 'Kim'];
const HARLAN = ['Michael Harlan', 'Harlan'];
const PIERCE = ['Alan Pierce', 'Pierce'];
const FELD = ['Joan Feld', 'Feld'];
const POLL = ['a Reuters/Ipsos poll', 'Reuters/Ipsos poll', 'poll', 'Reuters/Ipsos', 'Reuters', 'Ipsos'];
const TRUMP = ['Donald Trump', 'Trump'];
const FINCH = ['Laura Finch', 'Finch'];
const KESSLER_SPOKESPERSON = [
  'A spokesperson for Kessler',
  'spokesperson for Kessler',
  'spokesperson',
  'Mark Kessler',
  'Kessler',
];
const RUIZ = ['Amy Ruiz', 'Ruiz'];
const STUDY = [
  'a study published on Monday in the journal Nature Medicine',
  'study',
  'a study',
  'Nature Medicine',
  'researchers',
  'the researchers',
];
const NATARAJAN = ['Priya Natarajan', 'Natarajan'];
const BERG = ['Thomas Berg', 'Berg'];
const WHO = ['World Health Organization', 'WHO'];
const MORI = ['Kenji Mori', 'Mori'];
const GOLDMAN = ['Analysts at Goldman Sachs', 'Goldman Sachs', 'Analysts'];
const FEDWATCH = ["CME Group's FedWatch tool", 'FedWatch tool', 'FedWatch', 'CME Group'];
const HART = ['Lisa Hart', 'Hart'];

export const NEWS_CASES_95: NewsCase[] = [
  {
    name: 'Wikinews election abroad: according to preliminary results released by the electoral commission, the commission said closing a sentence, a chairwoman urged and told a news conference, a candidate told supporters, a party said but did not give details, observers said, a mission head told reporters that',
    text: `Opposition leads early count in Malawi presidential election

Friday, September 19, 2025

Opposition candidate Grace Mwale held a clear lead in Malawi's presidential election on Thursday, according to preliminary results released by the Malawi Electoral Commission.

With ballots from about 60 percent of polling stations counted, Mwale had 54 percent of the vote against 38 percent for President Peter Banda, the commission said.

The commission's chairwoman, Justice Esther Chirwa, urged candidates to wait for the final tally. "Preliminary results are not final results," she told a news conference in Lilongwe.

Speaking in Blantyre late on Thursday, Mwale told supporters the country had "voted for change". She said her party would defend every vote.

Banda's Democratic Progress Party said it had received reports of irregularities in several northern districts, but did not give details.

Observers from the European Union said voting had been largely peaceful and orderly. The head of the mission, Lars Ekberg, told reporters that turnout appeared higher than in the last election.

Malawi's constitution requires a candidate to win more than half of the vote to avoid a runoff.

Sources

"Malawi opposition leads early presidential count" — Reuters, September 18, 2025`,
    claims: [
      { s: 'Opposition candidate Grace Mwale held a clear lead', speakers: COMMISSION },
      { s: 'Mwale had 54 percent of the vote', speakers: COMMISSION },
      { s: 'urged candidates to wait for the final tally', speakers: CHIRWA },
      { s: '"Preliminary results are not final results," she told', speakers: CHIRWA, direct: true },
      { s: 'Mwale told supporters the country had', speakers: MWALE },
      { s: 'She said her party would defend every vote.', speakers: MWALE },
      { s: 'said it had received reports of irregularities', speakers: DPP },
      { s: 'Observers from the European Union said voting had been', speakers: OBSERVERS },
      { s: 'told reporters that turnout appeared higher', speakers: EKBERG },
    ],
  },
  {
    name: "Reuters trial: prosecutors told jurors that, a prosecutor quoted over two sentences said in her opening statement, a lawyer in apposition countered that, U.S. District Judge X wrote in a pretrial ruling, Prosecutors said in a court filing, X's lawyer, Y, said in an email closing a sentence with argue that, an estate's lawyer in apposition",
    text: `Former crypto lender's chief goes on trial over customer losses

NEW YORK, March 4 (Reuters) - Federal prosecutors on Tuesday told jurors that former crypto lending executive Daniel Voss lied to customers about the safety of their deposits, as his fraud trial opened in Manhattan.

"He told them their money was safe. It was not," Assistant U.S. Attorney Rachel Kim said in her opening statement.

Michael Harlan, a lawyer for Voss, countered that his client had been "blindsided" by the collapse of a trading partner and had tried to save the company.

Voss, 41, has pleaded not guilty to seven counts of fraud and conspiracy.

U.S. District Judge Alan Pierce wrote in a pretrial ruling that prosecutors could show jurors internal messages in which Voss joked about the company's losses.

Prosecutors said in a court filing last month that they expected to call about 20 witnesses, including two former executives who have pleaded guilty and are cooperating with the government.

The defense will argue that those witnesses are testifying to win lighter sentences, Voss's lawyer, Michael Harlan, said in an email on Monday.

A lawyer for the company's bankruptcy estate, Joan Feld, said customers had so far recovered about 60 cents on the dollar.

The trial is expected to last four weeks.`,
    claims: [
      { s: 'Federal prosecutors on Tuesday told jurors that', speakers: PROSECUTORS },
      { s: '"He told them their money was safe.', speakers: KIM, direct: true },
      { s: 'It was not," Assistant U.S. Attorney Rachel Kim said', speakers: KIM, direct: true },
      { s: 'countered that his client had been', speakers: HARLAN },
      { s: 'has pleaded not guilty to seven counts', speakers: ['Daniel Voss', 'Voss'], optional: true },
      { s: 'wrote in a pretrial ruling that prosecutors could show', speakers: PIERCE },
      { s: 'Prosecutors said in a court filing last month', speakers: PROSECUTORS },
      { s: 'The defense will argue that those witnesses', speakers: HARLAN },
      { s: 'said customers had so far recovered', speakers: FELD },
    ],
  },
  {
    name: "Reuters campaign story: a Reuters/Ipsos poll showed, according to the poll, which …, X wrote on Truth Social, X's campaign said in a fundraising email, X told a rally in … and a quotation with she said, A spokesperson for X said, a running mate told reporters",
    text: `Kessler leads Ohio governor's race as rivals trade attacks online

COLUMBUS, Ohio, Oct 8 (Reuters) - Republican Mark Kessler holds a six-point lead over Democrat Laura Finch in the race for Ohio governor, a Reuters/Ipsos poll showed on Wednesday, four weeks before the election.

Kessler had the support of 47% of likely voters, against 41% for Finch, according to the poll, which had a margin of error of 4 percentage points.

Former President Donald Trump, who has endorsed Kessler, wrote on Truth Social that Finch was "soft on crime" and would "wreck Ohio's economy".

Finch's campaign said in a fundraising email on Tuesday that the race was "closer than the polls show" and asked supporters for donations of $25.

Finch told a rally in Cincinnati on Tuesday night that Kessler wanted to "take away" the state's abortion protections. "He can run from his record, but he cannot hide from it," she said.

A spokesperson for Kessler said the candidate was focused on "lowering costs for Ohio families".

Kessler's running mate, state Senator Amy Ruiz, campaigned for him in Dayton on Wednesday. She told reporters that voters cared more about prices than about abortion.`,
    claims: [
      { s: 'Republican Mark Kessler holds a six-point lead', speakers: POLL },
      { s: 'Kessler had the support of 47% of likely voters', speakers: POLL },
      { s: 'wrote on Truth Social that Finch was', speakers: TRUMP },
      {
        s: "Finch's campaign said in a fundraising email",
        speakers: [...FINCH, "Finch's campaign", 'campaign'],
      },
      { s: 'Finch told a rally in Cincinnati', speakers: FINCH },
      { s: '"He can run from his record', speakers: FINCH, direct: true },
      { s: 'A spokesperson for Kessler said the candidate', speakers: KESSLER_SPOKESPERSON },
      { s: 'She told reporters that voters cared more', speakers: RUIZ },
    ],
  },
  {
    name: 'Reuters health wire: according to a study published in a journal, the researchers wrote closing a sentence, a lead author inverted after a quotation and a second quotation, an outside doctor who was not involved in the study said, the WHO said in a statement that … and that',
    text: `Common blood pressure drug may slow memory loss, study finds

LONDON, May 12 (Reuters) - A widely used blood pressure drug slowed memory decline in older adults at risk of dementia, according to a study published on Monday in the journal Nature Medicine.

Researchers at University College London followed about 2,400 people over 70 for four years. Those who took the drug, amlodipine, scored 18% better on memory tests than those given a placebo, the researchers wrote.

"This is a cheap, safe medicine that millions of people already take," said lead author Priya Natarajan, a professor of neurology at UCL. "If these results hold up, the public health impact could be large."

Dr. Thomas Berg, a dementia specialist at the Karolinska Institute in Stockholm who was not involved in the study, said the findings were encouraging but needed to be confirmed in a larger trial.

The World Health Organization said in a statement that dementia affects about 57 million people worldwide and that there was "an urgent need" for affordable treatments.

The study was funded by Britain's National Institute for Health and Care Research.`,
    claims: [
      { s: 'A widely used blood pressure drug slowed memory decline', speakers: STUDY },
      { s: 'Those who took the drug, amlodipine, scored 18% better', speakers: STUDY },
      { s: '"This is a cheap, safe medicine', speakers: NATARAJAN, direct: true },
      { s: '"If these results hold up', speakers: NATARAJAN, direct: true },
      { s: 'said the findings were encouraging', speakers: BERG },
      { s: 'The World Health Organization said in a statement that dementia', speakers: WHO },
    ],
  },
  {
    name: "Reuters markets wire: said X, chief economist at Y after a quotation, Analysts at Z wrote in a note to clients, according to CME Group's FedWatch tool, a central banker said on Monday that, traders saw as a sign",
    text: `Asian shares slip as investors await U.S. inflation data

TOKYO, Feb 11 (Reuters) - Asian shares edged lower on Tuesday as investors braced for U.S. inflation figures that could shape the Federal Reserve's next move, while the yen hovered near a one-month high.

MSCI's broadest index of Asia-Pacific shares outside Japan fell 0.4%, and Japan's Nikkei slipped 0.6%.

"Markets are nervous that a hot number would push the first rate cut into the second half of the year," said Kenji Mori, chief economist at Daiwa Securities in Tokyo.

Analysts at Goldman Sachs wrote in a note to clients that they expected core consumer prices to have risen 0.3% in January.

Traders now see a roughly 40% chance of a rate cut in March, down from 70% a month ago, according to CME Group's FedWatch tool.

Federal Reserve Governor Lisa Hart said on Monday that the central bank could "afford to be patient" with inflation still above its 2% target.

Oil prices were little changed. Brent crude futures rose 5 cents to $81.05 a barrel.

In China, the yuan weakened after the central bank set a softer-than-expected midpoint, which some traders saw as a sign that authorities were comfortable with a slightly weaker currency.`,
    claims: [
      { s: '"Markets are nervous that a hot number', speakers: MORI, direct: true },
      { s: 'Analysts at Goldman Sachs wrote in a note to clients', speakers: GOLDMAN },
      { s: 'Traders now see a roughly 40% chance', speakers: FEDWATCH },
      { s: 'said on Monday that the central bank could', speakers: HART },
      {
        s: 'the yuan weakened after the central bank set',
        speakers: ['some traders', 'traders'],
        optional: true,
      },
    ],
  },
];
