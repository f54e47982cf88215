/**
 * Batch 147, written by claims64 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): three stories in kinds of writing earlier batches used little (issue #9). A
 * state visit (the King who "spoke of" a friendship in a banquet speech and "said" after it, the
 * visiting president who "thanked" her hosts and recalled a place "which she said had taught her",
 * the palace, a palace spokesman who "declined to say", Downing Street, "according to officials
 * briefed on the plans", protesters who "called for" an apology, a veteran's son quoted over two
 * sentences before "said X, 71, whose father …"); a celebrity's privacy case (the court's ruling in
 * the lead, the judge, the singer's statement read on the steps by her solicitor "she said:" with a
 * two-sentence quotation, the solicitor on her client, the publisher and "The publisher has argued",
 * the judge's reasons after "he wrote"); and a fact-check ("X claimed on Sunday that", the figures
 * that "tell a more complicated story", "Speaking on BBC One, X said", a survey that "shows",
 * "according to the Office for National Statistics", "The ONS says … and advises caution", the
 * opposition's spokesman, "Is he right? Partly.", an academic quoted after "said" and over two
 * sentences, the department).
 *
 * As in batches 72–146, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A thanks, a refusal to say, a survey that "shows", and "The judge
 * rejected that" are optional.
 */
import type { NewsCase } from './news.cases';

const KING = ['The King', 'King', 'the King'];
const MAROVIC = ['Elena Marović', 'Marović', 'President Elena Marović', 'The President', 'President'];
const HARGREAVES = ['Colin Hargreaves', 'Hargreaves'];
const HARLOW = ['Mr Justice Harlow', 'Justice Harlow', 'Harlow'];
const CORRIGAN = ['Jade Corrigan', 'Corrigan', 'Ms Corrigan'];
const FINCH = ['Rachel Finch', 'Finch', 'Ms Finch'];
const ORME = ['Danielle Orme', 'Orme'];
const ONS = ['Office for National Statistics', 'the Office for National Statistics', 'ONS', 'The ONS'];
const BRIGHT = ['Nick Bright', 'Bright'];
const CLEGG = ['Professor Ann Clegg', 'Ann Clegg', 'Clegg'];

