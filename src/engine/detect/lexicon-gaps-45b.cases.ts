/**
 * Known weak patterns of issue #9, fourteenth round (helper ents45b, 6 Dec 2026): short news texts
 * of our own, written and annotated like the entity batches (news-entities.cases.ts markup: P
 * person, L place, O organisation, X none) BEFORE the engine was run on them, and committed before
 * their first score. Each group leans on one pattern the lead named at stop 55: a place-like or
 * common first word cut off a body ("Network Rail said"), a region before a plural trade noun
 * ("Brittany Ferries"), a name opening its sentence that the model doubts ("Kyogo Furuhashi put
 * Celtic ahead", "Aisne was hit hardest"), a cricket side before its score ("Sri Lanka made
 * 187-6"), one-word clubs acting alone, a city and a nickname ("Sale Sharks"), an opening "A" before
 * a poll, "St Petersburg", law firms joined by "&", named prisons, a service after its maker ("BBC
 * iPlayer"), "Central bank Governor" and "The Labour mayor".
 * The groups named "keep" are sentences where a fix must not fire.
 * The gold follows the training documents' conventions: an epithet is no part of a name, a prison
 * is a place, an app or a streaming service is no name, a side playing a match is an organisation.
 * Not a training input: the tagger never trains on it (scripts/train/corpus.ts reads fixtures/ and
 * scripts/train/data only).
 */
import type { EntityCase } from './news-entities.cases';

