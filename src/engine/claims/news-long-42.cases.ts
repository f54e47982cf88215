/**
 * Batch 42, written blind by claims13 and committed before the detector ran on it, and kept as a
 * first-sight check: no row is fixed against it. Three long stories — a bank merger with two
 * banks, their chief executives, the regulator, a union, analysts and "people with knowledge of
 * the deal"; peace talks with foreign ministers, a mediator, spokesmen and a rebel group in “…”
 * and «…» quotes, a quotation carried over two paragraphs and "the ministry" for two countries;
 * a vaccine trial with researchers, a drug agency, the company, patients and ‘…’ quotes inside
 * double ones.
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_42: NewsCase[] = [
  {
    name: 'long bank merger: two banks and "the bank", chief executives by surname, the regulator, people with knowledge, a union, analysts, told Bloomberg, a quotation over two paragraphs',
    text: `Nordbank agrees to buy rival Hanse Kredit in 4.2 billion euro deal

FRANKFURT, March 3 (Reuters) - Germany's Nordbank agreed on Monday to buy smaller rival Hanse Kredit for about 4.2 billion euros ($4.5 billion), creating the country's third-largest lender by assets and ending months of speculation about the future of the Hamburg-based bank.

Nordbank said it would pay 18.40 euros in cash for each Hanse Kredit share, a premium of 31 percent to Friday's closing price. The deal, which has been approved by both boards, is expected to close in the fourth quarter, the banks said in a joint statement.

Nordbank chief executive Stefan Albrecht told analysts on a conference call that the combination would produce annual cost savings of about 550 million euros by 2028, mostly by merging the two banks' technology systems and closing overlapping branches.

"This is a deal about scale," Albrecht said. "Our customers want better digital services, and you cannot build those on two separate platforms with half the volume each. Together we can invest at the level of the biggest players."

He declined to say how many jobs would be cut. The two banks together employ about 21,000 people, and people with knowledge of the deal said the savings target implied losing between 3,000 and 4,000 positions.

Hanse Kredit's chief executive, Birgit Sommer, will join Nordbank's management board and oversee the integration. She told Bloomberg Television that the bank's independence had been "a source of pride" but that the offer was too good to refuse.

"Our shareholders have waited a long time for a fair price," Sommer said. "This is a fair price.

"I also believe this is the best outcome for our employees in the long run, even if the next two years will be difficult for some of them."

Hanse Kredit has struggled since 2023, when losses on commercial property loans forced it to cut its dividend. Its shares had risen about 12 percent since January on speculation of a takeover.

The German financial regulator BaFin and the European Central Bank must approve the deal. A spokesman for BaFin said the authority did not comment on individual transactions. The ECB also declined to comment.

Two people familiar with the process said supervisors had been informed of the talks in January and had raised no objections in principle. One of them said the ECB was likely to ask Nordbank to hold more capital for a transition period.

The Verdi services union, which represents many of the banks' staff, said it would fight any compulsory redundancies. "Four billion euros for the shareholders and the sack for the workers: that is not a deal we will accept quietly," said Verdi board member Jana Kühn.

She said the union had asked for a meeting with both management teams this week and would push for a guarantee that there would be no forced layoffs before 2029.

Nordbank's shares fell 3.8 percent by mid-afternoon in Frankfurt, while Hanse Kredit jumped 27 percent, close to the offer price.

Analysts were broadly positive. Markus Lehner of Berenberg said the price was "full but not excessive" and that the cost savings looked achievable. He warned, however, that integrating the technology systems of two banks had gone wrong at other lenders.

"The history of bank mergers in Germany is not encouraging," he said. "The plans always look good on paper."

Jefferies analyst Claire Dubois said Nordbank had little choice but to grow. Without a deal, she said, it risked being left behind by bigger European rivals that were spending heavily on technology.

The deal is the largest in the German banking sector since 2020. It is said to have been in preparation since last summer, when Nordbank hired advisers to look at targets. Goldman Sachs advised Nordbank, and Morgan Stanley advised Hanse Kredit.

The German finance ministry welcomed the deal. A spokeswoman said consolidation in the banking sector was "a matter for the market" but that the government wanted strong banks that could finance the economy.

Albrecht, 54, has run Nordbank since 2021. He has said repeatedly that the bank needed to grow through acquisitions to survive. Asked on Monday whether more deals would follow, he said: "Let us digest this one first."`,
    claims: [
      { s: 'Nordbank said it would pay 18.40 euros', speakers: ['Nordbank'] },
      { s: 'the banks said in a joint statement', speakers: ['banks', 'Nordbank', 'Hanse Kredit'] },
      { s: 'Stefan Albrecht told analysts on a conference call', speakers: ['Stefan Albrecht'] },
      { s: '"This is a deal about scale," Albrecht said.', speakers: ['Stefan Albrecht'], direct: true },
      { s: '"Our customers want better digital services', speakers: ['Stefan Albrecht'], direct: true },
      { s: 'Together we can invest at the level', speakers: ['Stefan Albrecht'], direct: true },
      { s: 'He declined to say how many jobs would be cut.', speakers: [], optional: true },
      {
        s: 'people with knowledge of the deal said the savings target',
        speakers: ['people with knowledge of the deal'],
      },
      { s: 'She told Bloomberg Television that the bank', speakers: ['Birgit Sommer'] },
      { s: '"Our shareholders have waited a long time', speakers: ['Birgit Sommer'], direct: true },
      { s: '"This is a fair price.', speakers: ['Birgit Sommer'], direct: true },
      { s: '"I also believe this is the best outcome', speakers: ['Birgit Sommer'], direct: true },
      { s: 'A spokesman for BaFin said the authority', speakers: ['BaFin', 'spokesman'] },
      { s: 'The ECB also declined to comment.', speakers: [], optional: true },
      {
        s: 'Two people familiar with the process said',
        speakers: ['Two people familiar with the process', 'people familiar with the process'],
      },
      { s: 'One of them said the ECB was likely', speakers: ['One of them', 'people familiar with the process'] },
      { s: 'The Verdi services union, which represents', speakers: ['Verdi', 'Verdi services union'] },
      { s: '"Four billion euros for the shareholders', speakers: ['Jana Kühn'], direct: true },
      { s: 'She said the union had asked for a meeting', speakers: ['Jana Kühn'] },
      { s: 'Analysts were broadly positive.', speakers: [], optional: true },
      { s: 'Markus Lehner of Berenberg said the price', speakers: ['Markus Lehner'] },
      { s: 'He warned, however, that integrating', speakers: ['Markus Lehner'] },
      { s: '"The history of bank mergers in Germany', speakers: ['Markus Lehner'], direct: true },
      { s: '"The plans always look good on paper."', speakers: ['Markus Lehner'], direct: true },
      { s: 'Claire Dubois said Nordbank had little choice', speakers: ['Claire Dubois'] },
      { s: 'Without a deal, she said, it risked', speakers: ['Claire Dubois'] },
      { s: 'It is said to have been in preparation', speakers: [] },
      { s: 'The German finance ministry welcomed the deal.', speakers: [], optional: true },
      {
        s: 'A spokeswoman said consolidation in the banking sector',
        speakers: ['spokeswoman', 'German finance ministry', 'finance ministry'],
      },
      { s: 'He has said repeatedly that the bank needed to grow', speakers: ['Stefan Albrecht'] },
      { s: 'Asked on Monday whether more deals would follow', speakers: ['Stefan Albrecht'], direct: true },
    ],
  },
  {
    name: 'long peace talks: two foreign ministers and "the ministry" for each, a mediator, a rebel group\'s statement, “…” and «…», a quotation over two paragraphs, according to a draft, a spokesman who said nothing',
    text: `Geneva talks on Kalvar ceasefire end without deal, but sides agree to meet again

GENEVA, Oct 9 — Two days of talks between neighbours Veloria and Trastania on a ceasefire in the disputed Kalvar valley ended on Thursday without an agreement, though both sides said they would return to Geneva later this month.

The talks, hosted by Switzerland and mediated by the former Norwegian prime minister Ingrid Solheim, were the first direct contact between the two governments since fighting resumed in August. At least 300 soldiers and 40 civilians have been killed since then, according to the International Committee of the Red Cross.

“We have not reached an agreement, but we have reached an understanding of what an agreement would need to contain,” Solheim told reporters at the Palais des Nations after the final session. “That is more than we had on Tuesday.”

She said the main obstacles were the withdrawal of heavy weapons from the valley and the return of roughly 12,000 displaced people to villages on the Trastanian side of the line.

Veloria's foreign minister, Aurel Moraru, said his delegation had come to Geneva with "concrete proposals" and had been disappointed by the other side's response. He accused Trastania of using the talks to buy time while it reinforced its positions.

“They talk about peace in this room and they move artillery at night,” Moraru said. “We have satellite images. We have shown them to the mediator.

“We are not naive. But we will come back, because the people of the valley have no other hope.”

Trastania's foreign minister, Leyla Dagan, rejected the accusation. Speaking to reporters an hour later, she said her country's forces had only "rotated" units and that no new weapons had been brought into the valley.

« Nous sommes venus avec la volonté d'aboutir », Dagan said in French. « Nous reviendrons avec la même volonté. »

She said Trastania was ready to pull back its artillery twenty kilometres if Veloria did the same, and called on the mediator to propose international monitors to verify the withdrawal.

The two ministers did not meet in public and did not shake hands. According to a Swiss official, they sat across the same table for about three hours on Wednesday, the first such meeting in more than two years.

A draft text circulated on Wednesday evening, which was seen by this newspaper, would commit both sides to a 30-day truce and a prisoner exchange. It was not clear whether either government had accepted the draft. A diplomat from a European country that supports the talks said the prisoner exchange was "the easiest part" and could happen within weeks.

Veloria's foreign ministry later said in a statement that it was "studying the draft carefully". Trastania's ministry of foreign affairs said it had "no comment on documents that have not been agreed".

The Kalvar Liberation Front, an armed group that controls several villages in the north of the valley and was not invited to Geneva, said it would not be bound by any agreement signed without it. In a message posted on its Telegram channel, the group warned that "no ceasefire will hold" unless its fighters were included.

Solheim said she was in contact with "all parties who have influence on the ground" but declined to say whether she had spoken to the group.

The United Nations welcomed the resumption of talks. A spokesman for the secretary-general, Ahmed Farouk, said the UN was ready to support any monitoring mission the parties agreed on. Asked whether the UN could send observers within a month, he said that was a question for the Security Council.

In the valley itself, the fighting continued. A resident of the town of Mirel, reached by telephone, said shelling had continued through the night on Wednesday while the ministers were meeting.

“Every time they go to Geneva, it gets worse here,” said the resident, a teacher who asked that her name not be used for fear of reprisals. “Maybe they want to arrive with more land.”

Residents on the other side of the line told a similar story. Kemal Aydın, a shopkeeper in the Trastanian-held town of Sarp, said a drone had hit a school building on Tuesday. No one was hurt, he said, because classes had been suspended since August.

The Red Cross said it had delivered medical supplies to hospitals on both sides of the line this week but that access to the north of the valley remained "extremely limited". It urged both governments to allow aid convoys to pass.

Solheim said the next round would be held "before the end of the month" and that she expected both ministers to attend in person. Asked whether she was optimistic, she said: “I am a mediator. I am paid to be optimistic.”`,
    claims: [
      { s: 'though both sides said they would return to Geneva', speakers: ['both sides'] },
      {
        s: 'At least 300 soldiers and 40 civilians have been killed',
        speakers: ['International Committee of the Red Cross', 'Red Cross'],
      },
      { s: '“We have not reached an agreement', speakers: ['Ingrid Solheim'], direct: true },
      { s: '“That is more than we had on Tuesday.”', speakers: ['Ingrid Solheim'], direct: true },
      { s: 'She said the main obstacles were the withdrawal', speakers: ['Ingrid Solheim'] },
      { s: 'Aurel Moraru, said his delegation had come', speakers: ['Aurel Moraru'] },
      { s: 'He accused Trastania of using the talks', speakers: ['Aurel Moraru'] },
      { s: '“They talk about peace in this room', speakers: ['Aurel Moraru'], direct: true },
      { s: '“We have satellite images.', speakers: ['Aurel Moraru'], direct: true },
      { s: 'We have shown them to the mediator.', speakers: ['Aurel Moraru'], direct: true },
      { s: '“We are not naive.', speakers: ['Aurel Moraru'], direct: true },
      { s: 'But we will come back, because the people', speakers: ['Aurel Moraru'], direct: true },
      { s: 'Leyla Dagan, rejected the accusation.', speakers: ['Leyla Dagan'], optional: true },
      { s: "she said her country's forces had only", speakers: ['Leyla Dagan'] },
      { s: "« Nous sommes venus avec la volonté d'aboutir »", speakers: ['Leyla Dagan'], direct: true },
      { s: '« Nous reviendrons avec la même volonté. »', speakers: ['Leyla Dagan'], direct: true },
      { s: 'She said Trastania was ready to pull back', speakers: ['Leyla Dagan'] },
      { s: 'According to a Swiss official, they sat across', speakers: ['Swiss official', 'a Swiss official'] },
      { s: 'would commit both sides to a 30-day truce', speakers: ['draft text', 'A draft text'], optional: true },
      {
        s: 'A diplomat from a European country that supports the talks said',
        speakers: ['A diplomat from a European country that supports the talks', 'diplomat'],
      },
      {
        s: "Veloria's foreign ministry later said in a statement",
        speakers: ["Veloria's foreign ministry", 'foreign ministry', 'Veloria'],
      },
      {
        s: "Trastania's ministry of foreign affairs said",
        speakers: ["Trastania's ministry of foreign affairs", 'ministry of foreign affairs', 'Trastania'],
      },
      { s: 'The Kalvar Liberation Front, an armed group', speakers: ['Kalvar Liberation Front'] },
      { s: 'the group warned that "no ceasefire will hold"', speakers: ['Kalvar Liberation Front', 'group'] },
      { s: 'Solheim said she was in contact with', speakers: ['Ingrid Solheim'] },
      { s: 'The United Nations welcomed the resumption of talks.', speakers: ['United Nations'], optional: true },
      { s: 'Ahmed Farouk, said the UN was ready', speakers: ['Ahmed Farouk'] },
      { s: 'Asked whether the UN could send observers', speakers: ['Ahmed Farouk'] },
      {
        s: 'A resident of the town of Mirel, reached by telephone',
        speakers: ['resident', 'A resident of the town of Mirel'],
      },
      { s: '“Every time they go to Geneva', speakers: ['resident', 'the resident'], direct: true },
      { s: '“Maybe they want to arrive with more land.”', speakers: ['resident', 'the resident'], direct: true },
      { s: 'Residents on the other side of the line told a similar story.', speakers: [], optional: true },
      { s: 'Kemal Aydın, a shopkeeper', speakers: ['Kemal Aydın'] },
      { s: 'No one was hurt, he said', speakers: ['Kemal Aydın'] },
      {
        s: 'The Red Cross said it had delivered medical supplies',
        speakers: ['Red Cross', 'International Committee of the Red Cross'],
      },
      {
        s: 'It urged both governments to allow aid convoys',
        speakers: ['Red Cross', 'International Committee of the Red Cross'],
      },
      { s: 'Solheim said the next round would be held', speakers: ['Ingrid Solheim'] },
      { s: 'Asked whether she was optimistic, she said', speakers: ['Ingrid Solheim'], direct: true },
      { s: 'I am paid to be optimistic.”', speakers: ['Ingrid Solheim'], direct: true },
    ],
  },
  {
    name: "long vaccine trial: researchers and the company, a drug agency, a patient, ‘…’ inside “…”, according to results, a journal's editorial, a lead author by surname and as she, critics, a question in a quote",
    text: `Experimental RSV vaccine for infants cuts hospital stays by 70 percent, trial finds

An experimental vaccine given to pregnant women reduced hospital admissions for respiratory syncytial virus among their babies by about 70 percent in the first six months of life, according to results of a large trial published on Wednesday.

The vaccine, developed by the Danish biotech company Alvira Therapeutics, was tested on about 9,800 women in 14 countries. The results appear in The Lancet, alongside an editorial that calls them "a genuine advance" but warns that questions about safety remain.

RSV is the leading cause of hospital admissions among infants in many wealthy countries. It kills tens of thousands of young children each year, most of them in low-income countries, according to the World Health Organization.

"For parents, this could be the difference between a cold and a week in intensive care," said Dr. Hannah Okoye, a paediatrician at the University of Cape Town and the trial's lead author. "We saw the effect across every country and every group we looked at."

Okoye said the protection was strongest in the first three months, when babies are most vulnerable, and fell gradually after that. She said the team would follow the children for two more years to see whether the vaccine had any lasting effect.

The trial found a slightly higher rate of premature births among women who received the vaccine, 5.9 percent against 5.2 percent in the placebo group. The researchers said the difference was not statistically significant, but they have flagged it for further study.

That finding is likely to draw scrutiny. A rival vaccine was withdrawn from testing in 2022 after a similar signal, and regulators have been cautious since.

“When I first saw the number, I thought, ‘Here we go again,’” Okoye said. “Then we looked at it properly. It is not nothing, and we are not going to pretend it is nothing. But it is not the same pattern.”

Alvira said it would apply for approval in Europe and the United States before the end of the year. Its chief executive, Lars Mikkelsen, told reporters that the company had enough manufacturing capacity to supply several million doses in the first year.

“We did not develop this vaccine only for rich countries,” Mikkelsen said. He said Alvira would offer it at cost to countries eligible for support from the vaccine alliance Gavi, though he did not give a price.

The European Medicines Agency said it had been in contact with the company about the trial and would assess the data "as quickly as the evidence allows". It declined to comment on the premature birth finding.

Some experts were more cautious than the authors. Professor Richard Malone, an epidemiologist at the London School of Hygiene and Tropical Medicine who was not involved in the research, said the trial was well run but had not been designed to detect small differences in premature births.

"If the true effect is a few extra premature babies per thousand, a trial of this size will not tell you," he said. "You need much bigger numbers, and you need them before you vaccinate millions of women, not after."

Malone said he would want to see the raw data by country before drawing conclusions. Asked whether he would recommend the vaccine to his own daughter, who is pregnant, he said he would wait for the regulators.

The Lancet's editorial, written by two infectious disease specialists from Brazil and Canada, said the vaccine had the potential to save "many thousands" of infant lives if it could be delivered cheaply. It called on Alvira to publish its full data.

Patient groups welcomed the results. Sarah Lindgren, whose son spent ten days in intensive care with RSV in 2023 and who now runs a parents' support network in Sweden, said families had waited too long for protection.

"Nobody who has watched their baby struggle to breathe will be asking about percentages," she said. "They will ask: when can I get it?"

Shares in Alvira rose 22 percent in Copenhagen. The company is said to be in talks with at least two larger drugmakers about distribution outside Europe, though Mikkelsen would not confirm that.

Okoye said she hoped the vaccine would be available in South Africa within three years. "That is my test," she said. "Not the journal, not the share price. Whether a mother in Khayelitsha can get it."`,
    claims: [
      {
        s: 'An experimental vaccine given to pregnant women reduced',
        speakers: ['results', 'results of a large trial'],
      },
      { s: 'alongside an editorial that calls them', speakers: ['editorial', 'The Lancet'], optional: true },
      { s: 'It kills tens of thousands of young children', speakers: ['World Health Organization'] },
      { s: '"For parents, this could be the difference', speakers: ['Hannah Okoye'], direct: true },
      { s: '"We saw the effect across every country', speakers: ['Hannah Okoye'], direct: true },
      { s: 'Okoye said the protection was strongest', speakers: ['Hannah Okoye'] },
      { s: 'She said the team would follow the children', speakers: ['Hannah Okoye'] },
      { s: 'The trial found a slightly higher rate', speakers: ['trial'], optional: true },
      { s: 'The researchers said the difference was not statistically significant', speakers: ['researchers'] },
      { s: '“When I first saw the number', speakers: ['Hannah Okoye'], direct: true },
      { s: '“Then we looked at it properly.', speakers: ['Hannah Okoye'], direct: true },
      { s: 'It is not nothing, and we are not going to pretend', speakers: ['Hannah Okoye'], direct: true },
      { s: 'But it is not the same pattern.”', speakers: ['Hannah Okoye'], direct: true },
      { s: 'Alvira said it would apply for approval', speakers: ['Alvira', 'Alvira Therapeutics'] },
      { s: 'Lars Mikkelsen, told reporters that the company', speakers: ['Lars Mikkelsen'] },
      { s: '“We did not develop this vaccine only for rich countries,”', speakers: ['Lars Mikkelsen'], direct: true },
      { s: 'He said Alvira would offer it at cost', speakers: ['Lars Mikkelsen'] },
      { s: 'The European Medicines Agency said it had been in contact', speakers: ['European Medicines Agency'] },
      { s: 'It declined to comment on the premature birth finding.', speakers: [], optional: true },
      { s: 'Some experts were more cautious than the authors.', speakers: [], optional: true },
      { s: 'Richard Malone, an epidemiologist', speakers: ['Richard Malone'] },
      { s: '"If the true effect is a few extra premature babies', speakers: ['Richard Malone'], direct: true },
      { s: '"You need much bigger numbers', speakers: ['Richard Malone'], direct: true },
      { s: 'Malone said he would want to see the raw data', speakers: ['Richard Malone'] },
      { s: 'Asked whether he would recommend the vaccine', speakers: ['Richard Malone'] },
      { s: "The Lancet's editorial, written by two", speakers: ["The Lancet's editorial", 'editorial', 'Lancet'] },
      {
        s: 'It called on Alvira to publish its full data.',
        speakers: ["The Lancet's editorial", 'editorial', 'Lancet'],
      },
      { s: 'Patient groups welcomed the results.', speakers: [], optional: true },
      { s: 'Sarah Lindgren, whose son spent ten days', speakers: ['Sarah Lindgren'] },
      { s: '"Nobody who has watched their baby struggle', speakers: ['Sarah Lindgren'], direct: true },
      { s: '"They will ask: when can I get it?"', speakers: ['Sarah Lindgren'], direct: true },
      { s: 'The company is said to be in talks', speakers: [] },
      { s: 'Okoye said she hoped the vaccine would be available', speakers: ['Hannah Okoye'] },
      { s: '"That is my test," she said.', speakers: ['Hannah Okoye'], direct: true },
      { s: '"Not the journal, not the share price.', speakers: ['Hannah Okoye'], direct: true },
      { s: 'Whether a mother in Khayelitsha can get it."', speakers: ['Hannah Okoye'], direct: true },
    ],
  },
];
