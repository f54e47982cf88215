/**
 * Batch 40, written blind by claims13 and committed before the detector ran on it: three long
 * stories (700–1,200 words) closer to wire copy than batches 1–39 — a wire energy story with a
 * minister, her ministry, a pipeline company, its chief executive, "told Reuters", anonymous
 * sources and «…» from a French commissioner; a hospital strike in the NYT's ''…'' style with
 * Mr./Ms. surnames and a quotation carried over three paragraphs; a data-breach story with a
 * regulator, a company statement, "according to" and lookalike non-claims ("called the meeting",
 * a headline, "is said to be").
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_40: NewsCase[] = [
  {
    name: 'long wire energy: minister then "the minister", ministry and company statements, told Reuters, person familiar, «…» commissioner, multi-paragraph quotation, pronouns over paragraphs',
    text: `Baltic pipeline talks stall as Lindqvist warns of winter shortfall

STOCKHOLM, Nov 14 (Reuters) - Talks on reopening the Nordgas pipeline between Sweden and Finland stalled on Thursday, leaving both governments scrambling for alternatives weeks before the heating season peaks, officials said.

Swedish Energy Minister Karin Lindqvist told reporters after a four-hour meeting in Stockholm that the two sides remained "far apart" on who should pay for repairs to the damaged section of the line.

"We came here to sign an agreement and we are leaving without one," Lindqvist said. "I will not pretend that is a good outcome."

The minister said Sweden was prepared to cover half of the repair bill, estimated at 340 million euros, but would not accept liability for damage that investigators have yet to explain. She added that her government would ask the European Commission to mediate if no deal was reached by the end of the month.

Finland's economy ministry said in a statement that it regretted the outcome and remained "fully committed" to restoring the flow of gas. It said Helsinki had offered to split the costs according to each country's share of the capacity, which would leave Sweden paying about 60 percent.

Nordgas AB, the Gothenburg-based operator that owns the pipeline, said repairs could begin within three weeks of a signed agreement. The company has already moved a repair vessel to the port of Karlskrona, it said.

Its chief executive, Erik Sandberg, told Reuters in an interview on Wednesday that every week of delay would push the restart further into the coldest months.

"People think you can just weld a pipe back together," Sandberg said. "You cannot. The water is 80 metres deep, the weather in December is terrible, and the divers can only work in short windows.

"If we start in January, we may not finish before March. By then the worst of the winter is over and the damage to households has been done."

He declined to say how much the company was losing each day the line stayed shut.

Two people familiar with the talks said the Finnish delegation had pressed for a clause that would let Helsinki recover its share of the costs if investigators later identified a responsible party. Sweden rejected the clause, one of them said, because it feared the dispute would end up in court.

A Finnish government official, who spoke on condition of anonymity because the negotiations were confidential, said the gap between the two offers was "a few tens of millions, not hundreds".

Finnish Economy Minister Mikko Rautio was more cautious in public. Speaking to the national broadcaster YLE on Thursday evening, he said he expected talks to resume next week but gave no date.

"Nobody in Finland wants to see this fail," he said. "But we have a responsibility to taxpayers, and we cannot sign something that leaves them carrying all of the risk."

The pipeline was shut in October after a sudden drop in pressure. Divers later found a gash about two metres long in the steel casing. Swedish police have opened an investigation, but prosecutors have not said whether they suspect sabotage.

Rautio and Lindqvist have known each other for years, and both have been careful not to blame the other in public. Their officials have been less restrained. A senior Swedish diplomat accused Helsinki of "moving the goalposts" at the last minute, according to a summary of the meeting seen by Reuters.

The European Commission said it was following the talks closely. Energy Commissioner Hélène Marchetti, who visited the repair vessel last week, said she hoped the two capitals would settle the matter themselves.

« La Commission est prête à aider, mais ce n'est pas à nous de signer à leur place », Marchetti said in French, meaning the Commission was ready to help but could not sign in their place.

Analysts said the stalemate was unlikely to cause shortages on its own but left the region with little room for error. Sweden's gas storage is 91 percent full, according to industry data, while Finland relies more heavily on a floating import terminal at Inkoo.

"The market is calm because people assume a deal is coming," said Johanna Berg, an energy analyst at Nordea in Oslo. "If that assumption breaks, prices will move quickly."

Berg said a cold snap in January combined with an outage at the Inkoo terminal was the scenario traders feared most. She put the chance of that happening at less than one in ten.

Environmental groups said the episode showed the need to move away from gas faster. Greenpeace Nordic called the pipeline "a relic" and urged both governments to spend the repair money on heat pumps instead.

The Swedish opposition was quick to attack the government. Social Democrat energy spokesman Anders Holm said Lindqvist had gone into the talks without a clear mandate and had been "outplayed".

Asked about the criticism, the minister said: "Mr. Holm is welcome to join the next round if he thinks he can do better."

The Finnish side is said to be considering a temporary supply deal with Norway's Equinor. Equinor declined to comment.

Lindqvist is due to brief parliament's energy committee on Monday. Her ministry said she would set out the options, including a plan to run the line at reduced pressure while repairs continue, which engineers at Nordgas have described as risky.

(Reporting by Lena Ström in Stockholm and Pekka Virtanen in Helsinki; Editing by Mark Heinrich)`,
    claims: [
      { s: 'Talks on reopening the Nordgas pipeline between Sweden and Finland stalled', speakers: ['officials'] },
      { s: 'Karin Lindqvist told reporters after a four-hour meeting', speakers: ['Karin Lindqvist'] },
      { s: '"We came here to sign an agreement', speakers: ['Karin Lindqvist'], direct: true },
      { s: '"I will not pretend that is a good outcome."', speakers: ['Karin Lindqvist'], direct: true },
      { s: 'The minister said Sweden was prepared to cover half', speakers: ['Karin Lindqvist'] },
      { s: 'She added that her government would ask the European Commission', speakers: ['Karin Lindqvist'] },
      {
        s: "Finland's economy ministry said in a statement",
        speakers: ["Finland's economy ministry", 'economy ministry', 'ministry'],
      },
      {
        s: 'It said Helsinki had offered to split the costs',
        speakers: ["Finland's economy ministry", 'economy ministry', 'ministry'],
      },
      { s: 'Nordgas AB, the Gothenburg-based operator', speakers: ['Nordgas AB', 'Nordgas'] },
      { s: 'The company has already moved a repair vessel', speakers: ['Nordgas AB', 'Nordgas'] },
      { s: 'Erik Sandberg, told Reuters in an interview', speakers: ['Erik Sandberg'] },
      { s: '"People think you can just weld a pipe', speakers: ['Erik Sandberg'], direct: true },
      { s: '"You cannot.', speakers: ['Erik Sandberg'], direct: true },
      { s: 'The water is 80 metres deep', speakers: ['Erik Sandberg'], direct: true },
      { s: '"If we start in January', speakers: ['Erik Sandberg'], direct: true },
      { s: 'By then the worst of the winter is over', speakers: ['Erik Sandberg'], direct: true },
      { s: 'He declined to say how much the company was losing', speakers: [], optional: true },
      {
        s: 'Two people familiar with the talks said',
        speakers: ['Two people familiar with the talks', 'people familiar with the talks'],
      },
      {
        s: 'Sweden rejected the clause, one of them said',
        speakers: ['one of them', 'people familiar with the talks'],
      },
      {
        s: 'A Finnish government official, who spoke on condition',
        speakers: ['A Finnish government official', 'Finnish government official', 'official'],
      },
      { s: 'he said he expected talks to resume next week', speakers: ['Mikko Rautio'] },
      { s: '"Nobody in Finland wants to see this fail,"', speakers: ['Mikko Rautio'], direct: true },
      { s: '"But we have a responsibility to taxpayers', speakers: ['Mikko Rautio'], direct: true },
      { s: 'prosecutors have not said whether they suspect sabotage', speakers: [], optional: true },
      {
        s: 'A senior Swedish diplomat accused Helsinki',
        speakers: ['A senior Swedish diplomat', 'senior Swedish diplomat', 'diplomat', 'summary of the meeting'],
      },
      { s: 'The European Commission said it was following', speakers: ['European Commission', 'Commission'] },
      { s: 'Hélène Marchetti, who visited the repair vessel', speakers: ['Hélène Marchetti'] },
      { s: '« La Commission est prête à aider', speakers: ['Hélène Marchetti'], direct: true },
      { s: 'Analysts said the stalemate was unlikely', speakers: ['Analysts'] },
      { s: "Sweden's gas storage is 91 percent full", speakers: ['industry data'] },
      { s: '"The market is calm because people assume', speakers: ['Johanna Berg'], direct: true },
      { s: '"If that assumption breaks', speakers: ['Johanna Berg'], direct: true },
      { s: 'Berg said a cold snap in January', speakers: ['Johanna Berg'] },
      { s: 'She put the chance of that happening', speakers: ['Johanna Berg'], optional: true },
      { s: 'Environmental groups said the episode', speakers: ['Environmental groups'] },
      { s: 'Greenpeace Nordic called the pipeline', speakers: ['Greenpeace Nordic', 'Greenpeace'] },
      { s: 'Anders Holm said Lindqvist had gone into the talks', speakers: ['Anders Holm'] },
      { s: 'Asked about the criticism, the minister said', speakers: ['Karin Lindqvist'], direct: true },
      { s: 'The Finnish side is said to be considering', speakers: [] },
      { s: 'Equinor declined to comment.', speakers: [], optional: true },
      {
        s: 'Her ministry said she would set out the options',
        speakers: ['ministry', 'Her ministry', 'Karin Lindqvist'],
      },
    ],
  },
  {
    name: "long NYT-style strike: ''…'' quotes, Mr./Ms. surnames, a quotation over three paragraphs, the union and the hospital, a rhetorical question, pronouns with several candidates",
    text: `At Mercy General, a Strike Tests a Neighborhood's Patience

By THEODORE VANCE

NEWARK — The picket line outside Mercy General Hospital had thinned by Friday afternoon, but the nurses who remained were not going anywhere.

''We have been out here for nine days, and I would stay ninety if I had to,'' said Rosa Delgado, a labor and delivery nurse who has worked at the hospital for 22 years. ''This is not about money. It has never been about money.''

Ms. Delgado, 51, said the dispute was about staffing. On a typical night shift, she said, one nurse on her floor now cares for five or six women in labor, double the ratio recommended by professional groups.

About 1,400 nurses walked off the job on Nov. 5 after contract talks between the hospital and their union, the New Jersey Nurses Alliance, broke down. The union wants the hospital to hire 200 more nurses over three years and to write minimum staffing ratios into the contract. The hospital has offered to hire 80.

Mercy General's president, Dr. Howard Kessler, said in an interview on Thursday that the union's demands would cost more than the hospital earned in a good year.

''I respect these nurses enormously,'' Dr. Kessler said. ''Many of them trained me when I was a resident here. But I cannot run a hospital on promises I know I cannot keep.

''If we agree to ratios we cannot staff, we will have to close beds, and then who suffers? The same patients the union says it is fighting for.

''I would rather give them a smaller number I can deliver.''

He said the hospital had spent $11 million on temporary nurses since the strike began, flown in from as far as Texas and Arizona, and that most services were running normally. Two operating rooms were closed, he said, and some elective surgeries had been postponed.

The union disputes that account. Its president, Marcus Webb, said temporary nurses had been assigned to units they had never worked in, and that at least two patients had been sent to other hospitals because the emergency department could not cope.

''They keep telling the public everything is fine,'' Mr. Webb said. ''Ask the families in the waiting room whether everything is fine.''

A spokeswoman for the hospital, Linda Ortiz, said no patient had been turned away because of the strike. Transfers happened every week for clinical reasons, she said, and the numbers this month were in line with last year's.

The state's health commissioner, Dr. Alicia Moreno, has stayed out of the fight in public. But she called the meeting on Wednesday at which both sides agreed to return to the table, according to two people who attended. Dr. Moreno's office declined to comment on the meeting.

For the neighborhood around Mercy General, the strike has been disruptive. The hospital is the largest employer in the area, and the coffee shops and lunch counters on Clinton Avenue depend on its workers.

''Half my regulars are on that line,'' said Samuel Oyelaran, who owns a bakery across the street. He has been sending trays of pastries to the pickets every morning. ''The other half are the managers. I feed everybody.''

Mr. Oyelaran, who came to Newark from Lagos in 1998, said his sales had dropped by a third since the strike began. He said he did not blame either side.

Not everyone is as patient. Carla Jennings, whose mother was admitted to Mercy General last week with pneumonia, said the care had been good but slow. A temporary nurse had not known where the supplies were kept, she said, and her mother had waited almost an hour for pain medication.

''They were trying,'' Ms. Jennings said of the replacement staff. ''But you could see they were lost.''

The hospital said it was looking into her complaint.

Labor experts said the dispute was part of a national pattern. Since 2022, nurses have struck at hospitals in New York, Minnesota and California, most of them over staffing rather than pay.

''Hospitals spent the pandemic telling nurses they were heroes,'' said Professor Evelyn Shah, who studies health care labor at Rutgers University. ''Now the nurses are asking to be staffed like heroes, and the hospitals are finding out what that costs.''

Professor Shah said strikes of this length usually ended with a compromise on numbers and a joint committee to monitor staffing. She expected the same here.

Mr. Webb said the union would not accept a committee without teeth. Dr. Kessler, for his part, said he was open to ''any structure that does not bankrupt us.''

Talks are scheduled to resume on Monday. Both men said they hoped to be back at work by Thanksgiving.

Ms. Delgado was less optimistic. As the light faded on Friday, she picked up her sign and pointed at the hospital's glass entrance.

''I delivered half the babies on this street,'' she said. ''They know where to find me.''`,
    claims: [
      { s: "''We have been out here for nine days", speakers: ['Rosa Delgado'], direct: true },
      { s: "''This is not about money.", speakers: ['Rosa Delgado'], direct: true },
      { s: "It has never been about money.''", speakers: ['Rosa Delgado'], direct: true },
      { s: 'said the dispute was about staffing', speakers: ['Rosa Delgado'] },
      { s: 'On a typical night shift, she said', speakers: ['Rosa Delgado'] },
      { s: 'The union wants the hospital to hire 200 more nurses', speakers: [], optional: true },
      { s: 'Dr. Howard Kessler, said in an interview on Thursday', speakers: ['Howard Kessler'] },
      { s: "''I respect these nurses enormously,''", speakers: ['Howard Kessler'], direct: true },
      { s: "''Many of them trained me", speakers: ['Howard Kessler'], direct: true },
      { s: 'But I cannot run a hospital on promises', speakers: ['Howard Kessler'], direct: true },
      { s: "''If we agree to ratios we cannot staff", speakers: ['Howard Kessler'], direct: true },
      { s: 'The same patients the union says it is fighting for.', speakers: ['Howard Kessler'], direct: true },
      { s: "''I would rather give them a smaller number", speakers: ['Howard Kessler'], direct: true },
      { s: 'He said the hospital had spent $11 million', speakers: ['Howard Kessler'] },
      { s: 'Two operating rooms were closed, he said', speakers: ['Howard Kessler'] },
      { s: 'The union disputes that account.', speakers: [], optional: true },
      { s: 'Marcus Webb, said temporary nurses had been assigned', speakers: ['Marcus Webb'] },
      { s: "''They keep telling the public everything is fine,''", speakers: ['Marcus Webb'], direct: true },
      { s: "''Ask the families in the waiting room", speakers: ['Marcus Webb'], direct: true },
      { s: 'Linda Ortiz, said no patient had been turned away', speakers: ['Linda Ortiz'] },
      { s: 'Transfers happened every week for clinical reasons', speakers: ['Linda Ortiz'] },
      { s: 'But she called the meeting on Wednesday', speakers: [], optional: true },
      { s: "Dr. Moreno's office declined to comment", speakers: [], optional: true },
      { s: "''Half my regulars are on that line,''", speakers: ['Samuel Oyelaran'], direct: true },
      { s: "''The other half are the managers.", speakers: ['Samuel Oyelaran'], direct: true },
      { s: "I feed everybody.''", speakers: ['Samuel Oyelaran'], direct: true },
      { s: 'said his sales had dropped by a third', speakers: ['Samuel Oyelaran'] },
      { s: 'He said he did not blame either side.', speakers: ['Samuel Oyelaran'] },
      { s: 'Carla Jennings, whose mother was admitted', speakers: ['Carla Jennings'] },
      { s: 'A temporary nurse had not known where the supplies', speakers: ['Carla Jennings'] },
      { s: "''They were trying,''", speakers: ['Carla Jennings'], direct: true },
      { s: "''But you could see they were lost.''", speakers: ['Carla Jennings'], direct: true },
      {
        s: 'The hospital said it was looking into her complaint.',
        speakers: ['hospital', 'Mercy General Hospital', 'Mercy General'],
      },
      { s: 'Labor experts said the dispute was part', speakers: ['Labor experts'] },
      { s: "''Hospitals spent the pandemic telling nurses", speakers: ['Evelyn Shah'], direct: true },
      { s: "''Now the nurses are asking to be staffed like heroes", speakers: ['Evelyn Shah'], direct: true },
      { s: 'Professor Shah said strikes of this length', speakers: ['Evelyn Shah'] },
      { s: 'She expected the same here.', speakers: ['Evelyn Shah'], optional: true },
      { s: 'Mr. Webb said the union would not accept', speakers: ['Marcus Webb'] },
      { s: 'for his part, said he was open to', speakers: ['Howard Kessler'] },
      { s: 'Both men said they hoped to be back at work', speakers: ['Both men', 'Marcus Webb', 'Howard Kessler'] },
      { s: "''I delivered half the babies on this street,''", speakers: ['Rosa Delgado'], direct: true },
      { s: "''They know where to find me.''", speakers: ['Rosa Delgado'], direct: true },
    ],
  },
  {
    name: 'long data breach: regulator and company statements, according to, a person familiar, a headline that names a verb, called the meeting, is said to be, "it" with several organisations, a rhetorical question in a quote',
    text: `Regulator Says Fintech Firm Hid Breach for Months

LONDON (AP) — Britain's data protection regulator said Tuesday it had opened a formal investigation into Pennywise, the London-based payments app, after the company admitted that hackers had accessed the personal details of about 2.3 million customers in a breach it first detected in March.

The Information Commissioner's Office said Pennywise had waited more than five months before reporting the incident, far longer than the 72 hours the law allows. It said it would examine whether the company had misled customers about the scale of the breach.

"Companies that handle people's money have a particular duty to be open when things go wrong," Deputy Commissioner Priya Ramanathan said in a statement. "On the facts we have seen so far, that duty was not met."

Pennywise said in a statement of its own that it was cooperating fully with the regulator and had "taken decisive steps" to secure its systems. It apologized to customers and said no passwords or full card numbers had been taken.

According to a notice sent to customers on Monday night, the stolen data included names, email addresses, dates of birth and the last four digits of card numbers. The notice urged customers to be alert to phishing emails.

The company's chief executive, Oliver Grant, told the BBC that the delay had been "a mistake" but denied that anyone had tried to hide the breach. He said the firm's security team had initially believed only a handful of test accounts were affected.

"When we understood how big it was, we told the regulator within days," Grant said. "Could we have moved faster? Yes. Did anyone sit on this to protect the share price? Absolutely not."

Grant founded Pennywise in 2017 with his university friend Daniel Achebe, who left the company last year. Achebe, reached by phone, said he had no knowledge of the breach and referred questions to the company.

A person familiar with the investigation said the regulator was examining internal emails in which security staff had raised concerns about the breach as early as April. The person, who was not authorized to discuss the case publicly, said those emails had been copied to at least one member of the board.

Pennywise did not respond to a question about the emails.

The case has drawn the attention of lawmakers. Labour MP Sarah Whitfield, who sits on the Treasury Committee, said she would ask the firm's executives to appear before the committee in the new year.

"Millions of people trusted this app with their savings," Whitfield told The Associated Press. "They deserve to know what happened, who knew, and when."

The Financial Conduct Authority, which licenses Pennywise, said it was "in close contact" with the company and the data regulator. It declined to say whether it would open its own inquiry.

Security researchers who examined samples of the stolen data, which appeared for sale on a criminal forum in September, said it appeared genuine. One of them, Tomasz Nowak of the Warsaw-based firm Redline Labs, said the seller had asked for about 40,000 dollars in cryptocurrency for the full set.

"It is not the most sensitive data in the world, but it is exactly what a fraudster needs to make a convincing call," Nowak said. "Your name, your birthday, the end of your card number. That is enough to sound like your bank."

Customers reacted with anger on social media. Some said they had received suspicious calls in the summer, months before the company disclosed the breach.

One customer, Harriet Coles, a 34-year-old teacher from Bristol, said she had lost 1,200 pounds in June to a caller who knew her date of birth and the last digits of her card. Her bank refunded the money, she said, but she had closed her Pennywise account.

"I kept asking myself how they knew," Coles said. "Now I know."

The breach is a blow for Pennywise, which is said to be preparing a listing on the London Stock Exchange next year. It raised 180 million pounds from investors in 2023 at a valuation of about 1.6 billion pounds.

The company's largest investor, the U.S. venture firm Halcyon Partners, said it continued to support the management team. In a brief statement, it said it was confident the company would "emerge stronger."

Legal experts said Pennywise could face a fine of up to 4 percent of its global turnover, though the regulator has rarely imposed penalties that large. Eleanor Fitch, a data protection lawyer at the firm Carrow & Pike, said the length of the delay would weigh heavily.

"Regulators are generally forgiving of companies that are hacked," Fitch said. "They are much less forgiving of companies that keep quiet about it."

Pennywise shares are not publicly traded, but the company's bonds fell sharply on Tuesday, according to data from Tradeweb.

The regulator said it expected its investigation to take several months. Ramanathan added that customers who believed they had been harmed could complain directly to her office.

Grant, who called the meeting of staff on Tuesday morning to explain the investigation, is due to address customers in a video on Wednesday, the company said.`,
    claims: [
      {
        s: "Britain's data protection regulator said Tuesday",
        speakers: ["Britain's data protection regulator", 'data protection regulator', 'regulator'],
      },
      {
        s: "The Information Commissioner's Office said Pennywise had waited",
        speakers: ["Information Commissioner's Office"],
      },
      {
        s: 'It said it would examine whether the company had misled',
        speakers: ["Information Commissioner's Office"],
      },
      { s: '"Companies that handle people\'s money', speakers: ['Priya Ramanathan'], direct: true },
      { s: '"On the facts we have seen so far', speakers: ['Priya Ramanathan'], direct: true },
      { s: 'Pennywise said in a statement of its own', speakers: ['Pennywise'] },
      { s: 'It apologized to customers and said no passwords', speakers: ['Pennywise'] },
      {
        s: 'According to a notice sent to customers on Monday night',
        speakers: ['notice', 'a notice sent to customers'],
      },
      { s: 'The notice urged customers to be alert', speakers: ['notice'], optional: true },
      { s: 'Oliver Grant, told the BBC that the delay', speakers: ['Oliver Grant'] },
      { s: "He said the firm's security team had initially believed", speakers: ['Oliver Grant'] },
      { s: '"When we understood how big it was', speakers: ['Oliver Grant'], direct: true },
      { s: '"Could we have moved faster?', speakers: ['Oliver Grant'], direct: true },
      { s: 'Yes.', speakers: ['Oliver Grant'], direct: true, optional: true },
      { s: 'Did anyone sit on this to protect the share price?', speakers: ['Oliver Grant'], direct: true },
      { s: 'Absolutely not."', speakers: ['Oliver Grant'], direct: true, optional: true },
      { s: 'Achebe, reached by phone, said he had no knowledge', speakers: ['Daniel Achebe'] },
      {
        s: 'A person familiar with the investigation said',
        speakers: ['A person familiar with the investigation', 'person familiar with the investigation', 'person'],
      },
      {
        s: 'The person, who was not authorized to discuss',
        speakers: ['person familiar with the investigation', 'person', 'The person'],
      },
      { s: 'Pennywise did not respond to a question', speakers: [], optional: true },
      { s: 'Sarah Whitfield, who sits on the Treasury Committee', speakers: ['Sarah Whitfield'] },
      { s: '"Millions of people trusted this app', speakers: ['Sarah Whitfield'], direct: true },
      { s: '"They deserve to know what happened', speakers: ['Sarah Whitfield'], direct: true },
      { s: 'The Financial Conduct Authority, which licenses Pennywise', speakers: ['Financial Conduct Authority'] },
      { s: 'It declined to say whether it would open', speakers: [], optional: true },
      { s: 'Security researchers who examined samples', speakers: ['Security researchers'] },
      { s: 'Tomasz Nowak of the Warsaw-based firm', speakers: ['Tomasz Nowak'] },
      { s: '"It is not the most sensitive data', speakers: ['Tomasz Nowak'], direct: true },
      { s: '"Your name, your birthday', speakers: ['Tomasz Nowak'], direct: true },
      { s: 'That is enough to sound like your bank."', speakers: ['Tomasz Nowak'], direct: true },
      { s: 'Some said they had received suspicious calls', speakers: ['Some', 'Customers'] },
      { s: 'Harriet Coles, a 34-year-old teacher', speakers: ['Harriet Coles'] },
      { s: 'Her bank refunded the money, she said', speakers: ['Harriet Coles'] },
      { s: '"I kept asking myself how they knew,"', speakers: ['Harriet Coles'], direct: true },
      { s: 'Now I know."', speakers: ['Harriet Coles'], direct: true },
      { s: 'which is said to be preparing a listing', speakers: [] },
      { s: 'Halcyon Partners, said it continued to support', speakers: ['Halcyon Partners'] },
      { s: 'In a brief statement, it said it was confident', speakers: ['Halcyon Partners'] },
      { s: 'Legal experts said Pennywise could face a fine', speakers: ['Legal experts'] },
      { s: 'Eleanor Fitch, a data protection lawyer', speakers: ['Eleanor Fitch'] },
      { s: '"Regulators are generally forgiving', speakers: ['Eleanor Fitch'], direct: true },
      { s: '"They are much less forgiving', speakers: ['Eleanor Fitch'], direct: true },
      { s: "the company's bonds fell sharply on Tuesday", speakers: ['Tradeweb', 'data from Tradeweb'] },
      {
        s: 'The regulator said it expected its investigation',
        speakers: ["Information Commissioner's Office", 'regulator'],
      },
      { s: 'Ramanathan added that customers who believed', speakers: ['Priya Ramanathan'] },
      { s: 'is due to address customers in a video', speakers: ['Pennywise', 'company'] },
    ],
  },
];
