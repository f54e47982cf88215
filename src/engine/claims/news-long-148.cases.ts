/**
 * Batch 148, written blind by claims64 before its rows, committed before the detector ran on it,
 * and kept as a first-sight check (only its totals are ever printed; no row is fixed against it).
 * An ordinary day's mix in the kinds of writing of batches 146 and 147 (issue #9): a footballer's
 * transfer with "sources close to the player", his agent, the selling club's spokesman, the buying
 * club's manager asked about him, and a foreign newspaper; an inspectorate's report on ambulance
 * waits with its inspectors, the service and its chief executive, an anonymous paramedic and the
 * department; and a bus company's cuts to rural routes with its managing director, the county
 * council's spokeswoman, villagers, a shopkeeper's question and the MP.
 *
 * As in batches 72–147, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. "Are understood to", "refused to be drawn", a description of what
 * a witness saw and a denial with no content are optional.
 */
import type { NewsCase } from './news.cases';

const PELLEGRINI = ['Marco Pellegrini', 'Pellegrini'];
const FERRAZ = ['Ruben Ferraz', 'Ferraz'];
const CQC = ['Care Quality Commission', 'the Care Quality Commission'];
const OSSETT = ['Graham Ossett', 'Ossett'];
const PARAMEDIC = ['A paramedic', 'paramedic', 'A paramedic who spoke to the BBC on condition of anonymity'];
const BARLOW = ['Keith Barlow', 'Barlow'];
const CCC = ['Cambridgeshire County Council'];

export const NEWS_CASES_148: NewsCase[] = [
  {
    name: 'a transfer: …, sources close to the player have said, his agent confirmed that … but said, a two-sentence quotation then X told reporters, a club are understood to (optional), a club spokesman said: and a quotation, a manager refused to be drawn (optional), asked about the player he said: and a two-sentence quotation, according to a foreign newspaper',
    text: `Nyoni close to £40m move as agent confirms talks

Midfielder Tendai Nyoni is close to joining Aston Villa from Brighton in a deal worth up to £40 million, sources close to the player have said.

His agent, Marco Pellegrini, confirmed that talks were "at an advanced stage" but said nothing had been signed. "Tendai wants to play in Europe. Villa can offer him that," Pellegrini told reporters in Milan.

Brighton are understood to want a fee in excess of £45m. A club spokesman said: "We do not comment on speculation."

Villa manager Ruben Ferraz refused to be drawn. Asked on Friday about Nyoni, he said: "He is a very good player. He is Brighton's player."

According to the Italian sports daily Corriere dello Sport, Napoli have also made an offer.`,
    claims: [
      { s: 'sources close to the player have said', speakers: ['sources close to the player', 'sources'] },
      { s: 'Marco Pellegrini, confirmed that talks', speakers: PELLEGRINI },
      { s: '"Tendai wants to play in Europe.', speakers: PELLEGRINI, direct: true },
      { s: 'Villa can offer him that," Pellegrini told', speakers: PELLEGRINI, direct: true },
      { s: 'Brighton are understood to want', speakers: [], optional: true },
      {
        s: 'A club spokesman said: "We do not comment',
        speakers: ['Brighton', 'A club spokesman', 'club spokesman', 'spokesman'],
        direct: true,
      },
      { s: 'Ruben Ferraz refused to be drawn', speakers: FERRAZ, optional: true },
      { s: 'he said: "He is a very good player.', speakers: FERRAZ, direct: true },
      { s: `He is Brighton's player."`, speakers: FERRAZ, direct: true },
      {
        s: 'According to the Italian sports daily Corriere dello Sport',
        speakers: ['Corriere dello Sport', 'the Italian sports daily Corriere dello Sport'],
      },
    ],
  },
  {
    name: "an inspectorate's report: …, the commission said in a report, inspectors found that, the report says, the service said it accepted, its chief executive said, an anonymous paramedic described (optional), a quotation then she said, the department said",
    text: `Ambulance waits "putting lives at risk", watchdog finds

Patients in the East Midlands are waiting too long for ambulances, and some have died as a result, the Care Quality Commission said in a report published on Thursday.

Inspectors found that crews had waited outside hospitals for up to nine hours to hand over patients. The report says the service "cannot keep people safe" at times of high demand.

East Midlands Ambulance Service said it accepted the findings. Its chief executive, Graham Ossett, said staff were "working flat out in impossible conditions".

A paramedic who spoke to the BBC on condition of anonymity described queues of twelve ambulances outside one hospital. "You sit there with a patient getting worse and there is nothing you can do," she said.

The Department of Health and Social Care said £450 million had been set aside to cut handover delays this winter.`,
    claims: [
      { s: 'the Care Quality Commission said in a report', speakers: CQC },
      { s: 'Inspectors found that crews had waited', speakers: ['Inspectors', ...CQC] },
      { s: 'The report says the service', speakers: ['The report', 'report', ...CQC] },
      { s: 'East Midlands Ambulance Service said it accepted', speakers: ['East Midlands Ambulance Service'] },
      { s: 'Graham Ossett, said staff were', speakers: OSSETT },
      { s: 'described queues of twelve ambulances', speakers: PARAMEDIC, optional: true },
      { s: '"You sit there with a patient getting worse', speakers: PARAMEDIC, direct: true },
      {
        s: 'The Department of Health and Social Care said',
        speakers: ['Department of Health and Social Care', 'The Department of Health and Social Care'],
      },
    ],
  },
  {
    name: "a bus company's cuts: …, the company announced, blaming, the managing director said, a reported sentence then he claimed, the council denied that (optional), a spokeswoman said … but that, villagers say, a quotation ending in a question then asked X, the MP said",
    text: `Bus firm to axe 14 rural routes

Fenland Coaches will withdraw 14 rural bus routes in Cambridgeshire from April, the company announced on Monday, blaming rising fuel costs and falling passenger numbers.

Managing director Keith Barlow said the routes were losing "tens of thousands of pounds a month". The firm had asked the county council for help and been turned down, he claimed.

Cambridgeshire County Council denied that. A spokeswoman said the council had offered £200,000 towards the routes, but that the company had asked for three times as much.

Villagers in Over and Swavesey say they will be cut off. "My mum is 84. How is she supposed to get to the doctor?" asked Sandra Pike, who runs the village shop in Over.

The local MP, Aaron Whitfield, said he would raise the cuts in Parliament.`,
    claims: [
      { s: 'the company announced on Monday, blaming', speakers: ['Fenland Coaches'] },
      { s: 'Keith Barlow said the routes were losing', speakers: BARLOW },
      { s: 'been turned down, he claimed', speakers: BARLOW },
      { s: 'Cambridgeshire County Council denied that.', speakers: CCC, optional: true },
      { s: 'A spokeswoman said the council had offered', speakers: [...CCC, 'A spokeswoman', 'spokeswoman'] },
      { s: 'Villagers in Over and Swavesey say', speakers: ['Villagers', 'Villagers in Over and Swavesey'] },
      { s: '"My mum is 84.', speakers: ['Sandra Pike', 'Pike'], direct: true },
      { s: 'How is she supposed to get to the doctor?" asked', speakers: ['Sandra Pike', 'Pike'], direct: true },
      { s: 'Aaron Whitfield, said he would raise', speakers: ['Aaron Whitfield', 'Whitfield'] },
    ],
  },
];
