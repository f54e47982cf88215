/**
 * Batch 48, written blind by claims15 and committed before the detector ran on it, kept as a
 * first-sight check by claims15 (0.977 claims, 0.930 speakers), then fixed against by claims16, so
 * no longer blind. Three stories: a Wikinews-style health report
 * (a ministry declared, told a press conference, a quotation of three sentences, praised and
 * warned, urged, according to a report, residents said, a resident inverted, a council press
 * release, denounced and called on); a Reuters airline strike (a statement and "It called", a
 * union and its spokesman who told Reuters over three sentences, an HR chief and her she, he
 * after a paragraph about a woman, people close to the talks on condition of anonymity, a
 * ministry spokesperson, a passenger inverted, analysts at a bank); an NYT-style mayoral primary
 * (''…'' quotes, two men quoted alternately with he after the other man, a campaign that "called"
 * and "it said", a spokeswoman, promised, dismissed, a third candidate).
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_48: NewsCase[] = [
  {
    name: 'wikinews cholera outbreak over: the ministry declared, told a press conference, a three-sentence quotation, praised and warned, urged, according to a report, residents said, a resident inverted, a council press release, denounced',
    text: `Cholera outbreak in Zambia's Copperbelt declared over

Tuesday, August 12, 2025

Zambia's health ministry on Monday declared the end of a cholera outbreak in the Copperbelt province that killed 63 people and infected more than 2,400 since April.

Health Minister Elijah Mumba told a press conference in Lusaka that no new cases had been recorded for 28 days, twice the incubation period. He thanked health workers and volunteers who had gone "door to door, in the rain, for four months".

"We beat this outbreak with chlorine, clean water and patience," Mumba said. "We did not beat cholera. Cholera will come back if we do not fix the pipes."

The World Health Organization's representative in Zambia, Dr. Nadia Hamid, praised the government's response but warned that the rainy season, which starts in November, would bring a new risk. She urged donors to fund a vaccination campaign planned for October.

The outbreak began in Kitwe, where a broken sewage pipe contaminated a shallow well used by several thousand people, according to a report by the ministry released in June.

Residents of Kitwe's Chimwemwe township, where most of the deaths occurred, said clean water had returned only to some streets. "The tanker comes on Tuesdays. If you miss it, you wait a week," said Mercy Tembo, a mother of four.

The city council said in a press release that repairs to the sewage network would be finished by the end of the year. Opposition MP Brian Chileshe denounced the timeline as "a promise we have heard three times" and called on the council to publish its budget for the work.

Zambia recorded more than 20,000 cholera cases in an outbreak in 2023 and 2024.`,
    claims: [
      {
        s: "Zambia's health ministry on Monday declared the end",
        speakers: ["Zambia's health ministry", 'health ministry', 'ministry'],
      },
      { s: 'Elijah Mumba told a press conference', speakers: ['Elijah Mumba'] },
      { s: 'He thanked health workers and volunteers', speakers: ['Elijah Mumba'], optional: true },
      { s: '"We beat this outbreak with chlorine', speakers: ['Elijah Mumba'], direct: true },
      { s: '"We did not beat cholera.', speakers: ['Elijah Mumba'], direct: true },
      { s: 'Cholera will come back if we do not fix', speakers: ['Elijah Mumba'], direct: true },
      { s: "Dr. Nadia Hamid, praised the government's response", speakers: ['Nadia Hamid'] },
      { s: 'She urged donors to fund', speakers: ['Nadia Hamid'] },
      {
        s: 'The outbreak began in Kitwe, where a broken sewage pipe',
        speakers: ['ministry', 'health ministry', 'report', 'report by the ministry'],
      },
      {
        s: "Residents of Kitwe's Chimwemwe township",
        speakers: ["Residents of Kitwe's Chimwemwe township", 'Residents'],
      },
      { s: '"The tanker comes on Tuesdays.', speakers: ['Mercy Tembo'], direct: true },
      { s: 'If you miss it, you wait a week,"', speakers: ['Mercy Tembo'], direct: true },
      { s: 'The city council said in a press release', speakers: ['city council', 'council'] },
      { s: 'Brian Chileshe denounced the timeline', speakers: ['Brian Chileshe'] },
    ],
  },
  {
    name: 'reuters airline strike: said in a statement and "It called", a union and its spokesman told Reuters over three sentences, an HR chief and she, he after a woman, people close to the talks and one of them, a ministry spokesperson, a passenger inverted, analysts at a bank',
    text: `Luftreich cancels 600 flights as pilots strike over pensions

FRANKFURT, July 9 (Reuters) - Luftreich cancelled about 600 flights on Wednesday as pilots walked out for the second time in a month in a dispute over pensions, stranding tens of thousands of passengers at the height of the summer holidays.

The airline said in a statement that about 80,000 passengers were affected and that it expected to run a full schedule again on Thursday. It called the strike "disproportionate and irresponsible".

The pilots' union Vereinigung Flugpersonal said its members had been left with no choice after the airline refused to improve its offer. "We did not want to do this in July. Nobody wants to do this in July," union spokesman Stefan Kroll told Reuters. "But the company has had six months to talk to us, and it spent five of them saying no."

Luftreich's head of human resources, Birgit Lorenz, said the airline's offer — a 9 percent pay rise over two years — was already the most generous in Europe. She said pensions for new pilots could not be guaranteed at the current level "without putting the whole company at risk".

Kroll said that was untrue. He said the airline had paid 1.1 billion euros to shareholders last year.

Two people close to the talks said the two sides had been within one percentage point of a deal on pay last week before the talks broke down over pensions. One of them, speaking on condition of anonymity because the talks were confidential, said a mediator could be appointed as early as Friday.

A spokesperson for the German transport ministry, Julia Reinhardt, said the government was "following the situation closely" and urged both sides to return to talks.

At Frankfurt airport, passengers queued for hours at rebooking desks. "We've been here since five this morning," said Tomasz Nowak, who was trying to get his family of five to Lisbon. "Nobody can tell us anything. The app says one thing, the desk says another."

Luftreich shares fell 2.3 percent. Analysts at Jefferies said each day of strikes cost the airline about 30 million euros.

(Reporting by Petra Vogel; Editing by Rachel More)`,
    claims: [
      { s: 'The airline said in a statement that about 80,000', speakers: ['Luftreich', 'airline'] },
      { s: 'It called the strike', speakers: ['Luftreich', 'airline'] },
      {
        s: "The pilots' union Vereinigung Flugpersonal said",
        speakers: ['Vereinigung Flugpersonal', 'union'],
      },
      { s: '"We did not want to do this in July.', speakers: ['Stefan Kroll'], direct: true },
      { s: 'Nobody wants to do this in July,"', speakers: ['Stefan Kroll'], direct: true },
      { s: '"But the company has had six months', speakers: ['Stefan Kroll'], direct: true },
      { s: 'Birgit Lorenz, said the airline', speakers: ['Birgit Lorenz'] },
      { s: 'She said pensions for new pilots', speakers: ['Birgit Lorenz'] },
      { s: 'Kroll said that was untrue.', speakers: ['Stefan Kroll'] },
      { s: 'He said the airline had paid 1.1 billion', speakers: ['Stefan Kroll'] },
      {
        s: 'Two people close to the talks said',
        speakers: ['Two people close to the talks', 'people close to the talks', 'Two people'],
      },
      {
        s: 'One of them, speaking on condition of anonymity',
        speakers: ['One of them', 'Two people close to the talks', 'people close to the talks'],
      },
      { s: 'Julia Reinhardt, said the government', speakers: ['Julia Reinhardt'] },
      { s: '"We\'ve been here since five this morning,"', speakers: ['Tomasz Nowak'], direct: true },
      { s: '"Nobody can tell us anything.', speakers: ['Tomasz Nowak'], direct: true },
      { s: 'The app says one thing', speakers: ['Tomasz Nowak'], direct: true },
      { s: 'Analysts at Jefferies said', speakers: ['Analysts at Jefferies', 'Analysts', 'Jefferies'] },
    ],
  },
  {
    name: "nyt-style mayoral primary: ''…'' quotes, two men alternately with he after the other man, a campaign called and it said, a spokeswoman, promised, dismissed, a third candidate",
    text: `In Atlanta Mayor's Race, a Fight Over Who Broke the Pipes

ATLANTA — With five days left before the Democratic primary for mayor, the two leading candidates spent Thursday trading accusations over the city's troubled water system, which failed twice this summer.

Councilman Marcus Reed, who has led in most public polls, said the current administration had ''ignored every warning'' about the system's aging pipes. He promised to hire 200 new utility workers in his first year.

His main rival, State Senator Andre Collins, said Mr. Reed had voted for three budgets that cut maintenance spending. ''Marcus wants to run against the pipes,'' Mr. Collins said at a news conference outside a pumping station. ''He voted for the budgets that let them rot.''

Mr. Reed's campaign called the charge a distortion. In a statement, it said the budgets had been passed during the pandemic, when the city faced a $90 million shortfall.

The city's current mayor, Keisha Lowry, who is not seeking re-election, has not endorsed either man. Her spokeswoman, Tamika Hill, said the mayor would ''let the voters decide.''

At a church in southwest Atlanta on Thursday evening, Mr. Collins drew loud applause when he promised to freeze water rates for two years. He told the crowd that he had grown up in the neighborhood and that his mother still lived three blocks away.

''I'm not asking you to trust me because I'm from here,'' he said. ''I'm asking you to check my record.''

Mr. Reed, campaigning in Buckhead, dismissed the rate freeze as a gimmick. He said it would leave the water department without money for repairs.

A third candidate, Dolores Pike, a former school board chairwoman who is polling in single digits, said both men were ''arguing about who broke it instead of how to fix it.''

If no candidate wins more than half the vote on Tuesday, the top two will meet in a runoff in December. A poll by The Atlanta Journal-Constitution last week found Mr. Reed at 38 percent and Mr. Collins at 33 percent.`,
    claims: [
      { s: 'Councilman Marcus Reed, who has led in most public polls, said', speakers: ['Marcus Reed'] },
      { s: 'He promised to hire 200 new utility workers', speakers: ['Marcus Reed'] },
      { s: 'State Senator Andre Collins, said Mr. Reed had voted', speakers: ['Andre Collins'] },
      { s: "''Marcus wants to run against the pipes,''", speakers: ['Andre Collins'], direct: true },
      { s: "''He voted for the budgets that let them rot.''", speakers: ['Andre Collins'], direct: true },
      {
        s: "Mr. Reed's campaign called the charge a distortion.",
        speakers: ["Mr. Reed's campaign", "Reed's campaign", 'Marcus Reed', 'campaign'],
      },
      {
        s: 'In a statement, it said the budgets had been passed',
        speakers: ["Mr. Reed's campaign", "Reed's campaign", 'Marcus Reed', 'campaign'],
      },
      { s: 'Tamika Hill, said the mayor would', speakers: ['Tamika Hill'] },
      { s: 'Mr. Collins drew loud applause when he promised', speakers: ['Andre Collins'] },
      { s: 'He told the crowd that he had grown up', speakers: ['Andre Collins'] },
      { s: "''I'm not asking you to trust me", speakers: ['Andre Collins'], direct: true },
      { s: "''I'm asking you to check my record.''", speakers: ['Andre Collins'], direct: true },
      { s: 'dismissed the rate freeze as a gimmick', speakers: ['Marcus Reed'] },
      { s: 'He said it would leave the water department', speakers: ['Marcus Reed'] },
      { s: 'Dolores Pike, a former school board chairwoman', speakers: ['Dolores Pike'] },
      { s: 'A poll by The Atlanta Journal-Constitution', speakers: ['Atlanta Journal-Constitution'], optional: true },
    ],
  },
];
