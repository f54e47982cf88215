/**
 * Probe texts of claims32b (issue #9), invented short news and interview texts written with their
 * gold before the detector ran on them: the patterns the claims detector was said to miss or get
 * wrong — imperatives with a comma inside a quotation ("Remember, the vote is on Sunday," she
 * said), "Let's say …", quotations over two or three sentences before their tag, a speaker who
 * goes on in the next paragraph with only an opening quotation mark, interviews whose questions
 * carry no "Q:" label, interviews of two people with "SMITH:" or "Smith:" name lines, and speakers
 * in mixed-style news (a pronoun after two people of different gender, "the minister" after a
 * named minister, "the company said" after a firm's name). Not a batch: they are fixed against,
 * and scored by probes-32b.test.ts.
 *
 * Conventions as in the news batches: every sentence of a quotation is a direct claim of its
 * speaker; an interview's questions are no claims (unless they report what someone says); a
 * description of a named person or body counts only resolved ("the minister" → her name).
 * The answers of an interview without labels were written as the guest's direct claims; since
 * claims34 (engine README) such answers are optional, neither rewarded nor penalised, unless a
 * cue of their own reports something ("Every survey we ran said …"), as in the training data's
 * Wikinews interviews: a layout without labels names no speaker.
 */
import type { NewsCase } from './news.cases';

const ODUYA = ['Grace Oduya', 'Oduya'];
const HALVERSEN = ['Per Halversen', 'Halversen'];
const MBATHA = ['Thandi Mbatha', 'Mbatha'];
const KOWALCZYK = ['Marek Kowalczyk', 'Kowalczyk'];
const RENWICK = ['Alison Renwick', 'Renwick'];
const FENWOOD = ['Fenwood Dairies', 'Fenwood'];
const ALVES = ['Rui Alves', 'Alves'];
const SAARINEN = ['Liisa Saarinen', 'Saarinen'];
const DUBOIS = ['Claire Dubois', 'Dubois'];
const OKONJO = ['Emeka Okonjo', 'Okonjo'];
const TANAKA = ['Hiro Tanaka', 'Tanaka'];
const BRANDT = ['Nora Brandt', 'Brandt'];
const QUILLER = ['Samuel Quiller', 'Quiller'];
const VANCE = ['Ruth Vance', 'Vance'];

