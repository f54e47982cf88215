/**
 * Known weak patterns of issue #9, eighteenth round (helper ents59b, 7 Dec 2026): short news texts
 * of our own, written and annotated like the entity batches (news-entities.cases.ts markup: P
 * person, L place, O organisation, X none) BEFORE the engine was run on them, and committed before
 * their first score. Each group leans on one pattern earlier stops left: a portfolio title of two
 * fields before a minister's name ("Minister of Water and Irrigation Raed Haddadin"), a firm's long
 * name split or cut ("Sinai Oil and Gas", "ECT, part of Hutchison Ports", "A.P. Moller-Maersk",
 * "Lockheed Martin wins …"), two names of one kind joined by "and" ("Shannon Airport and Dublin
 * Airport"), places of several words in Welsh, Irish or Scottish Gaelic ("Rhondda Cynon Taf",
 * "Ynys Môn", "Na h-Eileanan Siar", "Dún Laoghaire"), bodies named in another language ("Institut
 * de Recherche en Sciences de la Santé"), journals and papers with "The", a lone surname in a list
 * beside a team, record labels, publishers and studios, bodies named for their aim beside another
 * name or a place ("the Committee to Protect Journalists and Human Rights Watch"), and two of our
 * own: government departments whose name lists its fields with commas ("the Department for
 * Environment, Food and Rural Affairs") and firms named after two founders joined by "and"
 * ("Hodder and Stoughton"). The groups named "keep" are sentences where a fix must not fire
 * ("Residents of Flat 4" names no place).
 * The gold follows the training documents' conventions: a title is no part of a person's name,
 * "The" is part of a newspaper's name (an organisation) and of a journal's (none), a side playing a
 * match is an organisation, an airport is a place, a dateline's town is a place.
 * Not a training input: the tagger never trains on it (scripts/train/corpus.ts reads fixtures/ and
 * scripts/train/data only).
 */
import type { EntityCase } from './news-entities.cases';

