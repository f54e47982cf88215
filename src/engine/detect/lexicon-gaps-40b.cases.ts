/**
 * Known weak patterns of issue #9, ninth round (helper ents40b, 5 Dec 2026): short news texts of
 * our own, written and annotated like the entity batches (news-entities.cases.ts markup: P person,
 * L place, O organisation, X none) BEFORE the engine was run on them, and committed before their
 * first score. Each group leans on one pattern the last closing note named as left: a firm named
 * "… & Co." at a sentence's end (the legal form and its "&" outside the name, as names.ts'
 * `legal-form.outside` wants: "[[O Bellamy Fenwick]] & Co."), bodies whose names open with a common
 * word at a sentence's start ("Club for Growth", "Friends of the Earth", "Save the Children"),
 * clubs and parties whose names are not English or hold lowercase words ("Crvena zvezda",
 * "Bodø/Glimt", "Fratelli d'Italia"), US towns that share a foreign city's name ("City, State":
 * two places; where the map puts the town is tested apart), law firms named by two or three
 * surnames ("Wikborg Rein", "De Brauw Blackstone Westbroek"), firms with a possessive inside and
 * lodges or clubs of a town ("Casey's General Stores", "Pine Ridge Elks"), acronyms of bodies
 * inside a noun phrase ("the EU vaccine plan"), and a body the model named joined by "and" to a
 * person ("the University of Leeds and Gómez").
 * The groups named "keep" are sentences where a fix must not fire.
 * Not a training input: the tagger never trains on it (scripts/train/corpus.ts reads fixtures/ and
 * scripts/train/data only).
 */
import type { EntityCase } from './news-entities.cases';

