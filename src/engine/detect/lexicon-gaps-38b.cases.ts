/**
 * Known weak patterns of issue #9, seventh round (helper ents38b, 5 Dec 2026): short news texts of
 * our own, written and annotated like the entity batches (news-entities.cases.ts markup: P person,
 * L place, O organisation, X none) BEFORE the engine was run on them, and committed before their
 * first score. Each group leans on one pattern the last closing note named as left: acronyms of
 * things (a vaccine, a missile, a defence system, a file format, an index or scale, a class of
 * ship), which are no organisation and are left unmarked here (the batches mark some "[[X …]]",
 * which scores neither way; unmarked, a false organisation counts), islands and places in lists
 * where no member is a place the map knows (invented names), firms named alone before advised,
 * represented or acted for, clubs and bodies whose names are not English or not capitalised the
 * usual way, and a title abbreviation before a name (the title outside the person's span,
 * ../shared/eval/README). The groups named "keep" are sentences where a fix must not fire: an
 * organisation's acronym before a thing's noun, people and languages and days in a list, a person
 * who advised or represented someone, a country or town named like a club's word, a time "PM" and
 * a title with no name.
 * Not a training input: the tagger never trains on it (scripts/train/corpus.ts reads fixtures/ and
 * scripts/train/data only).
 */
import type { EntityCase } from './news-entities.cases';

