/**
 * Batch 90, written blind by claims34 beside batch 89, committed before the detector ran on it, and
 * kept as a first-sight check (only its totals are ever printed; no row is fixed against it). Five
 * stories of the two unseen kinds (issue #9): three Wikinews-style reports (a museum theft
 * in Belgium: a police spokeswoman who "told the newspaper", "according to" a broadcaster, a
 * curator and "she said", a minister who "wrote on X"; an Estonian parliament vote: a prime
 * minister who "told ERR News", an opposition leader inverted, "the ministry said in a
 * statement", a sources list; a ferry grounding in the Philippines: a coast guard that "said",
 * "its spokesman, X, told reporters", a passenger who "told Reuters", "according to" a provincial
 * office) and two Reuters-style U.S. election stories (a primary won "Edison Research projected",
 * a candidate's statement, a spokeswoman, "people familiar with the campaign", a Reuters/Ipsos
 * poll; a county certification dispute: a board chairman who "told Reuters", a lawsuit that
 * "argues", a judge who "wrote", a secretary of state's office "said in a statement", "he said"
 * over two quoted sentences).
 *
 * As in batches 72–89, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 0.983
 * (29/29/30) / 1.000 / 1.000, meeting the ordinary floors.
 */
import type { NewsCase } from './news.cases';

const DEWAELE = ['Sofie Dewaele', 'Dewaele'];
const PEETERS = ['Ann Peeters', 'Peeters'];
const TAMM = ['Kristjan Tamm', 'Tamm'];
const COASTGUARD = ['Philippine Coast Guard', 'Coast Guard'];
const BALLARD = ['Rachel Ballard', 'Ballard'];
const OKAFOR = ['Daniel Okafor', 'Okafor'];
const HENNIG = ['Walter Hennig', 'Hennig'];

