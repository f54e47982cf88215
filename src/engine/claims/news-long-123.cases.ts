/**
 * Batch 123, written by claims46 with its gold committed before the detector ran on it, to be fixed
 * against (not blind): five stories in the kinds of writing of batch 122 (issue #9). A sentencing
 * ("Judge X told the defendant that", "prosecutors said in court papers", a defence lawyer who
 * argued and told the court, a buyer's statement read in court); a vaccine trial ("researchers
 * reported in", "the paper said", the lead author quoted at a briefing, "the authors noted", the
 * maker, an adviser); a rugby captain, coach and opposing director of rugby after a match ("told
 * reporters", "admitted that", "the league said"); a councillor's open letter on Facebook, a leader's
 * post on X and a singer's post on Instagram; and a zoo keeper named once, then "the keeper", "the
 * head keeper" and "she".
 *
 * As in batches 72–122, a description of a named body counts only resolved; a body without a name
 * of its own keeps its own words. A person described before being named counts only resolved to the
 * name. A quoted imperative is optional.
 *
 * At first sight (claims F1 / speaker / direct): 0.984 (30/30/31) / 0.967 / 1.000: "children admitted
 * to hospital" was read as a confession, and "A Westbrook councillor resigned …, saying in an open
 * letter that …" was missed.
 */
import type { NewsCase } from './news.cases';

const FERRIER = ['Judge Rosalind Ferrier', 'Rosalind Ferrier', 'Ferrier'];
const STRAND = ['Naomi Strand', 'Strand'];
const HOLLIS = ['Gemma Hollis', 'Hollis'];
const BANDA = ['Professor Chisomo Banda', 'Chisomo Banda', 'Banda'];
const OTIENO = ['Dr. Samuel Otieno', 'Samuel Otieno', 'Otieno'];
const TUPOU = ['Jonah Tupou', 'Tupou'];
const CASTELLANO = ['Maria Castellano', 'Castellano'];
const SORLEY = ['Ian Sorley', 'Sorley'];
const VENKAT = ['Priya Venkat', 'Venkat'];
const TULLY = ['Graham Tully', 'Tully'];
const AMES = ['Lottie Ames', 'Ames'];
const MELNYK = ['Oksana Melnyk', 'Melnyk'];