export const PROBES_32B: NewsCase[] = [
  {
    name: 'imperative with a comma opening a quotation tagged "she said"',
    text: `Turnout drive in Kisumu

Grace Oduya, who chairs the county's voter education committee, spent Thursday at the main market handing out leaflets.

"Remember, the vote is on Sunday, not Saturday," she said. "Half the people I met today had the wrong day."`,
    claims: [
      { s: '"Remember, the vote is on Sunday', speakers: ODUYA, direct: true },
      { s: 'Half the people I met today had the wrong day', speakers: ODUYA, direct: true },
    ],
  },
  {
    name: '"Look," and "Listen," opening quotations, the tag after the first sentence',
    text: `Ferry operator defends timetable

The managing director of Skagen Ferries, Per Halversen, said on Monday that the winter timetable would not change.

"Look, we run the boats the weather lets us run," Halversen said. "Nobody wants a cancelled crossing less than we do."

Passengers were not convinced. "Listen, I have missed three shifts this month," said Anna Berg, a nurse who commutes to the mainland.`,
    claims: [
      { s: 'said on Monday that the winter timetable would not change', speakers: HALVERSEN },
      { s: '"Look, we run the boats', speakers: HALVERSEN, direct: true },
      { s: 'Nobody wants a cancelled crossing less than we do', speakers: HALVERSEN, direct: true },
      { s: '"Listen, I have missed three shifts this month,"', speakers: ['Anna Berg', 'Berg'], direct: true },
    ],
  },
  {
    name: 'imperative with a comma inside a paragraph-long quotation, the tag in the middle',
    text: `Clinic urges parents to book vaccines

"Don't wait for the letter," said Dr. Thandi Mbatha, who runs the clinic in Soweto. "Trust me, the letters are weeks behind. Come in on any weekday morning and we will see you."

The clinic vaccinated 400 children last month.`,
    claims: [
      { s: `"Don't wait for the letter," said Dr.`, speakers: MBATHA, direct: true },
      { s: '"Trust me, the letters are weeks behind.', speakers: MBATHA, direct: true },
      { s: 'Come in on any weekday morning', speakers: MBATHA, direct: true },
    ],
  },
  {
    name: '"Let\'s say" opening a quoted supposition over two sentences',
    text: `Port tariffs: what a rise would mean

Marek Kowalczyk, an economist at the Gdansk Institute of Trade, said a rise in port fees would be felt quickly by importers.

"Let's say the fee goes up by 10 percent. Importers will pass most of that on within a quarter," Kowalczyk said.`,
    claims: [
      { s: 'said a rise in port fees would be felt quickly', speakers: KOWALCZYK },
      { s: `"Let's say the fee goes up by 10 percent.`, speakers: KOWALCZYK, direct: true },
      { s: 'Importers will pass most of that on within a quarter', speakers: KOWALCZYK, direct: true },
    ],
  },
  {
    name: '"Let\'s say" in an interview answer without labels',
    text: `Five questions for a flood engineer

Alison Renwick designs flood defences for the city of Leeds. We asked her about the new river wall.

How high is the new wall?

It is 1.8 metres at its highest point. That is half a metre more than the old one.

What happens if the river rises higher than that?

Let's say we get a flood like the one in 2015. The wall holds, but the pumps behind it would have to work around the clock.`,
    claims: [
      { s: 'It is 1.8 metres at its highest point.', speakers: RENWICK, direct: true, optional: true },
      { s: 'That is half a metre more than the old one.', speakers: RENWICK, direct: true, optional: true },
      { s: `Let's say we get a flood like the one in 2015.`, speakers: RENWICK, direct: true, optional: true },
      { s: 'The wall holds, but the pumps', speakers: RENWICK, direct: true, optional: true },
    ],
  },
  {
    name: 'a quotation of three sentences, then "she said"',
    text: `Library to close on Sundays

The city library will close on Sundays from March, its director said on Wednesday.

"We looked at every other option. We cut the book budget first. There was simply nothing left to cut," said Liisa Saarinen, the library's director.`,
    claims: [
      { s: 'The city library will close on Sundays from March', speakers: SAARINEN },
      { s: '"We looked at every other option.', speakers: SAARINEN, direct: true },
      { s: 'We cut the book budget first.', speakers: SAARINEN, direct: true },
      { s: 'There was simply nothing left to cut', speakers: SAARINEN, direct: true },
    ],
  },
  {
    name: 'a quotation of two sentences with "he said" at its end, after a named source',
    text: `Vineyard loses half its harvest

Rui Alves lost half of his grapes to hail on Saturday.

"It took eleven minutes. Eleven minutes for a year of work," he said.`,
    claims: [
      { s: '"It took eleven minutes.', speakers: ALVES, direct: true },
      { s: 'Eleven minutes for a year of work', speakers: ALVES, direct: true },
    ],
  },
  {
    name: 'a speaker who goes on in the next paragraph with only an opening mark',
    text: `Bakery owner on the energy bill

Claire Dubois has run the bakery on Rue Colbert for 22 years.

"The bill came in January and it was three times the old one," Dubois said. "I thought it was a mistake.

"It was not a mistake. I have let two people go since then, and I still work every night."`,
    claims: [
      { s: '"The bill came in January', speakers: DUBOIS, direct: true },
      { s: 'I thought it was a mistake.', speakers: DUBOIS, direct: true },
      { s: '"It was not a mistake.', speakers: DUBOIS, direct: true },
      { s: 'I have let two people go since then', speakers: DUBOIS, direct: true },
    ],
  },
  {
    name: 'an untagged quotation paragraph after a tagged one',
    text: `Drivers stage slow protest

Emeka Okonjo, a spokesman for the Lagos tanker drivers' union, said the protest would continue until the fuel levy was lifted.

"We are not asking for a favour," Okonjo said.

"We are asking for the levy they promised to remove last year."

Traffic on the Apapa road moved at walking pace for most of the day.`,
    claims: [
      { s: 'said the protest would continue until the fuel levy', speakers: OKONJO },
      { s: '"We are not asking for a favour,"', speakers: OKONJO, direct: true },
      { s: '"We are asking for the levy', speakers: OKONJO, direct: true },
    ],
  },
  {
    name: 'a three-paragraph quotation, only the first paragraph tagged',
    text: `A harbour master looks back

Hiro Tanaka retired this week after 31 years as harbour master in Kesennuma.

"I came here in the spring of 1994," Tanaka said. "The fish market was twice the size it is now.

"After the tsunami, we rebuilt the quay in two years. People said it could not be done.

"I am proud of that. I am less proud that the young people left."`,
    claims: [
      { s: '"I came here in the spring of 1994,"', speakers: TANAKA, direct: true },
      { s: 'The fish market was twice the size', speakers: TANAKA, direct: true },
      { s: '"After the tsunami, we rebuilt the quay', speakers: TANAKA, direct: true },
      { s: 'People said it could not be done.', speakers: [...TANAKA, 'People'], direct: true },
      { s: '"I am proud of that.', speakers: TANAKA, direct: true },
      { s: 'I am less proud that the young people left', speakers: TANAKA, direct: true },
    ],
  },
  {
    name: 'interview with plain questions and no "Q:" label: answers are the guest\'s',
    text: `"We underestimated the heat": a marathon organiser on Sunday's race

Nora Brandt directs the Berlin City Marathon. She spoke to us on Monday about the 40 runners treated for heatstroke.

Did you expect the temperature to climb so high?

No. The forecast on Friday said 24 degrees. By noon on Sunday it was 31, and we had planned water for a cooler day.

Will you move the start earlier next year?

Yes, by at least an hour. We will also double the number of water stations after kilometre 30.

Were any runners seriously hurt?

Two were kept in hospital overnight. Both have gone home.`,
    claims: [
      { s: '"We underestimated the heat"', speakers: BRANDT, direct: true, optional: true },
      {
        s: 'The forecast on Friday said 24 degrees.',
        speakers: [...BRANDT, 'The forecast on Friday', 'forecast'],
        direct: true,
      },
      { s: 'By noon on Sunday it was 31', speakers: BRANDT, direct: true, optional: true },
      { s: 'Yes, by at least an hour.', speakers: BRANDT, direct: true, optional: true },
      { s: 'We will also double the number of water stations', speakers: BRANDT, direct: true, optional: true },
      { s: 'Two were kept in hospital overnight.', speakers: BRANDT, direct: true, optional: true },
      { s: 'Both have gone home.', speakers: BRANDT, direct: true, optional: true },
    ],
  },
  {
    name: 'interview with questions set apart by a dash-free bold style lost in plain text, a reported claim inside an answer',
    text: `The mayor on the bus lanes

Samuel Quiller has been mayor of Northfield since May. We talked to him about the bus lanes that have divided the town.

Why did you bring the bus lanes in so quickly?

Because the buses were always late. Every survey we ran said the same thing.

Shop owners say they have lost trade. Are they wrong?

Some of them have, and I take that seriously. But the footfall figures for the high street went up in September.`,
    claims: [
      { s: 'Because the buses were always late.', speakers: QUILLER, direct: true, optional: true },
      {
        s: 'Every survey we ran said the same thing.',
        speakers: [...QUILLER, 'Every survey we ran', 'survey'],
        direct: true,
      },
      { s: 'Shop owners say they have lost trade.', speakers: ['Shop owners'] },
      { s: 'Some of them have, and I take that seriously.', speakers: QUILLER, direct: true, optional: true },
      { s: 'But the footfall figures for the high street went up', speakers: QUILLER, direct: true, optional: true },
    ],
  },
  {
    name: 'interview of two people with "SURNAME:" name lines',
    text: `Two farmers on the drought

Ruth Vance and Nora Brandt farm wheat in the same valley. We spoke to them together about the dry summer.

VANCE: We have had 40 millimetres of rain since April. I have never seen it this low.

BRANDT: My wells are down by three metres. I sold a third of the herd in July.

VANCE: The insurance will not cover it. The policy only pays out for floods.

BRANDT: And the bank wants its money in October, rain or no rain.`,
    claims: [
      { s: 'We have had 40 millimetres of rain since April.', speakers: VANCE, direct: true },
      { s: 'I have never seen it this low.', speakers: VANCE, direct: true },
      { s: 'My wells are down by three metres.', speakers: BRANDT, direct: true },
      { s: 'I sold a third of the herd in July.', speakers: BRANDT, direct: true },
      { s: 'The insurance will not cover it.', speakers: VANCE, direct: true },
      { s: 'The policy only pays out for floods.', speakers: VANCE, direct: true },
      { s: 'And the bank wants its money in October', speakers: BRANDT, direct: true },
    ],
  },
  {
    name: 'interview of two people with "Surname:" name lines in mixed case',
    text: `Two teachers on the strike

Alison Renwick and Emeka Okonjo both teach at Hillside Academy. They spoke to us on the first day of the strike.

Renwick: Nobody wanted to strike. We tried for eight months to settle this.

Okonjo: The offer was 2 percent. Rents in this city went up 9 percent last year.

Renwick: Our pupils are the ones who lose. That is the hardest part.

Okonjo: We will be back in the classroom the day they make a fair offer.`,
    claims: [
      { s: 'Nobody wanted to strike.', speakers: ['Alison Renwick', 'Renwick'], direct: true },
      { s: 'We tried for eight months to settle this.', speakers: ['Alison Renwick', 'Renwick'], direct: true },
      { s: 'The offer was 2 percent.', speakers: OKONJO, direct: true },
      { s: 'Rents in this city went up 9 percent', speakers: OKONJO, direct: true },
      { s: 'Our pupils are the ones who lose.', speakers: ['Alison Renwick', 'Renwick'], direct: true },
      { s: 'That is the hardest part.', speakers: ['Alison Renwick', 'Renwick'], direct: true },
      { s: 'We will be back in the classroom', speakers: OKONJO, direct: true },
    ],
  },
  {
    name: 'a radio interview of two guests and a host, "HOST:" and surname lines',
    text: `Transcript: the water bill debate

This is an edited transcript of Wednesday's Morning Line on Radio Cork.

HOST: With me are Councillor Liisa Saarinen and Marek Kowalczyk of the Cork Residents' Forum. Councillor, why the increase?

SAARINEN: The treatment plant is forty years old. It fails an inspection every winter.

KOWALCZYK: Nobody disputes that. But families here already pay more than anywhere else in the county.

HOST: Marek, what would you do instead?

KOWALCZYK: Spread it over ten years, not three.`,
    claims: [
      { s: 'The treatment plant is forty years old.', speakers: SAARINEN, direct: true },
      { s: 'It fails an inspection every winter.', speakers: SAARINEN, direct: true },
      { s: 'Nobody disputes that.', speakers: KOWALCZYK, direct: true, optional: true },
      { s: 'But families here already pay more', speakers: KOWALCZYK, direct: true },
      { s: 'Spread it over ten years, not three.', speakers: KOWALCZYK, direct: true, optional: true },
    ],
  },
  {
    name: 'a pronoun after a man and a woman: "she" is the woman, "he" the man',
    text: `Council splits over stadium

Councillor Marek Kowalczyk and the mayor, Alison Renwick, clashed on Tuesday over the cost of the new stadium.

Kowalczyk said the city could not afford the project. Renwick said the stadium would pay for itself within ten years.

"The numbers are clear," she said. "We have checked them twice."

He said he would ask the auditor to look at the figures.`,
    claims: [
      { s: 'Kowalczyk said the city could not afford the project.', speakers: KOWALCZYK },
      { s: 'Renwick said the stadium would pay for itself', speakers: RENWICK },
      { s: '"The numbers are clear," she said.', speakers: RENWICK, direct: true },
      { s: 'We have checked them twice.', speakers: RENWICK, direct: true },
      { s: 'He said he would ask the auditor', speakers: KOWALCZYK },
    ],
  },
  {
    name: 'a pronoun after a woman and a man in one sentence, the man named last',
    text: `Hospital merger approved

Claire Dubois, the health board's chair, and Rui Alves, the chief executive of St Anne's Hospital, announced the merger on Friday.

"This is the right decision for patients," he said. "Waiting lists will come down."

She said the board would publish the full business case next month.`,
    claims: [
      { s: 'announced the merger on Friday', speakers: [...DUBOIS, ...ALVES], optional: true },
      { s: '"This is the right decision for patients," he said.', speakers: ALVES, direct: true },
      { s: 'Waiting lists will come down.', speakers: ALVES, direct: true },
      { s: 'She said the board would publish', speakers: DUBOIS },
    ],
  },
  {
    name: 'a pronoun after a quoted woman and a man named in between',
    text: `School meals row

"Every child should get a hot lunch," said Grace Oduya, the education minister, on Wednesday.

The opposition's spokesman, Hiro Tanaka, called the plan unfunded. He said the ministry had not set aside any money for kitchens.

Oduya said the money would come from next year's budget. She said schools would get kitchens by 2027.`,
    claims: [
      { s: '"Every child should get a hot lunch,"', speakers: ODUYA, direct: true },
      { s: 'called the plan unfunded', speakers: TANAKA },
      { s: 'He said the ministry had not set aside any money', speakers: TANAKA },
      { s: "Oduya said the money would come from next year's budget.", speakers: ODUYA },
      { s: 'She said schools would get kitchens by 2027.', speakers: ODUYA },
    ],
  },
  {
    name: '"the minister" after a named minister',
    text: `Fuel subsidy to end in June

Kenya's energy minister, Grace Oduya, said on Monday that the fuel subsidy would end in June.

The minister said the subsidy cost the treasury 3 billion shillings a month. The minister also said bus fares would be capped for six months.`,
    claims: [
      { s: 'said on Monday that the fuel subsidy would end in June', speakers: ODUYA },
      { s: 'The minister said the subsidy cost the treasury', speakers: ODUYA },
      { s: 'The minister also said bus fares would be capped', speakers: ODUYA },
    ],
  },
  {
    name: '"the minister" after a minister named with a title, another person between',
    text: `Rail strike talks

Transport Minister Per Halversen met union leaders on Thursday.

The union's leader, Ruth Vance, said the talks had been "frank". The minister told reporters afterwards that a deal was close.

"We are nearly there," the minister said.`,
    claims: [
      { s: 'said the talks had been "frank"', speakers: VANCE },
      { s: 'The minister told reporters afterwards that a deal was close.', speakers: HALVERSEN },
      { s: '"We are nearly there," the minister said.', speakers: HALVERSEN, direct: true },
    ],
  },
  {
    name: '"the company said" after a firm\'s name',
    text: `Dairy recalls yoghurt

Fenwood Dairies recalled 40,000 pots of strawberry yoghurt on Tuesday after finding pieces of plastic in one batch.

No illnesses have been reported, the company said. The company said customers could return the pots to any shop for a full refund.`,
    claims: [
      { s: 'No illnesses have been reported, the company said.', speakers: FENWOOD },
      { s: 'The company said customers could return the pots', speakers: FENWOOD },
    ],
  },
  {
    name: '"the company said" after a firm named with a Ltd suffix and an analyst between',
    text: `Shipyard wins navy order

Arendal Shipbuilding Ltd won a 2 billion crown order for four patrol boats on Wednesday.

An analyst at Nordea, Liisa Saarinen, said the order would keep the yard busy until 2030. The company said it would hire 300 workers.

Shares in Arendal rose 6 percent, and the company said it expected more orders from the navy next year.`,
    claims: [
      { s: 'said the order would keep the yard busy until 2030', speakers: SAARINEN },
      {
        s: 'The company said it would hire 300 workers.',
        speakers: ['Arendal Shipbuilding Ltd', 'Arendal Shipbuilding', 'Arendal'],
      },
      {
        s: 'the company said it expected more orders',
        speakers: ['Arendal Shipbuilding Ltd', 'Arendal Shipbuilding', 'Arendal'],
      },
    ],
  },
  {
    name: '"it said" and "the firm said" after a company',
    text: `Airline cuts routes

Baltic Wings will stop flying to six cities in the winter, it said on Thursday.

The firm said fuel costs had risen by a third since last year. It said no jobs would be lost.`,
    claims: [
      { s: 'Baltic Wings will stop flying to six cities', speakers: ['Baltic Wings'] },
      { s: 'The firm said fuel costs had risen', speakers: ['Baltic Wings'] },
      { s: 'It said no jobs would be lost.', speakers: ['Baltic Wings'] },
    ],
  },
  {
    name: "imperative with a comma outside a quotation is the writer's advice, no claim; the quoted one is",
    text: `Heat warning for the weekend

Temperatures are expected to reach 38 degrees on Saturday.

Remember, children and older people are most at risk. Drink water often and stay out of the sun at midday.

"Check on your neighbours, especially those who live alone," said Dr. Thandi Mbatha of the regional health office.`,
    claims: [
      { s: 'Temperatures are expected to reach 38 degrees', speakers: [], optional: true },
      { s: 'Remember, children and older people are most at risk.', speakers: ['Remember'], optional: true },
      { s: '"Check on your neighbours', speakers: MBATHA, direct: true },
    ],
  },
  {
    name: 'a quotation whose first sentence ends with "!" or "?" before the tag sentence',
    text: `Fans queue overnight

Hundreds of fans queued outside the Olympia stadium overnight for cup final tickets.

"Can you believe this? We have been here since six o'clock," said Rui Alves, 19. "It will be worth it."`,
    claims: [
      { s: '"Can you believe this?', speakers: ALVES, direct: true, optional: true },
      { s: 'We have been here since six', speakers: ALVES, direct: true },
      { s: 'It will be worth it.', speakers: ALVES, direct: true },
    ],
  },
  {
    name: 'a long quotation before "the minister said", then a pronoun',
    text: `Border crossing reopens

The Narva crossing reopened on Saturday after two weeks of repairs, Estonia's interior minister, Liisa Saarinen, said.

"The bridge is safe. Engineers checked every bolt. Trucks can use it again from Monday," the minister said.

She said the government would pay for a second bridge.`,
    claims: [
      { s: 'The Narva crossing reopened on Saturday', speakers: SAARINEN },
      { s: '"The bridge is safe.', speakers: SAARINEN, direct: true },
      { s: 'Engineers checked every bolt.', speakers: SAARINEN, direct: true },
      { s: 'Trucks can use it again from Monday', speakers: SAARINEN, direct: true },
      { s: 'She said the government would pay for a second bridge.', speakers: SAARINEN },
    ],
  },
  {
    name: 'an interview answer in several paragraphs after one plain question',
    text: `Running a food bank in winter

Ruth Vance has run the Eastgate food bank for six years. We asked her what this winter has been like.

How many families come to you now?

About 300 a week. Two years ago it was under 100.

Most of them are working. They have jobs, sometimes two, and they still cannot cover the rent and the food.`,
    claims: [
      { s: 'About 300 a week.', speakers: VANCE, direct: true, optional: true },
      { s: 'Two years ago it was under 100.', speakers: VANCE, direct: true, optional: true },
      { s: 'Most of them are working.', speakers: VANCE, direct: true, optional: true },
      { s: 'They have jobs, sometimes two', speakers: VANCE, direct: true, optional: true },
    ],
  },
  {
    name: '"Let\'s be clear," and "Mind you," opening quoted sentences',
    text: `Union rejects pay offer

The nurses' union rejected the government's pay offer on Friday.

"Let's be clear, this offer is a cut in real terms," said Emeka Okonjo, the union's general secretary. "Mind you, we are still ready to talk."`,
    claims: [
      { s: 'rejected the government', speakers: ["The nurses' union", "nurses' union", 'union'], optional: true },
      { s: `"Let's be clear, this offer is a cut`, speakers: OKONJO, direct: true },
      { s: 'Mind you, we are still ready to talk.', speakers: OKONJO, direct: true },
    ],
  },
  {
    name: 'a spokeswoman for the company, then "the company" and "she"',
    text: `Bottling plant to close

Fenwood Dairies will close its bottling plant in Kerry next year, with the loss of 120 jobs.

A spokeswoman for the company, Claire Dubois, said the plant was too small to compete. She said staff would be offered jobs at the firm's Cork site.

The company said it would invest 20 million euros in Cork.`,
    claims: [
      { s: 'said the plant was too small to compete', speakers: DUBOIS },
      { s: 'She said staff would be offered jobs', speakers: DUBOIS },
      { s: 'The company said it would invest 20 million euros', speakers: FENWOOD },
    ],
  },
  {
    name: 'a two-sentence quotation with the tag "said X" inverted at the end, a description of a man and "his" wife',
    text: `Couple rescued from flooded car

A retired couple were pulled from their car by firefighters near Carlisle on Sunday night.

"The water came up to the windows in a minute. I thought we were finished," said Samuel Quiller, 71.

His wife, Ruth, said she had held his hand the whole time.`,
    claims: [
      { s: '"The water came up to the windows in a minute.', speakers: QUILLER, direct: true },
      { s: 'I thought we were finished', speakers: QUILLER, direct: true },
      { s: 'said she had held his hand', speakers: ['Ruth', 'His wife, Ruth'] },
    ],
  },
];