export const WEAK_PATTERN_CASES_49B: EntityCase[] = [
  // A portfolio title of two fields before a minister's name.
  {
    name: 'portfolio water and irrigation opening',
    text: `Minister of Water and Irrigation [[P Raed Haddadin]] said the dams were a third full.`,
  },
  {
    name: 'portfolio after a possessive',
    text: `[[L Jordan]]'s Minister of Water and Irrigation, [[P Raed Haddadin]], said the pipeline would open in 2028.`,
  },
  {
    name: 'portfolio in a quote',
    text: `"We will not ration water this summer," said Minister of Agriculture and Rural Development [[P Ngozi Adeyemi]].`,
  },
  {
    name: 'portfolio in a dateline',
    text: `[[L AMMAN]] ([[O Reuters]]) - Minister of Energy and Mineral Resources [[P Saleh Kharabsheh]] said on Sunday the grid could carry the load.`,
  },
  {
    name: 'portfolio in a list',
    text: `The talks were led by Minister of Finance and Planning [[P Amina Mohamed]] and Minister of Trade and Industry [[P Peter Munya]].`,
  },
  {
    name: 'portfolio headline',
    text: `Minister of Mines and Energy [[P Carlos Benítez]] resigns\n\n[[P Carlos Benítez]] quit after a row over the lithium tender.`,
  },
  // A firm's long name split or cut.
  {
    name: 'firm sinai oil and gas shares',
    text: `[[O Sinai Oil and Gas]] shares rose 4% after the find was confirmed.`,
  },
  {
    name: 'firm part of a port group',
    text: `[[O ECT]], part of [[O Hutchison Ports]], said the terminal in [[L Rotterdam]] would reopen on Friday.`,
  },
  {
    name: 'firm moller-maersk opening',
    text: `[[O A.P. Moller-Maersk]] cut its profit forecast on Thursday as freight rates fell.`,
  },
  {
    name: 'firm moller-maersk after a possessive',
    text: `[[L Denmark]]'s [[O A.P. Moller-Maersk]] said its ships would avoid the [[L Red Sea]] until March.`,
  },
  {
    name: 'firm lockheed martin headline',
    text: `[[O Lockheed Martin]] wins contract for new radar\n\nThe deal is worth $1.2bn, the company said.`,
  },
  {
    name: 'firm cap gemini opening',
    text: `[[O Cap Gemini]] said it would hire 2,000 engineers in [[L India]].`,
  },
  {
    name: 'firm cap gemini in a list',
    text: `[[O Accenture]], [[O Cap Gemini]] and [[O Infosys]] bid for the contract.`,
  },
  {
    name: 'firm two surnames shares',
    text: `[[O Taylor Wimpey]] said house sales fell by a fifth in the autumn.`,
  },
  // Two names of one kind joined by "and".
  {
    name: 'joined airports',
    text: `Flights between [[L Shannon Airport]] and [[L Dublin Airport]] were cancelled because of fog.`,
  },
  {
    name: 'joined airports opening',
    text: `[[L Heathrow Airport]] and [[L Gatwick Airport]] both reported long queues at security.`,
  },
  {
    name: 'joined universities',
    text: `Researchers from [[O Leeds University]] and [[O Durham University]] led the study.`,
  },
  // Places of several words in a minority language.
  {
    name: 'welsh rhondda cynon taf',
    text: `Floods hit 200 homes in [[L Rhondda Cynon Taf]] on Sunday night.`,
  },
  {
    name: 'welsh rhondda cynon taf opening',
    text: `[[L Rhondda Cynon Taf]] had the highest rate of cases in [[L Wales]] last week.`,
  },
  {
    name: 'welsh ynys mon',
    text: `The new nuclear plant will be built on [[L Ynys Môn]], the government said.`,
  },
  {
    name: 'welsh blaenau gwent list',
    text: `Schools in [[L Blaenau Gwent]], [[L Merthyr Tydfil]] and [[L Caerphilly]] were closed.`,
  },
  {
    name: 'gaelic na h-eileanan siar',
    text: `The MP for [[L Na h-Eileanan Siar]] said ferries to the islands had failed all summer.`,
  },
  {
    name: 'irish dun laoghaire',
    text: `The ferry from [[L Dún Laoghaire]] to [[L Holyhead]] will not run this winter.`,
  },
  {
    name: 'irish dun laoghaire dateline',
    text: `[[L DÚN LAOGHAIRE]], [[L Ireland]] ([[O Reuters]]) - Two people were rescued from the sea off the pier on Saturday.`,
  },
  // Bodies named in another language.
  {
    name: 'french institut de recherche',
    text: `Researchers at the [[O Institut de Recherche en Sciences de la Santé]] in [[L Ouagadougou]] ran the trial.`,
  },
  {
    name: 'german gesellschaft',
    text: `The [[O Deutsche Gesellschaft für Internationale Zusammenarbeit]] will fund the wells, a spokesman said.`,
  },
  {
    name: 'spanish instituto nacional',
    text: `Unemployment fell to 11.2%, according to the [[O Instituto Nacional de Estadística]].`,
  },
  {
    name: 'french centre national opening',
    text: `[[O Centre National de la Recherche Scientifique]] scientists found the virus in bats.`,
  },
  {
    name: 'portuguese fundacao',
    text: `The vaccine was made by [[O Fundação Oswaldo Cruz]] in [[L Rio de Janeiro]].`,
  },
  // Journals and papers with "The".
  {
    name: 'journal the lancet opening',
    text: `[[X The Lancet]] said in an editorial that the cuts would cost lives.`,
  },
  {
    name: 'journal published in the lancet',
    text: `The results were published in [[X The Lancet]] on Wednesday.`,
  },
  {
    name: 'paper the guardian opening',
    text: `[[O The Guardian]] reported on Friday that the talks had failed.`,
  },
  {
    name: 'paper told the guardian',
    text: `"We were never warned," one resident told [[O The Guardian]].`,
  },
  {
    name: 'paper the irish times',
    text: `According to [[O The Irish Times]], the minister will resign on Monday.`,
  },
  // A lone surname in a list beside a team.
  {
    name: 'surname list beside arsenal',
    text: `[[P Bukayo Saka]] scored twice and [[P Martin Odegaard]] added a third. It was a good night for [[O Arsenal]], [[P Saka]] and [[P Odegaard]].`,
  },
  {
    name: 'surname list beside celtic',
    text: `[[P Kyogo Furuhashi]] and [[P Callum McGregor]] both scored. [[O Celtic]], [[P Furuhashi]] and [[P McGregor]] now lead the table.`,
  },
  // Record labels, publishers and studios.
  {
    name: 'label domino recording company',
    text: `The band signed to [[O Domino Recording Company]] in 2004.`,
  },
  {
    name: 'publisher faber and faber',
    text: `Her first novel was published by [[O Faber and Faber]] in 2019.`,
  },
  {
    name: 'publisher hodder and stoughton',
    text: `The memoir, published by [[O Hodder and Stoughton]], sold 40,000 copies in a week.`,
  },
  {
    name: 'studio aardman',
    text: `[[O Aardman Animations]] will cut 20 jobs at its studio in [[L Bristol]].`,
  },
  // Bodies named for their aim beside another name or a place.
  {
    name: 'infinitive body and a second body',
    text: `The [[O Committee to Protect Journalists]] and [[O Human Rights Watch]] condemned the arrest.`,
  },
  {
    name: 'infinitive body before a place',
    text: `The [[O Fund to Support Small Farms]] in [[L Kenya]] gave out 3,000 loans last year.`,
  },
  {
    name: 'infinitive body in a list',
    text: `[[O Age UK]], the [[O Campaign to End Loneliness]] and [[O Independent Age]] wrote to the minister.`,
  },
  {
    name: 'infinitive body headline',
    text: `[[O Alliance to End Plastic Waste]] loses two members\n\nTwo oil firms have left the group.`,
  },
  // Government departments whose name lists its fields with commas.
  {
    name: 'department comma fields',
    text: `The [[O Department for Environment, Food and Rural Affairs]] said the ban would start in April.`,
  },
  {
    name: 'department comma fields in a quote',
    text: `"The rules are clear," a spokesman for the [[O Department for Science, Innovation and Technology]] said.`,
  },
  // Keep: sentences where a fix must not fire.
  {
    name: 'keep residents of flat 4',
    text: `Residents of Flat 4 said the lift had been broken for weeks.`,
  },
  {
    name: 'keep residents of block c',
    text: `Residents of Block C in [[L Tower Hamlets]] were moved to hotels after the fire.`,
  },
  {
    name: 'keep two firms joined',
    text: `[[O Shell]] and [[O BP]] both raised their dividends.`,
  },
  {
    name: 'keep a minister without a field pair',
    text: `Foreign Minister [[P Ayman Safadi]] met his Iraqi counterpart in [[L Baghdad]].`,
  },
  {
    name: 'keep two people joined',
    text: `[[P Simon Harris]] and [[P Micheál Martin]] met in [[L Dublin]] on Monday.`,
  },
];
