/**
 * Batch 111, written by claims42 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): four stories in kinds of writing batches 1–109 have little of (issue #9). An
 * interview as Q: / A: passages after an introduction (the answers are the scientist's, direct; a
 * survey "shows"); a council story told in paraphrase with no verb of saying ("In the view of …",
 * "According to …", "For the mayor, …", "In X's words, …", "To X, the plan is …"); an appeals
 * ruling ("ruling that", "Judge X wrote for a unanimous panel", "a fire investigator testified
 * that", "the district attorney's office said"); and a governor's debate ("countered that", a
 * spokeswoman said, "In the campaign's telling, …").
 *
 * As in batches 72–110, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. One-word or verbless answers are optional.
 *
 * At first sight (claims F1 / speaker / direct): 0.850 (17/17/23) / 1.000 / 1.000. After claims42's
 * rows 0.930 (20/20/23) / 1.000 / 1.000. Left: "Her team's latest survey, published this month,
 * shows the glacier has lost …", "To Gloria Fenn, 74, …, the plan is …" and the court's ", ruling
 * that …" are missed (a row for the last was taken out: batches 64 and 66 leave it out of gold).
 */
import type { NewsCase } from './news.cases';

const SOLBERG = ['Dr. Ingrid Solberg', 'Ingrid Solberg', 'Solberg'];
const OSEI = ['Rita Osei', 'Osei'];
const BRANDT = ['Tom Brandt', 'Brandt'];
const COURT = ['The state Court of Appeals', 'state Court of Appeals', 'Court of Appeals'];
const DOYLE = ['Miriam Doyle', 'Doyle'];
const CALLOWAY = ['Brett Calloway', 'Calloway'];
const FERRANTE = ['Luisa Ferrante', 'Ferrante'];
const CAMPAIGN = ["Calloway's campaign", 'campaign', 'the campaign'];

