/**
 * Known weak patterns of issue #9, eighth round (helper ents39b, 5 Dec 2026): short news texts of
 * our own, written and annotated like the entity batches (news-entities.cases.ts markup: P person,
 * L place, O organisation, X none) BEFORE the engine was run on them, and committed before their
 * first score. Each group leans on one pattern the last closing note named as left, or on a review
 * finding about the last round's firm frame: an adviser who is a person ("advised the board to
 * reject"), firms joined by "&", organisations at a sentence's start whose names begin with a
 * common word ("Club for Growth", "Friends of …", "Save the …"), two given names sharing one
 * surname (each person marked as written: the first given name alone is a person, as the batches
 * mark "[[P Karim]] and [[P Ziad]]"), acronyms of things (left unmarked: a false organisation
 * counts), places in lists where no member is a place the map knows (invented names), clubs and
 * bodies whose names are not English or capitalised unusually, and US towns that share a foreign
 * city's name ("City, State": two places, as the batches mark "[[L Columbus]], [[L Ohio]]").
 * The groups named "keep" are sentences where a fix must not fire.
 * Not a training input: the tagger never trains on it (scripts/train/corpus.ts reads fixtures/ and
 * scripts/train/data only).
 */
import type { EntityCase } from './news-entities.cases';

export const WEAK_PATTERN_CASES_39B: EntityCase[] = [
  // Review of the firm frame: advisers who are people; firms joined by "&".
  {
    name: 'keep adviser advised the board to reject',
    text: `[[P Buffett]] advised the board to reject the offer, according to people close to the talks.`,
  },
  {
    name: 'keep surname advised the founders to sell',
    text: `Investors met on Monday. [[P Okonkwo]] advised the founders to sell before the merger closed.`,
  },
  {
    name: 'keep surname represented the seller',
    text: `The deal was agreed on Friday. [[P Hartigan]] represented the seller at the signing, a filing showed.`,
  },
  {
    name: 'firm kirkland & ellis represented the buyer',
    text: `[[O Kirkland & Ellis]] represented the buyer in the takeover.`,
  },
  {
    name: 'firm procter & gamble said',
    text: `[[O Procter & Gamble]] said its sales rose in the quarter.`,
  },
  {
    name: 'firm ernst & young audited',
    text: `The accounts were audited by [[O Ernst & Young]], the filing showed.`,
  },
  {
    name: 'firm invented ampersand acted for',
    text: `[[O Marlow & Pennick]] acted for the lenders on the sale of the port.`,
  },
  {
    name: 'keep people joined by and in a list',
    text: `The awards went to [[P Dana Smith]] and [[P Ravi Jones]]. [[P Smith]] and [[P Jones]] thanked their teams.`,
  },
  // Organisations at a sentence's start whose names begin with a common word.
  {
    name: 'open club for growth spent',
    text: `[[O Club for Growth]] spent $10 million on ads in the race, filings show.`,
  },
  {
    name: 'open friends of the earth said',
    text: `[[O Friends of the Earth]] said the new mine would harm the river.`,
  },
  {
    name: 'open save the children warned',
    text: `[[O Save the Children]] warned that food would run out within weeks.`,
  },
  {
    name: 'open invented citizens for clean harbours',
    text: `[[O Citizens for Clean Harbours]] filed a lawsuit against the port authority on Tuesday.`,
  },
  {
    name: 'open invented friends of lake marovo',
    text: `[[O Friends of Lake Marovo]] said fish stocks had fallen by half.`,
  },
  {
    name: 'open invented save the tamburu forest',
    text: `[[O Save the Tamburu Forest]] called the logging permit illegal.`,
  },
  {
    name: 'open invented mothers against flooding',
    text: `[[O Mothers Against Flooding]] held a march in [[L Leeds]] on Saturday.`,
  },
  {
    name: 'keep friends of the victim said',
    text: `Friends of the victim said he had been threatened before the attack.`,
  },
  {
    name: 'keep save the date opening',
    text: `Save the receipts, the agency told shoppers in [[L Ontario]].`,
  },
  // Two given names sharing one surname.
  {
    name: 'pair sam and eli brightwell',
    text: `[[P Sam]] and [[P Eli Brightwell]] founded the company in 2011.`,
  },
  {
    name: 'pair maria and tomas okafor arrested',
    text: `Police arrested [[P Maria]] and [[P Tomas Okafor]] at their home in [[L Bristol]].`,
  },
  {
    name: 'pair brothers jonah and caleb marsh',
    text: `The brothers [[P Jonah]] and [[P Caleb Marsh]] were rescued after two days at sea.`,
  },
  {
    name: 'pair anna and peter lindqvist said',
    text: `[[P Anna]] and [[P Peter Lindqvist]] said they would rebuild the farm.`,
  },
  {
    name: 'keep two surnames joined by and',
    text: `[[P Priya Smith]] and [[P Owen Jones]] were charged. [[P Smith]] and [[P Jones]] deny wrongdoing.`,
  },
  {
    name: 'keep chad and sierra leone',
    text: `Troops were sent to [[L Chad]] and [[L Sierra Leone]] last year.`,
  },
  // Acronyms of things: none.
  {
    name: 'thing the krv vaccine',
    text: `Children in [[L Lusaka]] will receive the KRV vaccine from next month, officials said.`,
  },
  {
    name: 'thing the tarx missile',
    text: `The army tested the TARX missile over the sea on Sunday.`,
  },
  {
    name: 'thing the sdl-4 system',
    text: `The navy will install the SDL-4 system on two frigates next year.`,
  },
  {
    name: 'thing qmf files',
    text: `The agency released the maps as QMF files that any phone can open.`,
  },
  {
    name: 'thing the hri scale',
    text: `The storm reached level four on the HRI scale before it hit the coast.`,
  },
  {
    name: 'thing vantor-class frigates',
    text: `[[L Canada]] will build six Vantor-class frigates in [[L Halifax]].`,
  },
  {
    name: 'thing the mva-bn vaccine',
    text: `Nurses began giving the MVA-BN vaccine in [[L Kinshasa]] on Tuesday.`,
  },
  {
    name: 'thing a new icbm',
    text: `The state news agency said the country had tested a new ICBM.`,
  },
  {
    name: 'keep organisation acronym before vaccine',
    text: `The [[O WHO]] vaccine panel will meet in [[L Geneva]] next week.`,
  },
  {
    name: 'keep organisation acronym before system',
    text: `The [[O NHS]] system is under strain, the [[O BMA]] said.`,
  },
  // Places in lists where no member is a place the map knows (invented names).
  {
    name: 'list on velamo tarisi and oskuna',
    text: `Schools were closed on [[L Velamo]], [[L Tarisi]] and [[L Oskuna]] after the cyclone.`,
  },
  {
    name: 'list flights to ravuka and lomaivi',
    text: `Flights to [[L Ravuka]] and [[L Lomaivi]] were cancelled on Monday.`,
  },
  {
    name: 'list villages of kembara sotile and mavuri',
    text: `The villages of [[L Kembara]], [[L Sotile]] and [[L Mavuri]] were cut off by floods.`,
  },
  {
    name: 'list across tavuni ketalo and imbasi',
    text: `Aid reached families across [[L Tavuni]], [[L Ketalo]] and [[L Imbasi]] by boat.`,
  },
  {
    name: 'list residents of porunga and belsavi',
    text: `Residents of [[L Porunga]] and [[L Belsavi]] were told to leave.`,
  },
  {
    name: 'keep people in a list after from',
    text: `A letter from [[P Okafor]], [[P Hartley]] and [[P Brandt]] asked for a recount.`,
  },
  {
    name: 'keep months in a list',
    text: `The roads are closed in January, February and March each year.`,
  },
  // Clubs and bodies whose names are not English or capitalised unusually.
  {
    name: 'club fans of crvena zvezda',
    text: `Fans of [[O Crvena zvezda]] sang before the match in [[L Belgrade]].`,
  },
  {
    name: 'club bodo/glimt drew',
    text: `[[O Bodø/Glimt]] drew 2-2 with [[O Molde]] on Sunday.`,
  },
  {
    name: 'body chile vamos said',
    text: `The coalition [[O Chile Vamos]] said it would not back the tax bill.`,
  },
  {
    name: 'body asociacion de afp said',
    text: `The [[O Asociación de AFP]] said savers would lose money under the plan.`,
  },
  {
    name: 'body invented frente civico',
    text: `The [[O Frente Cívico del Sur]] said it would take part in the election.`,
  },
  {
    name: 'club invented sokol/brana',
    text: `[[O Sokol/Brana]] beat [[O Rapid Velka]] 3-1 in the cup.`,
  },
  {
    name: 'keep towns of clubs',
    text: `Fans in [[L Bodø]] and [[L Belgrade]] watched on big screens.`,
  },
  // US towns that share a foreign city's name: the town and the state.
  {
    name: 'town lima ohio',
    text: `A tornado hit [[L Lima]], [[L Ohio]], on Tuesday night.`,
  },
  {
    name: 'town paris texas',
    text: `The plant in [[L Paris]], [[L Texas]], will close next year.`,
  },
  {
    name: 'town athens georgia',
    text: `Students in [[L Athens]], [[L Georgia]], marched to the city hall.`,
  },
  {
    name: 'town moscow idaho',
    text: `Police in [[L Moscow]], [[L Idaho]], said the suspect was arrested.`,
  },
  {
    name: 'keep athens greece',
    text: `Protesters in [[L Athens]] marched to the parliament on Friday.`,
  },
];
