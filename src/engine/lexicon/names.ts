/**
 * Word knowledge about names, as named rows (see rule-row.ts): honorifics, name particles, the
 * nouns that mark a name as something other than a person, place or organisation, and the list
 * of well-known organisations. The tagger reads them as features; rules.ts applies the few that
 * are right whatever the model says.
 */
import { wordSet, type RuleRow } from './rule-row';
import { ORGS } from './generated';
import { KNOWN_ORGS } from './words';

export const HONORIFIC_ROWS: readonly RuleRow[] = [
  {
    id: 'honorific.courtesy',
    value: ['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'mx', 'mx.', 'messrs', 'messrs.', 'mme', 'mme.'],
    reason:
      'A courtesy title is only ever written before a person’s name, and is not part of it ("Miss" is left out: "Miss World" is a pageant).',
    examples: [
      { text: 'Mr. Ortega left early.', expect: 'person:Ortega' },
      { text: 'Asked about it, Ms Lindqvist declined to comment.', expect: 'person:Lindqvist' },
    ],
  },
  {
    id: 'honorific.academic',
    value: ['dr', 'dr.', 'prof', 'prof.', 'professor'],
    reason: 'Academic and medical titles precede a person’s name.',
    examples: [{ text: 'Dr. Omar Haddad spoke first.', expect: 'person:Omar Haddad' }],
  },
  {
    id: 'honorific.noble',
    value: ['sir', 'dame', 'lord', 'lady'],
    reason: 'British honours precede a person’s given name or title name.',
    examples: [{ text: 'The award went to Sir Alan Petrie.', expect: 'person:Alan Petrie' }],
  },
];
export const HONORIFIC_WORDS: Set<string> = wordSet(HONORIFIC_ROWS);

/** Kept apart from HONORIFIC_ROWS, whose words are a tagger feature: a moving feature list changes the model. */
export const OFFICE_ADDRESS_ROWS: readonly RuleRow[] = [
  {
    id: 'honorific.office-address',
    value: ['mr', 'mr.', 'mister', 'madam', 'madame'],
    reason:
      'Speakers address an office holder by the office alone ("Mr. President", "Mr. Chief Justice", "Madam Speaker"); when only office words follow the courtesy title no name is written, and none is read.',
    examples: [
      { text: 'Mr. Chief Justice, may I begin with the facts?', expect: '' },
      { text: 'Mr. President, thank you for your time.', expect: '' },
      { text: 'Mr. Ortega, thank you for your time.', expect: 'person:Ortega' },
    ],
  },
  {
    id: 'honorific.noble-office',
    value: ['lord', 'lady'],
    reason:
      'A noble word before an office word names the office ("Lord Mayor", "Lord Chief Justice", "Lady Justice"): the holder\'s name, when written, follows the office, and the office is a role, not a name.',
    examples: [
      { text: 'Lord Mayor Fiona Ashdown praised the council.', expect: 'person:Fiona Ashdown' },
      { text: 'Lord Chief Justice Peter Allard dismissed the appeal.', expect: 'person:Peter Allard' },
      { text: 'The Lord Mayor of Leeds opened the bridge.', expect: 'place:Leeds' },
      { text: 'The prize went to Lord Harwood on Monday.', expect: 'person:Harwood' },
      { text: 'Lady Helen Marsh opened the fair.', expect: 'person:Helen Marsh' },
    ],
  },
  {
    id: 'honorific.your-honour',
    value: ['honor', 'honour', 'majesty', 'excellency', 'lordship', 'ladyship', 'highness', 'worship', 'grace'],
    reason:
      'Courts and courtiers address a judge or a monarch as "Your Honor", "Your Majesty", "Your Excellency": a form of address, not a name.',
    examples: [{ text: 'Our position is, Your Honor, that he must be released.', expect: '' }],
  },
  {
    id: 'honorific.office-of-state',
    value: [
      'president',
      'speaker',
      'chairman',
      'chairwoman',
      'justice',
      'minister',
      'secretary',
      'ambassador',
      'mayor',
      'governor',
      'senator',
      'chancellor',
    ],
    reason:
      'honorific.office-address reads "Mr. President said…" as no name only for these offices of state; "Mr. Major", "Mr. Singer", "Mr. Judge" are surnames that are also office words, and count as an address only with a comma, "?" or "!" after them.',
    examples: [{ text: 'Mr. Judge said he felt no pressure.', expect: 'person:Judge' }],
  },
];

export const PARTICLE_ROWS: readonly RuleRow[] = [
  {
    id: 'particle.swedish',
    value: ['af'],
    reason:
      'Swedish and Finland-Swedish noble surnames keep their lowercase "af" ("af Klint", "af Ugglas"), as Dutch and German ones keep "van" and "von"; "af" is no English word, so it never joins two names by mistake.',
    examples: [
      {
        text: 'The administrator, Carl-Johan af Hällström, said the yard would keep working.',
        expect: 'person:Carl-Johan af Hällström',
      },
    ],
  },
  {
    id: 'particle.dutch-german',
    value: ['van', 'von', 'der', 'den', 'ter', 'ten', 'zu'],
    reason: 'Dutch and German surnames keep their lowercase particle ("van Gogh", "von der Leyen").',
    examples: [
      { text: 'The brewer’s chief, Jean-François van Boxmeer, spoke.', expect: 'person:Jean-François van Boxmeer' },
      { text: 'Shareholders backed van Boxmeer on Monday.', expect: 'person:van Boxmeer' },
    ],
  },
  {
    id: 'particle.romance',
    value: ['de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'des', 'le', 'la'],
    reason: 'Romance surnames keep their particle ("de Gaulle", "da Silva", "di Maio").',
    examples: [{ text: 'Critics said de Gaulle was right.', expect: 'person:de Gaulle' }],
  },
  {
    id: 'particle.celtic',
    value: ['ap', 'ab', 'ferch', 'mac', 'nic', 'ó', 'ní', 'ua'],
    reason: 'Welsh and Irish patronymic particles join a given name to a father’s name ("Rhun ap Iorwerth").',
    examples: [{ text: 'The motion was moved by Mabon ap Gwynfor.', expect: 'person:Mabon ap Gwynfor' }],
  },
  {
    id: 'particle.arabic',
    value: ['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'ould'],
    reason: 'Arabic names join their parts with "bin", "ibn", "al" ("Osama bin Laden").',
    examples: [{ text: 'Officials said Mohammed bin Salman had left.', expect: 'person:Mohammed bin Salman' }],
  },
];
export const NAME_PARTICLE_WORDS: Set<string> = wordSet(PARTICLE_ROWS);

/** Nouns after (or before) a capitalised name that make it a thing, not an actor. */
export const NONE_CUE_ROWS: readonly RuleRow[] = [
  {
    id: 'none.software',
    value: ['browser', 'browsers', 'app', 'apps', 'software', 'extension', 'plugin', 'website', 'site', 'platform'],
    reason: 'Software and websites are products, none of person, place or organisation.',
    examples: [{ text: 'The update reached the Firefox browser on Tuesday.', expect: '' }],
  },
  {
    id: 'none.device',
    value: ['phone', 'phones', 'smartphone', 'smartphones', 'tablet', 'laptop', 'console', 'chip', 'chips', 'car'],
    reason: 'Devices and models are products.',
    examples: [{ text: 'Sales of the Pixel phone rose.', expect: '' }],
  },
  {
    id: 'none.weapon',
    value: [
      'missile',
      'missiles',
      'rocket',
      'rockets',
      'drone',
      'drones',
      'jet',
      'jets',
      'fighter',
      'fighters',
      'tank',
      'tanks',
      'warship',
      'submarine',
      'howitzer',
      'howitzers',
      'system',
      'systems',
    ],
    reason: 'Weapons and military hardware are named like companies but are things.',
    examples: [{ text: 'Russia fired an Oreshnik missile at the city.', expect: 'place:Russia' }],
  },
  {
    id: 'none.work',
    value: ['novel', 'film', 'movie', 'album', 'song', 'book', 'series', 'show', 'documentary', 'painting', 'opera'],
    reason: 'Titles of works are none of the three types.',
    examples: [{ text: 'She read the novel Middlemarch twice.', expect: '' }],
  },
  {
    id: 'none.event',
    value: ['festival', 'championship', 'championships', 'tournament', 'games', 'cup', 'summit', 'conference'],
    reason: 'Named events are none of the three types (their host place or organiser is tagged on its own).',
    examples: [{ text: 'Tickets for the Harvest Moon festival sold out.', expect: '' }],
  },
  {
    id: 'none.vaccine-drug',
    value: ['vaccine', 'vaccines', 'drug', 'drugs', 'pill', 'pills', 'treatment'],
    reason: 'Brand names of drugs and vaccines are products.',
    examples: [{ text: 'Doctors prescribed Zelnora pills.', expect: '' }],
  },
];
export const NONE_CUE_WORDS: Set<string> = wordSet(NONE_CUE_ROWS);

/**
 * Reporting verbs as the name tagger's "cue" class ("… Raman said", "… told Priya Raman"). Kept
 * apart from the claim detector's cue table (claim-cues.ts), which grows with every claim
 * construction: a feature list that moves would silently change what the committed model means,
 * and each claim fix would need a retrained, re-measured tagger.
 */
export const TAGGER_CUE_VERBS: Set<string> = new Set(
  `
say says said saying tell tells told telling state states stated add adds added adding announce
announces announced explain explains explained note notes noted report reports reported write
writes wrote tweet tweets tweeted comment comments commented observe observes observed remark
remarks remarked recall recalls recalled pledge pledges pledged promise promises promised vow
vows vowed warn warns warned insist insists insisted argue argues argued assert asserts asserted
confirm confirms confirmed deny denies denied admit admits admitted acknowledge acknowledges
acknowledged accuse accuses accused blame blames blamed charge charges estimate estimates
estimated assume assumes assumed believe believes believed think thinks thought predict predicts
predicted suggest suggests suggested stress stresses stressed urge urges urged demand demands
demanded ask asks asked describe describes described reveal reveals revealed disclose discloses
disclosed declare declares declared emphasise emphasises emphasised emphasize emphasizes
emphasized concede concedes conceded complain complains complained cite cites cited quote quoted
indicate indicates indicated point points pointed reiterate reiterates reiterated caution
cautions cautioned counter counters countered reply replies replied hint hints hinted speculate
speculates speculated quip quips quipped maintain maintains maintained conclude concludes
concluded testify testifies testified inform informs informed estimate claim claims claimed
claiming allege alleges alleged alleging purport purports purported contend contends contended
`
    .trim()
    .split(/\s+/),
);

/** Well-known organisation names (generated from compromise, plus the hand-kept list in words.ts). */
export const KNOWN_ORG_NAMES: Set<string> = new Set([...ORGS.split('|'), ...KNOWN_ORGS]);

/** The marks that close a dateline's place ("WARSAW —", "KYIV, Ukraine", "LONDON (Reuters) -"). */
export const DATELINE_ROWS: readonly RuleRow[] = [
  {
    id: 'dateline.caps',
    // The closing marks, and "/", which joins two places of one dateline (ents57a).
    value: ['—', '–', '-', ',', '(', '/'],
    reason:
      'A wire story opens with the place it was filed from, in capitals, then a dash, a comma or the agency in brackets; capitals there are a place, not an acronym. A story filed from two places names both, joined by a slash ("BUENOS AIRES/SAO PAULO, March 26 (Reuters) -", read as two bodies before: batch 108); each run of capitals is a place.',
    examples: [
      {
        text: 'WARSAW (Reuters) - Poland said on Monday it would buy more tanks.',
        expect: 'place:WARSAW | organization:Reuters | place:Poland',
      },
      { text: 'KYIV, Ukraine — Air raid sirens sounded overnight.', expect: 'place:KYIV | place:Ukraine' },
      { text: 'NEW DELHI — The election commission met.', expect: 'place:NEW DELHI' },
      {
        text: 'BUENOS AIRES/SAO PAULO, March 26 (Reuters) - Prices fell.',
        expect: 'place:BUENOS AIRES | place:SAO PAULO | organization:Reuters',
      },
      {
        text: "Prices fell.\nUNICEF, the children's agency, said supplies were short.",
        expect: 'organization:UNICEF',
      },
    ],
  },
];

/**
 * Words that tell what a sentence is about, so the tagger can read "Leeds" as a club in a match
 * report and "Kingston" as a company in an earnings story (features, not rules).
 */
export const TOPIC_ROWS: readonly RuleRow[] = [
  {
    id: 'topic.sport',
    value: `beat beats defeated defeat win wins won victory draw drew drawn match matches game games season
      coach manager league cup striker midfielder defender goalkeeper goal goals scored scoring scores
      points title champions championship playoff playoffs fans stadium qualifier qualifiers innings
      wickets wicket test series semi-final final quarter-final tournament squad club clubs side sides
      relegation promoted transfer signing race lap laps pole grid`
      .trim()
      .split(/\s+/),
    reason: 'A place name that plays, wins or scores is a team; these words mark a sports report.',
    examples: [
      {
        text: 'Leeds won the match 2-0, and their coach praised the fans.',
        expect: 'organization:Leeds',
        gap: 'model of 30 Nov 2026 (context aggregation)',
      },
    ],
  },
  {
    id: 'topic.business',
    value: `shares share stock stocks profit profits revenue revenues sales earnings quarterly company companies
      firm firms acquisition acquire acquired takeover merger deal investors analysts customers brand
      subsidiary chief executive ceo dividend listed market valuation bid offer factory plant products
      recall recalled supplier suppliers billion`
      .trim()
      .split(/\s+/),
    reason: 'A place name that reports profits or sells products is a company; these words mark business copy.',
    examples: [
      {
        text: 'Kingston said quarterly profit rose and its shares gained 4%.',
        expect: 'organization:Kingston',
        gap: 'model of 30 Nov 2026 (context aggregation)',
      },
    ],
  },
];
export const SPORT_WORDS: Set<string> = wordSet([TOPIC_ROWS[0]]);
export const BUSINESS_WORDS: Set<string> = wordSet([TOPIC_ROWS[1]]);

/** Company legal forms written after the name. */
export const LEGAL_FORM_ROWS: readonly RuleRow[] = [
  {
    id: 'legal-form.outside',
    value: `inc inc. incorporated ltd ltd. limited corp corp. co co. llc l.l.c. plc gmbh ag sa s.a. nv n.v. bv b.v.
      asa as a/s ab oyj spa s.p.a. se pty bhd lp llp kgaa`
      .trim()
      .split(/\s+/),
    reason:
      'The legal form after a company name ("Inc.", "AG", "ASA") is registration detail, not part of the name readers use; our gold and GUM leave it out. "Co" written without its point right after "&" ("Harlan & Co said") is how wire copy names the firm, and the news batches\' gold keeps it in the name (ents39a); with its point ("Harlan & Co.") it is left out as before.',
    examples: [
      { text: 'Shares of Velto Inc. fell.', expect: 'organization:Velto' },
      {
        text: 'Analysts at Bellamy Fenwick & Co said on Monday that sales fell.',
        expect: 'organization:Bellamy Fenwick & Co',
      },
      { text: 'The deal was advised by Deutsche Bank AG.', expect: 'organization:Deutsche Bank' },
    ],
  },
  {
    id: 'legal-form.before',
    value: 'inc inc. ltd ltd. corp corp. co. plc llc llp gmbh ag asa oyj s.a. n.v. b.v. s.p.a. kgaa'.split(' '),
    reason:
      'Capitalised words right before a company’s legal form are the company ("Velto Inc.", "Lazard Ltd", "Rothschild & Co."), whatever else the model read there; only forms that are no common word or place abbreviation ("SA", "AS", "Co" without its point) count. "LLP" counts too, and a firm named after partners runs back over its ampersand ("Latham & Watkins LLP", "Procter & Gamble Co."), not only over the words after it (ents40a).',
    examples: [
      {
        text: 'Advisers include Morgan Stanley & Co., Lazard Ltd and Rothschild & Co.',
        expect: 'organization:Morgan Stanley | organization:Lazard | organization:Rothschild',
      },
    ],
  },
];
export const LEGAL_FORMS: Set<string> = wordSet(LEGAL_FORM_ROWS);

/**
 * A known place that the model reads as a person, but only just: below this person probability
 * the gazetteer decides, unless the document names a person with that word.
 */
export const KNOWN_PLACE_ROWS: readonly RuleRow<number>[] = [
  {
    id: 'gazetteer.place-not-person',
    value: 0.5,
    reason:
      'Countries, regions and towns that are not also common words or given names are places in news ("Washington had been warned", "the premiers of Nova Scotia"); when the model is unsure it is a person and no one in the article bears the name, the gazetteer is the better witness.',
    examples: [
      {
        text: 'Ministers met in Ouagadougou. Burkina Faso warned Bamako on Friday.',
        expect: 'place:Ouagadougou | place:Burkina Faso | place:Bamako',
      },
      // Alone, the model reads "Burkina Faso warned" as a person at 0.66, above this row's threshold;
      // right since gazetteer.country-not-person (a country's name of two words is never a person).
      {
        text: 'Burkina Faso warned Bamako on Friday.',
        expect: 'place:Burkina Faso | place:Bamako',
      },
    ],
  },
];

/**
 * "Procter & Gamble": capitalised words joined by an ampersand are one firm's name. The value is
 * how many capitalised words each side may have.
 */
export const AMPERSAND_ROWS: readonly RuleRow<number>[] = [
  {
    id: 'ampersand.firm',
    value: 3,
    reason:
      'Running prose joins two people or places with "and"; an ampersand between capitalised words is how firms, partnerships and publishers are named after their founders ("Ernst & Young", "Faber & Faber"). Citations ("Baron & Beresford 2014") and letter pairs ("R&D", "AT&T") are left to the model. A legal form left alone beside the firm when a longer reading is split ("Procter & Gamble Co. and …") is no name of its own (ents40a). Places side by side ("Tempe & Mesa") are left, but not two one-word sides the model alone read below 0.6 as a place or a person, one of them a word the map does not know as a place: "merged Sceptre into Hodder & Stoughton" read two places at 0.42 and 0.59 (ents60a). Places the map knows on both sides ("Tempe & Mesa"), or as one with "and" ("Trinidad & Tobago"), stay places.',
    examples: [
      { text: 'The deal was audited by Holm & Varga, the firm said.', expect: 'organization:Holm & Varga' },
      { text: 'Shares of Dunmore & Pike rose 3% on Monday.', expect: 'organization:Dunmore & Pike' },
    ],
  },
  {
    id: 'ampersand.two-people',
    value: 2,
    reason:
      'A given name opening each side, each side of two words or more ("Anna Smith & Ben Jones"), names two people, as "and" would: a firm named after its founders takes their surnames only ("Allen & Overy"). The value is the fewest words of each side. (ents39b)',
    examples: [
      { text: 'The prizes went to Anna Smith & Ben Jones on Friday.', expect: 'person:Anna Smith | person:Ben Jones' },
    ],
  },
];

/** "Sen. Tom Reyes, R-Ohio,": a party letter joined to a state is an affiliation, not a place mention. */
export const AFFILIATION_ROWS: readonly RuleRow<RegExp>[] = [
  {
    id: 'affiliation.party-state',
    value: /^[DRI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?$/,
    reason:
      'US style writes a politician’s party and state after the name ("D-N.Y.", "R-Texas"); it is an affiliation, not a mention of the state.',
    examples: [{ text: 'Sen. Tom Reyes, R-Ohio, objected.', expect: 'person:Tom Reyes' }],
  },
];

/**
 * An abbreviation, a known organisation or a known place written right before a role and a
 * person's name is that person's affiliation ("IMF Managing Director Kristalina Georgieva",
 * "NWS meteorologist Andrew Lock"). The value lists capitalised abbreviations that are no
 * organisation however they are written before a role ("AI researcher", "TV presenter").
 */
export const ROLE_AFFILIATION_ROWS: readonly RuleRow[] = [
  {
    id: 'affiliation.before-role',
    value: 'ai it tv pr hr vip dj mc ok gp md phd ceo cfo coo cto mp mla mep msp pm vp'.split(' '),
    reason:
      'News names the body a person speaks for just before their role: an abbreviation or a known organisation there is an organisation, a known country or region a place ("EU climate commissioner …", "NSW Premier …"), even when the model left it out of any name.',
    examples: [
      {
        text: 'IMF Managing Director Kristalina Georgieva warned on Thursday.',
        expect: 'organization:IMF | person:Kristalina Georgieva',
      },
      {
        text: 'NWS meteorologist Andrew Lock said rain would fall.',
        expect: 'organization:NWS | person:Andrew Lock',
      },
      {
        text: 'EU climate commissioner Wopke Hoekstra agreed.',
        expect: 'organization:EU | person:Wopke Hoekstra',
      },
      { text: 'AI researcher Dana Holt disagreed.', expect: 'person:Dana Holt' },
    ],
  },
  {
    id: 'affiliation.place-abbreviation',
    value: 'nsw qld uae drc prc dprk'.split(' '),
    reason:
      'A few states and countries go by capital initials the gazetteer does not list; before a role they are the place the person governs or represents ("NSW Premier …"), not an organisation.',
    examples: [{ text: 'NSW Premier Chris Minns said the state would pay.', expect: 'place:NSW | person:Chris Minns' }],
  },
  {
    id: 'affiliation.org-head-before-role',
    value: `bank fund agency commission council committee ministry department office authority union
      federation association institute foundation corporation company group party court`
      .trim()
      .split(/\s+/),
    reason:
      'News names the body a person speaks for before their role; several capitalised words there that end in an organisation\'s head ("World Bank President Ajay Banga", "Nigerian Press Council chairman …") are that organisation, even when the model left them out of any name.',
    examples: [
      {
        text: 'World Bank President Ajay Banga said the loans would double.',
        expect: 'organization:World Bank | person:Ajay Banga',
      },
    ],
  },
];

/**
 * Words that join the two sides of a match ("Leeds beat Derby", "qualifiers against Chile",
 * "Chelsea host Salzburg"). In a sentence that is about sport (a score, or another sport word),
 * a place on either side of one of them is the team named after it.
 */
export const SPORT_SIDE_ROWS: readonly RuleRow[] = [
  {
    id: 'sport.place-team',
    value: `beat beats beaten defeated defeat defeats thrashed thrash thrashes crushed crush crushes edged edge
      routed rout hammered hammer drew draw draws host hosts hosted hosting against
      play plays played face faces faced visit visits visited travel travels overcame stunned
      eliminated`
      .trim()
      .split(/\s+/),
    reason:
      'A town or country that beats, hosts, draws or plays against another in a report with a score or other sport words is its team, an organisation; outside sport ("Britain defeated France at Waterloo") the rule keeps out. "Versus" is left out: court cases use it ("Biden versus Nebraska"), and a host of an event is a place ("Athens hosted the Games"): a host verb only makes its guest a team.',
    examples: [
      { text: 'São Paulo thrashed Cuiabá 4-0 on Sunday.', expect: 'organization:São Paulo | organization:Cuiabá' },
      {
        text: 'The coach named his squad for the qualifiers against Chile and Peru.',
        expect: 'organization:Chile | organization:Peru',
      },
      { text: 'Britain defeated France at Waterloo in 1815.', expect: 'place:Britain | place:France | place:Waterloo' },
      {
        text: 'Athens hosted the 2004 Summer Olympics, and Greece won six gold medals.',
        expect: 'place:Athens | place:Greece',
      },
    ],
  },
  {
    id: 'sport.of-team',
    value: ['of'],
    reason:
      'Sports reports write a player\'s team or nation after "of" ("Esteban Ocon of Alpine", "Lewis Hamilton of Mercedes", "Aryna Sabalenka of Belarus"): in an article where at least one sentence in four is about sport (a biography with one club or victory is not), a name after a full person name and "of" is a country or region when a map knows it as one, and otherwise the team, an organisation (clubs are named after towns).',
    examples: [
      {
        text: 'Esteban Ocon of Alpine pitted on lap 43. Aryna Sabalenka of Belarus won the final 6-3, 6-4.',
        expect: 'person:Esteban Ocon | organization:Alpine | person:Aryna Sabalenka | place:Belarus',
      },
    ],
  },
];

/** Appositions that state a name's type outright. */
export const APPOSITION_ROWS: readonly RuleRow[] = [
  {
    id: 'apposition.org-noun',
    value: `agency newspaper channel broadcaster network company firm group party outlet station daily magazine
      bank carrier manufacturer startup conglomerate`
      .trim()
      .split(/\s+/),
    reason:
      '"the Kestrel news agency", "the Velto company": a name between "the" and a noun for an organisation is that organisation.',
    examples: [{ text: 'The Kestrel news agency reported the fire.', expect: 'organization:Kestrel' }],
  },
  {
    id: 'apposition.place-of',
    value: 'town city village hamlet province region district county municipality island port'.split(' '),
    reason: '"the town of Valdoria": a name after "the <kind of place> of" is that place.',
    examples: [{ text: 'Flooding hit the town of Valdoria overnight.', expect: 'place:Valdoria' }],
  },
  {
    id: 'apposition.staff-at',
    value: 'plant factory mine site office offices branch store unit lab laboratory campus headquarters'.split(' '),
    reason:
      '"analysts at Morgan Stanley", "scientists at the Polar Survey": people who work at a name (the staff nouns of words.ts) work for an organisation; a person is never read there, and a name that is no known place is that organisation. The value lists the nouns after which the name only modifies a site ("workers at the Kestrel plant"), also with one lowercase word between ("workers at the Quebrada Verde copper mine", ents46a).',
    examples: [
      { text: 'Economists at Dana Kessel said rates would fall.', expect: 'organization:Dana Kessel' },
      {
        text: 'Scientists at the Polar Survey in Tromsø said the ice was thinning.',
        expect: 'organization:Polar Survey | place:Tromsø',
      },
      { text: 'Workers at the Kestrel plant went on strike.', expect: '' },
    ],
  },
  {
    id: 'apposition.org-noun-before',
    value: `agency newspaper broadcaster company firm operator carrier airline bank manufacturer startup
      conglomerate insurer lender retailer automaker carmaker drugmaker publisher network channel regulator
      utility charity outlet tabloid broadsheet association federation watchdog foundation lobby cooperative
      consortium union party tank`
      .trim()
      .split(/\s+/),
    reason:
      '"operator Trenitalia said", "Danish company Bavarian Nordic", "the newspaper Corriere della Sera", "the farmers\' association Coldiretti", "the party Fidesz", "the think tank México Evalúa": a noun for a kind of organisation written right before a name says what the name is. A name the model is sure is a person ("the company Musk founded"), a given name, a known place, a title or a date after the noun are left alone.',
    examples: [
      { text: 'Trains were suspended, rail operator Velora said.', expect: 'organization:Velora' },
      {
        text: 'The mayor told the newspaper Il Corriere Veneto that power was out.',
        expect: 'organization:Il Corriere Veneto',
      },
      { text: 'The company Elon Musk founded lost money.', expect: 'person:Elon Musk' },
      {
        text: "Losses reached 500 million euros, the farmers' association Coltivo said.",
        expect: 'organization:Coltivo',
      },
      {
        text: 'Analysts at the think tank Mesa Abierta said the violence had grown.',
        expect: 'organization:Mesa Abierta',
      },
    ],
  },
  {
    id: 'apposition.org-noun-opening',
    value: `rival rivals chipmaker automaker carmaker drugmaker lender insurer retailer broadcaster operator
      regulator airline conglomerate startup`
      .trim()
      .split(/\s+/),
    reason:
      'Business copy opens sentences and headlines with the kind of firm, capitalised, before its name ("Rival Honda said …", "Chipmaker Veridian beats forecasts"); the noun is no part of the name, and the name is a company (a rival with a given name, "Rival Ana Ruiz", stays a person). Nouns that also open company names ("Bank", "Network", "Channel", "Carrier") are left out.',
    examples: [
      {
        text: 'Toyota shares rose. Rival Honda said it would cut prices.',
        expect: 'organization:Toyota | organization:Honda',
      },
    ],
  },
  {
    id: 'apposition.org-noun-after',
    value: `agency newspaper broadcaster company firm operator carrier airline bank manufacturer startup
      conglomerate insurer lender retailer automaker carmaker drugmaker chipmaker publisher network regulator
      utility charity group alliance supplier producer developer watchdog union federation association
      foundation institute glassworks brewery distillery winery steelworks ironworks sawmill service`
      .trim()
      .split(/\s+/),
    reason:
      'News introduces an organisation by its name and then says what it is, after a comma ("Gavi, the vaccine alliance, …", "TSMC, the main supplier to Nvidia, …", "Ericsson, a Swedish network maker"): a name right before ", the/its/a" and a few words ending in a noun for a kind of organisation is one, unless the noun goes on into a person\'s role ("a company spokesman") or a possessive, or the model is sure of a person. A public service is named so too ("Météo-France, the weather service, …"), and a name the model left unread keeps the capitals a hyphen joins to it (ents45b). A lowercase word\'s possessive right after the determiner may open those words ("Harbor Light Power, the state\'s largest utility, said"; read as a place in the study folds of both seeds, ents45c).',
    examples: [
      {
        text: 'Velmora, the vaccine alliance, and the health ministry agreed on Friday.',
        expect: 'organization:Velmora',
      },
      { text: 'Anna Berg, a company spokeswoman, declined to comment.', expect: 'person:Anna Berg' },
      // The lead (stop 48): capitalised words the model left out before the name are part of it.
      {
        text: 'Senator Ann Reyes backed the bill. Liberty Counsel, a legal group, said it would sue.',
        expect: 'person:Ann Reyes | organization:Liberty Counsel',
      },
    ],
  },
  {
    id: 'apposition.org-noun-after-person-trades',
    value: ['operator', 'supplier', 'producer', 'developer'],
    reason:
      'Review (3 Dec 2026, ents21b): some heads of apposition.org-noun-after name a person\'s trade as often as a firm ("Okafor, a developer,", "Li, a supplier to Apple,", "Patel, the developer,"). One word before them that the model reads as a person, or that is a word of a person the text names in full ("Sarah Okafor … Okafor, a developer,"), stays that person, unless a modifier only a firm has says which ("the state operator", "a Texas-based developer").',
    examples: [
      {
        text: 'Sarah Okafor runs a small firm in Lagos. Okafor, a developer, said rents doubled.',
        expect: 'person:Sarah Okafor | place:Lagos | person:Okafor',
      },
    ],
  },
  {
    id: 'apposition.party-noun',
    value: ['party'],
    reason:
      'In "the Republican party", "the Labour party" the capitalised word is an adjective that names no body on its own; the lowercase noun completes the party\'s name, as it does when written "Republican Party".',
    examples: [
      { text: 'My ties to the Republican party date back to 1979.', expect: 'organization:Republican party' },
      { text: 'She left the Kestrel news agency in May.', expect: 'organization:Kestrel' },
    ],
  },
  {
    id: 'apposition.opening-adverb',
    value: `elsewhere meanwhile however instead nevertheless nonetheless otherwise besides overall today yesterday
      now later earlier then still also again`
      .trim()
      .split(/\s+/),
    reason:
      'A sentence often opens with an adverb and a comma ("Separately, the bank, …", "Elsewhere, the union …"); apposition.org-noun-after does not read such an opener (these words, or one ending in -ly) as the name the organisation noun describes.',
    examples: [{ text: 'Elsewhere, the union and the employers agreed a deal.', expect: '' }],
  },
  {
    id: 'apposition.party-occasion',
    value: `christmas easter halloween birthday holiday wedding office garden dinner tea launch victory election
      hanukkah diwali eid thanksgiving summer winter spring autumn`
      .trim()
      .split(/\s+/),
    reason:
      'apposition.party-noun reads "the Labour party" as a political party only for one capitalised word the map does not know as a place and that is not an occasion: "the Christmas party", "the Downing Street party" are gatherings.',
    examples: [
      { text: 'Staff at the Downing Street party drank wine.', expect: 'place:Downing Street' },
      // Right since none.holiday (the model half-believed the holiday an organisation).
      { text: 'Guests at the Christmas party sang carols.', expect: '' },
    ],
  },
];

/**
 * Long organisation names run on through "and" ("Food and Drug Administration", "Department of
 * Health and Social Care"); the model often keeps only the part after or before it. The value
 * lists the heads that open a name followed by "of" or "for" ("Office of Management and Budget").
 */
export const ORG_AND_ROWS: readonly RuleRow[] = [
  {
    id: 'organisation.and-join',
    value: `department office bureau ministry centers centres center centre institute board commission
      committee council agency administration federation association society league foundation academy
      chamber`
      .trim()
      .split(/\s+/),
    reason:
      'An organisation named for two fields joins them with "and": capitalised words, "and", then a name ending in an organisation head ("Cybersecurity and Infrastructure Security Agency"), or a head with "of"/"for", then "and" and capitalised words no one else owns ("Office of Management and Budget"), are one name. Words that are a name of their own, a known place or a given name stay apart ("the Department of Justice and FBI"); a single word the model half-read as a person is no name of its own ("Chamber of Business and [Industry]"), and a place the map knows may open the name ("Pennsylvania Chamber of Business and Industry"). A second "and" and a capital right after the field make the field the first word of another body ("the Department of Homeland Security and Immigration and Customs Enforcement"; ents43b). A place that opens a line opens the name too ("¶ Leicestershire Fire and Rescue Service said", cut to "Fire and Rescue Service" on the study folds: the walk back from "and" stopped at the line\'s first word; an unread word there is taken when it is a place the map knows or no word of the language, never "Yesterday"; ents60c). After fields listed with commas, a last field the model read as a person below 0.9, of one to three words and no given name first, is the body\'s too ("the Department for Environment, Food and Rural Affairs", "Rural Affairs" a person of 0.78; ents59b). The first word may open a paragraph ("Shrewsbury and Telford Hospital NHS Trust pleaded guilty" at a paragraph\'s start was a place and a trust; lead, stop 60), though no word joins across a line.',
    examples: [
      {
        text: 'The Cybersecurity and Infrastructure Security Agency ordered agencies to patch.',
        expect: 'organization:Cybersecurity and Infrastructure Security Agency',
      },
      {
        text: 'The Department for Environment, Food and Rural Affairs said the ban would start in April.',
        expect: 'organization:Department for Environment, Food and Rural Affairs',
      },
      {
        text: 'The Office of Management and Budget delayed the project.',
        expect: 'organization:Office of Management and Budget',
      },
      {
        text: 'Trust fined\n\nShrewsbury and Telford Hospital NHS Trust pleaded guilty to three charges.',
        expect: 'organization:Shrewsbury and Telford Hospital NHS Trust',
      },
    ],
  },
];

/** "the Centers for Disease Control and Prevention (CDC)": a short form defined in brackets. */
export const ACRONYM_ROWS: readonly RuleRow[] = [
  {
    id: 'acronym.parenthesised',
    value: ['(', ')'],
    reason:
      'News defines a short form once, in brackets right after the full name ("the Intergovernmental Panel on Climate Change (IPCC)"); capitals there that spell the name\'s initials in order are that organisation or place, and so is every later bare use of them in the article, which the model alone often misses (a string of capitals says little by itself).',
    examples: [
      {
        text: 'The Economic Community of West African States (ECOWAS) praised the vote. ECOWAS observers stayed.',
        expect: 'organization:Economic Community of West African States | organization:ECOWAS | organization:ECOWAS',
      },
    ],
  },
];

/** "Novo Nordisk rose 3%": what moves by a percentage right after its name is a listed company. */
export const STOCK_MOVE_ROWS: readonly RuleRow[] = [
  {
    id: 'business.stock-move',
    value: `rose fell gained lost dropped slipped jumped climbed tumbled sank surged slid plunged soared added
      shed rallied advanced declined eased rises falls gains drops slips jumps climbs tumbles sinks surges
      slides plunges soars sheds rallies advances declines eases`
      .trim()
      .split(/\s+/),
    reason:
      'Market reports name a company and how far its shares moved ("Novo Nordisk rose 3%", "Toyota shares fell 1.2%"); a name right before a move verb and a percentage is a listed company, whatever a verb like "rose" suggests about a person. Known places ("Germany rose"), common words ("Sales rose 5%") and stock indices are left alone, and so are venues, whose traffic moves by percentages too (ents57a: "passenger numbers at Jomo Kenyatta International Airport rose 14%" was made a body): a name ending in a word of place.venue-head.',
    examples: [
      {
        text: 'Among gainers, Novo Nordisk rose 3% and Halvorsen shares fell 4.5%.',
        expect: 'organization:Novo Nordisk | organization:Halvorsen',
      },
      {
        text: 'Passenger numbers at Jomo Kenyatta International Airport rose 14% last year.',
        expect: 'place:Jomo Kenyatta International Airport',
      },
    ],
  },
  {
    id: 'business.index-words',
    value: 'index average composite dow ftse dax cac nikkei stoxx kospi sensex nifty topix hang seng nasdaq s&p'.split(
      ' ',
    ),
    reason:
      'Stock indices move by percentages too ("the Nikkei fell 1%", "the FTSE 100 rose 0.4%"); they are none of person, place or organisation, so a name with one of these words, or a number, is left to the model.',
    examples: [{ text: 'The Nikkei fell 1.1% on Monday.', expect: '' }],
  },
  {
    id: 'business.share-words',
    value: ['shares', 'stock', 'stocks'],
    reason:
      'Market reports put the word for the shares between a company and its move ("Toyota shares fell 1.2%", "Halvorsen stock rose 2%"); the company is the name before it. "Stocks" follows a sector or a market ("Tech stocks fell 3%"), so before it only a name the model read counts.',
    examples: [{ text: 'Velmora stock rose 2% in early trading.', expect: 'organization:Velmora' }],
  },
  {
    id: 'business.shares-in',
    value: ['in', 'of'],
    reason:
      'Market reports say "shares in Rio Tinto", "shares of Nvidia": the name after them is the company whose shares they are. Markets are also named by place ("shares in Tokyo fell"), so a place a map knows stays a place unless the lexicon knows the name as an organisation. An organisation the model read from the share word itself ("Shares of Bangkok Bank rose" opening a text, read whole) is the name after "of" or "in" (ents61b).',
    examples: [
      { text: 'Shares in Velmora Mining rose after the deal.', expect: 'organization:Velmora Mining' },
      {
        text: 'Shares of Bangkok Bank rose 2% in Bangkok on Tuesday.',
        expect: 'organization:Bangkok Bank | place:Bangkok',
      },
    ],
  },
  {
    id: 'business.asset-words',
    value: `bitcoin ether ethereum dogecoin solana litecoin tether ripple xrp cardano gold silver platinum
      copper brent oil dollar euro yen yuan renminbi sterling pound franc rupee rouble ruble peso lira`
      .trim()
      .split(/\s+/),
    reason:
      'Currencies, crypto-assets and commodities rise and fall by percentages like shares ("Bitcoin fell 4%", "Sterling rose 0.5%") but are none of person, place or organisation: a name that is one of these words and moves by a percentage is no name.',
    examples: [
      { text: 'Analysts said Bitcoin fell 4% on Tuesday.', expect: '' },
      { text: 'Ether rose 3% and Velmora gained 2% on Friday.', expect: 'organization:Velmora' },
    ],
  },
];

/** "Ferrari's Charles Leclerc": the owner of a named person is the body they belong to. */
export const POSSESSIVE_ROWS: readonly RuleRow[] = [
  {
    id: 'possessive.affiliation',
    value: ["'s", '’s'],
    reason:
      'News introduces people by the body they belong to, with a possessive ("Ferrari\'s Charles Leclerc", "the Grattan Institute\'s Kate Griffiths", "Britain\'s Keir Starmer"): capitalised words right before "\'s" and a full name that opens with a given name are an organisation, or a place when a map knows them; unless the article names a person with those words ("Trump\'s Steve Bannon"), or they are a given name or common words.',
    examples: [
      {
        text: "The race was wet. Ferrari's Charles Leclerc was fifth.",
        expect: 'organization:Ferrari | person:Charles Leclerc',
      },
    ],
  },
];

/** Products named like organisations or people: the maker is an organisation, the product no name. */
export const PRODUCT_ROWS: readonly RuleRow[] = [
  {
    id: 'product.known',
    value: `firefox chrome chromium iphone ipad macbook android chatgpt whatsapp xbox playstation kindle thunderbird
      photoshop`
      .trim()
      .split(/\s+/),
    reason:
      'Widely used software and devices are products, none of person, place or organisation, and are written without a cue noun ("users of Firefox"); the capitalised words right before one name its maker, an organisation ("Mozilla Firefox", "Google Chrome").',
    examples: [
      {
        text: 'The bug affects Google Chrome and Mozilla Firefox on Windows.',
        expect: 'organization:Google | organization:Mozilla',
      },
      { text: 'Anyone running Firefox should restart it.', expect: '' },
    ],
  },
  {
    id: 'product.after-maker',
    value: ['edge', 'windows', 'safari', 'pixel', 'copilot', 'gemini', 'outlook', 'teams'],
    reason:
      'Some product names are ordinary words or places too ("Edge", "Windows", "Safari"); only right after a maker\'s name ("Microsoft Edge", "Apple Safari") are they the product, and the maker an organisation. The maker must be one the lexicon or the model knows ("Rescue Teams Reach …" is a headline), and a place before the word ("a Kenya Safari") stays a place.',
    examples: [
      {
        text: 'The flaw also reached Microsoft Edge users.',
        expect: 'organization:Microsoft',
      },
    ],
  },
];

/** Short forms of organisations known the world over, written without their long form. */
export const KNOWN_ACRONYM_ROWS: readonly RuleRow[] = [
  {
    id: 'organisation.known-acronym',
    value: `G7 G8 G20 G77 IMF UN UNICEF UNESCO UNHCR UNDP UNRWA WHO WTO WFP OPEC NATO ASEAN OECD IAEA ICC ICJ
      ECB ECOWAS OSCE FIA FIFA UEFA IOC NASA ESA NBC CBS CNN BBC NPR PBS FBI CIA NSA CDC FDA SEC FEMA EPA IRS
      NHS WWF EU IRGC IDF ICRC WTA ITF UCI NBA NFL NHL MLB NCAA WADA FAO ILO ITU UNFPA UNEP UNCTAD WMO
      IOM WIPO OHCHR`
      .trim()
      .split(/\s+/),
    reason:
      'News writes the best-known international bodies, agencies, broadcasters and sports bodies and leagues (the lead, stop 52: "agreed with the WTA"; not ATP, a molecule too, nor IMO, "in my opinion") by their short form alone, never spelling it out ("the G20", "the FIA is investigating", "a NASA mission"); written in capitals in ordinary text, these are always organisations, never a place or a person. Before another capitalised word they open a longer name ("a UNESCO World Heritage Site", "the FIFA World Cup") and are left to the model.',
    examples: [
      {
        text: 'Finance ministers from the G20 met on Thursday, and the FIA fined the team.',
        expect: 'organization:G20 | organization:FIA',
      },
    ],
  },
];

/** Authors cited in the text of a paper or a report. */
export const CITATION_ROWS: readonly RuleRow[] = [
  {
    id: 'citation.author',
    value: ['et', 'al', 'al.'],
    reason:
      'Papers and reports cite work by its authors\' surnames and a year ("Spang (1983) noted", "(Miller & Robertson, 2010)", "Brieber 2014;", "Binderman et al."): capitalised words right before a year in that form, or before "et al.", and a co-author joined to them by "&" or "and", are people, however unknown the surname. Only in a text that cites like a paper (two citations with a comma before the year, or "et al."), since a biography writes films and books with their year ("Watchmen (2009)"); a country, a name after "the", or one with an organisation\'s head ("Open Science Collaboration, 2015") is left alone.',
    examples: [
      {
        text: 'Working memory predicts later maths skills (Kessler & Marwood, 2010; Aalto, 2012).',
        expect: 'person:Kessler | person:Marwood | person:Aalto',
      },
    ],
  },
];

/** The parties named in a lawsuit's title. */
export const CASE_PARTY_ROWS: readonly RuleRow[] = [
  {
    id: 'legal.case-party',
    value: ['v.', 'versus'],
    reason:
      'A lawsuit is named after its parties, "Lynch v. Overholser", "Kennedy versus Washington": the capitalised words on either side of "v." or "versus" are the people who sued and were sued, whatever a surname suggests ("Green", "Wade"). A party a map knows ("Biden versus Nebraska"), a body ("… Corporation", "United States") and match reports ("Leeds versus Derby", 2-0) are left to the model.',
    examples: [
      { text: 'The court relied on Lynch v. Overholser in its ruling.', expect: 'person:Lynch | person:Overholser' },
    ],
  },
  {
    id: 'legal.versus-context',
    value: [
      'court',
      'courts',
      'case',
      'cases',
      'ruling',
      'ruled',
      'judge',
      'judges',
      'justice',
      'justices',
      'lawsuit',
      'sued',
      'suit',
      'appeal',
      'appeals',
      'trial',
      'verdict',
      'plaintiff',
      'defendant',
      'precedent',
      'decision',
      'opinion',
      'argued',
      'dismissed',
      'jury',
    ],
    reason:
      '"Versus" names fixtures and rivalries too ("Brentford versus Fulham on Saturday", "Coke versus Pepsi"); it names a lawsuit only in a sentence about a court, so legal.case-party reads "versus" only beside one of these words ("v." with its full stop is a citation anywhere).',
    examples: [
      { text: 'As in Green versus United States, the court agreed.', expect: 'person:Green | place:United States' },
    ],
  },
];

/** Storms are named like people but are none of the three types. */
export const STORM_ROWS: readonly RuleRow[] = [
  {
    id: 'none.storm',
    value: ['hurricane', 'typhoon', 'cyclone', 'storm', 'superstorm'],
    reason:
      'Weather services name storms like people ("Hurricane Milton", "Tropical Storm Helene", "Storm Ciarán"); a storm is none of person, place or organisation, and neither is its bare name elsewhere in the same article ("Milton weakened").',
    examples: [
      { text: 'Hurricane Milton made landfall near Sarasota. Milton weakened overnight.', expect: 'place:Sarasota' },
    ],
  },
  {
    id: 'none.climate-pattern',
    value: ['el niño', 'la niña', 'el nino', 'la nina'],
    reason:
      'The two phases of the Pacific\'s warming cycle are written with a Spanish article and a capital ("El Niño brought a dry spell", "a strong La Niña pattern") and read to the model as a person or a place (the lead\'s reading, stop 48). They are weather, none of person, place or organisation, as the batches\' gold marks them (batch 56). The two words, with or without the tilde, are no name wherever they stand.',
    examples: [
      { text: 'Farmers in Malawi fear El Niño will bring a dry spell.', expect: 'place:Malawi' },
      { text: 'Forecasters linked the floods to a strong La Nina pattern.', expect: '' },
    ],
  },
];

/** Organisations known the world over by a name with no organisation word in it. */
export const KNOWN_NAME_ROWS: readonly RuleRow[] = [
  {
    id: 'organisation.known-name',
    value: `amnesty international|human rights watch|greenpeace|oxfam|doctors without borders|médecins sans frontières
      |medecins sans frontieres|save the children|reporters without borders|transparency international
      |red crescent|international rescue committee|islamic state|wagner group|extinction rebellion|just stop oil
      |black lives matter|hamas|hezbollah|taliban|al-shabaab|boko haram|houthis|fatah`
      .split('|')
      .map((w) => w.trim()),
    reason:
      'Some organisations in the news every week are called by a name with no organisation word in it ("Amnesty International said", "Human Rights Watch", "Greenpeace activists"); such a name, and any well-known organisation the lexicon lists, is one wherever the model left it out of any name.',
    examples: [
      {
        text: 'Police arrested 12 people, Amnesty International said on Tuesday.',
        expect: 'organization:Amnesty International',
      },
    ],
  },
  {
    id: 'demonym.compass',
    value: ['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western'],
    reason:
      'A compass word before a demonym is part of the demonym ("South Korean President Yoon", "North Korean troops"), and a demonym is no name.',
    examples: [{ text: 'South Korean President Yoon Suk Yeol spoke.', expect: 'person:Yoon Suk Yeol' }],
  },
];

/** A date written right after a name is no part of it. */
export const DATE_EDGE_ROWS: readonly RuleRow[] = [
  {
    id: 'date.weekday-outside',
    value: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    reason:
      'Wire and Wikinews headlines run straight into the date ("Interview with founder Hugh McGuire Sunday, May 28, 2006"); a weekday at the end of a name is the date, not a word of the name (names that end in one, "The Mail on Sunday", have "on" or "of" before it). Only a weekday with a month or a number after it is a date: "Detective Joe Friday was played by Jack Webb" keeps its name.',
    examples: [
      {
        text: 'Interview with library founder Hugh Morrow Sunday, May 28, 2006',
        expect: 'person:Hugh Morrow',
      },
    ],
  },
];

/** Head words that make a name an organisation's, whatever the words before them name. */
export const ORG_HEAD_ROWS: readonly RuleRow[] = [
  {
    id: 'organisation.head-word',
    value: `caucus party committee commission association federation institute foundation agency ministry
      corporation company guild society council coalition alliance`
      .trim()
      .split(/\s+/),
    reason:
      'A name that ends in the head of an organisation ("House Freedom Caucus", "Green Party", "Nigerian Press Council") is that organisation even when its first words name a place; the model, swayed by the place, reads some as places. A name a map knows, or a place the model is sure of, is left alone.',
    examples: [
      { text: 'Conservatives in the House Freedom Caucus objected.', expect: 'organization:House Freedom Caucus' },
    ],
  },
  {
    id: 'organisation.market-exchange',
    value: ['stock', 'securities', 'commodities', 'commodity', 'futures', 'mercantile', 'options', 'derivatives'],
    reason:
      'A market is run by a body: "the New York Stock Exchange" was read as a place (lead, stop 49, on an invented wire). A name ending in "Exchange" after one of these market words is an organisation, by the head-word row\'s terms; an exchange that is a building or a square ("Bristol Exchange", "the Corn Exchange", "Exchange Square") is left as the model read it (review, stop 49).',
    examples: [
      {
        text: 'Shares of the firm jumped 24% in early trading on the New York Stock Exchange.',
        expect: 'organization:New York Stock Exchange',
      },
    ],
  },
  {
    id: 'organisation.company-plural-head',
    value: `snacks foods beverages drinks brands motors airlines airways industries holdings systems technologies
      pharmaceuticals therapeutics biosciences laboratories partners ventures investments securities resources
      minerals metals materials chemicals logistics networks communications entertainment studios apparel`
      .trim()
      .split(/\s+/),
    reason:
      'Companies end their names in the plural of what they make or do ("Brightwell Snacks", "Harlow Partners", "Avon Motors", "Kestrel Therapeutics"); no person\'s name ends so. Before such a head the model reads an unknown surname-like word as a person ("Brightwell Snacks" was a person at 0.46 in the lead\'s reading of an invented takeover wire, stop 48, and every later "Brightwell" with it). A name of two words or more that ends in one of these heads is an organisation, read by organisation.head-word\'s test: not a name a map knows, not a place or person the model is sure of.',
    examples: [
      {
        text: 'Private equity firm Harlow Partners owns Brightwell Snacks, the maker of protein bars.',
        expect: 'organization:Harlow Partners | organization:Brightwell Snacks',
      },
      // Must leave: a person the model is sure of stays one.
      { text: 'Laura Menendez joined the board in May.', expect: 'person:Laura Menendez' },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Rows from the blind entity batches of 1 Dec 2026 (helper ents8n, detect/news-entities.cases.ts).
// Kept together here so they merge apart from other rows; applied by the functions at the end of
// detect/rules.ts.
// ---------------------------------------------------------------------------------------------

/** Wikinews-style source lists, capitalised name particles, firms named after towns. */
export const BLIND_NEWS_ROWS: readonly RuleRow[] = [
  {
    id: 'source.publisher',
    value: ['sources', 'source', 'references'],
    reason:
      'A report\'s source list cites each source as a quoted headline, a dash and the publisher, then the date (\'"Latvia raises spending" — Baltic News Service, March 3, 2025\'): the name between the dash and the date, or the line end under a "Sources" heading (the value), is the publication, an organisation, whatever its words suggest ("Deutsche Welle", "Al Jazeera", "Il Sole 24 Ore").',
    examples: [
      {
        text: 'Sources\n\n"Farmers block roads" — Deutsche Welle, November 1, 2025',
        expect: 'organization:Deutsche Welle',
      },
      {
        text: 'Sources\n\n"Farmers block roads" — Al Jazeera, June 2, 2025',
        expect: 'organization:Al Jazeera',
      },
    ],
  },
  {
    id: 'particle.capitalised',
    value: ['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'ter', 'ten'],
    reason:
      'A surname with a lowercase particle ("Marieke van der Linden") capitalises the particle when it opens a sentence ("Van der Linden gave …", "De Groot said …"); once the article has named the person in full, the capitalised particle belongs to the same surname.',
    examples: [
      {
        text: 'Judge Marieke van der Linden spoke first. Van der Linden gave the state until May.',
        expect: 'person:Marieke van der Linden | person:Van der Linden',
      },
    ],
  },
  {
    id: 'apposition.firm-after-place',
    value: `maker makers producer manufacturer supplier company firm group operator retailer lender insurer
      carmaker automaker chipmaker drugmaker steelmaker shipbuilder brewer miner airline bank conglomerate`
      .trim()
      .split(/\s+/),
    reason:
      'Companies are often named after the town they started in. When the model only half-believes such a name is the place (below 0.6), a firm noun in apposition ("Ravenna, an Italian maker of plastics, said", "chemicals maker Ravenna") says it is the company; its other mentions then follow by the document\'s vote. The noun must head the apposition ("Turin, the home of carmaker Fiat" names Turin the place) and be followed by punctuation or a function word ("Wolfsburg, a company town" is a place).',
    examples: [
      {
        text: 'Italian chemicals maker Ravenna to cut 800 jobs\n\nRavenna, an Italian maker of plastics, said on Wednesday it would cut 800 jobs.',
        expect: 'organization:Ravenna | organization:Ravenna',
      },
      {
        text: 'Ravenna, an Italian maker of plastics, said on Wednesday it would cut 800 jobs. Ravenna shares fell 4%.',
        expect: 'organization:Ravenna | organization:Ravenna',
        gap: 'the model reads neither mention as any name (none above place), so no place reading is there to correct',
      },
    ],
  },
  {
    id: 'business.firm-roles',
    value: ['shareholders', 'shareholder', 'bondholders', 'chairman', 'chairwoman', 'ceo'],
    reason:
      'A town has no shareholders or chairman: a name the model only half-believes a place (below 0.6), right before one of these nouns ("Sabadell shareholders back the sale", "Ravenna chairman") or after "shareholders of" or "a stake in", is a firm named after the town. Countries are left alone ("a stake in Ukraine").',
    examples: [
      {
        text: 'Sabadell shareholders back sale of British unit\n\nShareholders of Sabadell on Tuesday approved the sale.',
        expect: 'organization:Sabadell | organization:Sabadell',
      },
    ],
  },
  {
    id: 'organisation.country-body',
    value: ['senate', 'house', 'congress'],
    reason:
      'A national legislature is named with its country\'s abbreviation ("U.S. Senate", "U.S. House"): the abbreviation and the body are one organisation, not a place and an organisation side by side (an office after the abbreviation, "U.S. District Judge", keeps the place).',
    examples: [{ text: 'She won a seat in the U.S. Senate in 2018.', expect: 'organization:U.S. Senate' }],
  },
  {
    id: 'article.the-body',
    value: ['the'],
    reason:
      'A body named again by its head noun alone ("The Commission fined Apple", "The Senate voted") takes "The" only because the sentence opens there: GUM spans never hold the article, so "The" goes, unless more words follow that may make it a title ("The Economist", "The New York Times" are left as they are).',
    examples: [
      {
        text: 'Brussels opened a case against the firm on Tuesday. The Commission said it would decide in May.',
        expect: 'place:Brussels | organization:Commission',
      },
    ],
  },
  {
    id: 'organisation.head-first',
    value: ['bank', 'banco', 'banca', 'banque', 'grupo', 'groupe', 'deutsche', 'compagnie', 'société', 'sociedad'],
    reason:
      'Some languages and some firms put the organisation noun first ("Bank Pekao", "Banco Sabadell", "Grupo Bimbo", "Groupe Renault", "Compagnie des Alpes"), and German firms and bodies open with the adjective "Deutsche" ("Deutsche Bahn", "Deutsche Telekom", "Deutsche Welle"): a name of two or more words opening with one is an organisation even where the model read the rest as a place or half-believed a person, unless it ends in a place word ("Bank Street").',
    examples: [
      { text: 'Analysts at Bank Pekao in Warsaw expect a cut.', expect: 'organization:Bank Pekao | place:Warsaw' },
      { text: 'Deutsche Bahn said it would add extra trains.', expect: 'organization:Deutsche Bahn' },
    ],
  },
  {
    id: 'sport.club-short-form',
    value: `city united town rovers wanderers athletic albion county fc afc hotspur rangers`.split(' '),
    reason:
      'A club named after its town with a suffix ("Leicester City", "Wolverhampton Wanderers", "Bolton Wanderers") is called by the town alone once named ("Leicester, 17th in the table, …"): in an article that names the club in full, a bare town the model only half-believes a place (below 0.9) is the club, unless a locative preposition makes it the town ("fans in Leicester").',
    examples: [
      {
        text: 'Leicester City sacked their manager on Monday. Leicester, 17th in the Premier League, have lost six of seven games.',
        expect: 'organization:Leicester City | organization:Leicester | organization:Premier League',
      },
    ],
  },
  {
    id: 'place.country-actor',
    value: [],
    reason:
      'Countries are places also when they act ("signed an agreement with the United States", "Romania buys jets"), as GUM and the eval gold write them; a country the model read as an organisation below 0.9, with no rule behind it, becomes a place. Sports reports are left alone, where a country is its national team.',
    examples: [
      {
        text: 'The ministry signed a $7 billion agreement with the United States to buy 32 jets.',
        expect: 'place:United States',
      },
    ],
  },
  {
    id: 'organisation.known-over-place',
    value: `saeima|seimas|riigikogu|sabor|skupstina|skupština|storting|althing|sejm|verkhovna rada|serie a|ligue 1
      |la liga|bundesliga|eredivisie|primeira liga|super lig|süper lig|scottish premiership`
      .split('|')
      .map((w) => w.trim()),
    reason:
      'National parliaments called by their own name ("the Saeima", "the Sabor") and football leagues ("Serie A", "Ligue 1") are organisations the model, trained on English text, rarely sees; they (the value) and the well-known organisations of the lexicon ("Santander", "Lockheed Martin" once listed) are organisations wherever the model left them out or read them as a place or person below 0.7, unless a locative preposition makes a town of the word ("a branch in Santander").',
    examples: [
      {
        text: 'The Saeima approved the budget on Monday. Bologna are 14th in Serie A.',
        expect: 'organization:Saeima | organization:Bologna | organization:Serie A',
        gap: 'the model reads "Bologna are 14th" as a place with nothing around it to say a club',
      },
      {
        text: 'The Saeima, the parliament of Latvia, approved the budget on Monday.',
        expect: 'organization:Saeima | place:Latvia',
      },
    ],
  },
  {
    id: 'place.town-evidence',
    value: `mayor mayors residents resident inhabitants citizens voters council councillors city town village
      port suburb district borough municipality capital region province county`
      .trim()
      .split(/\s+/),
    reason:
      'The rows that carry a firm, club or well-known organisation over to other mentions of a town\'s name (apposition.firm-after-place, business.firm-roles, sport.club-short-form, organisation.known-over-place) leave a mention whose own words make it the town: a civic noun after it ("Sabadell\'s mayor", "Manchester council", "Sabadell residents"), a civic noun heading its apposition or predicate ("Ajax, a town in Ontario,", "Manchester is a city of 550,000"), or a locative preposition before it, also across an article ("fires across the Amazon").',
    examples: [
      {
        text: "Sabadell shareholders back the sale. Sabadell's mayor said the town would lose jobs.",
        expect: 'organization:Sabadell | place:Sabadell',
      },
    ],
  },
  {
    id: 'place.spatial-preposition',
    value: 'across near around outside towards toward throughout'.split(' '),
    reason:
      'A mention whose own words make it the town keeps that type against the document\'s vote over the same name (coref doc.consistency). A civic noun beside it is such evidence, and so is one of these prepositions before it (also across an article), which take only ground: "fires across the Amazon". The other locatives of place.town-evidence ("in", "at", "to", "from", "into") also take organisations ("a columnist in The Onion", "returned to Harrow", "works at Zurich"), so they stop a firm\'s name being spread to the mention but do not stand against the vote.',
    examples: [
      {
        text: 'Fires across the Amazon destroyed 3,000 square kilometres this year. Deforestation of the Amazon rose sharply, scientists said. The Amazon is home to ten percent of species.',
        expect: 'place:Amazon | organization:Amazon | organization:Amazon',
      },
    ],
  },
];

/* ---- Rows added on 1 Dec 2026, late night (issue #9, helper ents8f): institutions named with
 * a possessive inside, and capitalised common words opening a sentence.
 * Kept together at the end so they merge cleanly with rows added in parallel. ---- */

/**
 * "the Manhattan District Attorney's Office", "Boston Children's Hospital", "Queen's Park": the
 * possessor nouns that institutions and venues are named with. Only these: "Britain's Labour
 * Party" and "Trump's Justice Department" are two names.
 */
export const POSSESSIVE_INSIDE_ROWS: readonly RuleRow[] = [
  {
    id: 'organisation.possessive-inside',
    value: `attorney attorneys general governor mayor president prime minister sheriff prosecutor
      solicitor coroner controller comptroller auditor chancellor children women men people workers
      farmers veterans teachers nurses doctors citizens seafarers miners employers taxpayers queen
      king prince princess`
      .trim()
      .split(/\s+/),
    reason:
      'Offices, hospitals, unions, parties and parks are often named for the people they serve or belong to, with a possessive inside the name ("the Manhattan District Attorney\'s Office", "Boston Children\'s Hospital", "the Farmers\' Union of Wales", "Queen\'s Park"). The tagger, which reads "\'s" as the end of a name, keeps only the part after it. When one of these possessor nouns is capitalised and followed by capitalised words ending in an organisation or facility head, the whole run is one name. A possessive on any other word ("Britain\'s Labour Party", "Trump\'s Justice Department") is an owner and a second name.',
    examples: [
      {
        text: "A spokesman for the Attorney General's Office declined to comment.",
        expect: "organization:Attorney General's Office",
      },
      {
        text: "Doctors at Boston Children's Hospital treated the boy.",
        expect: "organization:Boston Children's Hospital",
      },
    ],
  },
  {
    id: 'organisation.possessive-inside-saint',
    value: ['st', 'st.', 'saint'],
    reason:
      'Hospitals, churches, schools and charities are named for saints with a possessive inside ("St Thomas\' Hospital", "St Mary\'s Children\'s Trust", "St. John\'s Church"); a saint\'s name before the possessive works like the possessor nouns of organisation.possessive-inside, and opens the name when it comes before one of them.',
    examples: [
      {
        text: "Managers at St Mary's Children's Trust said the ward would close.",
        expect: "organization:St Mary's Children's Trust",
      },
    ],
  },
];

/** "Fire destroys historic mill", "Council member Teresa Alvarez": a common word opening a sentence. */
export const COMMON_OPENING_ROWS: readonly RuleRow<number>[] = [
  {
    id: 'none.common-opening',
    value: 0.55,
    reason:
      'Every sentence and headline opens with a capital, so a one-word "name" at the start of one, followed by a lowercase word, is often a common noun ("Fire destroys historic mill", "City council approves budget", "Advisers on the deal include …"). When the article writes the same word in lowercase elsewhere and the model is below this confidence, it is no name. A word the article also capitalises inside a sentence is left to the model ("Apple said … Apple shares").',
    examples: [
      {
        text: 'Fire destroys historic mill\nA fire destroyed the old mill on Tuesday, officials said.',
        expect: '',
      },
    ],
  },
];

/** "the journal Nature", "the magazine Time": a title after the noun that says what it is. */
export const TITLE_APPOSITION_ROWS: readonly RuleRow[] = [
  {
    id: 'apposition.journal-title',
    value: ['journal', 'magazine', 'newspaper'],
    reason:
      'Science and press reports name a journal or paper right after the noun for it ("published in the journal Nature", "the journal Science", "told the magazine Time"). Many such titles are ordinary words, so the model (and the general apposition rows, which skip common words) leave them out; after these nouns a capitalised run, common words and all, is the publication, an organisation. Titles, honorifics, months and weekdays after the noun are not ("the newspaper Monday reported", "the journal Editor Ann Lee").',
    examples: [
      {
        text: 'The findings, published in the journal Science, were based on images.',
        expect: 'organization:Science',
      },
      {
        text: 'Similar results appeared in the journal Nature last month.',
        expect: 'organization:Nature',
      },
    ],
  },
  {
    id: 'apposition.journal-clause-subject',
    value: `would will could can may might should must had has have was were is are did does`.trim().split(/\s+/),
    reason:
      'After "told the newspaper" a reported clause often follows with its "that" left out ("told the newspaper Beijing would retaliate", "told the magazine Smith had lied"). When the noun is a verb\'s object (a word other than a preposition before its article), the model read the capitalised word after it as a place or a person, and one of these auxiliaries follows, the word is the clause\'s subject, not the publication, and apposition.journal-title leaves it alone. A title the model read as an organisation or not at all, or one after a preposition or opening the sentence, is still one ("in the journal Nature", "The journal Nature has published").',
    examples: [
      {
        text: 'A Chinese diplomat told the newspaper Beijing would retaliate.',
        expect: 'place:Beijing',
      },
    ],
  },
];

/** "BBC Radio 4", "BBC Radio 5 Live": a station's number (and its last word) are part of its name. */
export const RADIO_NUMBER_ROWS: readonly RuleRow[] = [
  {
    id: 'organisation.radio-number',
    value: ['live', 'extra', 'xtra'],
    reason:
      'Broadcasters number their stations ("BBC Radio 4", "BBC Radio 5 Live", "Radio 1Xtra"); the model, which reads a number as the end of a name, stops at "Radio". A number of one or two digits right after a name ending in "Radio", and one of these words after the number, belong to the station\'s name. A longer number is no station\'s ("Capital Radio 1995 accounts"), nor is one on the next line.',
    examples: [
      { text: '"This is an important step," he told BBC Radio 4 on Monday.', expect: 'organization:BBC Radio 4' },
    ],
  },
];

/** "St. Louis", "Mt. Hood": an abbreviated "Saint", "Mount" or "Fort" opens the place's name. */
export const SAINT_ABBREVIATION_ROWS: readonly RuleRow[] = [
  {
    id: 'place.saint-abbreviation',
    value: ['st.', 'ste.', 'mt.', 'ft.', 'st', 'mt'],
    reason:
      'Towns, mountains and forts are often written with "Saint", "Mount" or "Fort" abbreviated ("St. Louis", "Mt. Hood", "Ft. Lauderdale"); the dotted abbreviation looks to the model like the end of a sentence or an initial, so it names only the word after it. When the model read that word as a place or organisation, the abbreviation belongs to the name. A person after it is left alone: "St. Jerome" is the person Jerome. Written without its dot ("in St Petersburg", "Mt Kenya") the model may still read only the word after it, and there the abbreviation joins only a place whose whole name the map knows (ents45b).',
    examples: [
      {
        text: 'The jubilee in St. Louis drew a crowd.',
        expect: 'place:St. Louis',
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Rows from the blind entity batches 5 and 6 (1 Dec 2026, helper ents9n; detect/news-entities.cases.ts).
// Kept together here so they merge apart from rows added in parallel; applied by the functions
// in the matching block at the end of detect/rules.ts.
// ---------------------------------------------------------------------------------------------

/** Town-named clubs across a sports report, party members, legislatures, patronymics, venues. */
export const BLIND_NEWS_ROWS_2: readonly RuleRow[] = [
  {
    id: 'sport.away-result',
    value: 'win wins won victory defeat defeats defeated loss losses lost draw draws drew'.split(' '),
    reason:
      'Match reports name an away fixture by the host club after "at": "a 2-1 win at Middlesbrough", "lost 2-0 at Derby", "a 3-0 defeat at Genoa". After one of these result words (or a score) and "at", in a sentence with a score or a sports report ("the defeat at Sedan" in a history is a battle), a town the model read as the place is the home club, an organisation. Only a town the map knows counts: grounds are named like districts ("beat Arsenal 2-1 at Old Trafford"), and national sides rarely play "at" a country; a place followed by a venue word ("a win at Wembley Stadium") or one the model is sure of is left alone.',
    examples: [
      { text: 'The midfielder scored twice in a 3-0 win at Derby on Saturday.', expect: 'organization:Derby' },
      {
        text: 'Arsenal beat Chelsea 2-1 at Old Trafford in the final.',
        expect: 'organization:Arsenal | organization:Chelsea | place:Old Trafford',
      },
      {
        text: 'The treaty was signed at Versailles after the defeat of Germany.',
        expect: 'place:Versailles | place:Germany',
      },
    ],
  },
  {
    id: 'sport.team-repeat',
    value: [],
    reason:
      'A sports report names a club by its town again and again ("Geelong won the premiership … Geelong, who finished second …"), while a sport row can only read the sentences with a result or a side word in them. In an article where sport fills a good part of the text (as for sport.of-team), a town that a sport row made a team in one sentence is that team at its other mentions the model read as the place (below 0.8) or half-read as a person, unless its own words make it the town (a locative preposition before it, a civic noun after it: "fans in Geelong", "Geelong council"). A town that beats, visits or plays such a team is a team too ("Middlesbrough visit Hull on Tuesday").',
    examples: [
      {
        text: 'Geelong beat Brisbane 12.10 (82) to 9.6 (60) in the grand final. Geelong, who finished second on the ladder, kicked four goals in the last quarter.',
        expect: 'organization:Geelong | organization:Brisbane | organization:Geelong',
      },
    ],
  },
  {
    id: 'none.party-member',
    value: ['democrat', 'republican', 'libertarian', 'tory', 'independent'],
    reason:
      'A party member named by the party with an article ("the Democrat had raised $21 million", "a Libertarian taking the rest") is a description of a person, not a name of the party or anyone: after "the", "a" or "an", and not followed by a capitalised word ("the Republican Party", "a Democrat Amy Lee"), the word is no name. "the Independent" is the London paper, so that word needs "a" or "an".',
    examples: [
      { text: 'Her campaign said the Democrat had raised $21 million.', expect: '' },
      {
        text: 'Cole had 49.2% of the vote and Hughes 48.7%, with a Libertarian taking the rest.',
        expect: 'person:Cole',
      },
      {
        text: 'Donors to the Republican Party met in Milwaukee.',
        expect: 'organization:Republican Party | place:Milwaukee',
      },
    ],
  },
  {
    id: 'organisation.legislature-name',
    value: ['representatives', 'commons', 'lords', 'delegates', 'assembly', 'keys'],
    reason:
      'Legislatures are named with their country\'s abbreviation and "of" ("U.S. House of Representatives", "House of Commons", "House of Lords"): the model reads "U.S. House" as a place (a house is a building) or names only "Senate" after an abbreviation it left out. A name ending in "House" followed by "of" and one of these words runs on through them, and an abbreviation the map knows before such a body belongs to it; the whole is one organisation (see organisation.country-body).',
    examples: [
      {
        text: 'She has served in the U.S. House of Representatives since 2019.',
        expect: 'organization:U.S. House of Representatives',
      },
      { text: 'They toured the White House on Tuesday.', expect: 'place:White House' },
    ],
  },
  {
    id: 'particle.patronymic',
    // "anak" (claims23, claim batch 64): Iban and other Sarawak names join the father's name with
    // "anak", child ("Jelani anak Ugak"); the model typed the given name alone an organisation.
    value: ['binti', 'bint', 'binte', 'ibni', 'anak'],
    reason:
      'Malay and Arabic names link a person\'s given name to the father\'s with a lowercase particle ("Aminah binti Yusof", "Fatima bint Ahmed"), as Iban and other Bornean names do with "anak", child ("Jelani anak Ugak"), which, unlike "bin", the model has not seen inside a name; it reads the two halves as two names, often one of them an organisation. Capitalised words on both sides of the particle are one person.',
    examples: [
      {
        text: 'The party, led by Aminah binti Yusof, won 21 seats.',
        expect: 'person:Aminah binti Yusof',
      },
      {
        text: 'The longhouse headman, Jelani anak Ugak, is 71.',
        expect: 'person:Jelani anak Ugak',
      },
    ],
  },
  {
    id: 'place.venue-head',
    value:
      'ground stadium oval velodrome racecourse speedway stade estadio stadio stadion airport airfield aerodrome courthouse'.split(
        ' ',
      ),
    reason:
      'Sports grounds are venues, places in GUM and in our gold ("the Melbourne Cricket Ground", "the Racecourse Ground", "Stade de France"), but they share their first words with the clubs and leagues that play there, so the model reads many as organisations. A name that ends in one of these venue words, or opens with a Romance one ("Stade", "Estadio"), is the place; a name the model is sure of as an organisation is left alone. Airports are venues too (ents37a: "the Ramón Villeda Morales International Airport was closed" read as a body at 0.64): a name ending in "Airport", "Airfield" or "Aerodrome" is the place; the body that runs one ends in another word ("Airports Authority", "Heathrow Airport Holdings"). A courthouse is a building, never a body (ents40a): "the Bourbon County Courthouse".',
    examples: [
      {
        text: 'Geelong beat Brisbane by 22 points at the Melbourne Cricket Ground.',
        expect: 'organization:Geelong | organization:Brisbane | place:Melbourne Cricket Ground',
      },
    ],
  },
  {
    id: 'organisation.head-complement',
    value: `authority organization organisation alliance brotherhood coalition movement fund foundation center
      centre institute council commission committee league union federation association society academy agency
      bureau network front ministry court department office`
      .trim()
      .split(/\s+/),
    reason:
      'Organisations are named by a head and what it is for ("Intergovernmental Authority on Development", "Center for Reproductive Rights", "Alliance for the Union of Romanians", "International Brotherhood of Magicians"); the model often stops at the head. A name ending in one of these heads, followed by "of", "for" or "on" ("for the") and capitalised words no name owns or an organisation the model half-read, runs on through them; not into a place (one a map knows, "the Ministry of Health of Uganda", or one the model read, "the Culinary Workers Union on the Las Vegas Strip"), a person, or a run that goes on through "and" ("Centre for Irish and Scottish Studies": where it ends is unclear). After "on" only ordinary nouns naming a field run on: "on" also opens what a body did on a topic ("the European Union on Brexit"). GUM also writes some of these cut at the head ("the [Centre] for Social Evolution"), our news gold never. Ministries, courts, departments and offices take a complement too ("Ministry for the Ecological Transition", "U.S. District Court for the Northern District of Illinois"; ents40a); a demonym alone after the joiner is what a body is thanked for, no field ("thanked the Ministry for the Dutch support").',
    examples: [
      {
        text: 'Delegates of the Intergovernmental Authority on Development met on Monday.',
        expect: 'organization:Intergovernmental Authority on Development',
      },
      { text: 'The Council of Europe met in Strasbourg.', expect: 'organization:Council of Europe | place:Strasbourg' },
      {
        text: 'Leaders at the European Union on Brexit talks said little.',
        expect: 'organization:European Union',
      },
    ],
  },
  {
    id: 'organisation.and-the-split',
    value: ['and'],
    reason:
      'Two bodies listed one after the other ("the Arab League and the Intergovernmental Authority") are two names: an organisation\'s own name never holds "and the" followed by a capitalised word, though the model, reading the run of capitals, sometimes joins them. Such a name is split at "and the" into two when it reads as a list: one half ends in a body\'s head or holds "of" ("University of Tasmania and the British Antarctic Survey"), or both are places the map knows; bands hold "and the" ("Florence and the Machine"). A capitalised "The" after "and" belongs to the second name, a publication\'s own ("a poll by Emerson College and The Hill"; ents36a, blind batch 74: pollsters and newspapers share polls in election news).',
    examples: [
      {
        text: 'The Arab League and the African Union welcomed the talks.',
        expect: 'organization:Arab League | organization:African Union',
      },
      {
        text: 'A poll by Marist College and The Boston Globe put her ahead.',
        expect: 'organization:Marist College | organization:The Boston Globe',
      },
    ],
  },
  {
    id: 'organisation.firm-tail',
    value:
      'motor hq dynamics electric mills inbev aerospace robotics therapeutics biosciences semiconductor oil sports ports terminals logistics'.split(
        ' ',
      ),
    reason:
      'Some firms end in a word no person\'s name ends in ("Ford Motor", "Decision Desk HQ", "General Dynamics", "General Electric", "Irving Oil", "Africa Sports", "JD Sports"; the last two words ents36a, blind batch 74) while their first words are names of people, so the model reads them as people. A name read as a person below 0.9 whose last word is one of these is an organisation, with a military title stripped before it ("General") as its first word. "Mills" is also a surname ("Kiera Mills"), so it counts only after such a title ("General Mills"). A port operator or hauler is named so too ("Hutchison Ports", "DP World Logistics", "Eurogate Terminals"; lead, stop 58).',
    examples: [
      {
        text: 'The terminal is run by Hutchison Ports, which said ships were diverted to Antwerp.',
        expect: 'organization:Hutchison Ports | place:Antwerp',
      },
      {
        text: 'DETROIT (Reuters) - Ford Motor is recalling about 240,000 Explorer SUVs in the United States, the agency said on Friday.',
        expect: 'place:DETROIT | organization:Reuters | organization:Ford Motor | place:United States',
      },
      {
        text: 'Rivals also gained. Northrop Grumman rose 2.5%, and General Dynamics, which builds Abrams tanks, added 1.8%.',
        expect: 'organization:Northrop Grumman | organization:General Dynamics',
      },
    ],
  },
  {
    id: 'business.its-subject',
    value: ['its'],
    reason:
      'A company named like a person ("Lockheed Martin raised its forecast") gives itself away by "its": a name read as a person below 0.9 that opens a clause and whose verb is followed straight by "its" ("raised its", "cut its") is an organisation; people take "his" or "her". A reporting verb ("Musk said its sales …") is left alone: what follows may be anyone\'s; so is a name of one word or opening with a given name, a chief acting for the firm ("Musk unveiled its new car", "Mary Barra cut its prices").',
    examples: [
      {
        text: 'Lockheed Martin raised its full-year profit forecast on Tuesday.',
        expect: 'organization:Lockheed Martin',
      },
    ],
  },
  {
    id: 'acronym.person-initials',
    value: ['(', ')'],
    reason:
      'People are not given a short form in brackets; parties and coalitions from languages the model has not seen are ("Gabungan Rakyat Sabah (GRS)", "Barisan Nasional (BN)"), and the model reads their words as a person\'s name. A name of two words or more read as a person below 0.9, not opening with a given name, right before capitals in brackets that spell its initials, is an organisation, and so is every later bare use of the capitals (as acronym.parenthesised does for other names).',
    examples: [
      {
        text: 'Gabungan Rakyat Sabah (GRS) won 38 of the 73 seats. GRS leaders met on Sunday.',
        expect: 'organization:Gabungan Rakyat Sabah | organization:GRS | organization:GRS',
      },
    ],
  },
  {
    id: 'organisation.unnamed-firm-tail',
    value: 'research analytics insights economics associates securities advisors advisers strategies consulting'.split(
      ' ',
    ),
    reason:
      'Pollsters, research firms and brokers are named by a proper word and a trade word ("Edison Research projected", "Counterpoint Research", "Gavekal Economics"), and the model, seeing a common noun last, sometimes names nothing. Two or three capitalised words in mid-sentence that no name owns, the last one of these trade words and the first no common, function or date word, no adjective or plural naming a field ("Linguistic Research", "Clinical Research", "Operations Research") and no known firm ("Google Analytics" is its product), are an organisation; a run that goes on through "&" or "and" is left alone.',
    examples: [
      {
        text: 'She won the primary on Tuesday, Edison Research projected.',
        expect: 'organization:Edison Research',
      },
      { text: 'He studied Operations Research at Cornell.', expect: 'organization:Cornell' },
    ],
  },
  {
    id: 'place.district-of',
    value: 'district neighbourhood neighborhood suburb borough township'.split(' '),
    reason:
      'A town\'s district named like the firm founded there ("the Carlsberg district of Copenhagen") is the place: a name the model read as an organisation below 0.9, right before one of these nouns and "of" or "in" a place, is that place, whatever the article says of the firm elsewhere. Not "quarter": after a firm it is three months ("a weak Tesla quarter in China").',
    examples: [
      {
        text: 'Carlsberg shares fell 6%. The brewer started in the Carlsberg district of Copenhagen.',
        expect: 'organization:Carlsberg | place:Carlsberg | place:Copenhagen',
      },
    ],
  },
];

// Rows of 1 Dec 2026, morning (helper ents9m, issue #9: held-out fold errors), kept together so parallel
// additions merge cleanly.

/** "sea surface salinity (SSS)": a short form spelled out in lowercase words is a term, not a name. */
export const TERM_ROWS: readonly RuleRow[] = [
  {
    id: 'acronym.lowercase-term',
    value: ['(', ')'],
    reason:
      'Reports and papers define a short form once, in brackets right after what it stands for. When that is written in lowercase words whose initials the capitals spell ("liquefied natural gas (LNG)", "sea surface salinity (SSS)", "the system under test (SUT)" is capitalised and left alone), it is a term, not a person, place or organisation, and neither are its bare repeats, which the model reads as names because a string of capitals looks like one. A short form the article also spells out as a capitalised name is left to the other rows.',
    examples: [
      {
        text: 'Satellites now map sea surface salinity (SSS) from orbit. SSS maps show the change.',
        expect: '',
      },
      {
        text: 'Exports of liquefied natural gas (LNG) rose. LNG prices fell.',
        expect: '',
      },
    ],
  },
];

/** "Exeter, Devon", "the University of California, Berkeley": the second part of an address. */
export const ADDRESS_ROWS: readonly RuleRow<number>[] = [
  {
    id: 'place.address-comma',
    value: 0.8,
    reason:
      'An address names a place and then, after a comma, the larger place it is in ("born in Exeter, Devon", "Springfield, Illinois") or the town of an institution ("the University of California, Berkeley"). A word there that the map knows as a place, read by the model as a person below this confidence, is the place — when a punctuation mark or the end of the sentence closes it, so "In Washington, Biden said" keeps its person, and unless the article names a person of that word with confidence. The map knows few counties and districts ("Devon", "Bataan"): one word it does not know is the place too when the place before the comma is a town the map knows, read as a place right after a preposition of where (in, at, near, outside, from: "born in Exeter, Devon, in 1970"; ents45c, read as a person in the study folds of both seeds twice). Not after an American, Canadian or Australian town, whose address names a state or province the map knows and writes a county with "County" ("She lives in Austin, Travis, with her two sons": Travis is a person; ents46b).',
    examples: [
      {
        text: 'He taught linguistics at the University of California, Berkeley, until he retired.',
        expect: 'organization:University of California | place:Berkeley',
      },
    ],
  },
];

/** "(Hein, Reich, Marks, Thuma, & Grigorenko, 2016)": every author of a citation's list. */
export const CITATION_LIST_ROWS: readonly RuleRow<number>[] = [
  {
    id: 'citation.author-list',
    value: 8,
    reason:
      'Papers cite work by three or more authors as a comma-separated list with "&" or "and" before the last, often after a serial comma ("(Hein, Reich, Marks, Thuma, & Grigorenko, 2016)"). citation.author takes the last author and the one right before "&"; the others, each a surname after a comma, are people too when the list runs back (at most this many authors) to the citation\'s opening bracket or ";". A list that does not open there is left alone ("Paris, Rome, & Smith, 2010"). Named by citation.author in --explain.',
    examples: [
      {
        text: 'Effects were small (Baker, 2015; Devlin, 2016). Testing differed across sites (Hein, Reich, Marks, Thuma, & Grigorenko, 2016).',
        expect:
          'person:Baker | person:Devlin | person:Hein | person:Reich | person:Marks | person:Thuma | person:Grigorenko',
      },
    ],
  },
];

// Rows of 1 Dec 2026, midday (helper ents10c, issue #9: patterns across the held-out fold documents),
// kept together so parallel additions merge cleanly.
export const FOLD_PATTERN_ROWS: readonly RuleRow[] = [
  {
    id: 'place.road-number',
    value: 'northbound southbound eastbound westbound motorway junction'.split(' '),
    reason:
      'Roads are named by a letter and a number: "I-44", "US-75 South", "US 169", "Hwy 51", "Route 66", "Interstate 95" in North America, "the M1", "the A64" in Britain. They are places (GUM marks them so), yet nothing in the shape of "I-44" tells a tagger so. The American forms are roads wherever they stand (not "US 2 billion"); a British "A64" or "M1" is one only in an article that also writes one of these words right after such a code ("the M1 northbound", "the A1 motorway"), since alone it is as often a paper size, a chip or a plane. A compass word right after a road is part of its name ("I-44 West").',
    examples: [
      {
        text: 'Take the M1 northbound to junction 32, then the A64 to York.',
        expect: 'place:M1 | place:A64 | place:York',
      },
      {
        text: 'From Kansas take US-75 South or Hwy 51; old Route 66 also runs there.',
        expect: 'place:Kansas | place:US-75 South | place:Hwy 51 | place:Route 66',
      },
      { text: 'Apple said the M1 chip was faster.', expect: 'organization:Apple' },
      { text: 'The report was printed on A4 paper in London.', expect: 'place:London' },
      { text: 'The US 2 billion plan was approved in Washington.', expect: 'place:Washington' },
      { text: 'The US 2024 election lifted US 10-year yields.', expect: '' },
    ],
  },
  {
    id: 'citation.author-repeat',
    value: [],
    reason:
      'A paper cites an author by surname and year ("Spang (1983) noted") and then writes the surname alone ("Spang calls these cases …", "the study by Hein and colleagues"); the model, with no year beside it, reads a rare surname as a place or a firm. In a text that cites like a paper (citation.author), a one-word name that the article cites as an author is that person wherever it stands alone, and two cited authors joined by "&" are two people, not a firm. A year closing a bracket right after an author\'s comma ("(e.g., Nedwick, 2014)") also counts as a citation towards that test.',
    examples: [
      {
        text: 'Enjambment was described early (Quilis, 1964; Spang, 1983). Spang calls these cases expansion.',
        expect: 'person:Quilis | person:Spang | person:Spang',
      },
      {
        text: 'Prices rose in Paris (Baker, 2015; Devlin, 2016). Paris reacted calmly.',
        expect: 'place:Paris | person:Baker | person:Devlin | place:Paris',
      },
    ],
  },
  {
    id: 'place.water-of',
    value: 'gulf bay strait straits sea isle isles cape firth'.split(' '),
    reason:
      'Seas, straits, capes and islands are often named "<kind of place> of <name>": "the Gulf of Mexico", "the Bay of Bengal", "the Strait of Hormuz", "the Isle of Wight", "the Cape of Good Hope". The whole phrase is the place (GUM and our news gold mark it so); the model tends to keep only the name after "of", or to read the capitalised head as a person. A head from this list with a capital, not after another capitalised word, then "of" and one to three capitalised words, is one place — unless a longer name runs on past it ("the Gulf of Mexico Alliance") or its last word is an organisation\'s.',
    examples: [
      {
        text: 'The storm moved into the Gulf of Mexico, and tankers avoided the Strait of Hormuz.',
        expect: 'place:Gulf of Mexico | place:Strait of Hormuz',
      },
      { text: 'Ferries to the Isle of Wight were cancelled.', expect: 'place:Isle of Wight' },
      {
        text: 'The Strait of Hormuz is narrow. The Sea of Japan was calm.',
        expect: 'place:Strait of Hormuz | place:Sea of Japan',
      },
      {
        text: 'Dr Mary Bay of Oxford University said the sea was warming.',
        expect: 'person:Mary Bay | organization:Oxford University',
      },
    ],
  },
  {
    id: 'affiliation.email-line',
    value: 'de da do dos das del della di of the for and a y e la le des van von für'.split(' '),
    reason:
      'A paper\'s author lines read "Name email Institution, Country" ("Michiel Cock m.p.cock@vu.nl Vrije Universiteit Amsterdam, the Netherlands"). The capitalised words right before an e-mail address (two to four, back to the line\'s start or a known place) are its owner, a person; the capitalised words right after it, up to a comma or the line\'s end and joined only by these lowercase particles ("Universidad Nacional de Educación a Distancia"), are the institution, an organisation — unless the map knows the whole as a place. The model, seeing no sentence, reads such lines as it likes ("Lattice Lab" a person). An address followed by a sentence ("turismo@merida.gob.mx. The city") is left alone.',
    examples: [
      {
        text: 'Clara Cantón cimartinez@flog.uned.es Universidad Nacional de Educación a Distancia, Spain',
        expect: 'person:Clara Cantón | organization:Universidad Nacional de Educación a Distancia | place:Spain',
      },
      {
        text: 'For tickets write to Anna Berg at info@example.org. Doors open at nine.',
        expect: 'person:Anna Berg',
      },
      {
        text: 'Contact Mayor Dan Reyes dreyes@city.gov or the front desk.',
        expect: 'person:Dan Reyes',
      },
    ],
  },
  {
    id: 'place.state-code',
    value:
      'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY Ala. Ariz. Ark. Calif. Cal. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wyo. D.C.'.split(
        ' ',
      ),
    reason:
      'American addresses and datelines follow a town with its state, written as a postal code or an abbreviation: "Vinita, OK", "Paramus, NJ", "Austin, TX", "Tulsa, Okla.", "Paramus, N.J.". After a comma that closes a place the model found, such a code is the state, a place; alone these letters are as often a word ("OK", "OR", "IN", "Miss.", "Wash."), so nothing else is read as one.',
    examples: [
      {
        text: 'The road passes near Vinita, OK. Another plant in Fresno, Calif., was sold.',
        expect: 'place:Vinita | place:OK | place:Fresno | place:Calif.',
      },
      { text: 'Well, OK, I will go to Paris.', expect: 'place:Paris' },
    ],
  },
  {
    id: 'place.capitalised-kind-of',
    value: 'kingdom republic emirate principality sultanate'.split(' '),
    reason:
      'Written with a small letter, "the town of Valdoria" is a description and only "Valdoria" is the name (apposition.place-of). Written with a capital in mid-sentence, "the City of Cleveland", "the Municipality of Culion", "the Province of Ontario", the kind of place is part of the official name, and the whole phrase is the place; so it is after a "The" that opens the sentence ("The Province of Ontario said"). The kinds are those of apposition.place-of and the kinds of state of this row ("the Kingdom of Saudi Arabia", "the Republic of Korea"; not "state" or "commonwealth", which name organisations and events too: "the Commonwealth of Nations", "the State of Origin"); a name whose last word is an organisation\'s ("the City of London Corporation") or that runs on is left alone.',
    examples: [
      {
        text: 'In 1950 the Municipality of Culion was created, and the City of Cleveland grew.',
        expect: 'place:Municipality of Culion | place:City of Cleveland',
      },
      { text: 'Flooding hit the town of Valdoria overnight.', expect: 'place:Valdoria' },
      {
        text: 'The Province of Ontario said it would appeal. He flew to the Kingdom of Saudi Arabia on Monday.',
        expect: 'place:Province of Ontario | place:Kingdom of Saudi Arabia',
      },
    ],
  },
  {
    id: 'credit.image',
    value: ['image', 'photo', 'photograph'],
    reason:
      'Wikinews and many sites credit a picture as "Image: Huebi." or "Photo: ShakataGaNai.": the credit names who took it, nearly always a person by a user name the model has never seen. One capitalised word, not in capitals, alone between "Image:" (or "Photo:") and a full stop or the line\'s end, that is no known organisation ("Photo: Reuters") or place, is that person. Longer credits and capitals ("Image: NASA") are left to the model.',
    examples: [
      { text: 'Virginia, highlighted in red. Image: Huebi.', expect: 'place:Virginia | person:Huebi' },
      { text: 'The flood reached the square. Photo: Reuters.', expect: 'organization:Reuters' },
      { text: 'Crowds gathered outside. Photo: Handout.', expect: '' },
    ],
  },
  {
    id: 'credit.image-source',
    value:
      'getty wikimedia commons shutterstock alamy istock istockphoto pixabay unsplash flickr pexels dreamstime handout supplied courtesy file pool archive archives screenshot screengrab still'.split(
        ' ',
      ),
    reason:
      'News credits a picture to a photo agency, a stock library or a kind of source as often as to a photographer: "Photo: Getty.", "Image: Wikimedia.", "Photo: Handout.", "Photo: Supplied.", "Photo: File.". These words after "Image:"/"Photo:" are no person, so credit.image names no one there (and takes back a person the model read in such a word).',
    examples: [
      { text: 'The flood reached the square. Photo: Getty.', expect: '' },
      { text: 'A map of the region. Image: Courtesy.', expect: '' },
      { text: 'Rescuers at the scene. Photo: Supplied.', expect: '' },
    ],
  },
];
