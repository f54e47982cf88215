/**
 * Batch 43, written blind by claims14 and committed before the detector ran on it: three long
 * stories aimed at SPEAKERS — a bribery trial where the prosecutor, the defence lawyer, the judge,
 * a witness and the defendant's mother (same surname) are later "the prosecutor", "the
 * 34-year-old", "she" after paragraphs about other women; a football sacking with four men quoted
 * in turn ("the defender", "the 41-year-old", "he" after other men, "told Reuters", a quotation
 * over two paragraphs, "people close to him … one of them said"); a TV transcript with
 * "ANCHOR (NAME):" and surname-only speaker labels, back and forth.
 */
import type { NewsCase } from './news.cases';

export const NEWS_CASES_43: NewsCase[] = [
  {
    name: 'long bribery trial: the prosecutor, the defence lawyer, the judge, a witness, the defendant\'s mother with his surname, "the 34-year-old", nested quote, told Reuters, "said Pham" inversion',
    text: `Ex-harbour official took cash for permits, prosecutor tells jury

BALTIMORE, March 3 (Reuters) - A former harbour permits chief accepted more than $400,000 in cash and gifts from shipping agents over six years, a federal prosecutor told jurors on Monday as his bribery trial opened in Baltimore.

Dennis Carrow, 34, who ran the permits office of the Port of Baltimore from 2016 until his arrest last spring, has pleaded not guilty to 11 counts of bribery and wire fraud. If convicted, he faces up to 20 years in prison on the most serious charge.

Assistant U.S. Attorney Miriam Feld told the jury that Carrow had kept a second phone for the agents and had moved the money through his brother's landscaping business.

"This was not a mistake, and it was not a favour between friends," Feld said. "It was a business, and the product was the signature of a public official."

The prosecutor said the government would call 23 witnesses, among them three shipping agents who have already pleaded guilty and are cooperating in exchange for lighter sentences.

Carrow's lawyer, Thomas Aldine, told jurors that the case rested on the word of men who had every reason to lie.

"Every one of these witnesses has made a deal," Aldine said. "They are not here because they found their conscience. They are here because they want to go home sooner."

He said the cash found in his client's home had come from the sale of a boat, and that the payments to the landscaping firm were for real work.

The 34-year-old sat still through most of the morning, taking notes on a yellow pad. He did not look up when Feld played a recording in which a man can be heard asking for "the usual, plus the holiday bonus".

Judge Evelyn Marsh told jurors that the recording was evidence but that they alone would decide who was speaking on it.

The first witness, a former clerk in the permits office, said she had been told to put certain files "at the top of the pile" without asking why.

Laura Benning, who worked under Carrow for three years, said the requests always came in person and never in writing.

"He would come to my desk and say, 'This one is a friend,'" she said. "After a while, I knew what that meant."

Under cross-examination, she conceded that she had never seen money change hands.

"You never saw my client take a single dollar, did you?" Aldine asked.

"No," Benning said.

Outside the courthouse, Carrow's mother, Ellen Carrow, said her son had been "made into a symbol" by prosecutors who wanted a headline.

"He's a good boy who worked hard," she said. "He bought that boat with his own money, and he sold it when he needed to."

The U.S. Attorney's office declined to comment on her remarks.

The case is one of several to come out of a wider investigation into the port. Two customs inspectors were charged last year, and one of them, Raymond Oduya, was sentenced in January to 30 months in prison.

Oduya's case was handled by the same prosecutor. In court papers, Feld described him as "a small part of a much larger arrangement", a phrase she repeated to the jury on Monday.

The port authority said in a statement that it had overhauled its permits process since the arrests, including requiring two signatures for every expedited application.

"We have cooperated fully with the investigation and will continue to do so," the statement said.

The agency's executive director, Gloria Pham, who took over in September, told Reuters last month that she had found "a culture where nobody asked questions".

"It was a system built on trust, and the trust was abused," said Pham, a former state auditor. "Nobody checked the checkers."

She said the office now publishes the processing time of every permit on its website.

Late in the afternoon, the prosecutor told the judge that the government's next witness, a shipping agent from Panama, would need an interpreter. Marsh agreed to adjourn until Tuesday morning.

Asked by a reporter on his way out whether he planned to testify, the 34-year-old said only: "We'll see."

The trial is expected to last three weeks. Carrow is free on bail.`,
    claims: [
      {
        s: 'A former harbour permits chief accepted more than $400,000',
        speakers: ['a federal prosecutor', 'federal prosecutor', 'prosecutor', 'Miriam Feld'],
      },
      { s: 'Miriam Feld told the jury that Carrow had kept', speakers: ['Miriam Feld'] },
      { s: '"This was not a mistake', speakers: ['Miriam Feld'], direct: true },
      { s: '"It was a business, and the product', speakers: ['Miriam Feld'], direct: true },
      { s: 'The prosecutor said the government would call 23 witnesses', speakers: ['Miriam Feld'] },
      { s: 'Thomas Aldine, told jurors that the case rested', speakers: ['Thomas Aldine'] },
      { s: '"Every one of these witnesses has made a deal,"', speakers: ['Thomas Aldine'], direct: true },
      { s: 'They are not here because they found their conscience.', speakers: ['Thomas Aldine'], direct: true },
      { s: 'They are here because they want to go home sooner."', speakers: ['Thomas Aldine'], direct: true },
      { s: 'He said the cash found in his client', speakers: ['Thomas Aldine'] },
      { s: 'Judge Evelyn Marsh told jurors that the recording', speakers: ['Evelyn Marsh'] },
      {
        s: 'The first witness, a former clerk in the permits office, said',
        speakers: ['The first witness', 'first witness', 'former clerk in the permits office', 'Laura Benning'],
      },
      { s: 'Laura Benning, who worked under Carrow', speakers: ['Laura Benning'] },
      { s: '"He would come to my desk', speakers: ['Laura Benning'], direct: true },
      { s: '"After a while, I knew what that meant."', speakers: ['Laura Benning'], direct: true },
      { s: 'she conceded that she had never seen money', speakers: ['Laura Benning'] },
      { s: '"You never saw my client take', speakers: ['Thomas Aldine'], optional: true },
      { s: '"No," Benning said.', speakers: ['Laura Benning'], optional: true },
      { s: 'Ellen Carrow, said her son had been', speakers: ['Ellen Carrow'] },
      { s: '"He\'s a good boy who worked hard,"', speakers: ['Ellen Carrow'], direct: true },
      { s: '"He bought that boat with his own money', speakers: ['Ellen Carrow'], direct: true },
      { s: "The U.S. Attorney's office declined to comment", speakers: [], optional: true },
      { s: 'Feld described him as "a small part', speakers: ['Miriam Feld'] },
      { s: 'The port authority said in a statement', speakers: ['port authority'] },
      {
        s: '"We have cooperated fully with the investigation',
        speakers: ['port authority', 'statement', 'the statement'],
        direct: true,
      },
      { s: 'Gloria Pham, who took over in September, told Reuters', speakers: ['Gloria Pham'] },
      { s: '"It was a system built on trust', speakers: ['Gloria Pham'], direct: true },
      { s: '"Nobody checked the checkers."', speakers: ['Gloria Pham'], direct: true },
      { s: 'She said the office now publishes', speakers: ['Gloria Pham'] },
      { s: 'the prosecutor told the judge that the government', speakers: ['Miriam Feld'] },
      { s: 'the 34-year-old said only: "We\'ll see."', speakers: ['Dennis Carrow'], direct: true },
    ],
  },
  {
    name: 'long football sacking: the club said and "it said", four men in turn, "the defender", "the 41-year-old", told Reuters, a quotation over two paragraphs, he after other men, people close to him and one of them',
    text: `Vidal out at Harrowgate after ten games without a win

LONDON, Oct 21 (Reuters) - Harrowgate United sacked manager Marco Vidal on Monday after a run of ten league games without a win left the club second from bottom of the Championship.

The club said in a statement that assistant Lee Parry would take charge of the first team for Saturday's match at Millbrook Rovers while it searched for a permanent replacement.

"The board would like to thank Marco for his hard work and dedication," it said. "However, results have not been good enough, and we believe a change is needed to give the club the best chance of staying in the division."

Vidal, who joined from Spanish side Cadiz in the summer on a three-year contract, had been under pressure since a 4-0 home defeat by Kestrel Town this month. His record at Harrowgate reads two wins, four draws and nine defeats in all competitions.

The 58-year-old told Reuters by telephone that he had learned of his dismissal from his lawyer, not from the club.

"Nobody from the board called me," he said. "I gave everything to this club. I moved my family here. I think I deserved a conversation, at least.

"I understand football. When you lose, the coach pays. But the way it was done says a lot about the people running Harrowgate."

Club chairman Peter Blake rejected that account. He told the BBC that he had tried to reach Vidal twice on Sunday evening and had left a message.

"I have the greatest respect for Marco," Blake said. "But I have a duty to the supporters, and the supporters have seen enough."

Captain Sean Doherty, who has played more than 300 games for the club, said the players had to take their share of the blame.

"We are the ones on the pitch," the defender said. "It's easy to point at the manager, but we've let him down as much as anyone."

He added that the squad had spoken to Vidal on Monday morning to thank him.

Parry, Vidal's assistant for the past five years, is a former Harrowgate player who spent most of his career in the lower leagues. The 41-year-old said he was "honoured" to step in but did not expect to be considered for the job full-time.

Supporters' groups had called for Vidal's departure for weeks. A banner reading "Vidal Out" was unfurled in the home end during Saturday's 1-1 draw with Ashby Athletic.

Mark Hendry, chairman of the Harrowgate Supporters' Trust, said fans had nothing against the Spaniard personally.

"He's a decent man and he tried to play good football," Hendry said. "But the Championship doesn't wait for anyone. We needed points, not possession."

Vidal is the fifth Championship manager to lose his job this season. His predecessor, Ian Straw, lasted 18 months and was sacked in similar circumstances.

Bookmakers made former Kestrel Town manager Gary Fenwick the favourite to replace him. Fenwick, who left Kestrel in May, told Sky Sports last week that he was "ready to go back to work" but would not comment on any particular club.

Asked on Monday whether he had been approached, he said: "You'll have to ask Harrowgate."

Blake said the club hoped to name a new manager before the international break in November.

He said the board would look for someone with experience of the division and "a bit of fire", and that money would be available in January.

Vidal is expected to take legal advice about the remaining two and a half years of his contract, which people close to him said was worth about 1.5 million pounds a year.

"Marco is not going to go quietly," one of them said. "He feels he was treated like an employee, not a coach."

The League Managers' Association said it was aware of the situation and was in contact with Vidal.

Doherty, speaking after training on Monday afternoon, said the dressing room had been "very quiet".

"Nobody wanted this," the captain said. "Now we have to stick together, because nobody else is going to get us out of this."

Harrowgate travel to Millbrook on Saturday. The home side have won four of their last five games.`,
    claims: [
      { s: 'The club said in a statement that assistant Lee Parry', speakers: ['Harrowgate United', 'club'] },
      { s: '"The board would like to thank Marco', speakers: ['Harrowgate United', 'club'], direct: true },
      { s: '"However, results have not been good enough', speakers: ['Harrowgate United', 'club'], direct: true },
      { s: 'The 58-year-old told Reuters by telephone', speakers: ['Marco Vidal'] },
      { s: '"Nobody from the board called me,"', speakers: ['Marco Vidal'], direct: true },
      { s: 'I gave everything to this club.', speakers: ['Marco Vidal'], direct: true },
      { s: 'I moved my family here.', speakers: ['Marco Vidal'], direct: true },
      { s: 'I think I deserved a conversation, at least.', speakers: ['Marco Vidal'], direct: true },
      { s: '"I understand football.', speakers: ['Marco Vidal'], direct: true },
      { s: 'When you lose, the coach pays.', speakers: ['Marco Vidal'], direct: true },
      { s: 'But the way it was done says a lot', speakers: ['Marco Vidal'], direct: true },
      { s: 'He told the BBC that he had tried to reach Vidal', speakers: ['Peter Blake'] },
      { s: '"I have the greatest respect for Marco,"', speakers: ['Peter Blake'], direct: true },
      { s: '"But I have a duty to the supporters', speakers: ['Peter Blake'], direct: true },
      { s: 'Sean Doherty, who has played more than 300 games', speakers: ['Sean Doherty'] },
      { s: '"We are the ones on the pitch,"', speakers: ['Sean Doherty'], direct: true },
      { s: '"It\'s easy to point at the manager', speakers: ['Sean Doherty'], direct: true },
      { s: 'He added that the squad had spoken to Vidal', speakers: ['Sean Doherty'] },
      { s: 'The 41-year-old said he was "honoured"', speakers: ['Lee Parry', 'Parry'] },
      { s: 'Mark Hendry, chairman of the Harrowgate', speakers: ['Mark Hendry'] },
      { s: '"He\'s a decent man and he tried', speakers: ['Mark Hendry'], direct: true },
      { s: '"But the Championship doesn\'t wait', speakers: ['Mark Hendry'], direct: true },
      { s: 'We needed points, not possession."', speakers: ['Mark Hendry'], direct: true },
      { s: 'Fenwick, who left Kestrel in May, told Sky Sports', speakers: ['Gary Fenwick'] },
      { s: 'Asked on Monday whether he had been approached', speakers: ['Gary Fenwick'], direct: true },
      { s: 'Blake said the club hoped to name a new manager', speakers: ['Peter Blake'] },
      { s: 'He said the board would look for someone', speakers: ['Peter Blake'] },
      { s: 'which people close to him said was worth', speakers: ['people close to him'] },
      { s: '"Marco is not going to go quietly,"', speakers: ['one of them', 'people close to him'], direct: true },
      {
        s: '"He feels he was treated like an employee',
        speakers: ['one of them', 'people close to him'],
        direct: true,
      },
      { s: "The League Managers' Association said", speakers: ["League Managers' Association"] },
      { s: 'Doherty, speaking after training on Monday', speakers: ['Sean Doherty'] },
      { s: '"Nobody wanted this," the captain said.', speakers: ['Sean Doherty'], direct: true },
      { s: '"Now we have to stick together', speakers: ['Sean Doherty'], direct: true },
    ],
  },
  {
    name: 'long TV transcript: "ANCHOR (NAME):" then surname labels, two guests back and forth, the ministry quoted by the anchor, a caller by first name, a closing written note with "the coordinator said"',
    text: `Castleford braces for river peak: transcript of Channel 9 interview

The following is a transcript of an interview broadcast on Channel 9's Evening Report on Thursday. It has been lightly edited for length and clarity.

ANCHOR (NINA OKAFOR): Good evening. The river at Castleford is expected to peak tonight at more than five metres, the highest level in twenty years. Joining me from the town is the regional emergency coordinator, David Ashworth. David, how bad is it?

DAVID ASHWORTH: It's serious, Nina. We've evacuated around 1,200 homes since this morning, and we expect to move another 400 before midnight. The defences on the east bank are holding, but the west bank is a real concern for us.

OKAFOR: Are people listening to the warnings?

ASHWORTH: Most are. Some older residents don't want to leave their homes, and I understand that. But the water is coming up faster than it did in 2004. I'd say to anyone still in the red zone: please go now.

OKAFOR: There has been criticism that the flood barrier promised after the last flood was never built. Is that fair?

ASHWORTH: That's a question for the ministers. My job tonight is to keep people safe.

OKAFOR: Also with us is the local member of parliament, Helen Strand. Ms. Strand, you've said the government broke its promise to this town.

HELEN STRAND: It did. In 2005 we were told the barrier would be built within five years. It is now twenty years later, and there is still no barrier. The money was moved to other projects, and the people of Castleford are paying the price tonight.

OKAFOR: The environment ministry says the barrier is now scheduled for 2028.

STRAND: They said that in 2015 as well. I'll believe it when I see the concrete being poured.

OKAFOR: David, back to you. What do you need right now?

ASHWORTH: Sandbags and volunteers, in that order. We have about 30,000 sandbags on site, and we could use twice that. The army has sent two units, and they've been fantastic.

OKAFOR: We have a caller on the line from the west bank. Sarah, go ahead.

CALLER (SARAH): Hello. I'm on Mill Lane, and the water is already at our front step. Nobody has come to tell us what to do.

ASHWORTH: Sarah, I'm sorry to hear that. Mill Lane is on our list for the next round of door-knocking. If you can leave now, the school on Hill Road is open as a rest centre.

CALLER (SARAH): My husband uses a wheelchair. We can't just walk up the hill.

ASHWORTH: Then please call the number on the screen, and we'll send a vehicle. I promise you that.

OKAFOR: David, the Environment Agency says more rain is forecast for Saturday. What does that mean for the clean-up?

ASHWORTH: It means we'll be here for a while. Even when the river drops, the ground is saturated, so any heavy rain will run straight off. We're telling people not to move back in until engineers have checked their homes.

OKAFOR: And how long will that take?

ASHWORTH: For most streets, a few days. For the worst-hit, weeks. I don't want to give anyone false hope.

STRAND: Can I add something, Nina? The insurers need to hear this. Half the families on the west bank were refused flood cover after 2004. They have nothing to fall back on.

OKAFOR: Ms. Strand, a last word?

STRAND: Only that the people of this town have been extraordinary. Neighbours are carrying neighbours' furniture upstairs. But they shouldn't have to do this every twenty years.

OKAFOR: Helen Strand and David Ashworth, thank you both.

Note: After the broadcast, the environment ministry said in a statement that planning work for the Castleford barrier had begun and that the 2028 date "remains our firm commitment". A spokeswoman for the ministry said the minister would visit the town once the water had receded.

Late on Thursday, the coordinator said a vehicle had reached Mill Lane and that the caller and her husband were safe at the rest centre. He said about 300 people had spent the night there.

Strand said on social media that she would raise the barrier in parliament next week. "Twenty years of promises is enough," she wrote.

The river peaked at 5.3 metres shortly after 2 a.m. on Friday, the Environment Agency said.`,
    claims: [
      { s: 'The river at Castleford is expected to peak tonight', speakers: ['Nina Okafor'], optional: true },
      { s: 'Most are.', speakers: ['David Ashworth'], direct: true, optional: true },
      { s: 'It did.', speakers: ['Helen Strand'], direct: true, optional: true },
      { s: 'Sandbags and volunteers, in that order.', speakers: ['David Ashworth'], direct: true, optional: true },
      { s: 'Then please call the number on the screen', speakers: ['David Ashworth'], direct: true, optional: true },
      { s: "It's serious, Nina.", speakers: ['David Ashworth'], direct: true, optional: true },
      { s: "We've evacuated around 1,200 homes", speakers: ['David Ashworth'], direct: true },
      { s: 'The defences on the east bank are holding', speakers: ['David Ashworth'], direct: true },
      { s: "Some older residents don't want to leave", speakers: ['David Ashworth'], direct: true },
      { s: 'But the water is coming up faster than it did in 2004.', speakers: ['David Ashworth'], direct: true },
      { s: "I'd say to anyone still in the red zone", speakers: ['David Ashworth'], direct: true },
      { s: "That's a question for the ministers.", speakers: ['David Ashworth'], direct: true },
      { s: 'My job tonight is to keep people safe.', speakers: ['David Ashworth'], direct: true },
      { s: "you've said the government broke its promise", speakers: ['Helen Strand'], optional: true },
      { s: 'In 2005 we were told the barrier', speakers: ['Helen Strand'], direct: true },
      { s: 'It is now twenty years later', speakers: ['Helen Strand'], direct: true },
      { s: 'The money was moved to other projects', speakers: ['Helen Strand'], direct: true },
      {
        s: 'The environment ministry says the barrier is now scheduled',
        speakers: ['environment ministry', 'ministry'],
      },
      { s: 'They said that in 2015 as well.', speakers: ['Helen Strand'], direct: true },
      { s: "I'll believe it when I see the concrete", speakers: ['Helen Strand'], direct: true },
      { s: 'We have about 30,000 sandbags on site', speakers: ['David Ashworth'], direct: true },
      { s: "The army has sent two units, and they've been fantastic.", speakers: ['David Ashworth'], direct: true },
      { s: 'the water is already at our front step', speakers: ['Sarah'], direct: true },
      { s: 'Nobody has come to tell us what to do.', speakers: ['Sarah'], direct: true },
      { s: 'Mill Lane is on our list for the next round', speakers: ['David Ashworth'], direct: true },
      { s: 'the school on Hill Road is open as a rest centre', speakers: ['David Ashworth'], direct: true },
      { s: 'My husband uses a wheelchair.', speakers: ['Sarah'], direct: true, optional: true },
      { s: "We can't just walk up the hill.", speakers: ['Sarah'], direct: true, optional: true },
      { s: 'I promise you that.', speakers: ['David Ashworth'], direct: true, optional: true },
      {
        s: 'the Environment Agency says more rain is forecast',
        speakers: ['Environment Agency'],
      },
      { s: "It means we'll be here for a while.", speakers: ['David Ashworth'], direct: true },
      { s: 'Even when the river drops, the ground is saturated', speakers: ['David Ashworth'], direct: true },
      { s: "We're telling people not to move back in", speakers: ['David Ashworth'], direct: true },
      { s: 'For most streets, a few days.', speakers: ['David Ashworth'], direct: true, optional: true },
      { s: 'For the worst-hit, weeks.', speakers: ['David Ashworth'], direct: true, optional: true },
      { s: "I don't want to give anyone false hope.", speakers: ['David Ashworth'], direct: true },
      { s: 'The insurers need to hear this.', speakers: ['Helen Strand'], direct: true, optional: true },
      { s: 'Half the families on the west bank were refused', speakers: ['Helen Strand'], direct: true },
      { s: 'They have nothing to fall back on.', speakers: ['Helen Strand'], direct: true },
      { s: 'Only that the people of this town have been extraordinary.', speakers: ['Helen Strand'], direct: true },
      { s: "Neighbours are carrying neighbours' furniture", speakers: ['Helen Strand'], direct: true },
      { s: "But they shouldn't have to do this every twenty years.", speakers: ['Helen Strand'], direct: true },
      {
        s: 'After the broadcast, the environment ministry said in a statement',
        speakers: ['environment ministry', 'ministry'],
      },
      {
        s: 'A spokeswoman for the ministry said the minister would visit',
        speakers: ['A spokeswoman for the ministry', 'spokeswoman for the ministry', 'spokeswoman'],
      },
      { s: 'the coordinator said a vehicle had reached Mill Lane', speakers: ['David Ashworth'] },
      { s: 'He said about 300 people had spent the night there.', speakers: ['David Ashworth'] },
      { s: 'Strand said on social media that she would raise', speakers: ['Helen Strand'] },
      { s: '"Twenty years of promises is enough," she wrote.', speakers: ['Helen Strand'], direct: true },
      { s: 'The river peaked at 5.3 metres', speakers: ['Environment Agency'] },
    ],
  },
];