export const NEWS_CASES_90: NewsCase[] = [
  {
    name: 'Wikinews museum theft: a police spokeswoman told a newspaper, according to a broadcaster, a curator and she said, a minister wrote on X',
    text: `Medieval manuscripts stolen from museum in Ghent

Friday, March 14, 2025

Thieves broke into a museum in the Belgian city of Ghent overnight on Wednesday and took four illuminated manuscripts, police said.

Police spokeswoman Sofie Dewaele told the newspaper Het Laatste Nieuws that the thieves had entered through a skylight. "They knew exactly what they were looking for," she said.

The manuscripts are worth several million euros, according to the public broadcaster VRT.

The museum's curator, Ann Peeters, said staff were "devastated". "These books survived five centuries of wars. We will do everything to bring them home," she said.

Culture Minister Lode Verbeke wrote on X that the theft was "an attack on our shared history".

Sources

"Manuscripts stolen in Ghent museum raid" — VRT News, March 13, 2025`,
    claims: [
      { s: 'Thieves broke into a museum in the Belgian city of Ghent', speakers: ['police', 'Police'] },
      { s: 'told the newspaper Het Laatste Nieuws that the thieves', speakers: DEWAELE },
      { s: '"They knew exactly what they were looking for," she said.', speakers: DEWAELE, direct: true },
      { s: 'The manuscripts are worth several million euros', speakers: ['VRT'] },
      { s: 'Ann Peeters, said staff were "devastated"', speakers: PEETERS },
      { s: '"These books survived five centuries of wars.', speakers: PEETERS, direct: true },
      { s: 'We will do everything to bring them home," she said.', speakers: PEETERS, direct: true },
      { s: 'Lode Verbeke wrote on X that the theft', speakers: ['Lode Verbeke', 'Verbeke'] },
    ],
  },
  {
    name: 'Wikinews parliament vote: a prime minister told a broadcaster, an inverted opposition leader, the ministry said in a statement, a sources list',
    text: `Estonian parliament approves tax on cars

Wednesday, June 18, 2025

Estonia's parliament, the Riigikogu, approved a new annual tax on cars on Tuesday by 54 votes to 31.

Prime Minister Kristjan Tamm told ERR News the tax was needed to close a budget gap. "Nobody likes new taxes, but the alternative was cutting schools," he said.

"This tax punishes families in the countryside who have no bus to take," said opposition leader Marta Ilves, whose party voted against the bill.

The Ministry of Finance said in a statement that the tax would raise about 200 million euros a year.

Sources

"Riigikogu passes car tax" — ERR News, June 17, 2025`,
    claims: [
      { s: 'told ERR News the tax was needed', speakers: TAMM },
      {
        s: '"Nobody likes new taxes, but the alternative was cutting schools," he said.',
        speakers: TAMM,
        direct: true,
      },
      { s: '"This tax punishes families in the countryside', speakers: ['Marta Ilves', 'Ilves'], direct: true },
      {
        s: 'The Ministry of Finance said in a statement',
        speakers: ['Ministry of Finance', 'The Ministry of Finance'],
      },
    ],
  },
  {
    name: 'Wikinews ferry grounding: a coast guard said, its spokesman told reporters, a passenger told Reuters, according to a provincial office',
    text: `Ferry runs aground off central Philippines; all passengers rescued

Sunday, August 3, 2025

A passenger ferry carrying 212 people ran aground off the island of Bohol on Saturday, and everyone on board was rescued, the Philippine Coast Guard said.

Its spokesman, Armando Reyes, told reporters the ferry had lost engine power in strong currents. "The captain did the right thing by dropping anchor," he said.

One passenger, Liza Manalo, told Reuters she had waited four hours on deck. "The children were crying but the crew kept everyone calm," she said.

Eleven people were treated for minor injuries, according to the provincial disaster office.`,
    claims: [
      { s: 'A passenger ferry carrying 212 people ran aground', speakers: COASTGUARD },
      { s: 'told reporters the ferry had lost engine power', speakers: ['Armando Reyes', 'Reyes'] },
      {
        s: '"The captain did the right thing by dropping anchor," he said.',
        speakers: ['Armando Reyes', 'Reyes'],
        direct: true,
      },
      { s: 'told Reuters she had waited four hours', speakers: ['Liza Manalo', 'Manalo'] },
      {
        s: '"The children were crying but the crew kept everyone calm," she said.',
        speakers: ['Liza Manalo', 'Manalo'],
        direct: true,
      },
      {
        s: 'Eleven people were treated for minor injuries',
        speakers: ['provincial disaster office', 'the provincial disaster office'],
        optional: true,
      },
    ],
  },
  {
    name: 'Reuters primary: Edison Research projected, a candidate statement, a spokeswoman, people familiar with the campaign, a Reuters/Ipsos poll',
    text: `Ballard wins Arizona Republican primary for governor

PHOENIX, Aug 5 (Reuters) - Former state treasurer Rachel Ballard won the Republican primary for Arizona governor on Tuesday, Edison Research projected, setting up a November contest with Democratic incumbent Tom Alvarez.

"Arizona voters want lower costs and safer streets, and that is what I will deliver," Ballard said in a statement after the race was called.

Her main rival, state senator Greg Whitlow, did not concede on Tuesday night. His spokeswoman, Karen Lutz, said the campaign was waiting for ballots from Maricopa County to be counted.

Two people familiar with the Ballard campaign said it planned to spend heavily on television advertising in Tucson. One of them said the campaign had already booked $4 million in airtime.

Alvarez leads Ballard by 4 percentage points among likely voters, according to a Reuters/Ipsos poll released last week.`,
    claims: [
      {
        s: 'won the Republican primary for Arizona governor on Tuesday, Edison Research projected',
        speakers: ['Edison Research'],
      },
      { s: '"Arizona voters want lower costs and safer streets', speakers: BALLARD, direct: true },
      { s: 'Karen Lutz, said the campaign was waiting', speakers: ['Karen Lutz', 'Lutz'] },
      {
        s: 'Two people familiar with the Ballard campaign said',
        speakers: [
          'Two people familiar with the Ballard campaign',
          'people familiar with the Ballard campaign',
          'Two people',
          'people',
        ],
      },
      {
        s: 'One of them said the campaign had already booked',
        speakers: [
          'One of them',
          'Two people familiar with the Ballard campaign',
          'people familiar with the Ballard campaign',
          'people',
        ],
      },
      {
        s: 'Alvarez leads Ballard by 4 percentage points',
        speakers: ['Reuters/Ipsos poll', 'a Reuters/Ipsos poll', 'poll', 'Reuters/Ipsos', 'Reuters', 'Ipsos'],
      },
    ],
  },
  {
    name: 'Reuters county certification dispute: a board chairman told Reuters and he said over two sentences, a lawsuit argues, a judge wrote, a secretary of state office said in a statement',
    text: `Pennsylvania county certifies vote after court order

HARRISBURG, Pennsylvania, Nov 26 (Reuters) - Officials in Pennsylvania's Clearfield County certified the results of this month's election on Tuesday, a day after a state judge ordered them to do so.

Daniel Okafor, chairman of the county's board of elections, told Reuters the board had voted 2-1 to certify. "We have a legal duty and we have met it. The count was accurate," he said.

The board's third member, Walter Hennig, voted against. He said he still had "unanswered questions" about mail ballots.

The lawsuit, filed by the Pennsylvania Department of State, argues that county boards have no power to refuse certification.

"A county board's duty to certify is mandatory, not discretionary," Judge Paula Strand wrote in her order on Monday.

The Department of State said in a statement that all 67 counties had now certified their results.`,
    claims: [
      { s: 'told Reuters the board had voted 2-1 to certify', speakers: OKAFOR },
      { s: '"We have a legal duty and we have met it.', speakers: OKAFOR, direct: true },
      { s: 'The count was accurate," he said.', speakers: OKAFOR, direct: true },
      { s: 'He said he still had "unanswered questions"', speakers: HENNIG },
      {
        s: 'The lawsuit, filed by the Pennsylvania Department of State, argues',
        speakers: ['lawsuit', 'The lawsuit', 'Pennsylvania Department of State', 'Department of State'],
      },
      { s: '"A county board\'s duty to certify is mandatory', speakers: ['Paula Strand', 'Strand'], direct: true },
      {
        s: 'The Department of State said in a statement',
        speakers: ['Department of State', 'Pennsylvania Department of State'],
      },
    ],
  },
];
