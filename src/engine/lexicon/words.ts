/**
 * Hand-written closed-class lexicons: titles, role nouns, reporting verbs, organisation and
 * place head words, pronouns, calendar words. Everything is a Set keyed by lowercase form so
 * the hot path does one hash lookup per token. Only general English here, never names that a
 * particular article uses.
 */
import { COMMON, FIRST_NAMES } from './generated';
import { WORLD_GIVEN_NAMES } from './world-given-names';
import { wordSet } from './rule-row';
import { TITLE_ROWS } from './titles';
import { COMPANY_KIND_HEADS, WIRE_ROLE_NOUNS } from './speaker-rows-28b';
import { MORE_ROLE_NOUNS } from './claims-47';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** "josé" → "jose": the given-name and word lists are written without accents ("José", "Zoë", "Château"). */
export const unaccented = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '');

/** Lowercase common English words (sentence-initial capitals that are not names). */
export const COMMON_WORDS: Set<string> = new Set(COMMON.split(' '));
for (const w of 'unless although though whereas whether while because since until till despite however therefore moreover meanwhile nevertheless nonetheless otherwise instead also only just even still yet already almost perhaps maybe indeed thus hence besides furthermore so then than if when where why how what which who whom whose this that these those there here'.split(
  ' ',
))
  COMMON_WORDS.add(w);
// Closed-class words the generated list lacks ("My dad used to say", "Our members have paid").
for (const w of 'the to of in that have i it for not on with he you do this his from they we her she or my mine our ours its their theirs your yours us them him me who which what when so if no than now only these every never often today tonight tomorrow yesterday something nothing everyone everybody nobody someone somebody each many much few several such own world'.split(
  ' ',
))
  COMMON_WORDS.add(w);
// Irregular participles that open sentences ("Born in Hanoi, …", "Asked about …").
for (const w of 'born taken given known seen made built held led left brought caught found told asked faced hit kept lost met paid sent shot sold spent struck won written driven chosen'.split(
  ' ',
))
  COMMON_WORDS.add(w);
for (const w of 'authorities officials police images photos reports critics thousands hundreds dozens millions residents witnesses analysts experts sources voters members students teachers scientists researchers protesters soldiers troops rebels militants citizens fans players leaders ministers lawmakers investigators prosecutors doctors workers people families children women men news image photo election results war talks peace'.split(
  ' ',
))
  COMMON_WORDS.add(w);

export const FIRST_NAME_SET: Set<string> = new Set(FIRST_NAMES.split(' '));
// Given names of the countries news from abroad names most, which the generated list lacks
// (world-given-names.ts); never a common word ("Saga", "Mart" would read every sentence opening).
for (const w of WORLD_GIVEN_NAMES.trim().split(/\s+/)) if (!COMMON_WORDS.has(w)) FIRST_NAME_SET.add(w);

/** Titles and honorifics written before a name; stripped from person spans, kept as roles (rows in titles.ts). */
export const TITLES: Set<string> = wordSet(TITLE_ROWS);

/** Words that modify a title ("Foreign Minister", "Deputy Director"), titles only before one. */
export const TITLE_MODIFIERS = set(`
foreign defence defense interior finance health justice education trade home state supreme grand
acting former late then incumbent interim vice deputy crown chief executive assistant senior
district circuit magistrate federal appeals bankruptcy superior det det. ch
special minority majority opposition national
`);

/** Capitalised function words are never part of a name ("… constituency In the …"). */
export const FUNCTION_WORDS = set(
  'in on at to for of and or but by with from as into onto is are was were be has have had will would',
);

/**
 * Lowercase words beside a capitalised word that say what it names wherever it occurs ("in X",
 * "X said", "beat X", "near X"): the tagger aggregates them over all of a word's occurrences in
 * the document (features.ts, context aggregation), together with the neighbours' lexical classes.
 */
export const CONTEXT_WORDS = new Set([
  ...FUNCTION_WORDS,
  ...set(
    'the a an said says told near across throughout outside inside around against beat joined under through between',
  ),
]);

/** Newspapers whose name includes "The". */
export const THE_NAMES = set(
  'times post guardian independent economist telegraph observer atlantic hill globe sun star mirror nation hindu age australian onion register',
);

/** Title words that, alone, name a role strongly enough to be a role on their own. */
export const ROLE_NOUNS = set(`
president president-elect minister premier chancellor secretary ambassador envoy governor mayor
senator congressman congresswoman representative king queen prince princess emperor sultan emir
sheikh ayatollah pope cardinal archbishop bishop pastor imam rabbi professor general colonel
captain commander admiral sergeant marshal officer detective inspector chief director chairman
chairwoman chairperson ceo founder co-founder judge justice attorney spokesman spokeswoman
spokesperson commissioner coach manager editor correspondent leader ruler dictator strongman
head member creator owner analyst expert official lawmaker diplomat prosecutor lawyer
`);

