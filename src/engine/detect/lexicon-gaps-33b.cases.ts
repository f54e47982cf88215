/**
 * Known weak patterns of issue #9, third round (helper ents33b, 4 Dec 2026): short news texts of
 * our own, written and annotated like the entity batches (news-entities.cases.ts markup: P person,
 * L place, O organisation, X none) BEFORE the engine was run on them, and committed before their
 * first score. Each group leans on one pattern earlier stops named as left: whole foreign full
 * names after a role or an apposition, teams named after their sponsors (organisations, as the
 * batches have them), clubs named by a plural nickname (at a sentence's start, or a city and its
 * nickname in a one-sentence report), rivers and ranges the map lacks, one-word grounds, theatres
 * and halls, a town's club after "at" in a sports report, and an acronym at the very start of a text
 * or after a dateline. The groups named "keep" are sentences where a fix must not fire: people named
 * like towns, a given name alone, a town in a weather report, a festival, plural nouns opening a
 * sentence, acronyms that name no body.
 * Not a training input: the tagger never trains on it (scripts/train/corpus.ts reads fixtures/ and
 * scripts/train/data only).
 */
import type { EntityCase } from './news-entities.cases';

export const WEAK_PATTERN_CASES_33B: EntityCase[] = [
  // Whole foreign full names after a role noun or in an apposition.
  {
    name: 'role team-mate hyphened surname',
    text: `[[P Lucas Brandt]] won the stage ahead of his team-mate [[P Jay Vine-Coleman]], who lost time on the final climb.`,
  },
  {
    name: 'role goalkeeper hyphened surname',
    text: `Goalkeeper [[P Thibaut Kouassi-Brou]] saved two penalties in the shoot-out on Sunday.`,
  },
  {
    name: 'apposition lawyer hyphened surname',
    text: `Her lawyer, [[P Radu Ionescu-Marin]], said the charges would be contested in court.`,
  },
  {
    name: 'role midfielder ghanaian',
    text: `Midfielder [[P Kwabena Asante-Mensah]] scored twice as the home side came from behind.`,
  },
  {
    name: 'apposition prosecutor turkish',
    text: `The prosecutor, [[P Ayşe Korkmaz-Yıldırım]], told reporters that three suspects had been released.`,
  },
  {
    name: 'role coach senegalese',
    text: `Coach [[P Ibrahima Ndiaye-Sarr]] said the squad would travel on Thursday.`,
  },
  {
    name: 'apposition doctor romanian',
    text: `His doctor, [[P Teodora Vasilescu]], said he was recovering well after the operation.`,
  },
  {
    name: 'apposition agent portuguese',
    text: `The player's agent, [[P Mateus Valadares]], confirmed that talks had broken down.`,
  },
  {
    name: 'keep apposition lawyer of a town',
    text: `Her lawyer, a partner at a firm in [[L Bucharest]], said the ruling was unfair.`,
  },
  {
    name: 'keep role before a known name',
    text: `Captain [[P Jordan Henderson]] said the team had let the fans down.`,
  },
  // Teams named after their sponsors (motor racing, cycling): organisations.
  {
    name: 'sponsor red bull racing',
    text: `[[O Red Bull Racing]] said both cars would get a new floor for the race in [[L Monaco]].`,
  },
  {
    name: 'sponsor team visma uae',
    text: `[[O Team Visma]] won the team time trial by 12 seconds, with [[O UAE Team Emirates]] in second place.`,
  },
  {
    name: 'sponsor soudal quick-step',
    text: `[[O Soudal Quick-Step]] signed the sprinter [[P Milan Verhoeven]] on a three-year contract.`,
  },
  {
    name: 'sponsor ineos rider',
    text: `[[O Ineos Grenadiers]] rider [[P Tomás Ibarra]] crashed on the descent and lost four minutes.`,
  },
  {
    name: 'sponsor williams racing',
    text: `[[O Williams Racing]] confirmed that its driver would start from the pit lane in [[L Austin]].`,
  },
  {
    name: 'sponsor alpecin',
    text: `The [[O Alpecin-Deceuninck]] team pulled out of the race after two riders fell ill.`,
  },
  {
    name: 'keep racing resumed',
    text: `Racing resumed at [[L Cheltenham]] on Tuesday after two days lost to frost.`,
  },
  // Clubs named by a plural nickname: at a sentence's start, or a city and its nickname.
  {
    name: 'nickname the cowboys beat',
    text: `The [[O Cowboys]] beat the [[O Eagles]] 24-17 on Sunday night.`,
  },
  {
    name: 'nickname warriors coach',
    text: `[[O Warriors]] coach [[P Mike Danton]] said his players were tired after the road trip.`,
  },
  {
    name: 'nickname utah jazz denver nuggets',
    text: `The [[O Utah Jazz]] beat the [[O Denver Nuggets]] 112-104 on Tuesday.`,
  },
  {
    name: 'nickname celtics bucks',
    text: `The [[O Boston Celtics]] lost 98-95 to the [[O Milwaukee Bucks]] on Friday.`,
  },
  {
    name: 'nickname the packers signed',
    text: `The [[O Packers]] signed linebacker [[P Darnell Voss]] to a two-year deal.`,
  },
  {
    name: 'nickname lakers forward',
    text: `[[O Lakers]] forward [[P Andre Whitlock]] scored 31 points in the win.`,
  },
  {
    name: 'keep cowboys as a noun',
    text: `Cowboys and ranchers gathered in [[L Fort Worth]] for the rodeo on Saturday.`,
  },
  {
    name: 'keep jazz festival',
    text: `Crowds filled the park in [[L Montreal]] for the [[X Jazz Festival]] on Saturday.`,
  },
  {
    name: 'keep given name orlando said',
    text: `"We will open again in spring," [[P Orlando]] said.`,
  },
  // Rivers and ranges the map lacks.
  {
    name: 'river mekong burst',
    text: `The [[L Mekong]] burst its banks in [[L Laos]], flooding 40 villages.`,
  },
  {
    name: 'river banks of brahmaputra',
    text: `Villages on the banks of the [[L Brahmaputra]] were cleared on Monday.`,
  },
  {
    name: 'river irrawaddy lowercase river',
    text: `A ferry sank on the [[L Irrawaddy]] river, and 12 people are missing.`,
  },
  {
    name: 'river salween',
    text: `Fishermen on the [[L Salween]] river said the water had turned brown.`,
  },
  {
    name: 'range drakensberg foothills',
    text: `Two hikers were rescued in the [[L Drakensberg]] foothills on Sunday.`,
  },
  {
    name: 'range zagros',
    text: `An earthquake struck villages in the [[L Zagros]] mountains, and 30 people were hurt.`,
  },
  {
    name: 'river limpopo flooded',
    text: `The [[L Limpopo]] flooded farms along the border with [[L Zimbabwe]].`,
  },
  {
    name: 'keep river commission',
    text: `The [[O Mekong River Commission]] said water levels were the lowest in 60 years.`,
  },
  {
    name: 'keep town in weather report',
    text: `Heavy rain fell on [[L Cardiff]] and [[L Swansea]] on Monday, and rivers burst their banks.`,
  },
  // One-word grounds, theatres and halls, a town's club after "at".
  {
    name: 'ground anfield',
    text: `[[O Everton]] lost 3-1 at [[L Anfield]] on Sunday, their third defeat in a row.`,
  },
  {
    name: 'ground murrayfield',
    text: `[[O Scotland]] beat [[O Wales]] 27-13 at [[L Murrayfield]] on Saturday.`,
  },
  {
    name: 'ground final venue',
    text: `The cup final will be played at [[L Murrayfield]] in May.`,
  },
  {
    name: 'theatre abbey',
    text: `The play opened at the [[L Abbey Theatre]] in [[L Dublin]] on Thursday.`,
  },
  {
    name: 'hall usher',
    text: `The orchestra played to a full [[L Usher Hall]] on Friday night.`,
  },
  {
    name: 'theatre gaiety',
    text: `Tickets for the show at the [[L Gaiety Theatre]] sold out in an hour.`,
  },
  {
    name: 'club at cardiff',
    text: `[[O Swansea]] lost 2-0 at [[O Cardiff]] on Saturday, and [[P Rhys Morgan]] scored both goals.`,
  },
  {
    name: 'club at cardiff won',
    text: `[[O Leeds]] won 1-0 at [[O Cardiff]] to go top of the league.`,
  },
  {
    name: 'keep at cardiff airport',
    text: `Flights landed at [[L Cardiff]] after the airport reopened on Monday.`,
  },
  // An acronym at the very start of a text or after a dateline.
  {
    name: 'acronym knchr opening',
    text: `[[O KNCHR]] said 14 people had been held without charge in [[L Nairobi]].`,
  },
  {
    name: 'acronym knchr dateline',
    text: `[[L NAIROBI]] — [[O KNCHR]] called on police to release the protesters.`,
  },
  {
    name: 'acronym ncdc opening',
    text: `[[O NCDC]] reported 120 new cases of cholera on Monday.`,
  },
  {
    name: 'acronym acled opening',
    text: `[[O ACLED]] recorded 340 attacks on civilians in the first half of the year.`,
  },
  {
    name: 'acronym dateline lagos',
    text: `[[L LAGOS]] — [[O NIMASA]] said it had seized two tankers off the coast.`,
  },
  {
    name: 'keep acronyms of no body',
    text: `GDP grew 2% in the quarter, and HIV infections fell by a third.`,
  },
  {
    name: 'keep people named like towns',
    text: `[[P Paris Hilton]] and [[P Jordan Henderson]] attended the gala in [[L London]] on Friday.`,
  },
];
