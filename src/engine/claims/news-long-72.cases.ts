/**
 * Batch 72, written blind by claims28b and committed before the detector ran on it, and kept as a
 * first-sight check of set B's kind (only its totals are ever printed; no row is fixed against
 * it). Three stories: a Reuters company-results wire (a firm that "cut" and "said it would", "said
 * in a statement" and "the company said" closing a sentence, a chief executive given by title +
 * name who "told reporters" and "She said", an inverted surname after a quotation, "Analysts at
 * Jefferies said … and called" and "They said", a sale "according to two sources familiar with
 * the matter" and "the people said, adding", a spokesperson for the firm who "declined to
 * comment", a finance chief who "told Reuters" and "he said" inside a paraphrase, a union's
 * spokesperson); an AP Arizona count story (a candidate who "told supporters", a quotation split by
 * its tag, "The candidate told supporters", "his campaign later said", a rival who "thanked … and
 * urged" and "she wrote", a county recorder's statement and "he said" after a paragraph's first
 * sentence, an inverted "told reporters", a schedule "according to", a campaign manager in
 * apposition, an inverted analyst and "She said"); a Reuters Pennsylvania mail-ballot lawsuit
 * ("The complaint … alleges", a party chairman's statement, a department's spokesperson and "the
 * spokesperson said", "Democrats called", an inverted congressman, a poll "according to" and "the
 * poll found", a candidate after a participle aside and "he said", a campaign and its spokeswoman,
 * election officials, an election director inverted after a quotation).
 *
 * As ../shared/eval/README.md says, a description must be resolved to what it refers to: "the
 * company said" counts only with the company's name, "the people said" only as the sources named
 * before. Bodies without a name of their own ("his campaign", "the poll") keep their own words.
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_72: NewsCase[] = [
  {
    name: 'reuters dutch paint maker results: cut and said it would, said in a statement and the company said, a chief executive told reporters and She said, an inverted surname, analysts at a bank said and called and They said, according to two sources and the people said adding, a spokesperson declined to comment, a finance chief told Reuters and he said, a union spokesperson',
    text: `Verhoef Coatings cuts outlook as Chinese demand slumps, shares fall

AMSTERDAM, Feb 19 (Reuters) - Dutch paint maker Verhoef Coatings on Wednesday cut its full-year profit forecast for the second time in four months, blaming weak demand for industrial coatings in China, and said it would close two plants in Asia.

Shares in the company fell 7.4% by 1015 GMT, their steepest one-day drop since March 2020, making them the worst performers on Amsterdam's AEX index.

Verhoef said in a statement it now expected adjusted operating profit of 1.10 billion to 1.18 billion euros ($1.15 billion to $1.23 billion) this year, down from a previous forecast of 1.25 billion to 1.35 billion euros. Sales volumes in China fell 14% in the fourth quarter, the company said.

Chief Executive Anke de Vries told reporters on a conference call that the group had seen "no sign of a turnaround" in Chinese construction and shipbuilding. She said the closures would affect about 600 jobs and save 45 million euros a year from 2026.

"We have waited long enough for the market to come back," de Vries said. "We are not going to wait another year."

A spokesperson for the FNV trade union said workers at the two plants, in Malaysia and Vietnam, had not been consulted.

Analysts at Jefferies said the new guidance was about 6% below market consensus and called the cut "bigger than feared." They said investors had underestimated the company's exposure to China, which makes up about a fifth of its sales.

Verhoef is also in early talks to sell its marine coatings unit, according to two sources familiar with the matter. The unit could be valued at around 2 billion euros, the people said, adding that several private equity firms had shown interest. They asked not to be identified because the talks are confidential.

A spokesperson for Verhoef declined to comment on the talks.

Finance chief Pieter Smulders told Reuters the company remained committed to its dividend. The board would review how it returns cash to shareholders in the summer, he said, and buybacks were "not off the table."

Fourth-quarter net profit fell to 212 million euros from 298 million a year earlier, below the 241 million expected in a company-compiled consensus.`,
    claims: [
      {
        s: 'Dutch paint maker Verhoef Coatings on Wednesday cut its full-year profit forecast',
        speakers: ['Verhoef Coatings', 'Verhoef', 'Dutch paint maker Verhoef Coatings'],
      },
      {
        s: 'Verhoef said in a statement it now expected',
        speakers: ['Verhoef Coatings', 'Verhoef', 'Dutch paint maker Verhoef Coatings'],
      },
      {
        s: 'Sales volumes in China fell 14% in the fourth quarter, the company said.',
        speakers: ['Verhoef Coatings', 'Verhoef', 'Dutch paint maker Verhoef Coatings'],
      },
      { s: 'Chief Executive Anke de Vries told reporters', speakers: ['Anke de Vries'] },
      { s: 'She said the closures would affect about 600 jobs', speakers: ['Anke de Vries'] },
      { s: '"We have waited long enough', speakers: ['Anke de Vries'], direct: true },
      { s: '"We are not going to wait another year."', speakers: ['Anke de Vries'], direct: true },
      {
        s: 'A spokesperson for the FNV trade union said',
        speakers: [
          'A spokesperson for the FNV trade union',
          'spokesperson for the FNV trade union',
          'spokesperson',
          'FNV',
          'FNV trade union',
        ],
      },
      {
        s: 'Analysts at Jefferies said the new guidance',
        speakers: ['Analysts at Jefferies', 'analysts', 'Jefferies'],
      },
      {
        s: "They said investors had underestimated the company's exposure",
        speakers: ['Analysts at Jefferies', 'analysts', 'Jefferies'],
      },
      {
        s: 'Verhoef is also in early talks to sell its marine coatings unit',
        speakers: [
          'two sources familiar with the matter',
          'sources familiar with the matter',
          'two sources',
          'sources',
        ],
      },
      {
        s: 'The unit could be valued at around 2 billion euros, the people said',
        speakers: [
          'two sources familiar with the matter',
          'sources familiar with the matter',
          'two sources',
          'sources',
        ],
      },
      { s: 'A spokesperson for Verhoef declined to comment', speakers: [], optional: true },
      { s: 'Finance chief Pieter Smulders told Reuters', speakers: ['Pieter Smulders'] },
      { s: 'The board would review how it returns cash', speakers: ['Pieter Smulders'] },
    ],
  },
  {
    name: 'ap arizona count: a candidate told supporters, a quotation split by its tag, The candidate told supporters, his campaign later said, a rival thanked and urged and she wrote, a recorder said in a statement and he said, an inverted told reporters, according to a schedule, a campaign manager in apposition, an inverted analyst and She said',
    text: `Holloway tells Mesa crowd he is 'confident, not nervous' as Arizona count drags on

MESA, Ariz. (AP) — Republican gubernatorial candidate Travis Holloway told supporters at a rally in Mesa on Thursday night that he was "confident, not nervous" as election workers in Arizona's largest county counted hundreds of thousands of ballots two days after the polls closed.

"Every legal vote is going to be counted," Holloway said, pausing as the crowd of several hundred cheered, "and when it is, we are going to win this thing."

The candidate told supporters that his campaign had lawyers watching the count "in every room where a ballot is touched." He offered no evidence of any problem with the tabulation, and his campaign later said it was not alleging one.

His Democratic opponent, Attorney General Rosa Delgado, held no public events on Thursday. In a post on social media, she thanked election workers and urged patience. "Arizona will have its answer when every ballot is in," she wrote.

Maricopa County Recorder Alan Whitcomb said in a statement that about 312,000 early ballots dropped off on Election Day remained to be processed. Each must have its signature checked before it can be counted, he said, a step that takes time by design.

"We are not going to rush this to meet anyone's deadline," Whitcomb told reporters outside the county's tabulation center in Phoenix. "Accuracy comes first."

The county will release updated results every evening until the count is complete, according to a schedule posted on its website.

As of Thursday evening, Delgado led by about 41,000 votes, or 1.8 percentage points. Holloway's campaign manager, Brett Kessler, said the remaining ballots would "break heavily" for Republicans, as late early ballots did in 2022.

Not everyone agreed. "The late drop-offs are not the same voters they were two years ago," said Samantha Ortiz, a Democratic data analyst who worked on the 2020 count. She said the ballots counted so far from the same group had split almost evenly.`,
    claims: [
      {
        s: 'Republican gubernatorial candidate Travis Holloway told supporters at a rally',
        speakers: ['Travis Holloway'],
      },
      { s: '"Every legal vote is going to be counted,"', speakers: ['Travis Holloway'], direct: true },
      { s: 'The candidate told supporters that his campaign had lawyers', speakers: ['Travis Holloway'] },
      {
        s: 'and his campaign later said it was not alleging one',
        speakers: ["Holloway's campaign", "Travis Holloway's campaign", 'Holloway campaign', 'campaign'],
      },
      { s: 'she thanked election workers and urged patience', speakers: ['Rosa Delgado'] },
      { s: '"Arizona will have its answer', speakers: ['Rosa Delgado'], direct: true },
      { s: 'Maricopa County Recorder Alan Whitcomb said in a statement', speakers: ['Alan Whitcomb'] },
      { s: 'Each must have its signature checked', speakers: ['Alan Whitcomb'] },
      { s: '"We are not going to rush this', speakers: ['Alan Whitcomb'], direct: true },
      { s: '"Accuracy comes first."', speakers: ['Alan Whitcomb'], direct: true },
      {
        s: 'The county will release updated results every evening',
        speakers: ['a schedule posted on its website', 'schedule posted on its website', 'schedule', 'Maricopa County'],
      },
      { s: "Holloway's campaign manager, Brett Kessler, said", speakers: ['Brett Kessler'] },
      { s: '"The late drop-offs are not the same voters', speakers: ['Samantha Ortiz'], direct: true },
      { s: 'She said the ballots counted so far', speakers: ['Samantha Ortiz'] },
    ],
  },
  {
    name: 'reuters pennsylvania mail ballot lawsuit: the complaint alleges, a chairman said in a statement, a department spokesperson and the spokesperson said, Democrats called, an inverted congressman, according to a poll and the poll found, a candidate after an aside and he said, a campaign and its spokeswoman, election officials, an election director told Reuters after a quotation',
    text: `Pennsylvania Republicans sue over undated mail ballots as Senate race tightens

HARRISBURG, Pa., Oct 22 (Reuters) - The Pennsylvania Republican Party and two voters from Erie County filed a lawsuit on Tuesday seeking to stop counties from counting mail ballots that arrive in envelopes without a handwritten date, the latest fight over voting rules in a state that could decide the presidential election.

The complaint, filed in federal court in Pittsburgh, alleges that at least nine counties have told voters that undated ballots will be accepted, in breach of a ruling by the state's Supreme Court. It asks the court to order those counties to set such ballots aside.

"The law is clear, and it has to be applied the same way in Erie as it is in Philadelphia," state party Chairman Lawrence Tate said in a statement.

A spokesperson for the Department of State, which oversees elections in Pennsylvania, said the department would respond in court. Counties had been given "clear and consistent guidance," the spokesperson said.

Democrats called the lawsuit an attempt to throw out the votes of older people who forget to write a date. "This is about disqualifying grandmothers over a paperwork slip," said Dwight Carver, a Democratic congressman from Allentown.

The state's Senate race, between Democratic Senator Helen Marsh and Republican businessman Kyle Brandt, is within the margin of error, according to a Keystone University poll released on Tuesday. Marsh had 47% support among likely voters and Brandt 45%, the poll found.

Brandt, speaking to reporters after a town hall in Scranton, said he had "no opinion" on the lawsuit. "I'm focused on what people pay for groceries," he said.

Marsh's campaign said the lawsuit showed Republicans were "afraid of the voters." Her spokeswoman, Leah Simmons, said the senator would campaign in Erie and Pittsburgh on Wednesday.

Election officials in two of the counties named in the complaint said they had followed the court's ruling. "We have not counted a single undated ballot, and we are not going to," Mercer County election director Joanne Pike told Reuters.

The court has not yet set a date for a hearing.`,
    claims: [
      {
        s: 'The complaint, filed in federal court in Pittsburgh, alleges',
        speakers: ['complaint', 'Pennsylvania Republican Party'],
      },
      {
        s: 'It asks the court to order those counties',
        speakers: ['complaint', 'Pennsylvania Republican Party'],
        optional: true,
      },
      { s: '"The law is clear, and it has to be applied', speakers: ['Lawrence Tate'], direct: true },
      {
        s: 'A spokesperson for the Department of State, which oversees elections',
        speakers: [
          'A spokesperson for the Department of State',
          'spokesperson for the Department of State',
          'spokesperson',
          'Department of State',
        ],
      },
      {
        s: 'Counties had been given "clear and consistent guidance," the spokesperson said.',
        speakers: [
          'A spokesperson for the Department of State',
          'spokesperson for the Department of State',
          'spokesperson',
          'Department of State',
        ],
      },
      { s: 'Democrats called the lawsuit an attempt', speakers: ['Democrats'] },
      { s: '"This is about disqualifying grandmothers', speakers: ['Dwight Carver'], direct: true },
      {
        s: "The state's Senate race, between Democratic Senator Helen Marsh",
        speakers: [
          'a Keystone University poll released on Tuesday',
          'Keystone University poll released on Tuesday',
          'Keystone University poll',
          'poll',
          'Keystone University',
        ],
      },
      {
        s: 'Marsh had 47% support among likely voters',
        speakers: [
          'Keystone University poll released on Tuesday',
          'Keystone University poll',
          'poll',
          'Keystone University',
        ],
      },
      { s: 'Brandt, speaking to reporters after a town hall in Scranton, said', speakers: ['Kyle Brandt'] },
      { s: '"I\'m focused on what people pay for groceries,"', speakers: ['Kyle Brandt'], direct: true },
      {
        s: "Marsh's campaign said the lawsuit showed",
        speakers: ["Marsh's campaign", "Helen Marsh's campaign", 'Marsh campaign', 'campaign'],
      },
      { s: 'Her spokeswoman, Leah Simmons, said', speakers: ['Leah Simmons'] },
      {
        s: 'Election officials in two of the counties named in the complaint said',
        speakers: [
          'Election officials in two of the counties named in the complaint',
          'Election officials in two of the counties',
          'Election officials',
          'officials',
        ],
      },
      { s: '"We have not counted a single undated ballot', speakers: ['Joanne Pike'], direct: true },
    ],
  },
];
