/**
 * Batch 46, written blind by claims15 and committed before the detector ran on it. Four stories
 * aimed at what the unseen sets hold: two Wikinews-style short reports (speech verbs "called on",
 * "praised", "denounced", "joked", "assured", a party statement, a press release, quotations of
 * several sentences) and two from set B's kind (Reuters: "told Reuters", "said in a statement",
 * "X, a spokesperson for Y, said", unnamed officials "speaking on condition of anonymity", a
 * reporting credit; a US governor's debate in NYT style with ''…'' quotes and the two candidates
 * quoted alternately).
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_46: NewsCase[] = [
  {
    name: 'wikinews disputed mayoral vote: called on, praised, assured, denounced, a campaign statement, a police spokesman, joked',
    text: `Malawi's president calls for calm after disputed mayoral vote in Blantyre

Friday, March 14, 2025

Malawi's President Chimwemwe Banda on Thursday called on supporters of both candidates in Blantyre's disputed mayoral election to stay off the streets while the electoral commission reviews the results.

Protests broke out in the city on Wednesday after the commission declared Grace Nkhoma, of the governing party, the winner by 312 votes. Her opponent, Peter Mwale, has refused to concede.

In a televised address, Banda praised the police for what he called "restraint under great provocation" and assured voters that every disputed ballot box would be opened in public. "Nobody will be declared mayor by a mob, and nobody will be declared mayor in a back room," he said. "The commission will count, and we will all accept the count."

Mwale denounced the address as "a speech for one side". Speaking to reporters outside his campaign office, he said his agents had been turned away from three counting centres on election night. "We have the forms. We have the signatures. We are asking for nothing except that they look at them," he said.

Nkhoma, a former schoolteacher, thanked voters in a statement released by her campaign on Thursday morning. The statement said she would "serve every ward, including the ones that did not vote for me", and called on Mwale to "respect the law and the people".

The head of the electoral commission, Justice Ruth Kalua, told journalists the review would take "no more than ten days". She said observers from the Southern African Development Community had been invited to watch.

The police said 41 people had been arrested in two days of protests and that two officers had been injured by stones. A police spokesman, Inspector James Phiri, said the arrested would appear in court on Monday.

Church leaders joined the call for calm. Archbishop Felix Chirwa joked at a Sunday service that the city had "more election experts than doctors", before urging congregations to pray for the officials counting the ballots.

Blantyre, Malawi's commercial capital, has about 1.2 million residents. The last disputed mayoral vote in the city, in 2014, was settled in court after eight months.`,
    claims: [
      { s: 'Chimwemwe Banda on Thursday called on supporters', speakers: ['Chimwemwe Banda'] },
      { s: 'Banda praised the police for what he called', speakers: ['Chimwemwe Banda'] },
      { s: '"Nobody will be declared mayor by a mob', speakers: ['Chimwemwe Banda'], direct: true },
      { s: '"The commission will count, and we will all', speakers: ['Chimwemwe Banda'], direct: true },
      { s: 'Mwale denounced the address as', speakers: ['Peter Mwale'] },
      { s: 'he said his agents had been turned away', speakers: ['Peter Mwale'] },
      { s: '"We have the forms.', speakers: ['Peter Mwale'], direct: true },
      { s: 'We have the signatures.', speakers: ['Peter Mwale'], direct: true },
      { s: 'We are asking for nothing except that they look', speakers: ['Peter Mwale'], direct: true },
      { s: 'Nkhoma, a former schoolteacher, thanked voters', speakers: ['Grace Nkhoma'], optional: true },
      { s: 'The statement said she would "serve every ward', speakers: ['Grace Nkhoma', 'statement', 'campaign'] },
      { s: 'Justice Ruth Kalua, told journalists', speakers: ['Ruth Kalua'] },
      { s: 'She said observers from the Southern African', speakers: ['Ruth Kalua'] },
      { s: 'The police said 41 people had been arrested', speakers: ['police'] },
      { s: 'Inspector James Phiri, said the arrested', speakers: ['James Phiri'] },
      { s: 'Church leaders joined the call for calm.', speakers: ['Church leaders'], optional: true },
      { s: 'Archbishop Felix Chirwa joked', speakers: ['Felix Chirwa'] },
    ],
  },
  {
    name: 'wikinews museum reopening: a minister joked and praised, "who she said", a director defends, an opposition councillor denounced, assured, according to a press release, a visitor inverted',
    text: `Dutch museum reopens after five-year renovation

Saturday, June 7, 2025

The Hooghuis Museum in Zwolle, in the east of the Netherlands, reopened to the public on Friday after a renovation that took five years and cost €46 million, twice the original estimate.

Culture Minister Anouk de Wit, who cut the ribbon, joked that she had been "invited to this opening four times already". She praised the builders and the museum's staff, who she said had kept the collection "safe, dry and counted" while the building was gutted around it.

The museum's director, Joost Verhagen, defended the cost. "Old buildings hide things. We found a medieval cellar nobody knew about, and we found a roof that was held up mostly by habit," he said. "I would rather explain a late opening than a collapsed ceiling."

Not everyone was pleased. Henk Bosman, a member of the provincial council for the opposition Civic Party, denounced the overrun as "a scandal that nobody will be punished for" and called on the province to publish the contractors' invoices.

The province's finance chief, Marloes Jansen, assured the council last month that the extra money had come from a reserve fund and that no other project had been cut. Bosman said he did not believe it.

The reopened museum shows about 900 works, including a room of 17th-century landscapes lent by private collectors. Tickets for the first weekend sold out within a day, according to a press release from the museum. It said 11,000 people had booked.

Visitors queued in the rain on Friday morning. "I came here as a child, and I wanted my grandchildren to see it," said Ria Dekker, 71, who had travelled from Deventer. "The paintings look cleaner than I remember. So do I, I hope."

The museum will be free for children under 13 until the end of the summer.`,
    claims: [
      { s: 'Culture Minister Anouk de Wit, who cut the ribbon, joked', speakers: ['Anouk de Wit'] },
      { s: 'She praised the builders', speakers: ['Anouk de Wit'] },
      { s: 'Joost Verhagen, defended the cost.', speakers: ['Joost Verhagen'], optional: true },
      { s: '"Old buildings hide things.', speakers: ['Joost Verhagen'], direct: true },
      { s: 'We found a medieval cellar', speakers: ['Joost Verhagen'], direct: true },
      { s: '"I would rather explain a late opening', speakers: ['Joost Verhagen'], direct: true },
      { s: 'denounced the overrun as', speakers: ['Henk Bosman'] },
      { s: 'Marloes Jansen, assured the council', speakers: ['Marloes Jansen'] },
      { s: 'Bosman said he did not believe it.', speakers: ['Henk Bosman'] },
      {
        s: 'Tickets for the first weekend sold out',
        speakers: ['Hooghuis Museum', 'museum', 'press release'],
      },
      { s: 'It said 11,000 people had booked.', speakers: ['Hooghuis Museum', 'museum', 'press release'] },
      { s: '"I came here as a child', speakers: ['Ria Dekker'], direct: true },
      { s: '"The paintings look cleaner than I remember.', speakers: ['Ria Dekker'], direct: true },
      { s: 'So do I, I hope."', speakers: ['Ria Dekker'], direct: true },
    ],
  },
  {
    name: 'reuters trade talks: officials involved, a senior EU official on condition of anonymity, told Reuters, a Commission spokesperson, said in a statement, she after an association, one of them, a reporting credit',
    text: `EU, Indonesia near deal on nickel export curbs, officials say

BRUSSELS/JAKARTA, May 20 (Reuters) - The European Union and Indonesia are close to a deal that would ease Jakarta's ban on exports of raw nickel ore in return for EU investment in local processing, three officials involved in the talks said on Tuesday.

A senior EU official, speaking on condition of anonymity because the talks were private, said the two sides had agreed on "most of the text" and hoped to announce the deal at a summit in June. The official said the remaining differences concerned how quickly the ban would be phased out.

Indonesia's trade minister, Hendra Wijaya, told Reuters in an interview in Jakarta that his government would not give up its right to process nickel at home. "We are not going back to selling dirt," he said. "If Europe wants our nickel, Europe can help us build the smelters."

He said any deal would have to be approved by parliament, where nationalist parties have criticised foreign ownership of mines.

Sabine Moreau, a spokesperson for the European Commission, said the Commission did not comment on negotiations in progress.

The EU challenged Indonesia's export ban at the World Trade Organization in 2019 and won a first ruling in 2022. Indonesia appealed, and because the WTO's appeals body has not functioned since 2019, the case has been frozen.

European carmakers, which need nickel for batteries, have pushed for a settlement. The European Automobile Manufacturers' Association said in a statement that a deal would "give European factories a second source of a metal they cannot do without".

Environmental groups were critical. Dewi Rahmawati, who leads the Jakarta-based group Tanah Kita, said nickel mining on Sulawesi had already cleared tens of thousands of hectares of forest. She accused both sides of treating the island "as a quarry".

"Nobody in Brussels or Jakarta has asked the people who live next to these mines what they want," she said.

Two Indonesian officials said the government had also asked for help with training engineers. One of them, who was not authorised to speak to the media, said Jakarta wanted European universities to offer places to 1,000 Indonesian students a year.

Wijaya is due to visit Brussels next week. He declined to say whether he would meet the EU trade commissioner.

Nickel prices on the London Metal Exchange fell 1.2 percent on the report.

(Reporting by Ana Ruiz in Brussels and Stanley Widodo in Jakarta; Editing by Mark Potter)`,
    claims: [
      {
        s: 'The European Union and Indonesia are close to a deal',
        speakers: ['three officials', 'officials involved in the talks', 'three officials involved in the talks'],
      },
      {
        s: 'A senior EU official, speaking on condition',
        speakers: ['A senior EU official', 'senior EU official', 'EU official', 'official'],
      },
      {
        s: 'The official said the remaining differences',
        speakers: ['A senior EU official', 'senior EU official', 'EU official', 'official'],
      },
      { s: 'Hendra Wijaya, told Reuters', speakers: ['Hendra Wijaya'] },
      { s: '"We are not going back to selling dirt,"', speakers: ['Hendra Wijaya'], direct: true },
      { s: '"If Europe wants our nickel', speakers: ['Hendra Wijaya'], direct: true },
      { s: 'He said any deal would have to be approved', speakers: ['Hendra Wijaya'] },
      { s: 'Sabine Moreau, a spokesperson for the European Commission', speakers: ['Sabine Moreau'] },
      {
        s: "The European Automobile Manufacturers' Association said in a statement",
        speakers: [
          "European Automobile Manufacturers' Association",
          'European Automobile Manufacturers',
          'association',
        ],
      },
      { s: 'Dewi Rahmawati, who leads the Jakarta-based group', speakers: ['Dewi Rahmawati'] },
      { s: 'She accused both sides of treating', speakers: ['Dewi Rahmawati'] },
      { s: '"Nobody in Brussels or Jakarta has asked', speakers: ['Dewi Rahmawati'], direct: true },
      {
        s: 'Two Indonesian officials said the government',
        speakers: ['Two Indonesian officials', 'Indonesian officials', 'officials'],
      },
      {
        s: 'One of them, who was not authorised',
        speakers: ['One of them', 'Two Indonesian officials', 'Indonesian officials', 'officials'],
      },
      { s: 'He declined to say whether he would meet', speakers: ['Hendra Wijaya'], optional: true },
    ],
  },
  {
    name: "nyt-style governor's debate: ''…'' quotes, Mr./Ms., two candidates alternately, she/he inside quotations, replied, a senior adviser on condition of anonymity, the campaign said in a statement",
    text: `In Only Debate, Rivals for Arizona Governor Spar Over Water

PHOENIX — The two candidates for governor of Arizona clashed over water and housing on Tuesday night in their only televised debate, three weeks before an election that polls show is close.

Dale Whitcomb, the Republican nominee and a former state senator, accused Gov. Laura Mendes, a Democrat, of ''letting the wells run dry'' in rural counties while approving new subdivisions near Phoenix.

''Four years ago, she promised a water plan,'' Mr. Whitcomb said. ''We are still waiting for it. The farmers in Cochise County are still waiting for it.''

Ms. Mendes said the state had signed more water agreements in her term than in the previous 12 years, and she called Mr. Whitcomb's own proposal, to pipe desalinated water from Mexico, ''a fantasy with a price tag.''

''He wants to build a pipeline that nobody has designed, paid for with money nobody has found,'' she said.

The moderator, Ana Soto of KJZZ, asked both candidates whether they would sign a bill limiting groundwater pumping near cities. Mr. Whitcomb said he would not. Ms. Mendes said she would, if it included money for farmers.

On housing, the roles were reversed. Mr. Whitcomb, who has promised to cut building permit fees by half, said rents in Phoenix had risen faster than in any other big city. He blamed the governor's regulators for slowing construction.

''I've met those regulators,'' Ms. Mendes replied. ''They're the reason your tap water is safe to drink.''

A senior adviser to the Whitcomb campaign, speaking on condition of anonymity to discuss internal polling, said after the debate that the campaign's own surveys showed the race tied. The Mendes campaign said in a statement that the governor had ''shown again who has a plan.''

Independent analysts were less sure anyone had won. ''Neither of them made a mistake, and neither of them changed a vote,'' said Kyle Brennan, a political scientist at Arizona State University. He said the debate would matter less than turnout in Maricopa County.

Early voting begins next week.`,
    claims: [
      { s: 'Dale Whitcomb, the Republican nominee and a former state senator, accused', speakers: ['Dale Whitcomb'] },
      { s: "''Four years ago, she promised a water plan,''", speakers: ['Dale Whitcomb'], direct: true },
      { s: "''We are still waiting for it.", speakers: ['Dale Whitcomb'], direct: true },
      { s: 'The farmers in Cochise County are still waiting', speakers: ['Dale Whitcomb'], direct: true },
      { s: 'Ms. Mendes said the state had signed more water', speakers: ['Laura Mendes'] },
      { s: "''He wants to build a pipeline", speakers: ['Laura Mendes'], direct: true },
      { s: 'Mr. Whitcomb said he would not.', speakers: ['Dale Whitcomb'] },
      { s: 'Ms. Mendes said she would, if it included', speakers: ['Laura Mendes'] },
      { s: 'said rents in Phoenix had risen faster', speakers: ['Dale Whitcomb'] },
      { s: "He blamed the governor's regulators", speakers: ['Dale Whitcomb'] },
      { s: "''I've met those regulators,''", speakers: ['Laura Mendes'], direct: true },
      { s: "''They're the reason your tap water", speakers: ['Laura Mendes'], direct: true },
      {
        s: 'A senior adviser to the Whitcomb campaign',
        speakers: ['A senior adviser to the Whitcomb campaign', 'senior adviser', 'adviser', 'Whitcomb campaign'],
      },
      {
        s: 'The Mendes campaign said in a statement',
        speakers: ['Mendes campaign', 'Laura Mendes', 'campaign'],
      },
      { s: 'Independent analysts were less sure', speakers: ['Independent analysts'], optional: true },
      { s: "''Neither of them made a mistake", speakers: ['Kyle Brennan'], direct: true },
      { s: 'He said the debate would matter less', speakers: ['Kyle Brennan'] },
    ],
  },
];
