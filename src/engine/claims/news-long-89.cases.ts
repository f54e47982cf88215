/**
 * Batch 89, written by claims34 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in the styles batches 60–88 have least of (issue #9). A
 * Wikinews-style report whose quotations come from other outlets ("told the BBC", "said in an
 * interview with" a radio station, "According to Reuters", residents who "told" a newspaper and
 * "one woman told the newspaper", an agency named after "according to the country's disaster
 * agency,", a "Sources" list); an election night story ("the Associated Press projected", a winner
 * who "told supporters that", a concession speech quoted over two paragraphs, a campaign
 * spokesman, "according to AP data", a secretary of state); a Reuters central-bank and currency
 * wire ("analysts at X said in a note to clients" after a quotation, a governor who "told a news
 * conference", "X chief economist Y wrote", "A spokesperson for the bank declined to comment", a
 * bank that "said in a note", traders and an inverted unnamed trader); an interview whose
 * questions are plain short lines without "Q:" labels, answers after; and an earnings round-up
 * where firms speak with no kind word before them ("Nokia said", "Shell said in a statement" and
 * "the company said", "Goldman Sachs said", "Marks and Spencer said", "Barclays said").
 *
 * As in batches 72–88, a description of a named body counts only resolved; a body without a name
 * of its own ("Traders") keeps its own words. An interview's questions are no claims. Its answers
 * were written as the guest's direct claims (as in probes-32b); after first sight claims34 decided
 * the convention from ../shared/eval/README and the training data's Wikinews interviews, where
 * answers to plain questions are no claims unless a cue of their own reports something ("I
 * understood it was …"), and made them optional (neither rewarded nor penalised): a layout without
 * labels names no speaker, unlike "Q:" / "A:" or "SMITH:" labels (engine README, claims34).
 *
 * At first sight (claims F1 / speaker / direct): 0.883 (34/34/43) / 1.000 / 1.000. Errors: the
 * seven required answers of the interview without labels missed, "Ellen Harmon won …, the
 * Associated Press projected," missed, and "The Swedish crown fell … after the Riksbank cut … and
 * said further easing was possible" missed. Every firm named alone ("Nokia said", "Goldman Sachs
 * said", "Marks and Spencer said") already had its speaker right. With the interview's answers
 * optional (the convention above) the first sight is 0.971 (34/34/36) / 1.000 / 1.000; after
 * claims34's rows (lexicon/claims-34.ts) 1.000 (36/36/36) / 1.000 / 1.000.
 */
import type { NewsCase } from './news.cases';

const DIAZ = ['Rodrigo Valdés Díaz', 'Valdés Díaz', 'Díaz', 'Rodrigo Valdés'];
const ORELLANA = ['Carmen Orellana', 'Orellana'];
const HARMON = ['Ellen Harmon', 'Harmon'];
const PRYCE = ['Curtis Pryce', 'Pryce'];
const AKERLUND = ['Lena Åkerlund', 'Åkerlund'];
const GUNN = ['Moira Gunn', 'Gunn'];
const NOKIA = ['Nokia'];
const SHELL = ['Shell'];
const MANDS = ['Marks and Spencer', 'Marks & Spencer'];

