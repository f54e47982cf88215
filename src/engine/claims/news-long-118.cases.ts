/**
 * Batch 118, written blind by claims44 before its rows, committed before the detector ran on it,
 * and kept as a first-sight check (only its totals are ever printed; no row is fixed against it).
 * Five stories in the kinds of writing of batches 116 and 117 (issue #9): a magistrates' court
 * hearing ("the court heard", a prosecutor, a defence solicitor, the chair of the bench); a rugby
 * press conference (a head coach "told reporters", a captain quoted after the match); a vaccine
 * study ("according to the study", "the authors concluded", an outside expert); a county election
 * count with three candidates quoted; and a county council meeting with opinion by paraphrase ("has
 * long argued that", "disputes that").
 *
 * As in batches 72–117, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. "The court heard that …" names no one and is optional.
 *
 * At first sight (claims F1 / speaker / direct; totals only, its errors never printed): 0.884
 * (19/20/23) / 1.000 / 1.000.
 */
import type { NewsCase } from './news.cases';

const FENWICK = ['Joanne Fenwick', 'Fenwick'];
const MAHONY = ['Paul Mahony', 'Mahony'];
const TIERNAN = ['Declan Tiernan', 'Tiernan'];
const RUSKIN = ['Sol Ruskin', 'Ruskin'];
const STUDY = ['the study', 'study', 'a study published on Monday in the journal Vaccine Trials Quarterly'];
const AUTHORS = ['The authors', 'authors'];
const BERGQUIST = ['Anja Bergquist', 'Bergquist'];
const ODUYA = ['Kemi Oduya', 'Oduya'];
const PRENDERGAST = ['Rhona Prendergast', 'Prendergast'];
const HALLIWELL = ['Simon Halliwell', 'Halliwell'];
const MARCHETTI = ['Luca Marchetti', 'Marchetti'];
const TREMAYNE = ['Councillor Ada Tremayne', 'Ada Tremayne', 'Tremayne'];
const FARMERS = ['the county branch of the Farmers Union', 'Farmers Union'];