/** Nouns for a person described rather than named ("the Russian leader"). */
export const PERSON_DESCRIPTORS: ReadonlySet<string> = new Set([
  ...set(`
leader ruler president president-elect minister premier chancellor head chief spokesman
spokeswoman spokesperson official secretary governor mayor king queen prince monarch dictator
strongman ambassador envoy general commander director chairman chairwoman founder co-founder
ceo coach manager senator lawmaker politician diplomat father mother son daughter wife husband
brother sister man woman boy girl teenager student teacher lawyer attorney judge editor
officer detective professor midfielder striker defender goalkeeper forward quarterback pitcher
player captain star veteran singer actor actress author writer novelist poet composer pianist
conductor critic artist musician scientist researcher economist historian doctor physician
nurse surgeon executive investor banker chairperson treasurer justice counsel prosecutor commissioner barrister
congressman congresswoman representative legislator candidate nominee incumbent challenger
`),
  // "ECB policymaker X", "the registrar" (claims28b, row speaker.description.wire-role).
  ...WIRE_ROLE_NOUNS.value,
  // "the coxswain", "the vicar", "a councillor" (claims57, row speaker.more-role-nouns).
  ...MORE_ROLE_NOUNS.value,
]);

/** Heads of descriptions that stand for an organisation ("the agency said"). */
export const ORG_DESCRIPTORS: ReadonlySet<string> = new Set([
  ...set(`
agency ministry department company firm group organization organisation government police army
military party committee council office court bank union commission authority broadcaster
newspaper network service administration regulator board institute association team club
airline carrier carmaker automaker retailer lender insurer manufacturer operator utility charity campaign
`),
  // "the miner", "the drugmaker" (claims28b, row speaker.description.company-kind).
  ...COMPANY_KIND_HEADS.value,
]);

/** Possessive determiners ("his staff", "their office"). */
export const POSSESSIVE_DETERMINERS = set('his her its their our my your');

export const ARTICLES = set('the a an');
/** The indefinite articles: "a PAC", "an agency" name a kind, not one body. */
export const INDEFINITE_ARTICLES = set('a an');
/** Participles that introduce a name after its kind: "a PAC called Keep Ohio Red", "a group named …". */
export const NAMING_PARTICIPLES = set('called named');

/** Articles, demonstratives and possessives that open a noun phrase ("the", "these", "their"); not "that", which also opens a clause. */
export const DETERMINERS = new Set([...ARTICLES, ...set('this these those'), ...POSSESSIVE_DETERMINERS]);

export const PRONOUNS_PERSON = set('he she him her');
export const PRONOUNS_ALL = set('he she it they we i you him her them us me this that');

/**
 * Verbs of saying, for the detector's "a name followed by a verb of saying is a speaker" cue.
 * The cue tables themselves (and hedges, passive cues, adverbs between subject and verb) live in
 * claim-cues.ts, the claim detector's lexicon.
 */
export { SPEECH_VERB_FORMS as CUE_VERBS } from './claim-cues';

/** Head words ending an organisation name (with national legislatures named in their own language: "Lok Sabha", "State Duma"). */
export const ORG_TAIL = set(`
inc inc. ltd ltd. llc plc corp corp. corporation company co co. gmbh ag sa nv bv group holdings
agency service services ministry department party university college school academy council
assembly parliament congress senate committee commission authority association union federation
league foundation institute institution society organization organisation navy army military
police guard guards forces force bank fund court office bureau administration
times post news herald gazette journal tribune telegraph press magazine daily weekly review
television tv radio network broadcasting broadcaster channel media studios studio
airlines airways motors systems technologies technology labs laboratories industries
club fc team democrats republicans movement front alliance coalition church brigade brigades
corps legion district board trust partnership cooperative centre center program programme
museum hospital clinic exchange reserve cabinet government regime
foods capital partners energy pharmaceuticals pharma entertainment resources brands financial
insurance investments securities ventures petroleum steel mining logistics software therapeutics
biosciences communications telecom telecommunications semiconductor semiconductors automotive
aerospace chemicals realty hotels resorts restaurants records pictures publishing
orchestra philharmonic conservatory conservatoire opera ballet survey panel medicine healthcare management
platforms networks airline
rada duma sejm knesset bundestag bundesrat majlis storting riksdag folketing eduskunta oireachtas dáil
seanad sabha khural jirga shura
`);

/** Well-known organisations that the generated list lacks or that look like people or
 *  ordinary words (news agencies, banks, large companies, parties). General knowledge only. */