export const NEWS_CASES_89: NewsCase[] = [
  {
    name: 'Wikinews-style report quoting other outlets: according to an agency named after its description, told the BBC, said in an interview with a radio station, According to Reuters, residents told a newspaper and one woman told the newspaper, a sources list',
    text: `Floods force thousands from their homes in southern Chile

Tuesday, June 11, 2024

Heavy rain in southern Chile has forced more than 6,000 people from their homes since Sunday, according to the country's disaster agency, Senapred.

The regional governor of Biobío, Rodrigo Valdés Díaz, told the BBC the rain had been "the heaviest in thirty years". "Whole streets in Concepción are under water," he said.

Interior Minister Carmen Orellana said in an interview with Radio Cooperativa that the army would help with evacuations in the worst-hit towns. According to Reuters, at least two people have died.

Residents of Coronel told the newspaper La Tercera they had received no warning. "The water came into the house at three in the morning," one woman told the newspaper.

The Chilean Meteorological Directorate said more rain was expected on Thursday.

Sources

"Thousands evacuated as floods hit southern Chile" — BBC News, June 10, 2024
"Chile floods: army to help evacuate towns" — Reuters, June 11, 2024`,
    claims: [
      { s: 'Heavy rain in southern Chile has forced more than 6,000 people', speakers: ['Senapred'] },
      { s: 'told the BBC the rain had been', speakers: DIAZ },
      { s: '"Whole streets in Concepción are under water," he said.', speakers: DIAZ, direct: true },
      { s: 'said in an interview with Radio Cooperativa that the army', speakers: ORELLANA },
      { s: 'According to Reuters, at least two people have died.', speakers: ['Reuters'] },
      {
        s: 'Residents of Coronel told the newspaper La Tercera',
        speakers: ['Residents of Coronel', 'Residents'],
      },
      {
        s: '"The water came into the house at three in the morning," one woman told the newspaper.',
        speakers: ['one woman', 'woman'],
        direct: true,
      },
      {
        s: 'The Chilean Meteorological Directorate said more rain',
        speakers: ['Chilean Meteorological Directorate', 'Meteorological Directorate'],
      },
    ],
  },
  {
    name: 'election night: the Associated Press projected, a winner told supporters that and she said, a concession speech over two paragraphs, a campaign spokesman, according to AP data, a secretary of state',
    text: `Harmon wins Ohio Senate seat as Pryce concedes

COLUMBUS, Ohio (AP) — Democrat Ellen Harmon won Ohio's open U.S. Senate seat on Tuesday, the Associated Press projected, defeating Republican businessman Curtis Pryce in one of the night's closest races.

Harmon, a two-term congresswoman from Toledo, told supporters at a downtown hotel that voters had chosen "a senator who answers to them". "Tonight Ohio said it wants someone who will show up for work," she said. "I intend to."

Pryce conceded shortly before midnight. Speaking to supporters in Dublin, he said he had called Harmon to congratulate her.

"The people of Ohio have made their choice, and I respect it," Pryce said. "We ran a campaign we can be proud of.

"To the young people who knocked on doors in the rain: don't stop. This state needs you."

His campaign spokesman, Drew Walcott, said Pryce had no plans to seek a recount.

Harmon led by about 61,000 votes with 97% of the expected vote counted, according to AP data.

Ohio Secretary of State Mark Lindqvist said turnout appeared to have passed the record set in 2020.`,
    claims: [
      {
        s: "won Ohio's open U.S. Senate seat on Tuesday, the Associated Press projected",
        speakers: ['Associated Press', 'AP'],
      },
      { s: 'told supporters at a downtown hotel that voters had chosen', speakers: HARMON },
      {
        s: '"Tonight Ohio said it wants someone who will show up for work," she said.',
        speakers: HARMON,
        direct: true,
      },
      { s: '"I intend to."', speakers: HARMON, direct: true },
      { s: 'Pryce conceded shortly before midnight.', speakers: PRYCE, optional: true },
      { s: 'he said he had called Harmon to congratulate her', speakers: PRYCE },
      {
        s: '"The people of Ohio have made their choice, and I respect it," Pryce said.',
        speakers: PRYCE,
        direct: true,
      },
      { s: '"We ran a campaign we can be proud of.', speakers: PRYCE, direct: true },
      { s: '"To the young people who knocked on doors in the rain', speakers: PRYCE, direct: true },
      { s: 'This state needs you."', speakers: PRYCE, direct: true },
      { s: 'Drew Walcott, said Pryce had no plans', speakers: ['Drew Walcott', 'Walcott'] },
      {
        s: 'Harmon led by about 61,000 votes',
        speakers: ['AP data', 'AP', 'Associated Press'],
        optional: true,
      },
      { s: 'Mark Lindqvist said turnout appeared', speakers: ['Mark Lindqvist', 'Lindqvist'] },
    ],
  },
  {
    name: 'Reuters central-bank and currency wire: analysts at X said in a note to clients after a quotation, a governor told a news conference and she said, X chief economist Y wrote, a spokesperson for the bank declined to comment, a bank said in a note, traders said and an inverted unnamed trader, according to LSEG data',
    text: `Swedish crown slips as Riksbank signals more cuts

STOCKHOLM, Feb 6 (Reuters) - The Swedish crown fell against the euro on Thursday after the Riksbank cut its policy rate by 25 basis points to 2.25% and said further easing was possible this year.

"The krona's reaction tells you the market was not expecting such a dovish message," analysts at Nordea said in a note to clients.

"Inflation is now close to our target and the economy needs support," Governor Lena Åkerlund told a news conference. She said the bank would "not hesitate" to act again if growth weakened.

Analysts at SEB said they now expected two more cuts before the summer. "We think the Riksbank is front-loading," SEB chief economist Jonas Berg wrote.

A spokesperson for the bank declined to comment on the currency's moves.

Handelsbanken said in a note that it saw the crown weakening to 11.60 per euro by the end of March.

The crown was down 0.6% at 11.42 per euro by 1200 GMT, according to LSEG data.

Traders said thin volumes had exaggerated the move. "It's a quiet market and a loud message," said one Stockholm-based currency trader.`,
    claims: [
      { s: 'The Swedish crown fell against the euro on Thursday', speakers: ['Riksbank'] },
      {
        s: '"The krona\'s reaction tells you the market was not expecting',
        speakers: ['analysts at Nordea', 'Nordea', 'analysts'],
        direct: true,
      },
      { s: '"Inflation is now close to our target', speakers: AKERLUND, direct: true },
      { s: 'She said the bank would "not hesitate"', speakers: AKERLUND },
      { s: 'Analysts at SEB said they now expected', speakers: ['Analysts at SEB', 'SEB', 'Analysts'] },
      { s: '"We think the Riksbank is front-loading,"', speakers: ['Jonas Berg', 'Berg'], direct: true },
      {
        s: 'A spokesperson for the bank declined to comment',
        speakers: ['Riksbank', 'A spokesperson for the bank', 'spokesperson'],
        optional: true,
      },
      { s: 'Handelsbanken said in a note that it saw the crown', speakers: ['Handelsbanken'] },
      { s: 'The crown was down 0.6% at 11.42 per euro', speakers: ['LSEG data', 'LSEG'], optional: true },
      { s: 'Traders said thin volumes had exaggerated the move.', speakers: ['Traders'] },
      {
        s: '"It\'s a quiet market and a loud message,"',
        speakers: [
          'one Stockholm-based currency trader',
          'Stockholm-based currency trader',
          'currency trader',
          'trader',
        ],
        direct: true,
      },
    ],
  },
  {
    name: 'interview without "Q:" labels: short question lines, answers after; questions are no claims, and the answers, which carry no cue, are optional (the convention of the training interviews, decided by claims34 after first sight)',
    text: `'The sea decides': a lifeboat coxswain on forty years of rescues

Moira Gunn joined the Kilbrannan lifeboat crew at 19 and retires this month as its coxswain. We spoke to her at the station on a grey Saturday morning.

What made you join?

My father was on the crew, and his father before him. I never really thought about doing anything else.

What has changed most in forty years?

The boats, mostly. The old boat did eight knots on a good day, and the new one does twenty-five. But the sea has not changed at all.

Is there a rescue you still think about?

A fishing boat in the winter of 1998. We got three men off and lost the fourth. I think about him every week.

Will you miss it?

Every day. But my knees will not.`,
    claims: [
      { s: "'The sea decides'", speakers: GUNN, direct: true, optional: true },
      { s: 'My father was on the crew, and his father before him.', speakers: GUNN, direct: true, optional: true },
      { s: 'I never really thought about doing anything else.', speakers: GUNN, direct: true, optional: true },
      { s: 'The boats, mostly.', speakers: GUNN, direct: true, optional: true },
      { s: 'The old boat did eight knots on a good day', speakers: GUNN, direct: true, optional: true },
      { s: 'But the sea has not changed at all.', speakers: GUNN, direct: true, optional: true },
      { s: 'A fishing boat in the winter of 1998.', speakers: GUNN, direct: true, optional: true },
      { s: 'We got three men off and lost the fourth.', speakers: GUNN, direct: true, optional: true },
      { s: 'I think about him every week.', speakers: GUNN, direct: true, optional: true },
      { s: 'Every day.', speakers: GUNN, direct: true, optional: true },
      { s: 'But my knees will not.', speakers: GUNN, direct: true, optional: true },
    ],
  },
  {
    name: 'earnings round-up where firms speak with no kind word before them: Nokia said and It said, Shell said in a statement and the company said, Goldman Sachs said, Marks and Spencer said and its finance director, Barclays said',
    text: `European shares edge higher as earnings roll in

LONDON, April 24 - European shares edged higher on Thursday as investors weighed a busy day of company results.

Nokia said its first-quarter operating profit rose 12%, helped by stronger demand for network equipment in India. It said it expected the second half of the year to be stronger than the first.

Shell said in a statement that it would buy back a further $3.5 billion of shares over the next quarter. "We continue to deliver strong operational performance," the company said.

Goldman Sachs said it had raised its year-end target for the STOXX 600 index to 560 points, citing lower energy prices.

Marks and Spencer said clothing sales rose 5% in the 13 weeks to March 30, beating its own forecasts. Finance director Alan Pryor said the group was "cautiously optimistic" about the summer.

Barclays said it would cut about 450 jobs in its investment bank by the end of the year.

The pan-European STOXX 600 index was up 0.3% by 0900 GMT.`,
    claims: [
      { s: 'Nokia said its first-quarter operating profit rose 12%', speakers: NOKIA },
      { s: 'It said it expected the second half of the year', speakers: NOKIA },
      { s: 'Shell said in a statement that it would buy back', speakers: SHELL },
      {
        s: '"We continue to deliver strong operational performance," the company said.',
        speakers: SHELL,
        direct: true,
      },
      { s: 'Goldman Sachs said it had raised its year-end target', speakers: ['Goldman Sachs'] },
      { s: 'Marks and Spencer said clothing sales rose 5%', speakers: MANDS },
      { s: 'Alan Pryor said the group was "cautiously optimistic"', speakers: ['Alan Pryor', 'Pryor'] },
      { s: 'Barclays said it would cut about 450 jobs', speakers: ['Barclays'] },
    ],
  },
];