export const WEAK_PATTERN_CASES_38B: EntityCase[] = [
  // Acronyms of things: none.
  {
    name: 'thing the mva-bn vaccine',
    text: `Health workers in [[L Kinshasa]] will be the first to receive the MVA-BN vaccine, officials said.`,
  },
  {
    name: 'thing atacms missiles',
    text: `[[L Ukraine]] fired ATACMS missiles at an airfield in [[L Crimea]] overnight, the military said.`,
  },
  {
    name: 'thing the thaad system',
    text: `The THAAD system was moved to a new site south of [[L Seoul]] last year.`,
  },
  {
    name: 'thing nasams air defence systems',
    text: `[[L Norway]] will send two more NASAMS air defence systems to [[L Ukraine]] this winter.`,
  },
  {
    name: 'thing kml files',
    text: `The agency published the flood maps as KML files that anyone can open.`,
  },
  {
    name: 'thing the aqi passed 400',
    text: `The AQI in [[L Delhi]] passed 400 on Sunday, and schools were closed.`,
  },
  {
    name: 'thing the psi reading',
    text: `The PSI reading rose to 180 on Monday as smoke from the fires drifted over [[L Singapore]].`,
  },
  {
    name: 'thing virginia-class submarines',
    text: `[[L Australia]] will buy three Virginia-class submarines before its own boats are built.`,
  },
  {
    name: 'thing the glonass system',
    text: `The new phones can use the GLONASS system as well as GPS, the company said.`,
  },
  {
    name: 'thing a new icbm',
    text: `[[L North Korea]] said it had tested a new ICBM that can carry several warheads.`,
  },
  {
    name: 'keep organisation acronym before a noun',
    text: `The [[O WHO]] vaccine panel met in [[L Geneva]] on Monday, and [[O NATO]] officials met in [[L Brussels]].`,
  },
  {
    name: 'keep organisation acronym said of a missile',
    text: `The [[O IAEA]] said the missile strike had not hit the plant.`,
  },
  // Islands and places in lists with no member the map knows (invented names): places.
  {
    name: 'list on velutara moanui and kesiwa',
    text: `Power was cut on [[L Velutara]], [[L Moanui]] and [[L Kesiwa]] after the storm on Tuesday.`,
  },
  {
    name: 'list ferries to ilivao and tamburu',
    text: `Ferries to [[L Ilivao]] and [[L Tamburu]] were cancelled because of high waves.`,
  },
  {
    name: 'list residents of marovani sekelo ankivo',
    text: `Residents of [[L Marovani]], [[L Sekelo]] and [[L Ankivo]] were told to move to higher ground.`,
  },
  {
    name: 'list roads in keremba lutaya mbosi',
    text: `Landslides blocked roads in [[L Keremba]], [[L Lutaya]] and [[L Mbosi]] after a week of rain.`,
  },
  {
    name: 'list islands of naviro and tukalau',
    text: `The islands of [[L Naviro]] and [[L Tukalau]] have had no fresh water for a week.`,
  },
  {
    name: 'list villages near ombalo and kisaru',
    text: `Soldiers searched villages near [[L Ombalo]], [[L Kisaru]] and [[L Tembeni]] on Friday.`,
  },
  {
    name: 'list from ravasi and koltara',
    text: `Fishermen from [[L Ravasi]] and [[L Koltara]] said their boats had been destroyed.`,
  },
  {
    name: 'keep people in a list after to',
    text: `The prizes went to [[P Dana Okafor]], [[P Lena Marsh]] and [[P Jorge Villa]] on Friday.`,
  },
  {
    name: 'keep languages in a list',
    text: `Lessons are taught in Samoan, Tongan and Fijian at the school in [[L Auckland]].`,
  },
  {
    name: 'keep days in a list',
    text: `The museum will be closed on Monday, Tuesday and Wednesday for repairs.`,
  },
  // Firms named alone before advised, represented, acted for: organisations.
  {
    name: 'firm slaughter and may advised the buyer',
    text: `[[O Slaughter and May]] advised the buyer on the deal, the company said.`,
  },
  {
    name: 'firm kirkland & ellis represented',
    text: `[[O Kirkland & Ellis]] represented the private equity firm in the talks.`,
  },
  {
    name: 'firm freshfields acted for the lenders',
    text: `[[O Freshfields]] acted for the lenders, according to a statement.`,
  },
  {
    name: 'firm allen & overy and clifford chance',
    text: `[[O Allen & Overy]] advised the bank, while [[O Clifford Chance]] acted for the sellers.`,
  },
  {
    name: 'firm latham & watkins acted for underwriters',
    text: `[[O Latham & Watkins]] acted for the underwriters on the share sale.`,
  },
  {
    name: 'firm cravath advised the board',
    text: `[[O Cravath]] advised the board of the target, a filing showed.`,
  },
  {
    name: 'firm sullivan & cromwell represented',
    text: `[[O Sullivan & Cromwell]] represented the company in the merger.`,
  },
  {
    name: 'firm macfarlanes acted for founders',
    text: `[[O Macfarlanes]] acted for the founders, and [[O Travers Smith]] advised the fund.`,
  },
  {
    name: 'keep person acted for the claimants',
    text: `[[P Sarah Jones]] acted for the claimants at the [[O High Court]].`,
  },
  {
    name: 'keep surname advised the minister',
    text: `[[P Anna Smith]], a former aide, spoke on Monday. [[P Smith]] advised the minister to resign.`,
  },
  {
    name: 'keep the union represented the workers',
    text: `The union represented the workers in the talks, and the bank advised the government.`,
  },
  // Clubs and bodies not English or not capitalised the usual way: organisations.
  {
    name: 'club fans of crvena zvezda',
    text: `Fans of [[O Crvena zvezda]] lit flares during the match in [[L Belgrade]].`,
  },
  {
    name: 'club bodo/glimt beat lazio',
    text: `[[O Bodø/Glimt]] beat [[O Lazio]] 2-1 on Thursday.`,
  },
  {
    name: 'body cricket png named',
    text: `[[O Cricket PNG]] named a new chief executive on Monday.`,
  },
  {
    name: 'body airbus defence and space',
    text: `[[O Airbus Defence and Space]] will build the two satellites, the agency said.`,
  },
  {
    name: 'body chile vamos',
    text: `The coalition [[O Chile Vamos]] won the most seats in the regional vote.`,
  },
  {
    name: 'body asociacion de afp',
    text: `The [[O Asociación de AFP]] said pension funds would lose money under the plan.`,
  },
  {
    name: 'club sporting cp and fc porto',
    text: `[[O Sporting CP]] drew 1-1 with [[O FC Porto]] in [[L Lisbon]].`,
  },
  {
    name: 'club ifk goteborg signed',
    text: `[[O IFK Göteborg]] signed the defender on a three-year contract.`,
  },
  {
    name: 'body frente amplio',
    text: `The leftist [[O Frente Amplio]] said it would back the reform.`,
  },
  {
    name: 'body union saint-gilloise',
    text: `[[O Union Saint-Gilloise]] beat [[O Anderlecht]] 3-0 on Sunday.`,
  },
  {
    name: 'keep town of a club',
    text: `Fans in [[L Bodø]] and [[L Belgrade]] watched the draw on big screens.`,
  },
  {
    name: 'keep country before a verb',
    text: `[[L Chile]] will vote on the new constitution in December.`,
  },
  // A title abbreviation before a name: the person whole, the title outside.
  {
    name: 'title pm jane doe',
    text: `PM [[P Lena Hartley]] met union leaders on Monday.`,
  },
  {
    name: 'title adm john roe',
    text: `Adm. [[P Samuel Okoro]] said the fleet would stay in port.`,
  },
  {
    name: 'title supt mark hale',
    text: `Supt. [[P Mark Hale]] said two men had been arrested.`,
  },
  {
    name: 'title insp ruth okafor',
    text: `Insp. [[P Ruth Okafor]] asked witnesses to come forward.`,
  },
  {
    name: 'title cmdr paolo reyes',
    text: `Cmdr. [[P Paolo Reyes]] led the rescue, the coast guard said.`,
  },
  {
    name: 'title amb linda fields',
    text: `Amb. [[P Linda Fields]] presented her credentials in [[L Nairobi]].`,
  },
  {
    name: 'title deputy pm',
    text: `Deputy PM [[P Tomas Varga]] resigned on Friday.`,
  },
  {
    name: 'keep time pm',
    text: `The meeting starts at 5 PM on Friday in [[L Dublin]].`,
  },
  {
    name: 'keep pm with no name',
    text: `The PM said she would not resign, and her office did not comment.`,
  },
  {
    name: 'keep pm2.5 levels',
    text: `PM2.5 levels in [[L Lahore]] were ten times the safe limit.`,
  },
];