export const WEAK_PATTERN_CASES_45B: EntityCase[] = [
  // A place-like or common first word of a body.
  {
    name: 'body network rail said',
    text: `[[O Network Rail]] said the line between [[L Crewe]] and [[L Stafford]] would reopen on Monday.`,
  },
  {
    name: 'body engineers from network rail',
    text: `Engineers from [[O Network Rail]] worked through the night to repair the bridge.`,
  },
  {
    name: 'body national grid said',
    text: `[[O National Grid]] said demand peaked at 6pm as temperatures fell below zero.`,
  },
  {
    name: 'body scottish water warned',
    text: `[[O Scottish Water]] warned customers in [[L Fife]] to boil their tap water.`,
  },
  {
    name: 'body southern water fined',
    text: `Regulators fined [[O Southern Water]] £90m for spilling sewage into the sea.`,
  },
  // A region before a plural trade noun: a firm.
  {
    name: 'firm brittany ferries cancelled',
    text: `[[O Brittany Ferries]] cancelled sailings from [[L Portsmouth]] as the storm arrived.`,
  },
  {
    name: 'firm irish ferries said',
    text: `[[O Irish Ferries]] said its ships would return to [[L Dublin]] on Friday.`,
  },
  {
    name: 'firm northern trains apologised',
    text: `[[O Northern Trains]] apologised after hundreds of services were cancelled.`,
  },
  {
    name: 'keep breton farmers',
    text: `Breton farmers blocked roads near [[L Rennes]] to protest against cheap imports.`,
  },
  // A first word of a sentence the model doubts.
  {
    name: 'opening kyogo furuhashi',
    text: `[[P Kyogo Furuhashi]] put [[O Celtic]] ahead after ten minutes with a low shot.`,
  },
  {
    name: 'opening takumi minamino',
    text: `[[P Takumi Minamino]] scored twice as [[O Monaco]] beat [[O Lens]] 3-0.`,
  },
  {
    name: 'opening meteo-france weather service',
    text: `[[O Météo-France]], the weather service, put 12 departments on orange alert.`,
  },
  {
    name: 'opening aisne hit hardest',
    text: `Storms swept across northern [[L France]] overnight. [[L Aisne]] was hit hardest, with 3,000 homes without power.`,
  },
  {
    name: 'opening gard flooded',
    text: `[[L Gard]] was placed on red alert as rivers burst their banks.`,
  },
  // A cricket side before its score.
  {
    name: 'cricket sri lanka made',
    text: `[[O Sri Lanka]] made 187-6 in their 20 overs, with [[P Kusal Perera]] scoring 61.`,
  },
  {
    name: 'cricket pakistan reached',
    text: `[[O Pakistan]] reached 210 for four at stumps on the second day in [[L Lahore]].`,
  },
  {
    name: 'cricket india bowled out',
    text: `Set 250 to win, [[O India]] were bowled out for 198 in the final session.`,
  },
  {
    name: 'cricket bangladesh chased',
    text: `[[O Bangladesh]] chased down 160 with two overs to spare against [[O Zimbabwe]].`,
  },
  {
    name: 'keep pakistan reached a deal',
    text: `[[L Pakistan]] reached a deal with the [[O IMF]] on a $3bn loan in June.`,
  },
  {
    name: 'keep sri lanka economy',
    text: `[[L Sri Lanka]] made its first debt payment since the crisis, the central bank said.`,
  },
  // One-word clubs acting alone.
  {
    name: 'club hearts drew',
    text: `[[O Hearts]] drew 1-1 with [[O Aberdeen]] at [[L Tynecastle]] on Saturday.`,
  },
  {
    name: 'club motherwell fans',
    text: `[[O Motherwell]] fans booed the team off after a fifth straight defeat.`,
  },
  {
    name: 'club kilmarnock sacked',
    text: `[[O Kilmarnock]] sacked its manager on Sunday, two days after a cup exit.`,
  },
  {
    name: 'club brann beat molde',
    text: `[[O Brann]] beat [[O Molde]] 2-0 to stay top of the table.`,
  },
  {
    name: 'club feyenoord sacked',
    text: `[[O Feyenoord]] sacked its coach after a run of four defeats.`,
  },
  // A city and a nickname.
  {
    name: 'franchise sale sharks',
    text: `[[O Sale Sharks]] signed a South African lock on a three-year deal.`,
  },
  {
    name: 'franchise exeter chiefs',
    text: `[[O Exeter Chiefs]] lost 30-12 to [[O Leicester Tigers]] at [[L Sandy Park]].`,
  },
  {
    name: 'franchise royal challengers bengaluru',
    text: `[[O Royal Challengers Bengaluru]] won the toss and chose to bowl.`,
  },
  {
    name: 'franchise chennai super kings',
    text: `[[O Chennai Super Kings]] beat [[O Mumbai Indians]] by six wickets.`,
  },
  {
    name: 'firm cap gemini',
    text: `[[O Cap Gemini]] said it would cut 2,000 jobs in [[L France]].`,
  },
  // An opening "A" before a poll; St Petersburg.
  {
    name: 'opening a gallup poll found',
    text: `Support for the union fell. A [[O Gallup]] poll found 58% of adults approved of it.`,
  },
  {
    name: 'opening a yougov poll',
    text: `Voters are split. A [[O YouGov]] poll put the two parties level on 29%.`,
  },
  {
    name: 'place st petersburg',
    text: `[[P Vladimir Putin]] met the Chinese leader in [[L St Petersburg]] on Friday.`,
  },
  {
    name: 'place st petersburg opening',
    text: `[[L St Petersburg]] hosted the forum again. [[L St Petersburg]] officials said 20,000 people came.`,
  },
  {
    name: 'place in st petersburg after a person',
    text: `The court in [[L St Petersburg]] jailed [[P Ivan Orlov]] for six years.`,
  },
  // Law firms joined by "&"; named prisons.
  {
    name: 'law firm gibson dunn',
    text: `The bank hired [[O Gibson Dunn & Crutcher]] to lead its defence.`,
  },
  {
    name: 'law firm sullivan cromwell',
    text: `Lawyers at [[O Sullivan & Cromwell]] advised the board on the deal.`,
  },
  {
    name: 'prison tihar jail',
    text: `[[P Rao]] was sent to [[L Tihar Jail]] after the court refused him bail.`,
  },
  {
    name: 'prison evin prison',
    text: `The journalist has been held in [[L Evin Prison]] in [[L Tehran]] since March.`,
  },
  {
    name: 'prison belmarsh',
    text: `He was moved to [[L Belmarsh Prison]] in south-east [[L London]] last year.`,
  },
  // A service or an app after its maker.
  {
    name: 'service bbc iplayer',
    text: `The series will be shown on [[O BBC]] iPlayer from next week.`,
  },
  {
    name: 'service iplayer alone',
    text: `Viewers streamed the final 9 million times on iPlayer, the [[O BBC]] said.`,
  },
  {
    name: 'service itvx',
    text: `All six episodes are available on ITVX from Sunday.`,
  },
  // "Central bank Governor"; "The Labour mayor".
  {
    name: 'role central bank governor',
    text: `Central bank Governor [[P Ana Ruiz]] said rates would stay on hold.`,
  },
  {
    name: 'role central bank chief',
    text: `Central bank chief [[P Omar Said]] warned that inflation was rising again.`,
  },
  {
    name: 'party the labour mayor',
    text: `The [[O Labour]] mayor of [[L Bristol]] said the plan would go ahead.`,
  },
  {
    name: 'party the conservative leader',
    text: `The [[O Conservative]] leader of the council resigned on Tuesday.`,
  },
  {
    name: 'party the republican senator',
    text: `The [[O Republican]] senator from [[L Ohio]] voted against the bill.`,
  },
  // Ordinary news a fix must not touch.
  {
    name: 'keep a list of companies',
    text: `[[O Unilever]], [[O Nestlé]] and [[O Danone]] all raised prices in the third quarter.`,
  },
  {
    name: 'keep people and a ministry',
    text: `[[P Sara Khan]], a spokeswoman for the [[O Ministry of Justice]], said [[P Tom Reid]] would chair the inquiry.`,
  },
  {
    name: 'keep a region as a place',
    text: `Tourism in [[L Brittany]] fell 5% after a wet summer.`,
  },
  {
    name: 'keep a city and a result',
    text: `[[O Leicester]] beat [[O Exeter]] at home, while fans in [[L Sale]] watched on a big screen.`,
  },
  {
    name: 'keep the party alone',
    text: `The [[O Labour Party]] won the seat with a majority of 4,000.`,
  },
  {
    name: 'keep an opening person',
    text: `[[P Maria Silva]] won the race in [[L Lisbon]] for the second time.`,
  },
  {
    name: 'keep the central bank named',
    text: `The [[O Central Bank of Ireland]] raised its growth forecast on Tuesday.`,
  },
  {
    name: 'keep water as a topic',
    text: `Water bills in [[L England]] will rise by 26% over five years, [[O Ofwat]] said.`,
  },
];