export const NEWS_CASES_118: NewsCase[] = [
  {
    name: "magistrates' court: the court heard, a prosecutor said, a defence solicitor told magistrates that, the chair of the bench said",
    text: `Landlord fined over damp and mould in student flats

A landlord who let students live in flats with black mould and broken heating was fined £24,000 at Carnforth Magistrates' Court on Tuesday.

Darren Askew, 51, admitted six breaches of housing rules. The court heard that one tenant had been treated in hospital for asthma.

Joanne Fenwick, prosecuting for the city council, said Askew had ignored three written warnings over nine months. His solicitor, Paul Mahony, told magistrates that his client had since spent £60,000 on repairs.

The chair of the bench said the tenants had been "let down badly" and ordered Askew to pay costs.`,
    claims: [
      { s: 'The court heard that one tenant had been treated', speakers: ['The court', 'court'], optional: true },
      { s: 'said Askew had ignored three written warnings', speakers: FENWICK },
      { s: 'told magistrates that his client had since spent', speakers: MAHONY },
      { s: 'The chair of the bench said the tenants had been', speakers: ['The chair of the bench', 'chair'] },
    ],
  },
  {
    name: 'rugby press conference: a head coach told reporters, a quotation then he said, a captain said after the match, the coach said a player was doubtful',
    text: `Tiernan hails pack as Harbourside stun champions

Harbourside head coach Declan Tiernan told reporters after Saturday's 24-19 win over the champions that his forwards had "won the game in the first twenty minutes".

"We talked all week about the scrum. They went out and did it," Tiernan said. He said winger Joe Baptiste was doubtful for next week with a shoulder injury.

Captain Sol Ruskin said the squad had stopped reading about relegation. "Nobody in that dressing room thinks we are going down," he said.`,
    claims: [
      { s: "told reporters after Saturday's 24-19 win over the champions that", speakers: TIERNAN },
      { s: '"We talked all week about the scrum.', speakers: TIERNAN, direct: true },
      { s: 'They went out and did it," Tiernan said.', speakers: TIERNAN, direct: true },
      { s: 'He said winger Joe Baptiste was doubtful', speakers: TIERNAN },
      { s: 'Captain Sol Ruskin said the squad had stopped', speakers: RUSKIN },
      { s: '"Nobody in that dressing room thinks we are going down," he said.', speakers: RUSKIN, direct: true },
    ],
  },
  {
    name: 'vaccine study: according to the study, the authors concluded, a lead author said, an outside expert warned',
    text: `Nasal flu vaccine cut school absences, trial shows

A nasal flu vaccine given to primary school children cut absences from school by almost a fifth over one winter, according to a study published on Monday in the journal Vaccine Trials Quarterly.

The authors concluded that offering the spray at school rather than at a clinic roughly doubled the number of children who took it up.

"Schools turned out to be the easy part. Parents trusted the nurses they already knew," said lead author Anja Bergquist of the Ostervik Institute of Public Health.

Kemi Oduya, an epidemiologist who was not involved in the trial, warned that one mild winter was not enough to judge the vaccine's effect on hospital admissions.`,
    claims: [
      { s: 'A nasal flu vaccine given to primary school children cut absences', speakers: STUDY },
      { s: 'The authors concluded that offering the spray', speakers: [...AUTHORS, ...BERGQUIST] },
      { s: '"Schools turned out to be the easy part.', speakers: BERGQUIST, direct: true },
      { s: 'Parents trusted the nurses they already knew," said lead author', speakers: BERGQUIST, direct: true },
      { s: 'warned that one mild winter was not enough', speakers: ODUYA },
    ],
  },
  {
    name: 'county election count: a winner told the count, a rival said, a third candidate said in a statement, the returning officer said',
    text: `Prendergast holds Westmoor seat by 212 votes

WESTMOOR — Liberal Democrat Rhona Prendergast held the Westmoor division on the county council by 212 votes after a recount that ran past 3 a.m. on Friday.

"Every one of those 212 people will hear from me before Christmas," Prendergast told the count at Westmoor leisure centre.

Conservative Simon Halliwell, who lost by the narrowest margin in the county, said he would not ask for a second recount. Independent Luca Marchetti said in a statement that his 900 votes showed that the villages felt ignored by both parties.

The returning officer said 38% of voters had turned out.`,
    claims: [
      { s: '"Every one of those 212 people will hear from me', speakers: PRENDERGAST, direct: true },
      { s: 'said he would not ask for a second recount', speakers: HALLIWELL },
      { s: 'said in a statement that his 900 votes showed', speakers: MARCHETTI },
      { s: 'The returning officer said 38% of voters', speakers: ['The returning officer', 'returning officer'] },
    ],
  },
  {
    name: 'county council meeting: a councillor has long argued that, a union disputes that, a quotation with told the meeting, the council leader said',
    text: `County council backs solar farms on poor farmland

The county council's cabinet on Tuesday approved guidance that would steer new solar farms onto low-grade farmland.

Councillor Ada Tremayne, who chairs the environment committee, has long argued that the county must generate more of its own power. The county branch of the Farmers Union disputes that the land in question is low-grade and says the maps are 30 years old.

"You cannot grow food under a solar panel," Gwen Pascoe, a dairy farmer from Treloar, told the meeting.

The council leader said the guidance would be reviewed in two years.`,
    claims: [
      { s: 'has long argued that the county must generate', speakers: TREMAYNE },
      { s: 'disputes that the land in question is low-grade', speakers: FARMERS },
      { s: 'says the maps are 30 years old', speakers: FARMERS },
      { s: '"You cannot grow food under a solar panel,"', speakers: ['Gwen Pascoe', 'Pascoe'], direct: true },
      {
        s: 'The council leader said the guidance would be reviewed',
        speakers: ['The council leader', 'council leader'],
      },
    ],
  },
];
