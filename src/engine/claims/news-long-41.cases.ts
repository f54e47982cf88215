/**
 * Batch 41, written blind by claims13 and committed before the detector ran on it: three long
 * stories — a football club's sacking told in British ‘…’ quotes with a chairman, a sacked manager,
 * his successor, a captain and supporters' groups, several men for "he", "the club said"; a flood
 * in a French-speaking region with «…» quotes, a mayor, a prefect, the ministry, the weather
 * agency, residents and an insurer, pronouns of both genders; a US Senate race with "the senator",
 * "the governor", "the campaign", "they" for a couple and for a group, a debate moderator, polls
 * and a quotation opening before its attribution and running on after it.
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_41: NewsCase[] = [
  {
    name: "long sports sacking: ‘…’ quotes, the club said, chairman then 'the chairman', several men for 'he', a statement read out, supporters' trust, a quotation over two paragraphs",
    text: `Harcourt sacked as Ashford slide continues

Ashford Town have sacked manager Neil Harcourt after a run of seven defeats in eight league games left the club one point above the relegation zone.

The club said in a statement on Sunday morning that Harcourt and his assistant, Gary Pryce, had left "by mutual consent" and thanked both men for "their hard work and commitment over the past two and a half years".

Chairman Malcolm Ridley, who appointed Harcourt in the summer of 2024, said the decision had been "the hardest of my time at the club".

‘Neil is a good man and a good coach, and he gave everything,’ Ridley said. ‘But results in the last two months have not been good enough, and I have a duty to the supporters and to the people who work here.’

Ridley said the board had met on Saturday evening after the 3-0 home defeat by Castleford and had agreed unanimously that a change was needed. He said the club would not rush to appoint a permanent successor.

Under-21s coach Darren Moss will take charge of the first team for Tuesday's trip to Millwall Athletic, the club said.

Harcourt, 46, led Ashford to promotion in his first season and kept them in the division comfortably last year. But the sale of top scorer Jordan Ekwueme to a Premier League club in August left a gap the manager was never able to fill, and he had complained publicly about a lack of money for new players.

Speaking to BBC Radio Kent on Sunday afternoon, Harcourt said he was disappointed but not surprised.

‘I knew after Saturday it was coming,’ he said. ‘You lose seven out of eight, you know the rules. I'm not going to stand here and moan about it.

‘What I will say is that I told the board in July what would happen if we didn't replace Jordan. I'm not saying that to blame anyone. I'm saying it because it's true.’

He said he had spoken to the players on Sunday morning and wished them well. Several of them, including captain Luke Adeyemi, had sent him messages, he said.

Adeyemi, who has been at the club for eight years, posted a tribute on social media. ‘Gaffer, thank you for everything,’ he wrote. ‘We let you down.’

The captain later told reporters at the training ground that the squad had to take responsibility for the run. ‘It's on us, not him,’ he said. ‘We're the ones on the pitch.’

Moss, 39, played more than 300 games for Ashford before moving into coaching. He said he was proud to have been asked and would keep things simple.

‘The lads don't need a revolution,’ Moss said. ‘They need a clean sheet and a bit of belief. Does anybody think this squad is as bad as the table says? I don't.’

The Ashford Town Supporters' Trust said it was sad to see Harcourt go but had lost confidence in the board's transfer strategy. In a statement read out at a fans' forum on Sunday evening, the trust's chair, Helen Marsh, said supporters wanted answers about where the money from the Ekwueme sale had gone.

‘We were told that money would be reinvested,’ Marsh said. ‘We have seen one loan signing and a new scoreboard. That is not reinvestment.’

Ridley, who was at the forum, said the fee had been used to pay off loans taken out during the promotion season. He said the club's finances were now "the healthiest they have been in twenty years" and that there would be money to spend in January.

Some supporters were not convinced. One season-ticket holder, who asked not to be named, said he had heard the same promise every winter for a decade.

Former Ashford striker Tommy Keane, now a pundit, said the board had made Harcourt "the fall guy" for its own mistakes.

‘Neil didn't sell Ekwueme,’ Keane said on the club's local radio station. ‘Neil didn't decide to spend the money on debts. Neil got sacked. Work that one out.’

Bookmakers made former Ashford defender Steve Collins the favourite for the job. Collins, who was sacked by Dartmoor United in October, is said to be keen on the role. He did not respond to a request for comment.

Ridley said the club had already received "a large number of applications" and hoped to make an appointment before the January transfer window opens. He would not be drawn on names.

Asked whether he would consider stepping down himself, the chairman said: ‘No. I've put my own money into this club and I'll see it through.’

Harcourt is the fifth manager in the division to lose his job this season.`,
    claims: [
      { s: 'The club said in a statement on Sunday morning', speakers: ['Ashford Town', 'club'] },
      { s: 'Malcolm Ridley, who appointed Harcourt', speakers: ['Malcolm Ridley'] },
      { s: '‘Neil is a good man and a good coach', speakers: ['Malcolm Ridley'], direct: true },
      { s: '‘But results in the last two months', speakers: ['Malcolm Ridley'], direct: true },
      { s: 'Ridley said the board had met on Saturday evening', speakers: ['Malcolm Ridley'] },
      { s: 'He said the club would not rush', speakers: ['Malcolm Ridley'] },
      { s: 'Darren Moss will take charge of the first team', speakers: ['Ashford Town', 'club'] },
      { s: 'he had complained publicly about a lack of money', speakers: ['Neil Harcourt'], optional: true },
      { s: 'Harcourt said he was disappointed but not surprised', speakers: ['Neil Harcourt'] },
      { s: '‘I knew after Saturday it was coming,’ he said.', speakers: ['Neil Harcourt'], direct: true },
      { s: '‘You lose seven out of eight', speakers: ['Neil Harcourt'], direct: true },
      { s: "I'm not going to stand here and moan about it.", speakers: ['Neil Harcourt'], direct: true },
      { s: '‘What I will say is that I told the board in July', speakers: ['Neil Harcourt'], direct: true },
      { s: "I'm not saying that to blame anyone.", speakers: ['Neil Harcourt'], direct: true },
      { s: "I'm saying it because it's true.’", speakers: ['Neil Harcourt'], direct: true },
      { s: 'He said he had spoken to the players on Sunday morning', speakers: ['Neil Harcourt'] },
      { s: 'Several of them, including captain Luke Adeyemi', speakers: ['Neil Harcourt'] },
      { s: 'Adeyemi, who has been at the club for eight years, posted', speakers: ['Luke Adeyemi'], optional: true },
      { s: '‘Gaffer, thank you for everything,’ he wrote.', speakers: ['Luke Adeyemi'], direct: true },
      { s: '‘We let you down.’', speakers: ['Luke Adeyemi'], direct: true },
      { s: 'The captain later told reporters at the training ground', speakers: ['Luke Adeyemi'] },
      { s: "‘It's on us, not him,’ he said.", speakers: ['Luke Adeyemi'], direct: true },
      { s: "‘We're the ones on the pitch.’", speakers: ['Luke Adeyemi'], direct: true },
      { s: 'He said he was proud to have been asked', speakers: ['Darren Moss'] },
      { s: "‘The lads don't need a revolution,’ Moss said.", speakers: ['Darren Moss'], direct: true },
      { s: '‘They need a clean sheet and a bit of belief.', speakers: ['Darren Moss'], direct: true },
      { s: 'Does anybody think this squad is as bad', speakers: ['Darren Moss'], direct: true },
      { s: "I don't.’", speakers: ['Darren Moss'], direct: true, optional: true },
      {
        s: "The Ashford Town Supporters' Trust said it was sad",
        speakers: ["Ashford Town Supporters' Trust", 'Supporters’ Trust', 'trust'],
      },
      { s: "In a statement read out at a fans' forum", speakers: ['Helen Marsh'] },
      { s: '‘We were told that money would be reinvested,’', speakers: ['Helen Marsh'], direct: true },
      { s: '‘We have seen one loan signing', speakers: ['Helen Marsh'], direct: true },
      { s: 'That is not reinvestment.’', speakers: ['Helen Marsh'], direct: true },
      { s: 'Ridley, who was at the forum, said the fee', speakers: ['Malcolm Ridley'] },
      { s: "He said the club's finances were now", speakers: ['Malcolm Ridley'] },
      {
        s: 'One season-ticket holder, who asked not to be named',
        speakers: ['One season-ticket holder', 'season-ticket holder'],
      },
      { s: 'Tommy Keane, now a pundit, said the board', speakers: ['Tommy Keane'] },
      { s: "‘Neil didn't sell Ekwueme,’ Keane said", speakers: ['Tommy Keane'], direct: true },
      { s: "‘Neil didn't decide to spend the money", speakers: ['Tommy Keane'], direct: true },
      { s: 'Neil got sacked.', speakers: ['Tommy Keane'], direct: true },
      { s: 'Work that one out.’', speakers: ['Tommy Keane'], direct: true },
      { s: 'Bookmakers made former Ashford defender', speakers: [], optional: true },
      { s: 'is said to be keen on the role', speakers: [] },
      { s: 'He did not respond to a request for comment.', speakers: [], optional: true },
      { s: 'Ridley said the club had already received', speakers: ['Malcolm Ridley'] },
      { s: 'He would not be drawn on names.', speakers: [], optional: true },
      { s: 'Asked whether he would consider stepping down himself', speakers: ['Malcolm Ridley'], direct: true },
      { s: "I've put my own money into this club", speakers: ['Malcolm Ridley'], direct: true },
    ],
  },
  {
    name: 'long flood: «…» quotes, a mayor (she) and a prefect (he), the ministry, the weather agency, an insurer, residents, according to, told AFP, a quotation split by its attribution, they for residents',
    text: `Swollen Meuse forces hundreds from homes in Belgian valley

NAMUR, Belgium (AFP) - Hundreds of residents were evacuated from villages along the Meuse on Wednesday as the river rose to its highest level in more than twenty years, local authorities said.

The provincial crisis centre said about 640 people had left their homes in the municipalities of Dinant, Anhée and Hastière overnight, most of them to stay with relatives. Around 90 were being housed in a sports hall in Dinant, it said.

The river reached 6.1 metres at the Dinant gauge shortly before dawn, according to the regional hydrological service, against a normal level of about two metres. The service said the peak was expected on Thursday afternoon.

Dinant mayor Sophie Lambert, who spent the night at the town's emergency command post, said the water had come up faster than forecast.

« À minuit, on nous annonçait cinq mètres. À quatre heures, on était à six », she told AFP, meaning that the forecast at midnight had been five metres and that by four in the morning the river had reached six.

« Les gens ont été formidables », Lambert said. « Personne n'a paniqué. Les voisins ont aidé les voisins. »

The mayor said no one had been injured in her town, but that several dozen cellars and ground floors were under water and that the old bridge would stay closed until engineers had inspected it.

The provincial governor, Jean-Marc Dufour, who oversees the emergency response, said the army had sent two companies of engineers and 14 amphibious vehicles to help with evacuations. He told a news conference in Namur that the priority was to reach elderly residents who had refused to leave.

« Nous ne forcerons personne », Dufour said, « mais nous allons frapper à chaque porte une deuxième fois ».

He said three people had been rescued from the roof of a car near Anhée after ignoring road closures. They were taken to hospital with mild hypothermia, he said, and were expected to be released on Thursday.

Belgium's interior ministry said in a statement that it had activated the federal phase of the emergency plan, which allows the national crisis centre to take over coordination. Interior Minister Annelies Verbeke was due to visit the area on Thursday, it said.

The Royal Meteorological Institute said more rain was expected over the Ardennes on Thursday, though in smaller amounts than earlier in the week. It kept an orange warning in place for the provinces of Namur and Luxembourg.

Its chief forecaster, Pieter Claes, said the ground in the upper Meuse basin was so saturated that even moderate rain would run straight into the rivers. "We are not expecting a repeat of 2021," he said, referring to the floods that killed 39 people in Belgium in July of that year. "But the margin for error is small."

The comparison with 2021 was on everyone's mind. In Anhée, Marc Delvaux, a 67-year-old retired railway worker, was moving furniture to the first floor of his house for the second time in five years.

"Last time we lost everything downstairs," he said. "The insurance paid, eventually. But you do not get back the photos."

His wife, Françoise, said they had thought about moving after the last flood but could not afford a house away from the river. « Où voulez-vous qu'on aille ? » she asked. « Tout le monde veut vivre en hauteur maintenant, et les prix ont doublé. »

Residents in several villages complained that warnings had reached them late. In Hastière, a group of shopkeepers said they had received a text alert only after water was already in the streets. They said they had lost stock worth thousands of euros.

The provincial crisis centre said alerts had been sent as soon as the hydrological service raised its forecast. A spokesman, Olivier Renard, acknowledged that some mobile networks had delivered the messages with a delay and said the province would look into it.

Insurers began preparing for claims. Ethias, one of the country's largest home insurers, said it had opened a dedicated phone line and would send assessors to the valley as soon as the water went down. A spokeswoman for the company said it was too early to estimate the cost.

Assuralia, the industry association, said that since the 2021 floods most home policies in Belgium covered flooding, but that many households in high-risk areas paid much higher premiums.

Environmental groups said the repeated floods showed that more land along the river should be returned to natural flood plains. The regional government said a plan to create new overflow areas upstream of Dinant was under way but would not be finished before 2028.

In the sports hall in Dinant, volunteers from the Red Cross handed out blankets and soup. Aline Mertens, who coordinates the organisation's volunteers in the province, said most evacuees were calm but tired.

"They want to know when they can go home," she said. "Honestly, nobody can tell them yet."`,
    claims: [
      { s: 'Hundreds of residents were evacuated from villages', speakers: ['local authorities'] },
      {
        s: 'The provincial crisis centre said about 640 people',
        speakers: ['provincial crisis centre', 'crisis centre'],
      },
      { s: 'Around 90 were being housed in a sports hall', speakers: ['provincial crisis centre', 'crisis centre'] },
      {
        s: 'The river reached 6.1 metres at the Dinant gauge',
        speakers: ['regional hydrological service', 'hydrological service'],
      },
      {
        s: 'The service said the peak was expected',
        speakers: ['regional hydrological service', 'hydrological service', 'service'],
      },
      { s: 'Sophie Lambert, who spent the night', speakers: ['Sophie Lambert'] },
      { s: '« À minuit, on nous annonçait cinq mètres.', speakers: ['Sophie Lambert'], direct: true },
      { s: 'À quatre heures, on était à six »', speakers: ['Sophie Lambert'], direct: true },
      { s: '« Les gens ont été formidables »', speakers: ['Sophie Lambert'], direct: true },
      { s: "« Personne n'a paniqué.", speakers: ['Sophie Lambert'], direct: true },
      { s: 'Les voisins ont aidé les voisins. »', speakers: ['Sophie Lambert'], direct: true },
      { s: 'The mayor said no one had been injured', speakers: ['Sophie Lambert'] },
      { s: 'Jean-Marc Dufour, who oversees the emergency response', speakers: ['Jean-Marc Dufour'] },
      { s: 'He told a news conference in Namur', speakers: ['Jean-Marc Dufour'] },
      { s: '« Nous ne forcerons personne »', speakers: ['Jean-Marc Dufour'], direct: true },
      { s: 'He said three people had been rescued', speakers: ['Jean-Marc Dufour'] },
      { s: 'They were taken to hospital with mild hypothermia', speakers: ['Jean-Marc Dufour'] },
      {
        s: "Belgium's interior ministry said in a statement",
        speakers: ["Belgium's interior ministry", 'interior ministry', 'ministry'],
      },
      {
        s: 'Annelies Verbeke was due to visit the area',
        speakers: ["Belgium's interior ministry", 'interior ministry', 'ministry'],
      },
      { s: 'The Royal Meteorological Institute said more rain', speakers: ['Royal Meteorological Institute'] },
      { s: 'It kept an orange warning in place', speakers: [], optional: true },
      { s: 'Pieter Claes, said the ground in the upper Meuse', speakers: ['Pieter Claes'] },
      { s: '"We are not expecting a repeat of 2021,"', speakers: ['Pieter Claes'], direct: true },
      { s: '"But the margin for error is small."', speakers: ['Pieter Claes'], direct: true },
      { s: '"Last time we lost everything downstairs," he said.', speakers: ['Marc Delvaux'], direct: true },
      { s: '"The insurance paid, eventually.', speakers: ['Marc Delvaux'], direct: true },
      { s: 'But you do not get back the photos."', speakers: ['Marc Delvaux'], direct: true },
      { s: 'His wife, Françoise, said they had thought', speakers: ['Françoise', 'Françoise Delvaux'] },
      { s: "« Où voulez-vous qu'on aille ? » she asked.", speakers: ['Françoise', 'Françoise Delvaux'], direct: true },
      { s: '« Tout le monde veut vivre en hauteur', speakers: ['Françoise', 'Françoise Delvaux'], direct: true },
      { s: 'Residents in several villages complained', speakers: ['Residents', 'Residents in several villages'] },
      { s: 'a group of shopkeepers said they had received', speakers: ['group of shopkeepers', 'shopkeepers'] },
      { s: 'They said they had lost stock', speakers: ['group of shopkeepers', 'shopkeepers'] },
      {
        s: 'The provincial crisis centre said alerts had been sent',
        speakers: ['provincial crisis centre', 'crisis centre'],
      },
      { s: 'Olivier Renard, acknowledged that some mobile networks', speakers: ['Olivier Renard'] },
      { s: 'Ethias, one of the country', speakers: ['Ethias'] },
      { s: 'A spokeswoman for the company said it was too early', speakers: ['spokeswoman', 'Ethias'] },
      { s: 'Assuralia, the industry association, said', speakers: ['Assuralia'] },
      { s: 'Environmental groups said the repeated floods', speakers: ['Environmental groups'] },
      { s: 'The regional government said a plan', speakers: ['regional government'] },
      { s: 'Aline Mertens, who coordinates', speakers: ['Aline Mertens'] },
      { s: '"They want to know when they can go home," she said.', speakers: ['Aline Mertens'], direct: true },
      { s: '"Honestly, nobody can tell them yet."', speakers: ['Aline Mertens'], direct: true },
    ],
  },
  {
    name: 'long Senate race: the senator and the governor, the campaign said, a couple as they, a moderator\'s question, a poll according to, a quotation whose attribution sits inside it, "X told CNN", an ad that says',
    text: `In Tight Ohio Race, Brennan and Caldwell Clash Over Plant Closure

COLUMBUS, Ohio — The closure of a steel plant in the Mahoning Valley dominated the only televised debate of Ohio's Senate race on Tuesday night, with Senator Margaret Brennan and her Republican challenger, former Governor Thomas Caldwell, each blaming the other for the loss of 1,100 jobs.

Caldwell, who served two terms as governor before leaving office in 2023, accused the senator of doing "nothing but send letters" while the plant's owner, Keystone Metals, prepared to move production to Mexico.

"Senator Brennan has been in Washington for twelve years," he said. "Twelve years. And when the people of Youngstown needed her, she held a press conference."

Brennan, a Democrat seeking a third term, said she had met Keystone's executives three times and had secured a federal grant that would have kept the plant open for at least five years. The company turned it down, she said, because its board had already decided to leave.

"The governor knows exactly why that plant closed," Brennan said, turning to face her opponent. "He cut the state's job training budget in half. He signed the tax deal that let Keystone write off its losses here and move the profits somewhere else. Now he wants to blame me for it?"

Caldwell called that account "fiction" and said the tax agreement had been negotiated by his predecessor.

Keystone Metals said in a statement after the debate that the closure was "a business decision driven by global overcapacity" and that neither candidate had been involved in it. The company said it would offer severance to all affected workers and help them find new jobs.

The debate, held at a television studio in Cleveland, was moderated by Dana Reyes of WEWS. She pressed both candidates on what they would do for the workers. "If you win in November, what happens to these families in January?" she asked.

Neither gave a specific answer. Caldwell said he would push for tariffs on imported steel; Brennan said she would fight to extend unemployment benefits for laid-off workers in the valley.

The race is one of a handful that could decide control of the Senate. A poll by Baldwin Wallace University released last week showed Brennan ahead by two percentage points, within the margin of error. According to the same poll, 11 percent of likely voters remain undecided.

Outside the studio, about 200 supporters of each candidate lined opposite sides of the street. Among them were Ray and Donna Kowalski, who both worked at the plant for more than two decades. They said they had voted for Caldwell as governor but had not decided whom to support this time.

"We just want somebody to tell us the truth," Mrs. Kowalski said. "Nobody's going to reopen that plant. Just say it."

Her husband was blunter. He said both candidates had "used us as a backdrop" and that he might not vote at all.

The Brennan campaign said after the debate that the senator had "won on the facts." Her campaign manager, Luis Ortega, told reporters that internal polling showed her gaining among independent voters in the suburbs of Columbus and Cincinnati.

"Voters saw a senator who has done the work and a governor who is running away from his record," Ortega said.

The Caldwell campaign dismissed that claim. In a statement, it said the former governor had "exposed twelve years of failure" and would keep campaigning in the valley every week until the election.

The state's Republican Party chairman, Jim Hollister, told CNN on Wednesday morning that Caldwell had "landed every punch." Democrats, unsurprisingly, saw it differently. "If that was a punch, I'd hate to see a miss," Ohio Democratic Party chair Keisha Moore told reporters.

Political analysts were more measured. Kyle Brandt, a professor of political science at the University of Akron, said neither candidate had made a mistake that would change the race.

"These debates rarely move numbers by more than a point," he said. "What they do is give the campaigns clips for their ads. And both of them got what they came for."

Within hours, an advertisement from a group supporting Caldwell was running on Youngstown television stations. The ad says Brennan "let the plant die" and shows her shaking hands with Keystone's chief executive. The Brennan campaign called it "a lie" and demanded that stations take it down.

Brennan will campaign in Youngstown on Thursday with the Ohio AFL-CIO, whose president, Frank Dolan, said the union would spend two million dollars to turn out voters for her. Caldwell is expected to hold a rally in Canton the same evening.`,
    claims: [
      {
        s: 'each blaming the other for the loss of 1,100 jobs',
        speakers: ['Margaret Brennan', 'Thomas Caldwell'],
        optional: true,
      },
      { s: 'accused the senator of doing "nothing but send letters"', speakers: ['Thomas Caldwell'] },
      {
        s: '"Senator Brennan has been in Washington for twelve years," he said.',
        speakers: ['Thomas Caldwell'],
        direct: true,
      },
      { s: '"Twelve years.', speakers: ['Thomas Caldwell'], direct: true, optional: true },
      { s: 'And when the people of Youngstown needed her', speakers: ['Thomas Caldwell'], direct: true },
      { s: 'had secured a federal grant that would have kept the plant open', speakers: ['Margaret Brennan'] },
      { s: 'The company turned it down, she said', speakers: ['Margaret Brennan'] },
      { s: '"The governor knows exactly why that plant closed,"', speakers: ['Margaret Brennan'], direct: true },
      { s: "He cut the state's job training budget in half.", speakers: ['Margaret Brennan'], direct: true },
      { s: 'He signed the tax deal that let Keystone', speakers: ['Margaret Brennan'], direct: true },
      { s: 'Now he wants to blame me for it?"', speakers: ['Margaret Brennan'], direct: true },
      { s: 'Caldwell called that account "fiction"', speakers: ['Thomas Caldwell'] },
      { s: 'Keystone Metals said in a statement after the debate', speakers: ['Keystone Metals'] },
      { s: 'The company said it would offer severance', speakers: ['Keystone Metals'] },
      { s: 'She pressed both candidates on what they would do', speakers: ['Dana Reyes'], optional: true },
      { s: '"If you win in November, what happens', speakers: ['Dana Reyes'], direct: true },
      { s: 'Caldwell said he would push for tariffs', speakers: ['Thomas Caldwell', 'Margaret Brennan'] },
      {
        s: 'A poll by Baldwin Wallace University released last week showed',
        speakers: ['Baldwin Wallace University', 'poll'],
        optional: true,
      },
      { s: 'According to the same poll, 11 percent', speakers: ['poll', 'Baldwin Wallace University', 'same poll'] },
      {
        s: 'They said they had voted for Caldwell as governor',
        speakers: ['Ray and Donna Kowalski', 'Kowalski', 'Donna Kowalski', 'Ray Kowalski'],
      },
      {
        s: '"We just want somebody to tell us the truth," Mrs.',
        speakers: ['Donna Kowalski', 'Mrs. Kowalski'],
        direct: true,
      },
      { s: '"Nobody\'s going to reopen that plant.', speakers: ['Donna Kowalski', 'Mrs. Kowalski'], direct: true },
      { s: 'Just say it."', speakers: ['Donna Kowalski', 'Mrs. Kowalski'], direct: true },
      { s: 'He said both candidates had "used us as a backdrop"', speakers: ['Ray Kowalski'] },
      { s: 'The Brennan campaign said after the debate', speakers: ['Brennan campaign', 'campaign'] },
      { s: 'Luis Ortega, told reporters that internal polling', speakers: ['Luis Ortega'] },
      { s: '"Voters saw a senator who has done the work', speakers: ['Luis Ortega'], direct: true },
      { s: 'The Caldwell campaign dismissed that claim.', speakers: ['Caldwell campaign'], optional: true },
      { s: 'In a statement, it said the former governor', speakers: ['Caldwell campaign', 'campaign'] },
      { s: 'Jim Hollister, told CNN on Wednesday morning', speakers: ['Jim Hollister'] },
      { s: 'Democrats, unsurprisingly, saw it differently.', speakers: ['Democrats'], optional: true },
      { s: '"If that was a punch, I\'d hate to see a miss,"', speakers: ['Keisha Moore'], direct: true },
      { s: 'Political analysts were more measured.', speakers: [], optional: true },
      { s: 'Kyle Brandt, a professor of political science', speakers: ['Kyle Brandt'] },
      { s: '"These debates rarely move numbers', speakers: ['Kyle Brandt'], direct: true },
      { s: 'What they do is give the campaigns clips', speakers: ['Kyle Brandt'], direct: true },
      { s: 'And both of them got what they came for."', speakers: ['Kyle Brandt'], direct: true },
      { s: 'The ad says Brennan "let the plant die"', speakers: ['ad', 'The ad'] },
      { s: 'The Brennan campaign called it "a lie"', speakers: ['Brennan campaign', 'campaign'] },
      { s: 'Frank Dolan, said the union would spend', speakers: ['Frank Dolan'] },
    ],
  },
];