export const KNOWN_ORGS = new Set(
  `
reuters|ap|afp|agence france-presse|bloomberg|xinhua|tass|interfax|ria novosti|kyodo|yonhap|upi|pti|efe|ansa|dpa|anadolu
|morgan stanley|jpmorgan|jpmorgan chase|bank of america|citigroup|citi|barclays|credit suisse|blackrock|deutsche bank|lloyds
|santander|bnp paribas|nomura|mizuho|goldman sachs|wells fargo|berkshire hathaway|vanguard|fidelity
|apple|amazon|alphabet|meta|microsoft|nvidia|openai|anthropic|tesla|spacex|oracle|huawei|tiktok|bytedance|spotify|airbnb
|shell|bp|exxonmobil|chevron|aramco|gazprom|rosneft|glencore|rio tinto|bhp|nestlé|unilever|siemens|airbus|boeing
|plaid cymru|sinn féin|sinn fein|fianna fáil|fianna fail|fine gael|likud|hamas|hezbollah|taliban|bjp|cdu|spd|afd|psoe|kmt
|ukip|snp|dup|reform uk|al-shabab|al-shabaab|boko haram|houthis
|senate|congress|parliament|pentagon|bundestag|knesset|duma|politburo|fed
|chelsea|arsenal|tottenham|tottenham hotspur|paris saint-germain|psg|bayern munich|borussia dortmund|real madrid|atletico madrid|atlético madrid|juventus|inter milan|ac milan|barcelona fc|ajax|benfica|galatasaray|fenerbahce|fenerbahçe
`
    .replace(/\n/g, '')
    .split('|')
    .filter(Boolean),
);

/** Head words opening an organisation name when followed by "of"/"for"/"on". */
export const ORG_LEAD = set(`
ministry department university college bank council committee bureau office institute
agency commission court house board federation association union league society academy
order church school chamber centre center federal national royal
`);

/** Facility heads that make a place (GUM convention: buildings and venues are places). */
export const FACILITY_TAIL = set(`
hall centre center mosque cathedral stadium arena airport square street avenue road boulevard
bridge tower towers palace park station port harbour harbor castle temple house plaza mall
`);

/** Geographic heads, capitalised ("Mount X", "X River") or lowercase after a name ("X region"). */
export const PLACE_TAIL = set(`
river lake mountains mountain mount island islands valley bay gulf sea ocean desert peninsula
province region county state territory territories oblast prefecture district city town village
coast strait canal falls heights plains forest beach
`);
export const PLACE_LEAD = set('mount lake cape isle gulf bay port fort saint st st.');

/** Lowercase nouns right after a name that reveal its type. */
export const ORG_NEXT_NOUNS = set(`
agency newspaper channel broadcaster network company firm group party organization organisation
outlet station daily magazine bank carrier manufacturer startup giant conglomerate
`);
export const PLACE_NEXT_NOUNS = set('region province city town village district county oblast area state republic');

/** Lowercase words before a name that reveal a place. */
export const PLACE_PREV = set('in at near from across outside inside around to into towards toward via throughout');
export const PLACE_PREV_NOUN = set(
  'city town village capital region province district county country state port island',
);

export const MONTHS = set(`january february march april may june july august september october november december
jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.`);
export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');

/** Capitalised words that open a sentence before a name and are never its first word ("After Tuesday Nvidia fell"). */
export const LEAD_IN_WORDS = set(
  'after before since during until when while once if though although because then also',
);

/** Connectors that can sit inside a multi-word name. */
export const NAME_PARTICLES = set(
  'al el bin ibn bint abu van von der den de del della da di du la le dos das ter ten ap',
);

/** Words that may appear capitalised but are never names on their own. */
export const NEVER_NAMES = set(`
i i'm i'll i've i'd ok okay mr mrs ms dr image photo copyright all reserved
tv internet web online breaking update updated read more advertisement
ai ceo cfo coo cto gdp gmt utc dna rna hiv aids covid covid-19 ipo etf sms pdf suv suvs lgbt lgbtq lgbtq+ ev evs
`);

/** AP-style US state abbreviations, written after a city and a comma ("Portland, Ore."). */
export const STATE_ABBREVIATIONS = set(`
ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev
okla ore pa penn tenn tex vt va wash wis wisc wyo n.h. n.j. n.m. n.y. n.c. n.d. r.i. s.c. s.d. w.va.
`);

/** Club words after a city ("Manchester United", "Derby County", "Bolton Wanderers"). */
export const CLUB_SUFFIXES = set(
  'united city fc afc sc rovers wanderers athletic albion hotspur county rangers dynamo',
);

/** Plural nouns for people who work somewhere ("analysts at X", "researchers at X"). */
export const STAFF_NOUNS = set(
  'analysts analyst economists economist researchers researcher scientists scientist engineers engineer executives executive officials official employees employee workers staff strategists strategist doctors experts expert',
);

/** Words that make a "… Center" an institution rather than a venue ("National Hurricane Center"). */
export const CENTER_ORG_WORDS = set(
  'national international federal research policy studies study hurricane medical disease cancer science sciences data information',
);

/** Kinship nouns before an apposed given name ("her husband, Pádraig,"). */
export const KIN_NOUNS = set(
  'husband wife son daughter brother sister mother father partner widow widower grandson granddaughter grandmother grandfather fiancé fiancée',
);