export const NEWS_CASES_147: NewsCase[] = [
  {
    name: 'a state visit: in a speech the King spoke of, he said the two countries had, the president thanked (optional), which she said had taught her, the palace said, a palace spokesman declined to say (optional), Downing Street said, according to officials briefed on the plans, protesters called for, a two-sentence quotation then said X, 71, whose father',
    text: `Montenegrin president begins state visit with banquet at Windsor

The King welcomed President Elena Marović of Montenegro to Windsor Castle on Tuesday at the start of a three-day state visit, the first by a Montenegrin head of state.

In a speech at the state banquet, the King spoke of "a friendship that has weathered storms". He said the two countries had "more in common than the map suggests".

The President, replying in English, thanked the British people for their welcome. She recalled her two years as a student at Oxford, which she said had taught her "the value of a good argument".

Buckingham Palace said the visit would include a trip to a hydrogen research centre in Cheshire. A palace spokesman declined to say whether the King would travel to Podgorica next year.

Downing Street said the Prime Minister would hold talks with Montenegro's foreign minister on Wednesday. According to officials briefed on the plans, the two governments will sign an agreement on energy research.

A small group of protesters outside the castle called for a public inquiry into arms sales to the Balkans. "We are not here to spoil anyone's party. We are here to be heard," said Colin Hargreaves, 71, whose father served in the region.`,
    claims: [
      { s: 'the King spoke of "a friendship', speakers: KING },
      { s: 'He said the two countries had', speakers: KING },
      { s: 'thanked the British people for their welcome', speakers: MAROVIC, optional: true },
      { s: 'which she said had taught her', speakers: MAROVIC },
      { s: 'Buckingham Palace said the visit would include', speakers: ['Buckingham Palace'] },
      {
        s: 'A palace spokesman declined to say whether',
        speakers: ['Buckingham Palace', 'A palace spokesman', 'palace spokesman'],
        optional: true,
      },
      { s: 'Downing Street said the Prime Minister', speakers: ['Downing Street'] },
      {
        s: 'According to officials briefed on the plans',
        speakers: ['officials briefed on the plans', 'officials'],
      },
      {
        s: 'called for a public inquiry into arms sales',
        speakers: ['A small group of protesters', 'protesters', 'A small group of protesters outside the castle'],
      },
      { s: `"We are not here to spoil anyone's party.`, speakers: HARGREAVES, direct: true },
      { s: 'We are here to be heard," said Colin', speakers: HARGREAVES, direct: true },
    ],
  },
  {
    name: "a celebrity's privacy case: …, the High Court ruled, the judge said, in a statement read by her solicitor she said: and a two-sentence quotation, the solicitor said her client, the publisher said it was, the publisher has argued that, the judge rejected that (optional), a reported sentence then he wrote",
    text: `Singer Jade Corrigan wins privacy case over wedding photographs

The singer Jade Corrigan has won her privacy claim against the publisher of the Daily Courier over photographs taken at her wedding, the High Court ruled on Friday.

Mr Justice Harlow said the pictures, taken with a long lens from a boat, had been "a plain intrusion" into a private event. He awarded her £85,000 in damages.

Ms Corrigan was not in court. In a statement read on the steps of the court by her solicitor, Rachel Finch, she said: "My wedding was the happiest day of my life. They tried to sell it."

Ms Finch said her client would give the damages to a charity for young carers.

Courier Media said it was "disappointed" by the judgment and was considering an appeal. The publisher has argued throughout that the wedding was held in a public place.

The judge rejected that. Nobody could reasonably think that a guest list of forty behind a locked gate made a public event, he wrote.`,
    claims: [
      {
        s: 'over photographs taken at her wedding, the High Court ruled',
        speakers: ['High Court', 'the High Court', ...HARLOW],
      },
      { s: 'Mr Justice Harlow said the pictures', speakers: HARLOW },
      { s: 'she said: "My wedding was the happiest day', speakers: CORRIGAN, direct: true },
      { s: 'They tried to sell it."', speakers: CORRIGAN, direct: true },
      { s: 'Ms Finch said her client would give', speakers: FINCH },
      { s: 'Courier Media said it was "disappointed"', speakers: ['Courier Media'] },
      { s: 'The publisher has argued throughout that', speakers: ['Courier Media'] },
      { s: 'The judge rejected that.', speakers: HARLOW, optional: true },
      { s: 'Nobody could reasonably think that a guest list', speakers: HARLOW },
    ],
  },
  {
    name: 'a fact-check: the home secretary claimed that, speaking on BBC One she said, a survey shows (optional), …, according to the ONS, the ONS says … and advises, the shadow home secretary said, is he right? partly, an academic said, a two-sentence quotation then she said, the department said',
    text: `Fact check: has crime really fallen by a fifth?

The home secretary claimed on Sunday that crime had "fallen by a fifth" since her party came to power. The figures tell a more complicated story.

Speaking on BBC One, Danielle Orme said there had been "a fall of 20% in crime under this government".

That is true of one measure. The Crime Survey for England and Wales, which asks people about their own experiences, shows a fall of 19% over the same period.

But police-recorded crime has risen by 8%, according to the Office for National Statistics. The ONS says recorded figures are affected by changes in how forces log crime, and advises caution.

Labour's shadow home secretary, Nick Bright, said the claim was "a statistical sleight of hand". Is he right? Partly. Professor Ann Clegg, a criminologist at the University of Leicester, said both sets of figures were valid but measured different things.

"Politicians pick the number that suits them. The honest answer is that most crime is falling but some violent crime is not," she said.

The Home Office said the home secretary had been referring to the survey.`,
    claims: [
      {
        s: 'The home secretary claimed on Sunday that crime',
        speakers: [...ORME, 'The home secretary', 'home secretary'],
      },
      { s: 'Danielle Orme said there had been', speakers: ORME },
      {
        s: 'The Crime Survey for England and Wales, which asks',
        speakers: ['Crime Survey for England and Wales', 'The Crime Survey for England and Wales'],
        optional: true,
      },
      { s: 'But police-recorded crime has risen by 8%', speakers: ONS },
      { s: 'The ONS says recorded figures are affected', speakers: ONS },
      { s: 'Nick Bright, said the claim was', speakers: BRIGHT },
      { s: 'Ann Clegg, a criminologist at the University of Leicester, said', speakers: CLEGG },
      { s: '"Politicians pick the number that suits them.', speakers: CLEGG, direct: true },
      { s: 'The honest answer is that most crime', speakers: CLEGG, direct: true },
      { s: 'The Home Office said the home secretary', speakers: ['Home Office', 'The Home Office'] },
    ],
  },
];
