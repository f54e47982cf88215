/**
 * Batch 67, written blind by claims24 and committed before the detector ran on it (to be fixed
 * against). Three Reuters politics wires, written to be harder than the earlier batches and
 * closer to real wire copy: many speakers per story, officials named once and then by surname,
 * title or pronoun, spokespeople, unnamed sources, "according to", a quotation running over two
 * paragraphs, quotations that open a paragraph before the speaker is named, inverted "said X, the
 * headman" roles, women and men alternating, and "they" for an organisation. Czech coalition talks
 * (people familiar with the negotiations, a party that has said, a leader who told reporters, his
 * deputy and "She said", a spokeswoman, a draft seen by Reuters, an anonymous senior official over
 * two quoted sentences, the president's office and "They added", analysts, a political scientist
 * after her quotation, a minister and "He added", a reporting line); a U.S. Senate farm-aid vote
 * (a majority leader who blamed and said, a quotation over two paragraphs, "Democrats said", a
 * senator who called a bill something and an inverted "said Moreno, the ranking Democrat", a
 * White House that has not said, a spokeswoman who told reporters, a federation that urged and
 * "They said in a letter", according to the budget office, two aides and "One of them", a
 * counterpart and "he said"); a Malawi poll dispute (a party named after its claim, the
 * commission that declared, a leader who told supporters, "Her party … said" and "It said", a
 * chairwoman who defended and "she said" inside a sentence, an inverted "said Chilima, a former
 * judge", an anonymous diplomat, voters, an inverted "said Yohane Phiri, the village headman" and
 * "He said", a police spokesman and "The police said", a president with two quoted sentences,
 * according to the constitution).
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_67: NewsCase[] = [
  {
    name: "reuters czech coalition talks: people familiar, has said, told reporters, a deputy and She said, a spokeswoman, a draft seen by Reuters, an anonymous senior official over two quotations, the president's office and They added, analysts, a political scientist after her quotation, a minister and He added",
    text: `Czech coalition talks stall over defence spending

PRAGUE, March 12 (Reuters) - Talks on forming a new Czech government stalled on Wednesday over how fast to raise defence spending, three people familiar with the negotiations said, raising the prospect of a minority cabinet.

The centre-right Civic Alliance, which won the most seats in last month's election, wants spending to reach 3% of gross domestic product by 2027. Its likely partner, the Farmers' Party, has said it will not support cuts to rural subsidies to pay for it.

"We are not going to sign a blank cheque," Farmers' Party leader Radek Novotny told reporters after the meeting. "If the army needs more money, the people in Prague can find it in Prague."

Novotny's deputy, Hana Sedlackova, was more conciliatory. She said the two sides agreed on "nine chapters out of ten" and could close a deal within weeks.

The Civic Alliance's chairman, Tomas Vesely, who is expected to become prime minister, did not speak to reporters. His spokeswoman, Petra Kralova, said he remained "confident of an agreement" and would meet President Jan Dvorak on Friday.

According to a draft seen by Reuters, the Alliance has offered to delay the 3% target by one year. A senior Alliance official, who asked not to be named because the talks are private, said the party could go further.

"Nobody wants a second election," the official said. "Not us, not them, and certainly not the voters."

The president's office said Dvorak would give the parties until the end of the month before asking another leader to try. They added that he would not wait indefinitely.

Analysts said a minority government would struggle to pass a budget.

"A minority cabinet in this parliament lives from week to week," said Lenka Maresova, a political scientist at Charles University. "Every vote becomes a negotiation."

Defence Minister Pavel Cerny, who is likely to keep his post, said on Tuesday that the army's needs "cannot wait for coalition arithmetic." He added that Czech troops in Slovakia and the Baltic states were already short of ammunition.

(Reporting by Marek Hruby; Editing by Ros Dunmore)`,
    claims: [
      {
        s: 'three people familiar with the negotiations said',
        speakers: [
          'three people familiar with the negotiations',
          'people familiar with the negotiations',
          'people familiar',
        ],
      },
      { s: "Its likely partner, the Farmers' Party, has said", speakers: ["Farmers' Party"] },
      { s: '"We are not going to sign a blank cheque,"', speakers: ['Radek Novotny'], direct: true },
      { s: '"If the army needs more money', speakers: ['Radek Novotny'], direct: true },
      { s: 'She said the two sides agreed', speakers: ['Hana Sedlackova'] },
      { s: 'His spokeswoman, Petra Kralova, said', speakers: ['Petra Kralova'] },
      {
        s: 'According to a draft seen by Reuters',
        speakers: ['draft seen by Reuters', 'a draft seen by Reuters', 'draft'],
      },
      {
        s: 'A senior Alliance official, who asked not to be named',
        speakers: ['senior Alliance official', 'A senior Alliance official', 'official'],
      },
      {
        s: '"Nobody wants a second election,"',
        speakers: ['senior Alliance official', 'A senior Alliance official', 'official'],
        direct: true,
      },
      {
        s: '"Not us, not them',
        speakers: ['senior Alliance official', 'A senior Alliance official', 'official'],
        direct: true,
      },
      { s: "The president's office said Dvorak", speakers: ["president's office", 'office'] },
      { s: 'They added that he would not wait', speakers: ["president's office", 'office'] },
      { s: 'Analysts said a minority government', speakers: ['Analysts'] },
      { s: '"A minority cabinet in this parliament', speakers: ['Lenka Maresova'], direct: true },
      { s: '"Every vote becomes a negotiation."', speakers: ['Lenka Maresova'], direct: true },
      { s: 'Defence Minister Pavel Cerny, who is likely', speakers: ['Pavel Cerny'] },
      { s: 'He added that Czech troops', speakers: ['Pavel Cerny'] },
    ],
  },
  {
    name: 'reuters senate farm aid: a leader blamed and said, a quotation over two paragraphs, Democrats said, called it and an inverted said Moreno the ranking Democrat, has not said, a spokeswoman told reporters, a federation urged and They said in a letter, according to the budget office, two aides and One of them, a counterpart and he said',
    text: `U.S. Senate blocks farm aid bill as shutdown deadline nears

WASHINGTON, Sept 18 (Reuters) - The U.S. Senate on Thursday blocked a $12 billion aid package for farmers hit by drought, leaving lawmakers two weeks to avoid a partial government shutdown.

The bill fell eight votes short of the 60 needed to advance. Senate Majority Leader Douglas Farrow, a Republican from Kansas, blamed Democrats for the defeat and said he would bring it back next week.

"Farmers in my state do not care which party wrote this bill," Farrow said on the Senate floor. "They care whether the money arrives before the bank calls in their loans.

"We will vote again on Tuesday, and on Wednesday if we have to."

Democrats said the package left out dairy producers and set aside too little for conservation. Senator Alicia Moreno of New Mexico, who led the opposition, called it "a bill written for the biggest farms."

"Nobody on this side is against helping farmers," said Moreno, the ranking Democrat on the agriculture committee. "We are against helping only some of them."

The White House has not said whether President Harold Benning would sign the bill in its current form. Spokeswoman Carla Whitfield told reporters the administration was "watching the Senate closely."

The American Farm Bureau Federation urged both parties to settle their differences. They said in a letter to senators that more than 40,000 farms faced foreclosure by the end of the year.

According to the Congressional Budget Office, the package would add about $9 billion to the deficit over ten years.

Two Republican aides said party leaders were considering splitting the dairy money into a separate bill to win over Democrats from Wisconsin and Vermont. One of them said a deal was possible "within days."

Farrow's Democratic counterpart, Senator Philip Osei of Maryland, said he had not been approached.

"If they have a new offer, my door is open," he said.`,
    claims: [
      { s: 'Douglas Farrow, a Republican from Kansas, blamed', speakers: ['Douglas Farrow'] },
      { s: '"Farmers in my state do not care', speakers: ['Douglas Farrow'], direct: true },
      { s: '"They care whether the money arrives', speakers: ['Douglas Farrow'], direct: true },
      { s: '"We will vote again on Tuesday', speakers: ['Douglas Farrow'], direct: true },
      { s: 'Democrats said the package left out', speakers: ['Democrats'] },
      { s: 'Senator Alicia Moreno of New Mexico, who led the opposition, called it', speakers: ['Alicia Moreno'] },
      { s: '"Nobody on this side is against', speakers: ['Alicia Moreno'], direct: true },
      { s: '"We are against helping only some', speakers: ['Alicia Moreno'], direct: true },
      { s: 'The White House has not said whether', speakers: ['White House'], optional: true },
      { s: 'Spokeswoman Carla Whitfield told reporters', speakers: ['Carla Whitfield'] },
      { s: 'The American Farm Bureau Federation urged', speakers: ['American Farm Bureau Federation'] },
      { s: 'They said in a letter to senators', speakers: ['American Farm Bureau Federation'] },
      { s: 'According to the Congressional Budget Office', speakers: ['Congressional Budget Office'] },
      {
        s: 'Two Republican aides said party leaders',
        speakers: ['Two Republican aides', 'Republican aides', 'aides'],
      },
      {
        s: 'One of them said a deal was possible',
        speakers: ['Two Republican aides', 'Republican aides', 'aides', 'One of them'],
      },
      { s: 'Senator Philip Osei of Maryland, said he had not been approached', speakers: ['Philip Osei'] },
      { s: '"If they have a new offer', speakers: ['Philip Osei'], direct: true },
    ],
  },
  {
    name: 'reuters malawi poll dispute: a party named after its claim, a commission declared, told supporters, Her party said and It said, a chairwoman defended and she said inside a sentence, inverted said Chilima a former judge, an anonymous diplomat, voters said, inverted said Yohane Phiri the village headman and He said, a police spokesman and The police said, a president over two quotations, according to the constitution',
    text: `Malawi opposition rejects poll result, calls for recount

LILONGWE, July 2 (Reuters) - Malawi's main opposition party on Tuesday rejected the result of last week's presidential election and said it would ask the constitutional court to order a recount in four districts.

The electoral commission declared President Samuel Banda the winner on Monday with 51.2% of the vote, narrowly avoiding a run-off against opposition leader Grace Mhango.

"What happened in Mangochi and Dedza was not counting, it was arithmetic done backwards," Mhango told supporters in Blantyre. "We have the tally sheets, and the tally sheets do not lie."

Her party, the United Progressive Front, said its agents had been turned away from 112 polling stations. It said it would file its petition on Friday.

Commission chairwoman Justice Ruth Chilima defended the count. The commission had investigated every complaint, she said, and found no irregularity large enough to change the result.

"We will not be bullied by either side," said Chilima, a former High Court judge.

Western diplomats have urged calm. A European diplomat in Lilongwe, speaking on condition of anonymity, said embassies were "worried but not alarmed."

In Dedza, voters said the mood was tense.

"People are asking whether their votes went anywhere at all," said Yohane Phiri, the village headman of Chimbiya. He said young men had blocked the road to the district office on Monday night.

Police spokesman Peter Kalua said officers had arrested 14 people for burning tyres in Mangochi. The police said the situation was now calm.

Banda, who is seeking a second term, thanked voters in a televised address and appealed for unity. "The election is over," he said. "Malawi is bigger than any party."

Malawi's constitutional court annulled a presidential election in 2019 over irregular tally sheets, and the rerun the following year was won by the opposition.

According to the constitution, the court has 30 days to rule on a petition.`,
    claims: [
      {
        s: "Malawi's main opposition party on Tuesday rejected",
        speakers: [
          "Malawi's main opposition party",
          'main opposition party',
          'opposition party',
          'United Progressive Front',
        ],
      },
      { s: 'The electoral commission declared', speakers: ['electoral commission'], optional: true },
      { s: '"What happened in Mangochi and Dedza', speakers: ['Grace Mhango'], direct: true },
      { s: '"We have the tally sheets', speakers: ['Grace Mhango'], direct: true },
      { s: 'Her party, the United Progressive Front, said', speakers: ['United Progressive Front'] },
      { s: 'It said it would file its petition', speakers: ['United Progressive Front'] },
      { s: 'Commission chairwoman Justice Ruth Chilima defended', speakers: ['Ruth Chilima'], optional: true },
      { s: 'The commission had investigated every complaint, she said', speakers: ['Ruth Chilima'] },
      { s: '"We will not be bullied by either side,"', speakers: ['Ruth Chilima'], direct: true },
      { s: 'Western diplomats have urged calm.', speakers: ['Western diplomats'], optional: true },
      {
        s: 'A European diplomat in Lilongwe, speaking on condition',
        speakers: ['European diplomat in Lilongwe', 'A European diplomat in Lilongwe', 'European diplomat', 'diplomat'],
      },
      { s: 'In Dedza, voters said the mood', speakers: ['voters'] },
      { s: '"People are asking whether their votes', speakers: ['Yohane Phiri'], direct: true },
      { s: 'He said young men had blocked', speakers: ['Yohane Phiri'] },
      { s: 'Police spokesman Peter Kalua said', speakers: ['Peter Kalua'] },
      { s: 'The police said the situation', speakers: ['police', 'The police'] },
      { s: 'thanked voters in a televised address', speakers: ['Samuel Banda'], optional: true },
      { s: '"The election is over,"', speakers: ['Samuel Banda'], direct: true },
      { s: '"Malawi is bigger than any party."', speakers: ['Samuel Banda'], direct: true },
      { s: 'According to the constitution', speakers: ['constitution'], optional: true },
    ],
  },
];