export const NEWS_CASES_111: NewsCase[] = [
  {
    name: "Q: / A: interview with a glacier scientist after a short introduction: her team's survey shows, answers direct and hers, verbless answers optional, questions no claims",
    text: `Five questions for a glacier scientist

Dr. Ingrid Solberg has measured the Hallvik glacier every summer since 1998. Her team's latest survey, published this month, shows the glacier has lost a fifth of its length in 25 years.

Q: How fast is the glacier shrinking now?

A: Faster than at any point since we started. Last summer it lost 48 metres at the front. In the 1990s a bad year was 15.

Q: Is there anything that can slow it down?

A: Not locally. The glacier responds to the climate of the whole region. Cutting emissions matters, but the ice we lose in the next 30 years is already committed.

Q: What keeps you going back?

A: Honestly, the place. And someone has to keep the record.`,
    claims: [
      {
        s: "Her team's latest survey, published this month, shows",
        speakers: ["Her team's latest survey", 'survey', "team's latest survey", ...SOLBERG],
      },
      { s: 'Faster than at any point since we started.', speakers: SOLBERG, direct: true, optional: true },
      { s: 'Last summer it lost 48 metres at the front.', speakers: SOLBERG, direct: true },
      { s: 'In the 1990s a bad year was 15.', speakers: SOLBERG, direct: true },
      { s: 'A: Not locally.', speakers: SOLBERG, direct: true, optional: true },
      { s: 'The glacier responds to the climate of the whole region.', speakers: SOLBERG, direct: true },
      { s: 'Cutting emissions matters, but the ice we lose', speakers: SOLBERG, direct: true },
      { s: 'A: Honestly, the place.', speakers: SOLBERG, direct: true, optional: true },
      { s: 'And someone has to keep the record.', speakers: SOLBERG, direct: true },
    ],
  },
  {
    name: "council story in paraphrase with no verb of saying: in the view of, according to a person, for the mayor, according to figures from, in X's words, to a resident the plan is",
    text: `Council split over plan to close Elm Street library

Two members of the Marston city council have come out against a plan to close the Elm Street library and move its books to a new hub downtown.

In the view of council member Rita Osei, the closure would cut off the city's poorest neighbourhood from its only public computer room. According to Osei, more than 200 people use the room each week.

For the mayor, Tom Brandt, the numbers tell a different story. Visits to the branch have fallen by half since 2019, according to figures from the library service.

In Brandt's words, the new hub would be "a library for the whole city, not one street".

Residents who spoke at a public meeting on Monday were mostly opposed. To Gloria Fenn, 74, who has used the branch for 40 years, the plan is "a slap in the face".

The council will vote on the plan on Nov. 18.`,
    claims: [
      { s: 'the closure would cut off the city', speakers: OSEI },
      { s: 'According to Osei, more than 200 people', speakers: OSEI },
      { s: 'For the mayor, Tom Brandt, the numbers tell', speakers: BRANDT, optional: true },
      {
        s: 'Visits to the branch have fallen by half since 2019',
        speakers: ['figures from the library service', 'library service', 'figures', 'the library service'],
      },
      { s: "In Brandt's words, the new hub would be", speakers: BRANDT },
      { s: 'To Gloria Fenn, 74, who has used the branch', speakers: ['Gloria Fenn', 'Fenn'] },
    ],
  },
  {
    name: "appeals ruling: a court threw out a conviction, ruling that, a judge wrote for a unanimous panel (two quoted sentences), a fire investigator testified that at trial, the district attorney's office said, the defendant's lawyer said",
    text: `Appeals court orders new trial in 2019 warehouse fire

The state Court of Appeals on Friday threw out the arson conviction of Caleb Wren, ruling that his trial judge should not have let jurors hear a recorded phone call made without a warrant.

"The recording was the heart of the state's case," Judge Miriam Doyle wrote for a unanimous three-judge panel. "Without it, we cannot say the verdict would have been the same."

Wren, 34, was sentenced to 20 years in 2021 for setting a fire that destroyed a warehouse in Fenwick. At trial, a fire investigator testified that the blaze had been started with petrol in two places.

The district attorney's office said it was reviewing the decision. Wren's lawyer, Priya Nandakumar, said her client was "relieved and grateful" and hoped to be released on bail before the new trial.`,
    claims: [
      { s: 'ruling that his trial judge should not have let', speakers: COURT },
      { s: '"The recording was the heart', speakers: DOYLE, direct: true },
      { s: '"Without it, we cannot say', speakers: DOYLE, direct: true },
      {
        s: 'At trial, a fire investigator testified that',
        speakers: ['a fire investigator', 'fire investigator', 'investigator'],
      },
      {
        s: "The district attorney's office said it was reviewing",
        speakers: ["The district attorney's office", "district attorney's office", 'office'],
      },
      { s: 'Priya Nandakumar, said her client was', speakers: ['Priya Nandakumar', 'Nandakumar'] },
    ],
  },
  {
    name: "governor debate: a candidate said and promised, the other countered that, two quoted sentences, a campaign sent a list of what it said were, a spokeswoman said the list was, in the campaign's telling",
    text: `Nevada governor hopefuls clash over water and housing

RENO, Nev. — The two candidates for governor of Nevada clashed over water rights and housing on Thursday in their only televised debate.

Republican Brett Calloway said the state had "given away" its share of the Colorado River and promised to renegotiate it. Democrat Luisa Ferrante countered that the river deal had been signed by a Republican governor.

"We need more homes, not more promises," Ferrante said. "I will build 50,000 of them in four years."

After the debate, Calloway's campaign sent reporters a list of what it said were eight false statements by Ferrante. A Ferrante spokeswoman, Dana Kirby, said the list was "a fundraising email pretending to be a fact check".

In the campaign's telling, Calloway won the debate easily.`,
    claims: [
      { s: 'Republican Brett Calloway said the state had', speakers: CALLOWAY },
      { s: 'Democrat Luisa Ferrante countered that', speakers: FERRANTE },
      { s: '"We need more homes, not more promises," Ferrante said.', speakers: FERRANTE, direct: true },
      { s: '"I will build 50,000 of them in four years."', speakers: FERRANTE, direct: true },
      { s: 'sent reporters a list of what it said were', speakers: CAMPAIGN, optional: true },
      { s: 'Dana Kirby, said the list was', speakers: ['Dana Kirby', 'Kirby'] },
      { s: "In the campaign's telling, Calloway won", speakers: CAMPAIGN },
    ],
  },
];
