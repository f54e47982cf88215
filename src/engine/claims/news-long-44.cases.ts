/**
 * Batch 44, written blind by claims14 and committed before the detector ran on it: three long
 * stories aimed at SPEAKERS — two women scientists quoted alternately in a debate, some quotes
 * with no attribution at all (the turn decides), "she" after paragraphs about the other woman;
 * a wire story on a minister's resignation with "the ministry said", "the 61-year-old", "told
 * Reuters", "X, who …, said", "said X" inversion and "the agency" for an organisation named
 * once; a town fire with a fire chief, a couple as "they", a mayor, and a quotation over two
 * paragraphs whose attribution comes only at the end of the second.
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_44: NewsCase[] = [
  {
    name: 'long science debate: two women quoted alternately, untagged replies, she after the other woman, the professor and the researcher, a moderator, a journal statement',
    text: `Two scientists, one glacier, and a very public disagreement

GENEVA (AP) — The room at the University of Geneva was full an hour before the debate began, which is not usual for an evening about ice.

On one side of the stage sat Dr. Amara Lindqvist-Obi, a glaciologist at the Swiss Federal Institute for Forest, Snow and Landscape Research, whose study last year concluded that the Aletsch glacier could lose 90 percent of its volume by 2100. On the other sat Professor Ruth Castellano of the University of Bologna, who has argued in a series of papers that the models behind such forecasts exaggerate the speed of melting.

The moderator, a science journalist named Paul Wetterhahn, asked each of them to explain their position in two minutes.

Lindqvist-Obi went first. She said the measurements from the past decade matched the models "almost to the centimetre" and that the debate was not about whether the glacier would shrink but about how fast.

"We have drilled, we have flown over it, we have put sensors in it," she said. "Every instrument tells us the same story."

Castellano shook her head. She said the sensors were placed in the lower part of the glacier, where melting was fastest, and that the upper basin behaved differently.

"You cannot take the thinnest part of the ice and draw a line to the end of the century," she said. "That is not a forecast. That is an extrapolation."

"It is not the thinnest part," Lindqvist-Obi replied. "We have eleven stations, and four of them are above 3,000 metres."

"Four stations for a basin of eighty square kilometres."

"Four more than anyone had before."

The audience laughed. Wetterhahn asked whether there was anything the two agreed on.

The professor said there was: that the glacier was losing mass and that the loss had accelerated since the 1990s. Where they differed, she said, was in what the next eighty years would bring, and she accused her rival of presenting "the worst case as the central case".

The younger scientist, who is 38, disagreed. She said the central estimate in her paper was 72 percent, not 90, and that the higher figure came from a scenario in which emissions kept rising.

"I wrote that in the abstract," she said. "I am not responsible for the headlines."

Castellano, 64, has been criticised by some colleagues for accepting funding from an Italian energy company early in her career. She addressed that directly on Thursday.

"I received a grant of 40,000 euros in 2003, and I have said so in every paper since," she said. "If anyone has found an error in my work, I would like to see it. So far nobody has."

Asked by an audience member whether the debate itself gave a false impression that scientists were split, Lindqvist-Obi said that was a fair concern.

"Most of my colleagues would put the loss somewhere between 60 and 90 percent," she said. "Ruth is at the edge of that range, not outside it."

Her opponent nodded. "I'll take that," she said. "It is the nicest thing anyone from Birmensdorf has said about me."

The journal that published Lindqvist-Obi's study, Cryosphere Letters, said in a statement last month that it had reviewed a complaint from Castellano about the paper's methods and found no grounds for a correction.

Castellano said she had accepted the decision but still believed the paper should have included a wider range of outcomes.

The event was organised by the Swiss Academy of Sciences, which said it hoped to hold similar debates on avalanches and permafrost next year. Its president, Hans-Ulrich Bauer, told the audience that disagreement was "the engine of science, not a sign that it is broken".

Wetterhahn closed by asking each of them to name the measurement that would change her mind. Castellano said a decade of stable readings from the upper stations would. Lindqvist-Obi said she would reconsider if the upper basin gained mass for five years in a row, "which it has not done since records began".

After the debate, the two women posed together for photographs. Asked whether they would work together, the glaciologist laughed.

"We are already planning a joint paper," she said. "We just have not agreed on the title."`,
    claims: [
      {
        s: 'whose study last year concluded that the Aletsch glacier',
        speakers: ['Amara Lindqvist-Obi', 'study'],
        optional: true,
      },
      { s: 'who has argued in a series of papers', speakers: ['Ruth Castellano'] },
      { s: 'She said the measurements from the past decade', speakers: ['Amara Lindqvist-Obi'] },
      { s: '"We have drilled, we have flown over it', speakers: ['Amara Lindqvist-Obi'], direct: true },
      { s: '"Every instrument tells us the same story."', speakers: ['Amara Lindqvist-Obi'], direct: true },
      { s: 'She said the sensors were placed in the lower part', speakers: ['Ruth Castellano'] },
      { s: '"You cannot take the thinnest part of the ice', speakers: ['Ruth Castellano'], direct: true },
      { s: 'That is not a forecast.', speakers: ['Ruth Castellano'], direct: true },
      { s: 'That is an extrapolation."', speakers: ['Ruth Castellano'], direct: true },
      { s: '"It is not the thinnest part,"', speakers: ['Amara Lindqvist-Obi'], direct: true },
      { s: '"We have eleven stations', speakers: ['Amara Lindqvist-Obi'], direct: true },
      { s: '"Four stations for a basin', speakers: ['Ruth Castellano'], direct: true, optional: true },
      { s: '"Four more than anyone had before."', speakers: ['Amara Lindqvist-Obi'], direct: true, optional: true },
      { s: 'The professor said there was: that the glacier', speakers: ['Ruth Castellano'] },
      { s: 'Where they differed, she said, was in what', speakers: ['Ruth Castellano'] },
      { s: 'She said the central estimate in her paper was 72 percent', speakers: ['Amara Lindqvist-Obi'] },
      { s: '"I wrote that in the abstract,"', speakers: ['Amara Lindqvist-Obi'], direct: true },
      { s: '"I am not responsible for the headlines."', speakers: ['Amara Lindqvist-Obi'], direct: true },
      { s: '"I received a grant of 40,000 euros', speakers: ['Ruth Castellano'], direct: true },
      { s: '"If anyone has found an error in my work', speakers: ['Ruth Castellano'], direct: true },
      { s: 'So far nobody has."', speakers: ['Ruth Castellano'], direct: true },
      { s: 'Lindqvist-Obi said that was a fair concern', speakers: ['Amara Lindqvist-Obi'] },
      { s: '"Most of my colleagues would put the loss', speakers: ['Amara Lindqvist-Obi'], direct: true },
      { s: '"Ruth is at the edge of that range', speakers: ['Amara Lindqvist-Obi'], direct: true },
      { s: '"I\'ll take that," she said.', speakers: ['Ruth Castellano'], direct: true },
      { s: '"It is the nicest thing anyone from Birmensdorf', speakers: ['Ruth Castellano'], direct: true },
      { s: 'Cryosphere Letters, said in a statement last month', speakers: ['Cryosphere Letters'] },
      { s: 'Castellano said she had accepted the decision', speakers: ['Ruth Castellano'] },
      { s: 'which said it hoped to hold similar debates', speakers: ['Swiss Academy of Sciences'] },
      { s: 'Hans-Ulrich Bauer, told the audience that disagreement', speakers: ['Hans-Ulrich Bauer'] },
      { s: 'Castellano said a decade of stable readings', speakers: ['Ruth Castellano'] },
      { s: 'Lindqvist-Obi said she would reconsider', speakers: ['Amara Lindqvist-Obi'] },
      { s: '"We are already planning a joint paper,"', speakers: ['Amara Lindqvist-Obi'], direct: true },
      { s: 'We just have not agreed on the title."', speakers: ['Amara Lindqvist-Obi'], direct: true },
    ],
  },
  {
    name: 'long wire resignation: the ministry said, "the 61-year-old", told Reuters, X who … said, "said Okonjo" inversion, the agency named once, a spokesman, she after another woman',
    text: `Kenyan health minister quits over vaccine contract, ministry says

NAIROBI, May 8 (Reuters) - Kenya's health minister, Grace Wanjiru, resigned on Wednesday, two weeks after an audit found that a vaccine supply contract had been awarded without a tender, the health ministry said.

The ministry said in a brief statement that President David Mwangi had accepted the resignation and that the principal secretary, Samuel Kiprono, would run the ministry until a successor was named.

Wanjiru, 61, has denied any wrongdoing. In a letter to the president, seen by Reuters, she said she was stepping down "to allow the investigation to proceed without any question of interference".

"I have served this country for thirty years and I have never taken a shilling that was not mine," the 61-year-old wrote. "I am confident that the facts will show that."

The contract, worth about 4.2 billion shillings ($32 million), was awarded in January to Medisure Logistics, a Mombasa-based firm that had no previous experience supplying vaccines, according to the audit.

The Office of the Auditor-General said in its report that the ministry had skipped the competitive tender required by law and had paid 30 percent of the contract value in advance.

Auditor-General Nancy Gathoni, who presented the report to parliament's health committee last month, told Reuters on Wednesday that the resignation did not end the matter.

"A resignation is a personal decision," she said. "The money is a public matter, and we will follow it."

Medisure Logistics did not respond to requests for comment. A lawyer for the company, Peter Odhiambo, said last week that the firm had delivered every consignment on time and that the audit had "misunderstood an emergency procurement".

Opposition lawmakers welcomed the resignation but said it came too late. "She should have gone the day the audit was published," said Esther Okonjo, who chairs the health committee. "Instead we had two weeks of denials."

Okonjo said her committee would summon Kiprono and the ministry's head of procurement next week.

The president's spokesman, Isaac Muriuki, said Mwangi had not asked Wanjiru to resign and had thanked her for her service. He said the president would name a new minister "in the coming days".

The Ethics and Anti-Corruption Commission, which opened an investigation in April, said it had interviewed 14 officials and seized documents from the ministry's procurement office. The agency said it expected to send a file to the director of public prosecutions by the end of June.

Health workers' unions, which have clashed with Wanjiru over pay for two years, were less charitable.

"This is a minister who told nurses there was no money for their allowances, and then found 4 billion for a company nobody had heard of," said Joseph Karanja, secretary-general of the Kenya Union of Clinical Officers. "Good riddance."

The former minister, a paediatrician by training, was widely credited with expanding childhood vaccination in rural counties during her first two years in office. Coverage of the measles vaccine rose from 79 percent to 91 percent over that period, according to World Health Organization figures.

Dr. Mercy Atieno, a public health researcher at the University of Nairobi, said the scandal should not overshadow that record.

"Two things can be true at the same time," Atieno said. "She did a great deal for children in this country, and this contract needs to be explained."

She said she worried that the affair would make donors more cautious about funding vaccine programmes through the government.

The ministry's permanent staff were told on Wednesday afternoon that their work would continue as normal, according to an internal memo seen by Reuters.

Kiprono, a former World Bank official, told reporters outside the ministry that his priority was to make sure "not one child misses a vaccine because of this".

Asked whether he had known about the contract, he said he had joined the ministry in February, after it was signed. He declined to answer further questions.

The Kenya Medical Association said in a statement that it supported the investigation and urged the government to publish the contract in full. Its chairwoman, Dr. Faith Njeri, told a local radio station that doctors had been asking about the contract since February.

Wanjiru left the ministry building shortly after 5 p.m. without speaking to reporters.`,
    claims: [
      { s: "Kenya's health minister, Grace Wanjiru, resigned on Wednesday", speakers: ['health ministry', 'ministry'] },
      { s: 'The ministry said in a brief statement that President', speakers: ['health ministry', 'ministry'] },
      { s: 'Wanjiru, 61, has denied any wrongdoing.', speakers: ['Grace Wanjiru'] },
      { s: 'she said she was stepping down "to allow', speakers: ['Grace Wanjiru'] },
      { s: '"I have served this country for thirty years', speakers: ['Grace Wanjiru'], direct: true },
      { s: '"I am confident that the facts will show that."', speakers: ['Grace Wanjiru'], direct: true },
      { s: 'The contract, worth about 4.2 billion shillings', speakers: ['audit', 'the audit'] },
      {
        s: 'The Office of the Auditor-General said in its report',
        speakers: ['Office of the Auditor-General', 'Auditor-General'],
      },
      { s: 'Nancy Gathoni, who presented the report', speakers: ['Nancy Gathoni'] },
      { s: '"A resignation is a personal decision,"', speakers: ['Nancy Gathoni'], direct: true },
      { s: '"The money is a public matter', speakers: ['Nancy Gathoni'], direct: true },
      { s: 'Medisure Logistics did not respond to requests', speakers: [], optional: true },
      { s: 'Peter Odhiambo, said last week that the firm', speakers: ['Peter Odhiambo'] },
      { s: 'Opposition lawmakers welcomed the resignation', speakers: ['Opposition lawmakers', 'lawmakers'] },
      { s: '"She should have gone the day the audit', speakers: ['Esther Okonjo'], direct: true },
      { s: '"Instead we had two weeks of denials."', speakers: ['Esther Okonjo'], direct: true },
      { s: 'Okonjo said her committee would summon', speakers: ['Esther Okonjo'] },
      { s: 'Isaac Muriuki, said Mwangi had not asked', speakers: ['Isaac Muriuki'] },
      { s: 'He said the president would name a new minister', speakers: ['Isaac Muriuki'] },
      {
        s: 'which opened an investigation in April, said it had interviewed',
        speakers: ['Ethics and Anti-Corruption Commission'],
      },
      { s: 'The agency said it expected to send a file', speakers: ['Ethics and Anti-Corruption Commission'] },
      { s: '"This is a minister who told nurses', speakers: ['Joseph Karanja'], direct: true },
      { s: '"Good riddance."', speakers: ['Joseph Karanja'], direct: true },
      { s: 'Coverage of the measles vaccine rose', speakers: ['World Health Organization figures'] },
      { s: 'Dr. Mercy Atieno, a public health researcher', speakers: ['Mercy Atieno'] },
      { s: '"Two things can be true at the same time,"', speakers: ['Mercy Atieno'], direct: true },
      { s: '"She did a great deal for children', speakers: ['Mercy Atieno'], direct: true },
      { s: 'She said she worried that the affair would make donors', speakers: ['Mercy Atieno'] },
      {
        s: "The ministry's permanent staff were told on Wednesday",
        speakers: ['internal memo', 'an internal memo seen by Reuters'],
      },
      { s: 'Kiprono, a former World Bank official, told reporters', speakers: ['Samuel Kiprono'] },
      { s: 'he said he had joined the ministry in February', speakers: ['Samuel Kiprono'] },
      { s: 'The Kenya Medical Association said in a statement', speakers: ['Kenya Medical Association'] },
      { s: 'Faith Njeri, told a local radio station', speakers: ['Faith Njeri'] },
    ],
  },
  {
    name: 'long town fire: a fire chief, a couple as they, a quotation over two paragraphs with "the mayor said" at its end, the mayor, a neighbour, police said, the 19-year-old',
    text: `Warehouse fire forces evacuation of Riverside homes

RIVERSIDE, Ohio — A fire at a paint warehouse on the edge of Riverside forced the evacuation of about 150 homes overnight and sent a column of black smoke over the city that could be seen 20 miles away, officials said on Sunday.

No one was killed. Two firefighters were treated for heat exhaustion and released, Fire Chief Daniel Brogan said at a news conference on Sunday morning.

Brogan said the blaze started shortly after 11 p.m. on Saturday in the loading bay of the Colorline Supply warehouse on Industrial Parkway and spread quickly through the building, which held thousands of gallons of solvent-based paint.

"When my crews arrived, the roof was already involved," the chief said. "We made the decision early to protect the neighbourhood and let the building go."

He said firefighters from six departments had fought the blaze for nine hours and that it was under control but still smouldering.

Among those evacuated were Tom and Alice Reyes, who have lived on Cedar Street, a block from the warehouse, for 31 years. They said they were woken by a neighbour banging on their door shortly before midnight.

"We grabbed the dog and the medicine and that was it," Alice Reyes said. "You don't think, you just go."

Her husband said he had watched from the end of the street as the flames came through the roof. He said the heat could be felt "like standing in front of an oven".

The couple spent the night at Riverside High School, where the Red Cross had set up cots for about 90 people. The organisation said it would keep the shelter open until residents were allowed home.

Mayor Linda Osei, who visited the shelter at 3 a.m., said the city would test the air and water before anyone returned.

"I know people want to go home, and I want them home," she said. "But I am not going to send families back into a neighbourhood until I know it is safe. That might take a day, it might take two.

"We will pay for hotel rooms for anyone who needs one, and we will keep people updated every few hours. Nobody is going to be left without information," the mayor said.

The Ohio Environmental Protection Agency said its staff were monitoring the air around the site and had so far found no readings above safety limits. It advised residents within a mile to keep windows closed.

Colorline Supply, which is based in Columbus, said in a statement that it was "devastated" by the fire and was cooperating with investigators. The company said all 22 employees on the night shift had left the building safely.

Police said they had not ruled out arson. A 19-year-old man was seen running from the area of the loading bay shortly before the fire was reported, according to a police report released on Sunday afternoon.

Police Chief Ramon Alvarez said officers had spoken to the man, who was not named, and that he was not under arrest. "At this stage he is a witness, not a suspect," Alvarez said.

The 19-year-old's mother, reached by telephone, said her son had been walking home from a friend's house and had run because he saw the flames. She asked not to be named.

"He called 911," she said. "He's the one who reported it."

Brogan said the cause would not be known for several weeks. He said investigators from the state fire marshal's office would begin work once the building had cooled. Brogan also praised the volunteers at the shelter. "They kept people calm when it mattered," he said.

Residents of Cedar Street said they had complained to the city about the warehouse before. Gary Lindholm, who lives three doors from the Reyes family, said he had written to the council in 2022 about trucks parked with their engines running at night.

"Nobody ever wrote back," he said.

Osei said she had not seen the letter but would look into it.

By Sunday evening the smoke had thinned to a grey haze. The Reyes couple were still at the school, waiting. They said they were grateful to the firefighters and hoped to be home by Tuesday.`,
    claims: [
      { s: 'A fire at a paint warehouse on the edge of Riverside forced', speakers: ['officials'] },
      { s: 'Two firefighters were treated for heat exhaustion', speakers: ['Daniel Brogan'] },
      { s: 'Brogan said the blaze started shortly after 11 p.m.', speakers: ['Daniel Brogan'] },
      { s: '"When my crews arrived, the roof was already involved,"', speakers: ['Daniel Brogan'], direct: true },
      { s: '"We made the decision early to protect', speakers: ['Daniel Brogan'], direct: true },
      { s: 'He said firefighters from six departments', speakers: ['Daniel Brogan'] },
      {
        s: 'They said they were woken by a neighbour',
        speakers: ['Tom and Alice Reyes', 'Alice Reyes', 'Tom Reyes', 'Reyes'],
      },
      { s: '"We grabbed the dog and the medicine', speakers: ['Alice Reyes'], direct: true },
      { s: '"You don\'t think, you just go."', speakers: ['Alice Reyes'], direct: true },
      { s: 'Her husband said he had watched from the end', speakers: ['Tom Reyes'] },
      { s: 'He said the heat could be felt', speakers: ['Tom Reyes'] },
      { s: 'The organisation said it would keep the shelter open', speakers: ['Red Cross'] },
      { s: 'Mayor Linda Osei, who visited the shelter', speakers: ['Linda Osei'] },
      { s: '"I know people want to go home', speakers: ['Linda Osei'], direct: true },
      { s: '"But I am not going to send families back', speakers: ['Linda Osei'], direct: true },
      { s: 'That might take a day, it might take two.', speakers: ['Linda Osei'], direct: true },
      { s: '"We will pay for hotel rooms', speakers: ['Linda Osei'], direct: true },
      { s: 'Nobody is going to be left without information," the mayor said.', speakers: ['Linda Osei'], direct: true },
      {
        s: 'The Ohio Environmental Protection Agency said its staff',
        speakers: ['Ohio Environmental Protection Agency', 'Environmental Protection Agency'],
      },
      {
        s: 'It advised residents within a mile',
        speakers: ['Ohio Environmental Protection Agency', 'Environmental Protection Agency'],
      },
      { s: 'Colorline Supply, which is based in Columbus, said', speakers: ['Colorline Supply'] },
      { s: 'The company said all 22 employees', speakers: ['Colorline Supply'] },
      { s: 'Police said they had not ruled out arson.', speakers: ['Police'] },
      { s: 'A 19-year-old man was seen running', speakers: ['police report', 'a police report'] },
      { s: 'Ramon Alvarez said officers had spoken to the man', speakers: ['Ramon Alvarez'] },
      { s: '"At this stage he is a witness', speakers: ['Ramon Alvarez'], direct: true },
      {
        s: "The 19-year-old's mother, reached by telephone, said",
        speakers: ["The 19-year-old's mother", "19-year-old's mother", 'mother'],
      },
      {
        s: '"He called 911," she said.',
        speakers: ["The 19-year-old's mother", "19-year-old's mother", 'mother'],
        direct: true,
      },
      {
        s: '"He\'s the one who reported it."',
        speakers: ["The 19-year-old's mother", "19-year-old's mother", 'mother'],
        direct: true,
      },
      { s: 'Brogan said the cause would not be known', speakers: ['Daniel Brogan'] },
      { s: 'He said investigators from the state fire marshal', speakers: ['Daniel Brogan'] },
      { s: '"They kept people calm when it mattered," he said.', speakers: ['Daniel Brogan'], direct: true },
      { s: 'Residents of Cedar Street said they had complained', speakers: ['Residents of Cedar Street', 'Residents'] },
      { s: 'Gary Lindholm, who lives three doors', speakers: ['Gary Lindholm'] },
      { s: '"Nobody ever wrote back," he said.', speakers: ['Gary Lindholm'], direct: true },
      { s: 'Osei said she had not seen the letter', speakers: ['Linda Osei'] },
      {
        s: 'They said they were grateful to the firefighters',
        speakers: ['Tom and Alice Reyes', 'Reyes couple', 'The Reyes couple', 'Reyes'],
      },
    ],
  },
];
