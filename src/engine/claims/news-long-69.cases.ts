/**
 * Batch 69, written blind by claims24 and committed before the detector ran on it, and kept as a
 * first-sight check: no row is fixed against it (only its totals are ever printed). Three stories
 * of the same kinds as 67–68: a Reuters Spanish budget defeat (a minister who told reporters over
 * two quoted sentences, a party that said and its spokeswoman who accused, "They chose not to
 * listen" inside a quotation, two government sources and "One of them, a senior official", an
 * opposition party that called for, an inverted "said its leader", a prime minister named by
 * surname who "did not mention" and "She said", according to data, an economist after her
 * quotation, a Commission that said and "They expect …, a Commission spokesman said"); a New York
 * Times-style Wisconsin county clerk feature in ''…'' quotes ("she said" inside a sentence, a clerk
 * named once then by "Ms." over three quoted sentences, a lawsuit that asks, an inverted lawyer,
 * a congressman who has called for and "he said" on the radio, "she said" between quoted sentences,
 * a commission's statement, a spokeswoman who declined to say, according to the county's figures,
 * an inverted retiree, "His wife, Carol, disagreed" and "She said"); a Reuters Thai court story (a
 * court's statement, a government spokesman at the end, an acting prime minister by given name, a
 * prime minister by given name with a quotation over two paragraphs, a party that welcomed and
 * its leader, three anonymous members, a party that is "they" in a statement and its inverted
 * secretary-general, according to exchange data, a strategist after her quotation).
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_69: NewsCase[] = [
  {
    name: 'reuters spain budget defeat: a minister told reporters, a party said and its spokeswoman accused, two government sources and One of them, an inverted said its leader, She said after a surname, according to data, an economist, a Commission said and They expect a Commission spokesman said',
    text: `Spanish government loses budget vote as Catalan allies abstain

MADRID, Nov 20 (Reuters) - Spain's minority government lost a parliamentary vote on its 2026 budget on Thursday after a Catalan party that usually backs it abstained, dealing a blow to Prime Minister Elena Ruiz Montero.

The budget was rejected by 176 votes to 170. Finance Minister Javier Osuna said the government would roll over this year's spending plan and present a new draft in the spring.

"This is a setback, not a catastrophe," Osuna told reporters in the corridors of parliament. "Spain has lived with rolled-over budgets before and the economy kept growing."

Together for Catalonia, whose seven lawmakers abstained, said the government had broken a promise to transfer control of regional train services. The party's spokeswoman in parliament, Nuria Vilalta, accused Madrid of "treating Catalonia as a cash machine."

"We told them in September what we needed," Vilalta said. "They chose not to listen."

Two government sources said Ruiz Montero was not considering an early election. One of them, a senior official in the prime minister's office, said she would instead seek to pass the main measures as separate decrees.

The opposition People's Party called for the prime minister to resign. "A government that cannot pass a budget cannot govern," said its leader, Andres Calleja, who has led in most opinion polls this year.

Ruiz Montero, speaking later at an event in Valencia, did not mention the vote directly. She said her government would "keep working for those who need it most."

Markets barely reacted. The yield on Spain's 10-year bond was little changed, according to Tradeweb data.

"Investors have learned to ignore Madrid's budget drama," said Ines Carrasco, an economist at a Madrid brokerage. "What matters to them is growth, and growth is still strong."

The European Commission said it had taken note of the vote. They expect Spain to meet its deficit targets regardless, a Commission spokesman said.`,
    claims: [
      { s: 'Finance Minister Javier Osuna said', speakers: ['Javier Osuna'] },
      { s: '"This is a setback, not a catastrophe,"', speakers: ['Javier Osuna'], direct: true },
      { s: '"Spain has lived with rolled-over budgets', speakers: ['Javier Osuna'], direct: true },
      { s: 'Together for Catalonia, whose seven lawmakers abstained, said', speakers: ['Together for Catalonia'] },
      { s: 'Nuria Vilalta, accused Madrid', speakers: ['Nuria Vilalta'] },
      { s: '"We told them in September', speakers: ['Nuria Vilalta'], direct: true },
      { s: '"They chose not to listen."', speakers: ['Nuria Vilalta'], direct: true },
      {
        s: 'Two government sources said Ruiz Montero',
        speakers: ['Two government sources', 'government sources', 'sources'],
      },
      {
        s: "One of them, a senior official in the prime minister's office, said",
        speakers: [
          "senior official in the prime minister's office",
          "a senior official in the prime minister's office",
          'senior official',
          'official',
          'One of them',
          'Two government sources',
          'government sources',
          'sources',
        ],
      },
      { s: "The opposition People's Party called for", speakers: ["People's Party"], optional: true },
      { s: '"A government that cannot pass a budget', speakers: ['Andres Calleja'], direct: true },
      { s: 'She said her government would', speakers: ['Elena Ruiz Montero', 'Ruiz Montero'] },
      { s: 'according to Tradeweb data', speakers: ['Tradeweb data', 'Tradeweb'] },
      { s: '"Investors have learned to ignore', speakers: ['Ines Carrasco'], direct: true },
      { s: '"What matters to them is growth', speakers: ['Ines Carrasco'], direct: true },
      { s: 'The European Commission said it had taken note', speakers: ['European Commission'] },
      {
        s: 'They expect Spain to meet its deficit targets',
        speakers: ['Commission spokesman', 'a Commission spokesman', 'spokesman', 'European Commission'],
      },
    ],
  },
  {
    name: "nyt wisconsin county clerk: ''…'' quotes, she said inside a sentence, Ms. over three quoted sentences, a lawsuit asks, an inverted lawyer, has called for and he said on the radio, she said between quotations, a commission's statement, a spokeswoman declined to say, according to the county's figures, an inverted retiree, His wife disagreed and She said",
    text: `In Wisconsin, a County Clerk Becomes the Story

By Thomas Avery

WAUKESHA, Wis. — Margaret Lindahl has counted ballots in Waukesha County for 22 years. Until this fall, she said, almost nobody knew her name.

''Now people stop me in the grocery store,'' Ms. Lindahl, the county clerk, said in her office on Monday, a stack of absentee envelopes on the desk in front of her. ''Some of them want to thank me. Some of them want to tell me I am going to prison.''

Ms. Lindahl, a Republican, became a target for both parties last month after her office mailed about 3,000 absentee ballots with the wrong return date printed on the envelopes. The error was corrected within a week, but a lawsuit filed by the state Democratic Party asks a judge to order that every affected ballot be counted even if it arrives late.

''This is not about Margaret,'' said Ben Okafor, a lawyer for the Democrats. ''It is about three thousand voters who did exactly what they were told.''

Republicans have gone further. Representative Curtis Haag, whose district includes part of the county, has called for an outside audit of the clerk's office. On a radio show last week, he said the mistake ''raises questions that deserve answers.''

Ms. Lindahl said she welcomed any audit. ''Audit away,'' she said. ''The envelopes had a typo. The ballots did not.''

The Wisconsin Elections Commission said in a statement that it had reviewed the county's corrected mailing and found it ''consistent with state law.'' A spokeswoman, Rita Sandoval, declined to say whether the commission would take a position in the lawsuit.

According to the county's own figures, about 2,100 of the affected ballots have already been returned.

Across the street from the clerk's office, at a coffee shop where the talk often turns to politics, opinions were divided.

''Everybody makes mistakes,'' said Gene Pulaski, 71, a retired machinist. ''But when it is the election, you make them twice as careful.''

His wife, Carol, disagreed. She said Ms. Lindahl had been ''the most careful person in this county for twenty years.''

A hearing in the lawsuit is set for Thursday.`,
    claims: [
      { s: 'Until this fall, she said, almost nobody', speakers: ['Margaret Lindahl'] },
      { s: "''Now people stop me in the grocery store,''", speakers: ['Margaret Lindahl'], direct: true },
      { s: "''Some of them want to thank me.", speakers: ['Margaret Lindahl'], direct: true },
      { s: "Some of them want to tell me I am going to prison.''", speakers: ['Margaret Lindahl'], direct: true },
      {
        s: 'but a lawsuit filed by the state Democratic Party asks',
        speakers: ['lawsuit', 'state Democratic Party', 'Democratic Party'],
        optional: true,
      },
      { s: "''This is not about Margaret,''", speakers: ['Ben Okafor'], direct: true },
      { s: "''It is about three thousand voters", speakers: ['Ben Okafor'], direct: true },
      { s: 'has called for an outside audit', speakers: ['Curtis Haag'], optional: true },
      { s: 'On a radio show last week, he said', speakers: ['Curtis Haag'] },
      { s: 'Ms. Lindahl said she welcomed any audit.', speakers: ['Margaret Lindahl'] },
      { s: "''Audit away,'' she said.", speakers: ['Margaret Lindahl'], direct: true },
      { s: "''The envelopes had a typo.", speakers: ['Margaret Lindahl'], direct: true },
      { s: "The ballots did not.''", speakers: ['Margaret Lindahl'], direct: true },
      { s: 'The Wisconsin Elections Commission said in a statement', speakers: ['Wisconsin Elections Commission'] },
      { s: 'A spokeswoman, Rita Sandoval, declined to say', speakers: ['Rita Sandoval'], optional: true },
      {
        s: "According to the county's own figures",
        speakers: ["county's own figures", "the county's own figures", 'figures'],
      },
      { s: "''Everybody makes mistakes,''", speakers: ['Gene Pulaski'], direct: true },
      { s: "''But when it is the election", speakers: ['Gene Pulaski'], direct: true },
      { s: 'His wife, Carol, disagreed.', speakers: ['Carol', 'Carol Pulaski'], optional: true },
      { s: 'She said Ms. Lindahl had been', speakers: ['Carol', 'Carol Pulaski'] },
    ],
  },
  {
    name: "reuters thai court suspends prime minister: a court's statement, a government spokesman at the end, an acting prime minister by given name, a prime minister with a quotation over two paragraphs, a party welcomed and its leader, three anonymous members, a party as they in a statement and an inverted secretary-general, according to exchange data, a strategist",
    text: `Thai court suspends prime minister pending ethics ruling

BANGKOK, Aug 29 (Reuters) - Thailand's Constitutional Court on Friday suspended Prime Minister Somchai Wongsiri from duty while it decides whether he breached ethics rules by appointing a convicted lawyer to his cabinet.

The court said in a statement that it had voted 7-2 to accept a petition from 40 senators and that Somchai must stop performing his duties until it rules. It gave him 15 days to respond.

Deputy Prime Minister Chanida Pholsena will act as prime minister in the meantime, a government spokesman said.

"The government will continue to work normally," Chanida told reporters at Government House. "Nothing has changed for the people, and nothing will."

Somchai, a property tycoon who took office last year, said he respected the court but was confident he had done nothing wrong.

"I appointed a man who had served his sentence and been pardoned," he said in a video posted on Facebook. "If that is a crime, then the law needs to explain what a pardon is for.

"I will answer every question the court asks."

The opposition People's Movement party welcomed the ruling. Its leader, Kittisak Kanjana, said the case showed that "no one is above the rules, not even a billionaire."

Somchai's ruling party has the backing of 312 of the 500 lawmakers in the lower house. Three senior members, speaking on condition of anonymity because they were not authorised to talk to the media, said the coalition was united behind him.

But one coalition partner, the Thai Unity party, has been less certain. They said in a statement that they would "respect whatever the court decides."

"We are not going to jump before the court has spoken," said Anupong Sithichai, the party's secretary-general. "But we are not going to chain ourselves to anyone either."

The Thai stock index fell 1.2% after the ruling, according to exchange data.

"Investors have seen this film before," said Warangkana Det, a strategist at a Bangkok brokerage. "They know it can end in a new government within weeks."`,
    claims: [
      {
        s: 'The court said in a statement that it had voted',
        speakers: ['Constitutional Court', "Thailand's Constitutional Court", 'court'],
      },
      {
        s: 'will act as prime minister in the meantime, a government spokesman said',
        speakers: ['government spokesman', 'a government spokesman', 'spokesman'],
      },
      { s: '"The government will continue to work normally,"', speakers: ['Chanida Pholsena'], direct: true },
      { s: '"Nothing has changed for the people', speakers: ['Chanida Pholsena'], direct: true },
      { s: 'Somchai, a property tycoon who took office', speakers: ['Somchai Wongsiri'] },
      { s: '"I appointed a man who had served', speakers: ['Somchai Wongsiri'], direct: true },
      { s: '"If that is a crime', speakers: ['Somchai Wongsiri'], direct: true },
      { s: '"I will answer every question', speakers: ['Somchai Wongsiri'], direct: true },
      {
        s: "The opposition People's Movement party welcomed",
        speakers: ["People's Movement party", "People's Movement"],
      },
      { s: 'Its leader, Kittisak Kanjana, said', speakers: ['Kittisak Kanjana'] },
      {
        s: 'Three senior members, speaking on condition',
        speakers: ['Three senior members', 'senior members', 'members'],
      },
      { s: 'They said in a statement that they would', speakers: ['Thai Unity party', 'Thai Unity'] },
      { s: '"We are not going to jump', speakers: ['Anupong Sithichai'], direct: true },
      { s: '"But we are not going to chain ourselves', speakers: ['Anupong Sithichai'], direct: true },
      { s: 'according to exchange data', speakers: ['exchange data'] },
      { s: '"Investors have seen this film before,"', speakers: ['Warangkana Det'], direct: true },
      { s: '"They know it can end', speakers: ['Warangkana Det'], direct: true },
    ],
  },
];