export const WEAK_PATTERN_CASES_40B: EntityCase[] = [
  // A firm named "… & Co." at a sentence's end.
  {
    name: 'co advised by bellamy fenwick & co.',
    text: `The sale was advised by [[O Bellamy Fenwick]] & Co. The deal closed on Friday.`,
  },
  {
    name: 'co hired pellow strand & co.',
    text: `The company hired [[O Pellow Strand]] & Co. It expects the review to end in March.`,
  },
  {
    name: 'co largest holder quill hartley & co.',
    text: `Its largest holder is [[O Quill Hartley]] & Co.`,
  },
  {
    name: 'co partner at dunmore vale & co.',
    text: `"We are pleased," said [[P Anne Ross]], a partner at [[O Dunmore Vale]] & Co.`,
  },
  {
    name: 'co shares sold to marsh tolland & co.',
    text: `The stake was sold to [[O Marsh Tolland]] & Co. Analysts said the price was fair.`,
  },
  {
    name: 'keep ampersand firm mid-sentence',
    text: `Analysts at [[O Harlan & Co]] said sales fell in [[L Ohio]].`,
  },
  {
    name: 'keep co-founder opening a sentence',
    text: `[[O Unilever]] sold the brand. Co-founder [[P Mia Lund]] left the board.`,
  },
  // Bodies whose names open with a common word, at a sentence's start.
  {
    name: 'open club for growth said',
    text: `[[O Club for Growth]] said it would spend $5 million in [[L Ohio]].`,
  },
  {
    name: 'open friends of the earth called',
    text: `[[O Friends of the Earth]] called the plan a disaster for the coast.`,
  },
  {
    name: 'open save the children said',
    text: `[[O Save the Children]] said 200 schools had been damaged.`,
  },
  {
    name: 'open friends of the irish environment lost',
    text: `[[O Friends of the Irish Environment]] lost its appeal on Thursday.`,
  },
  {
    name: 'open save the rhino raised',
    text: `[[O Save the Rhino]] raised money for rangers in [[L Kenya]].`,
  },
  {
    name: 'open club for growth second sentence',
    text: `The ads began on Monday. [[O Club for Growth]] paid for them.`,
  },
  {
    name: 'keep friends of the couple said',
    text: `Friends of the couple said they had left the country.`,
  },
  {
    name: 'keep club members voted',
    text: `Club members voted to raise fees by 10%.`,
  },
  {
    name: 'keep save the planet banners',
    text: `Save the planet, the banners read as students marched through [[L Oslo]].`,
  },
  // Clubs and parties whose names are not English or hold lowercase words.
  {
    name: 'club crvena zvezda beat partizan',
    text: `[[O Crvena zvezda]] beat [[O Partizan]] 2-1 in [[L Belgrade]] on Sunday.`,
  },
  {
    name: 'club bodo/glimt won the league',
    text: `[[O Bodø/Glimt]] won the league for the third time in four years.`,
  },
  {
    name: 'party chile vamos said',
    text: `[[O Chile Vamos]] said it would vote against the pension reform.`,
  },
  {
    name: 'party fratelli d italia won',
    text: `[[O Fratelli d'Italia]] won the most votes in the election.`,
  },
  {
    name: 'party union por la patria said',
    text: `[[O Unión por la Patria]] said the result was a warning.`,
  },
  {
    name: 'club rosenborg drew with bodo/glimt',
    text: `[[O Rosenborg]] drew 1-1 with [[O Bodø/Glimt]] in [[L Trondheim]].`,
  },
  {
    name: 'keep towns of clubs and parties',
    text: `Fans in [[L Bodø]] celebrated the title. [[L Chile]] and [[L Italy]] signed a trade deal.`,
  },
  // US towns that share a foreign city's name.
  {
    name: 'town lima ohio storm',
    text: `A storm knocked out power in [[L Lima]], [[L Ohio]], on Monday.`,
  },
  {
    name: 'town berlin new hampshire',
    text: `The paper mill in [[L Berlin]], [[L New Hampshire]], closed in 2006.`,
  },
  {
    name: 'town london ontario',
    text: `Police in [[L London]], [[L Ontario]], said two men were arrested.`,
  },
  {
    name: 'town athens georgia',
    text: `Students in [[L Athens]], [[L Georgia]], walked out of classes.`,
  },
  {
    name: 'keep lima alone',
    text: `[[L Lima]] will host the summit in November.`,
  },
  // Law firms named by two or three surnames.
  {
    name: 'firm wikborg rein advised',
    text: `[[O Wikborg Rein]] advised the shipowner on the sale.`,
  },
  {
    name: 'firm de brauw blackstone westbroek acted',
    text: `[[O De Brauw Blackstone Westbroek]] acted for the buyer.`,
  },
  {
    name: 'firm lawyers at kromann reumert',
    text: `Lawyers at [[O Kromann Reumert]] declined to comment.`,
  },
  {
    name: 'firm mannheimer swartling represented',
    text: `[[O Mannheimer Swartling]] represented the bank, a filing showed.`,
  },
  {
    name: 'firm nauta dutilh advised the lenders',
    text: `The lenders were advised by [[O Nauta Dutilh]].`,
  },
  {
    name: 'keep person advised the board',
    text: `[[P Erik Rein]] advised the board to wait for a better offer.`,
  },
  {
    name: 'keep two people named in full',
    text: `[[P Lars Nilsen]] and [[P Eva Berg]] won seats on the council.`,
  },
  // Firms with a possessive inside; lodges and clubs of a town.
  {
    name: 'possessive casey s general stores raised',
    text: `[[O Casey's General Stores]] raised its dividend on Tuesday.`,
  },
  {
    name: 'possessive shares of casey s general stores',
    text: `Shares of [[O Casey's General Stores]] rose 4% after the results.`,
  },
  {
    name: 'possessive dick s sporting goods cut',
    text: `[[O Dick's Sporting Goods]] cut its forecast for the year.`,
  },
  {
    name: 'lodge pine ridge elks host',
    text: `The [[O Pine Ridge Elks]] will host a dinner for veterans on Friday.`,
  },
  {
    name: 'lodge cedar falls moose lodge raised',
    text: `The [[O Cedar Falls Moose Lodge]] raised $4,000 for the shelter.`,
  },
  {
    name: 'lodge harlow rotary club planted',
    text: `Members of the [[O Harlow Rotary Club]] planted 300 trees.`,
  },
  {
    name: 'keep possessive of a person',
    text: `[[P Casey]]'s brother said he was safe. The fans cheered [[P Kane]]'s goal.`,
  },
  {
    name: 'keep place named pine ridge',
    text: `The elk herd near [[L Pine Ridge]] grew this year.`,
  },
  // Acronyms of bodies inside a noun phrase.
  {
    name: 'acronym the eu vaccine plan',
    text: `The [[O EU]] vaccine plan was approved on Monday.`,
  },
  {
    name: 'acronym the irgc missile programme',
    text: `New sanctions target the [[O IRGC]] missile programme.`,
  },
  {
    name: 'acronym an imf loan deal',
    text: `An [[O IMF]] loan deal is expected next month.`,
  },
  {
    name: 'acronym the un aid convoy',
    text: `The [[O UN]] aid convoy reached [[L Goma]] on Tuesday.`,
  },
  {
    name: 'acronym the fbi raid',
    text: `The [[O FBI]] raid on the house lasted four hours.`,
  },
  {
    name: 'keep acronyms of things in a noun phrase',
    text: `The MRI scan showed no damage. The GDP figures were revised. The CEO pay deal angered staff.`,
  },
  // A body the model named, joined by "and" to a person.
  {
    name: 'and university of leeds and gomez',
    text: `[[P Ana Gómez]] left the [[O University of Leeds]] in 2019. The [[O University of Leeds]] and [[P Gómez]] settled the case.`,
  },
  {
    name: 'and bank of england and reeves',
    text: `[[P Rachel Reeves]] spoke on Monday. The [[O Bank of England]] and [[P Reeves]] disagree on the timing.`,
  },
  {
    name: 'and ministry of defence and a full name',
    text: `The [[O Ministry of Defence]] and [[P John Healey]] declined to comment.`,
  },
  {
    name: 'and university of oslo and equinor',
    text: `The [[O University of Oslo]] and [[O Equinor]] signed a research deal.`,
  },
  {
    name: 'keep department of health and social care',
    text: `The [[O Department of Health and Social Care]] said waiting lists fell.`,
  },
  {
    name: 'keep university of toronto and a city',
    text: `The [[O University of Toronto]] and [[L Ottawa]] signed a housing deal.`,
  },
];
