/**
 * Batch 65, written blind by claims23 and committed before the detector ran on it (to be fixed
 * against afterwards). Three stories: an AP-style rural school closure plan in Lithuania (“…”
 * quotes, a ministry said at the end and "said in a statement" and "It said", a minister with a
 * rare given name who "defended" a plan and "she told parliament" after her predecessor, a man, is
 * named, a union that "rejected claims that" and "the union said" after the claim, an inverted
 * mother, a former minister who asked whether (a reported question, no claim), "The minister said it
 * had", a plan "understood to have been delayed", a mayor over three quoted sentences, a ministry that
 * denied that); a Wikinews-style Samoan court ruling on a tuna licence (straight quotes, a date line,
 * a paraphrase ended by "the ruling said", a judge who wrote, a chiefly-titled association president
 * who told Wikinews and a quotation with a nested question, a minister with a rare given name who
 * told parliament and "She denied that", according to people familiar, a company that did not
 * respond and whose filing argues, an MP who asked why (no claim) and a quoted question split
 * around "he said"); a BBC-style ferry breakdown in Barra (straight quotes, a standfirst and a
 * byline, a banner's slogan, an operator and "It said in a statement", "Police said in a release",
 * a council chair with a Gaelic given name and "she told the crowd" after her husband is named, an
 * inverted "added" with a quotation after it, islanders who asked why (no claim), a secretary who
 * "rejected claims that", "Asked by reporters whether …, she said:", an operator "understood to
 * have tried", declined to comment).
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_65: NewsCase[] = [
  {
    name: 'ap lithuania rural schools: a ministry said and It said, a minister defended and she told parliament after a man is named, a union rejected claims that, an inverted mother, asked whether (no claim), understood to have been delayed, a mayor over three sentences, the ministry denied that',
    text: `Lithuania to close 40 rural schools as pupil numbers fall

VILNIUS, Lithuania (AP) — Lithuania will close or merge about 40 rural schools by 2027 because there are too few children to fill them, the Education Ministry said Thursday.

The ministry said in a statement that schools with fewer than 60 pupils cost the state three times as much per child as those in towns. It said pupils would be taken to larger schools by bus.

Education Minister Aušra Žemaitienė defended the plan in a debate that ran late into the night. Her predecessor, Vytautas Baltrūnas, who now sits in opposition, called it “a slow death for the villages.”

“A school with nine children in a class is not a kindness to those children,” she told parliament. “They deserve a chemistry laboratory and a choir.”

The Lithuanian Education Workers' Trade Union rejected claims that teachers would keep their jobs. About 700 teachers would lose their posts, the union said.

“My son will be on a bus for an hour and ten minutes each way,” said Rūta Kazlauskienė, whose village school near Zarasai is on the list. “He is seven.”

Baltrūnas asked whether the ministry had counted the cost of the buses. The minister said it had, and that buses were cheaper than half-empty classrooms.

The plan is understood to have been delayed twice because of objections from mayors in the north-east.

“We were told in March that our school was safe,” said Jonas Petrauskas, the mayor of Zarasai district. “In June, it was on the list. Nobody explained what changed.”

The ministry denied that any promise had been made to mayors in March.`,
    claims: [
      { s: 'the Education Ministry said Thursday', speakers: ['Education Ministry'] },
      { s: 'The ministry said in a statement that schools', speakers: ['Education Ministry', 'ministry'] },
      { s: 'It said pupils would be taken', speakers: ['Education Ministry', 'ministry'] },
      { s: 'Aušra Žemaitienė defended the plan', speakers: ['Aušra Žemaitienė'], optional: true },
      { s: 'called it “a slow death for the villages.”', speakers: ['Vytautas Baltrūnas'] },
      { s: '“A school with nine children', speakers: ['Aušra Žemaitienė'], direct: true },
      { s: '“They deserve a chemistry laboratory', speakers: ['Aušra Žemaitienė'], direct: true },
      {
        s: "The Lithuanian Education Workers' Trade Union rejected claims",
        speakers: ["Lithuanian Education Workers' Trade Union"],
      },
      {
        s: 'About 700 teachers would lose their posts, the union said.',
        speakers: ["Lithuanian Education Workers' Trade Union", 'union'],
      },
      { s: '“My son will be on a bus', speakers: ['Rūta Kazlauskienė'], direct: true },
      { s: '“He is seven.”', speakers: ['Rūta Kazlauskienė'], direct: true },
      { s: 'The minister said it had, and that buses', speakers: ['Aušra Žemaitienė'] },
      { s: 'The plan is understood to have been delayed', speakers: [] },
      { s: '“We were told in March', speakers: ['Jonas Petrauskas'], direct: true },
      { s: '“In June, it was on the list.', speakers: ['Jonas Petrauskas'], direct: true },
      { s: 'Nobody explained what changed.”', speakers: ['Jonas Petrauskas'], direct: true },
      { s: 'The ministry denied that any promise', speakers: ['Education Ministry', 'ministry'] },
    ],
  },
  {
    name: "wikinews samoa tuna licence ruling: a date line, the ruling said after a paraphrase, a judge wrote, a chiefly-titled president told Wikinews and a nested question, a minister told parliament and She denied that, according to people familiar, a company's filing argues, an MP asked why (no claim) and a quoted question split around he said",
    text: `Samoa's Supreme Court halts tuna licence deal with foreign fleet

Thursday, March 13, 2025

The Supreme Court of Samoa on Wednesday suspended a fishing agreement between the government and a foreign longline fleet until a full hearing next month.

The ministry signed the deal without the environmental assessment that the Fisheries Management Act requires, the ruling said. "The Act is not a suggestion, and it binds ministers as it binds fishermen," Justice Teuila Fonoti wrote.

The agreement would have let 30 vessels operated by Pacific Blue Tuna, a company registered in Fiji, fish in Samoa's waters for five years.

The case was brought by the Samoa Alia Fishers Association, which represents about 400 owners of small boats. Its president, Faleolo Iosefa, told Wikinews the association had "never been against foreign boats, only against empty seas."

"Our catches of yellowfin have halved in ten years," Iosefa said. "My nephew, who is 19, asked me, 'Uncle, why do we go out at all?'"

The Minister of Agriculture and Fisheries, Lupe Tamapua, told parliament on Thursday that the government would respect the ruling. She denied that the licence fees had been paid into an account outside the treasury.

According to people familiar with the talks, Pacific Blue Tuna had offered to pay about 6 million tala a year for the licences.

Pacific Blue Tuna did not respond to questions from Wikinews. In a filing submitted to the court, the company argues that its boats fish only beyond 50 nautical miles from shore, far from the areas used by local fishers.

Opposition MP Ioane Leiataua asked during the debate why the agreement had never been tabled in parliament. "If the deal was good for Samoa," he said, "why was it kept in a drawer?"

Tuna make up about half of Samoa's exports of goods.`,
    claims: [
      {
        s: 'The ministry signed the deal without the environmental assessment',
        speakers: ['ruling', 'the ruling', 'Supreme Court of Samoa', 'Supreme Court', 'Teuila Fonoti'],
      },
      { s: '"The Act is not a suggestion', speakers: ['Teuila Fonoti'], direct: true },
      { s: 'Its president, Faleolo Iosefa, told Wikinews', speakers: ['Faleolo Iosefa'] },
      { s: '"Our catches of yellowfin', speakers: ['Faleolo Iosefa'], direct: true },
      { s: '"My nephew, who is 19', speakers: ['Faleolo Iosefa'], direct: true },
      { s: 'Lupe Tamapua, told parliament', speakers: ['Lupe Tamapua'] },
      { s: 'She denied that the licence fees', speakers: ['Lupe Tamapua'] },
      {
        s: 'According to people familiar with the talks',
        speakers: ['people familiar with the talks', 'people familiar'],
      },
      { s: 'Pacific Blue Tuna did not respond', speakers: [], optional: true },
      {
        s: 'In a filing submitted to the court, the company argues',
        speakers: ['Pacific Blue Tuna', 'company', 'filing'],
      },
      { s: '"If the deal was good for Samoa,"', speakers: ['Ioane Leiataua'], direct: true },
    ],
  },
  {
    name: 'bbc barra ferry breakdown: a standfirst and byline, a banner, an operator and It said in a statement, police said in a release, she told the crowd after her husband is named, an inverted added, islanders asked why (no claim), a secretary rejected claims that, Asked by reporters whether she said:, understood to have tried, declined to comment',
    text: `Barra islanders protest as ferry breakdown enters fifth day

Protesters have gathered at Oban's ferry terminal after the only ship serving the Hebridean island of Barra broke down for the third time this year.

By Catriona MacLeod, BBC Scotland

About 200 people stood on the pier on Saturday holding banners that read "Lifeline, not luxury".

The operator, Hebridean Sea Links, said a replacement gearbox part for the MV Eilean Dubh was being made in Norway. It said in a statement that the ship should return to service "by the middle of next week".

Police said in a release that the protest had been peaceful and that nobody had been arrested.

Seonag MacNeil, who chairs the island's community council, said three patients had missed hospital appointments in Glasgow this week. Her husband, Ruairidh, had to cancel a hip operation.

"We are not asking for a new ship tomorrow," she told the crowd. "We are asking for a ship that works."

"Ten years they have known about this ship," added Eachann Macaulay, a fish farmer on the island. "Ten years, and all they have done is paint it."

Several islanders asked why the ship had been sent back into service in March without a full engine check.

Scotland's transport secretary, Niamh Carmichael, rejected claims that the government had ignored warnings about the vessel's engines. She said two new ships for the route would be delivered in 2027.

Asked by reporters whether that was too late, she said: "Nobody is more frustrated than I am. The islanders have every right to be angry."

The operator is understood to have tried to charter a catamaran from a company in Orkney.

Hebridean Sea Links declined to comment on the cost of the repairs.`,
    claims: [
      { s: 'holding banners that read', speakers: [], optional: true },
      { s: 'The operator, Hebridean Sea Links, said a replacement', speakers: ['Hebridean Sea Links'] },
      { s: 'It said in a statement that the ship should return', speakers: ['Hebridean Sea Links'] },
      { s: 'Police said in a release that the protest', speakers: ['Police', 'police'] },
      { s: 'Seonag MacNeil, who chairs', speakers: ['Seonag MacNeil'] },
      { s: '"We are not asking for a new ship', speakers: ['Seonag MacNeil'], direct: true },
      { s: '"We are asking for a ship that works."', speakers: ['Seonag MacNeil'], direct: true },
      { s: '"Ten years they have known', speakers: ['Eachann Macaulay'], direct: true },
      { s: '"Ten years, and all they have done', speakers: ['Eachann Macaulay'], direct: true },
      { s: 'Niamh Carmichael, rejected claims', speakers: ['Niamh Carmichael'] },
      { s: 'She said two new ships', speakers: ['Niamh Carmichael'] },
      { s: 'Asked by reporters whether that was too late', speakers: ['Niamh Carmichael'], direct: true },
      { s: 'The islanders have every right to be angry."', speakers: ['Niamh Carmichael'], direct: true },
      { s: 'The operator is understood to have tried', speakers: [] },
      { s: 'Hebridean Sea Links declined to comment', speakers: [], optional: true },
    ],
  },
];