export const NEWS_CASES_123: NewsCase[] = [
  {
    name: 'a builder sentenced: the judge told the defendant that, she said, prosecutors said in court papers that, his lawyer argued that, she told the court, a buyer read a statement (no claim) then her quotation',
    text: `Builder jailed for taking deposits for homes he never built

A builder who took deposits from 23 families for houses he never built was jailed for six years on Thursday.

Judge Rosalind Ferrier told Callum Doyle, 44, that he had "preyed on people's hopes of a home of their own". She said the families had lost more than 900,000 pounds between them.

Prosecutors said in court papers that Doyle had spent much of the money on a villa in Portugal and on gambling.

His lawyer, Naomi Strand, argued that Doyle had started the projects in good faith and had been ruined by rising material costs. She told the court he had repaid about 60,000 pounds.

One of the buyers, Gemma Hollis, read a statement to the court. "We gave him our savings and he gave us a field," she said.

Doyle did not speak during the hearing.`,
    claims: [
      { s: 'told Callum Doyle, 44, that he had', speakers: FERRIER },
      { s: 'She said the families had lost', speakers: FERRIER },
      { s: 'Prosecutors said in court papers that Doyle had spent', speakers: ['Prosecutors'] },
      { s: 'argued that Doyle had started the projects in good faith', speakers: STRAND },
      { s: 'She told the court he had repaid', speakers: STRAND },
      { s: '"We gave him our savings and he gave us a field," she said.', speakers: HOLLIS, direct: true },
    ],
  },
  {
    name: 'a malaria vaccine trial: researchers reported in a journal, a result then the paper said, the lead author said, her quotation then she told a briefing, the authors noted that, the maker said, an adviser said',
    text: `Malaria jab cut hospital admissions by half in trial

A new malaria vaccine halved the number of children admitted to hospital with the disease over two rainy seasons, researchers reported on Monday in The Lancet Tropical Health.

The trial enrolled 4,800 children under five in three districts of southern Malawi. Children who received three doses had 52 percent fewer hospital admissions for malaria than those given a rabies vaccine instead, the paper said.

The lead author, Professor Chisomo Banda of the Blantyre Institute of Health, said the protection held up well into the second season. "This is the first time we have seen numbers like these outside a laboratory trial," she told a briefing in Lilongwe.

The authors noted that the trial was not large enough to show whether the vaccine reduced deaths.

The vaccine's maker, Ardent Biologics, said it could produce 20 million doses a year from 2028.

Dr. Samuel Otieno, who advises the regional health body on immunisation, said the cost per dose would decide how widely it was used.`,
    claims: [
      { s: 'halved the number of children admitted to hospital', speakers: ['researchers'] },
      { s: 'Children who received three doses had 52 percent fewer', speakers: ['the paper', 'paper'] },
      { s: 'said the protection held up well into the second season', speakers: BANDA },
      { s: '"This is the first time we have seen numbers', speakers: BANDA, direct: true },
      { s: 'The authors noted that the trial was not large enough', speakers: ['The authors', 'authors'] },
      {
        s: 'said it could produce 20 million doses',
        speakers: ['Ardent Biologics', "The vaccine's maker", "vaccine's maker"],
      },
      { s: 'said the cost per dose would decide', speakers: OTIENO },
    ],
  },
  {
    name: "after a rugby match: a captain said, his quotation then he told reporters, a head coach said, she admitted that, the losing side's director of rugby said then his quotation, a decision then the league said",
    text: `Hartwell hold on for first win of the season

Hartwell Harriers captain Jonah Tupou said his side had "finally stopped beating ourselves" after a 24-21 win over Ebbsfield on Saturday, their first of the season.

"We have lost four games in the last ten minutes this year. Today we kept our heads," Tupou told reporters.

Head coach Maria Castellano said she had told the players at half-time to keep the ball and make Ebbsfield tackle. She admitted that her side had "lived dangerously" in the final minutes.

Ebbsfield's director of rugby, Ian Sorley, was less happy. He said the winning try should not have been given because the pass was forward. "Everyone in the ground saw it except the one man who mattered," he said.

The referee's decision will not be reviewed, the league said on Sunday.`,
    claims: [
      { s: 'said his side had "finally stopped beating ourselves"', speakers: TUPOU },
      { s: '"We have lost four games in the last ten minutes this year.', speakers: TUPOU, direct: true },
      { s: 'Today we kept our heads," Tupou told reporters.', speakers: TUPOU, direct: true },
      { s: 'said she had told the players at half-time', speakers: CASTELLANO },
      { s: 'She admitted that her side had "lived dangerously"', speakers: CASTELLANO },
      { s: 'He said the winning try should not have been given', speakers: SORLEY },
      { s: '"Everyone in the ground saw it except', speakers: SORLEY, direct: true },
      { s: "The referee's decision will not be reviewed, the league said", speakers: ['the league', 'league'] },
    ],
  },
  {
    name: "a councillor's open letter and posts: resigned, saying in an open letter that (named after), she wrote that, a leader thanked her in a post on X but said, a singer's quotation then she wrote",
    text: `Councillor quits over housing plan in open letter

A Westbrook councillor resigned on Tuesday, saying in an open letter that the council's housing plan would "hollow out" the town centre.

Priya Venkat, who had represented the Canal ward since 2019, wrote that she could not "defend to my neighbours a plan I voted against three times". The letter was posted on her Facebook page.

The council's leader, Graham Tully, thanked her for her work in a post on X but said the plan had been approved by a clear majority.

The singer Lottie Ames, who grew up in Westbrook, shared the letter with her 2 million followers on Instagram. "Listen to her," Ames wrote.

A by-election is expected in the spring.`,
    claims: [
      { s: "saying in an open letter that the council's housing plan", speakers: VENKAT },
      { s: 'wrote that she could not "defend to my neighbours', speakers: VENKAT },
      { s: 'but said the plan had been approved by a clear majority', speakers: TULLY },
      { s: '"Listen to her," Ames wrote.', speakers: AMES, direct: true, optional: true },
    ],
  },
  {
    name: 'a zoo keeper named once, then "the keeper", "she" and "the head keeper": the zoo said, said, a paraphrase then she said, the keeper said, a quotation then she said, the head keeper said',
    text: `Zoo keeper describes night the tigers got out

Two Sumatran tigers spent almost three hours outside their enclosure at Harlow Park Zoo on Friday night before keepers coaxed them back, the zoo said.

Its head of carnivores, Oksana Melnyk, said a storm had brought down a tree across the outer fence at about 10 p.m. The tigers never left the zoo grounds, she said.

The keeper said she and two colleagues had watched the animals from a vehicle until a vet arrived with dart guns. In the end no darts were needed.

"They were more frightened than we were. They walked back in as soon as we opened the night house and put food down," she said.

Police closed the roads around the zoo as a precaution. The head keeper said the fence would be rebuilt with steel posts before the tigers were allowed outdoors again.`,
    claims: [
      { s: 'before keepers coaxed them back, the zoo said', speakers: ['the zoo', 'zoo', 'Harlow Park Zoo'] },
      { s: 'said a storm had brought down a tree', speakers: MELNYK },
      { s: 'The tigers never left the zoo grounds, she said.', speakers: MELNYK },
      { s: 'The keeper said she and two colleagues had watched', speakers: MELNYK },
      { s: '"They were more frightened than we were.', speakers: MELNYK, direct: true },
      { s: 'They walked back in as soon as we opened', speakers: MELNYK, direct: true },
      { s: 'The head keeper said the fence would be rebuilt', speakers: MELNYK },
    ],
  },
];
