/**
 * Turns an article's plain text into reading structure — title, byline, dateline, paragraphs,
 * subheadings and the credit/copyright footer — without changing the text.
 * Every block keeps offsets into the original string, so highlights computed on the raw text
 * (the engine, the user's annotations) land on the rendered blocks exactly.
 */

export type BlockKind = 'title' | 'byline' | 'heading' | 'paragraph' | 'footer';

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** For the first paragraph: the dateline it opens with ("MOSCOW —"), as offsets. */
  dateline?: { start: number; end: number };
}

export interface ArticleStructure {
  /** The title as read from the text, when its first line reads as a headline. */
  title?: string;
  /** The byline block ("By Jane Doe") under the title, when the text has one: shown in the header. */
  byline?: Block;
  blocks: Block[];
}

const MAX_HEADING_CHARS = 90;
const MAX_HEADING_WORDS = 12;

// Credit lines agencies append; matched on whole lines, scanning up from the end only.
const CREDIT_LINE =
  /(^©|^\(c\)\s|copyright|all rights reserved|distributed by|originally (published|appeared)|^(reporting|writing|editing|additional reporting) by\b|^this (post|story|article) (was|first)|^follow .{0,40} on (twitter|x)\b)/i;

/**
 * "MOSCOW —", "WASHINGTON (AP) —", "KYIV, Ukraine —", "SEOUL, March 3 (Reuters) -"; at the start of
 * the first paragraph, or as a line of its own.
 */
const DATELINE =
  /^[A-Z][A-Z.'’\- ]*[A-Z.](?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z0-9][A-Za-z0-9.]*){0,3})?(?:\s*\([^()\n]{1,30}\))?\s+(?:—|–|--|-)(?:\s+|$)/;

/**
 * A dateline alone on the story's first line, without the dash: "ROME", "NEW DELHI", "ROME, Italy"
 * (capitals, up to three words, and an optional country or state after a comma). Not a label in
 * capitals ("UPDATE", "EXCLUSIVE", "VIDEO", "ADVERTISEMENT": NOT_A_SOURCE; "FACT CHECK": LABEL_OPENER).
 */
const LONE_DATELINE =
  /^\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,2}(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?$/u;
const MAX_LONE_DATELINE_CHARS = 40;

const MAX_BYLINE_CHARS = 100;
/**
 * The word that opens a byline: "By", and the German and French "Von" and "Par" (Spanish "Por" is
 * left out: "Por la mañana…" opens sentences far more often than bylines).
 */
export const BYLINE_WORD = /^(?:by|von|par)\s+/i;
/** Lowercase words a byline may hold: name particles, "and" (also "und", "et"), and the writer's desk or place. */
const BYLINE_LOWER =
  /^(?:and|und|et|&|de|da|del|della|di|du|van|von|der|den|la|le|bin|al|el|y|staff|writer|writers|reporter|reporters|correspondent|correspondents|editor|editors|in|at|for|of)$/;
/** A byline's last word may end in a full stop when it is an initial or "Jr."/"Sr.". */
const BYLINE_END_STOP = /(?:^|\s)(?:\p{Lu}|Jr|Sr)\.$/u;
/** A name's first letter: a capital, or a letter of a script without capitals ("李伟", "김민수"). */
const NAME_START = /^[\p{Lu}\p{Lo}]/u;

/**
 * "By Jane Doe", "By JANE DOE and Li Wei, Reuters", "By Ana García in Madrid", "By 李伟", "Von Anna
 * Weber", "Par Jean Dupont": a line of its own naming who wrote the story. Not a sentence that
 * opens with the same word ("By Monday, the talks had failed.": a lowercase word that no byline
 * holds, a closing full stop; "Par for the course", "Von der Leyen visits Kyiv": no name after it;
 * "Par Three Holes Decide Masters", "Von Bauern und Ministern": no person's name after it).
 */
export function readsAsByline(line: string): boolean {
  if (line.length > MAX_BYLINE_CHARS) return false;
  const m = BYLINE_WORD.exec(line);
  // The word after "By" starts with a capital (case-sensitive, unlike the "By" itself).
  const rest = m ? line.slice(m[0].length) : '';
  if (!m || !NAME_START.test(rest)) return false;
  if (/[!?;:"”’]$/u.test(line) || (line.endsWith('.') && !BYLINE_END_STOP.test(line))) return false;
  const words = rest.split(/[\s,|·•/]+/).filter(Boolean);
  if (words.length > 12) return false;
  if (!words.every((w) => /^[\p{Lu}\p{Lo}(]/u.test(w) || BYLINE_LOWER.test(w.toLowerCase()))) return false;
  // "Von" and "Par" open title-case headlines and phrases too ("Par Three Holes Decide Masters",
  // "Von Bauern und Ministern"): what follows them must be people's names.
  if (!/^(?:von|par)\s/i.test(m[0])) return true;
  const name = rest.split(/\s*[,|·•/]\s*/)[0].replace(/\s+(?:in|at)\s+\p{Lu}.*$/u, '');
  // "Par Avion Express", "Von Hand Gemacht": the word after "Par"/"Von" is a common noun of the
  // language, so the line is a phrase ("par avion", "von Hand"), whatever follows it.
  return !PHRASE_AFTER_VON_PAR.test(name.split(/\s+/)[0]) && namesPeople(name);
}

/**
 * Words that make a set phrase with "par" or "von" and are no one's given name: French "par
 * avion", "par exemple", "par cœur" (not "par amour": Amour is a given name, "Par Amour
 * Diallo"); German "von Hand", "von Haus aus", "von Anfang an". Only the word right after "Par"/"Von" is looked at, where a given name stands ("Par Ana Soares", "Von
 * Beat Müller", "Par Johnnie To"), so a family name such as "Hand" later in a byline is kept.
 */
const PHRASE_AFTER_VON_PAR =
  /^(?:avion|bateau|train|courrier|mail|courriel|téléphone|exemple|hasard|nature|défaut|ailleurs|terre|mer|voie|cœur|coeur|moments|principe|ordre|avance|conséquent|contre|hand|haus|herzen|anfang|grund|natur|null|zeit|weitem|nahem|oben|unten|innen|außen|aussen|morgen|heute|gestern|neuem|rechts|links|beruf|amts|wegen)$/iu;

/**
 * A "Von"/"Par" line directly over a "By …" byline is the story's title, not a second byline
 * ("Von Trapp Heirs Feud" / "By Jane Doe"): a story names its author once.
 */
export function readsAsTitleOverByline(line: string, next: string | undefined): boolean {
  return /^(?:von|par)\s/i.test(line) && next !== undefined && /^by\s/i.test(next) && readsAsByline(next);
}

/** Name particles a person's name may hold between its capitalised words ("Jean de La Fontaine"). */
const NAME_PARTICLE = /^(?:de|du|da|del|della|di|van|von|der|den|la|le|zu|bin|al|el|y)$/;

/**
 * Title-case words no person's name holds: English function words and auxiliaries ("Is", "After",
 * "The"). Left out because they are names too: "A" (an initial), "An", "No", "Can", "May", "Will",
 * "Her", "To" ("Johnnie To").
 */
const HEADLINE_FUNCTION_WORD =
  /^(?:the|is|are|was|were|be|been|has|have|had|could|might|must|should|would|not|after|before|over|into|onto|from|with|without|on|off|out|up|as|amid|against|despite|under|again|now|its|his|their|our|why|how|what|when|where|says)$/i;
/**
 * Verbs English headlines turn on ("Von Trapp Sells Villa", "Par Avion Returns"), matched in their
 * -s, -ed and -ing forms only, since a bare stem is often a family name ("Glenn Close", "Hunt").
 * Stems whose -s form is a common family name are left out (Marks, Banks, Brooks, Burns, Powers,
 * Rolls, Stokes, Sparks, Waters, Fields), and stems that are, or make, given or family names:
 * beat ("Beat Müller"), hold ("Michael Holding"), ban ("Paul Banning"), top ("Sara Topping"),
 * free ("Alan Freed"); "Said" and "Won" are names too.
 */
// Pure: a module that only needs this file's constants (the landing page's inline script, via
// app/boot-shell.ts) drops the set when bundled.
const HEADLINE_VERB_STEM = /* @__PURE__ */ new Set(
  /* @__PURE__ */ (
    'sell return win buy lose quit plan join vow warn seek open close rise fall cut hit face urge claim ' +
    'deny admit reveal launch unveil end start begin leave move sign strike lead fight slam hail mourn ' +
    'die split sue charge jail arrest keep give take make get set see meet visit tour play score hire ' +
    'fire resign retire rule vote pledge promise call ask tell show find lift raise drop slash hike boost bid back ' +
    'halt stop block run come go head reopen expand grow shrink sink soar jump climb tumble crash report probe ' +
    'approve reject delay cancel confirm announce accuse blame defend drive save need want become remain ' +
    'turn pull push kill hurt injure shut fail pay owe steal rescue arrive depart land'
  ).split(' '),
);
/**
 * Irregular past forms of the stems above. Left out because they are names: "Said", "Won", "Rose",
 * "Held", "Fell", "Ran", "Made" ("Anna Held", "Jens Fell", "Ran Cohen", "I Made Wijaya").
 */
const HEADLINE_IRREGULAR =
  /^(?:sold|bought|lost|quit|sought|hit|cut|led|fought|kept|gave|given|took|taken|got|saw|seen|met|told|found|came|went|gone|became|paid|sank|stole|shut)$/i;

/** True when `word` reads as an English headline word rather than part of a name. */
function headlineWord(word: string): boolean {
  const w = word.toLowerCase();
  if (HEADLINE_FUNCTION_WORD.test(w) || HEADLINE_IRREGULAR.test(w)) return true;
  const stems = [
    /ies$/.test(w) && w.slice(0, -3) + 'y',
    // "-es" only where English spells it so ("Pushes", "Goes"): "Soares", "Telles", "Landes" are names.
    /(?:[sxzo]|ch|sh)es$/.test(w) && w.slice(0, -2),
    /s$/.test(w) && w.slice(0, -1),
    /ied$/.test(w) && w.slice(0, -3) + 'y',
    /ed$/.test(w) && w.slice(0, -2),
    /ed$/.test(w) && w.slice(0, -1),
    /ing$/.test(w) && w.slice(0, -3),
    /ing$/.test(w) && w.slice(0, -3) + 'e',
    // A doubled consonant before -ed/-ing: "Quitting", "Planned".
    /(\w)\1(?:ed|ing)$/.test(w) && w.replace(/(\w)\1(?:ed|ing)$/, '$1'),
  ];
  return stems.some((s) => s && HEADLINE_VERB_STEM.has(s));
}

/**
 * "Anna Weber", "Anna Weber und Jan Koch", "Jean-Pierre de La Fontaine", "李伟": one or more names
 * joined by "und"/"et"/"and"/"&", each of two or three capitalised words (particles aside) or one in
 * a script without capitals. Not "Bauern und Ministern" nor "Trapp Heirs Sell Villa", and not a
 * short title-case headline with a verb or function word in it ("Trapp Sells Villa", "Avion
 * Returns", "Avion Is Back").
 */
function namesPeople(text: string): boolean {
  return text.split(/\s+(?:und|et|and|&)\s+/i).every((name) => {
    const words = name.split(/\s+/).filter(Boolean);
    if (words.some((w) => !/^[\p{Lu}\p{Lo}]/u.test(w) && !NAME_PARTICLE.test(w.toLowerCase()))) return false;
    if (words.some(headlineWord)) return false;
    const capitalised = words.filter((w) => /^[\p{Lu}\p{Lo}]/u.test(w));
    if (capitalised.length === 1) return /^\p{Lo}/u.test(capitalised[0]);
    return capitalised.length >= 2 && capitalised.length <= 3;
  });
}

const MAX_AGENCY_LINE_CHARS = 60;
/** Wire services a byline's second line names alone ("By Jane Doe" / "Reuters"). */
const WIRE_SERVICE =
  /^(?:the\s+)?(?:reuters|associated press|ap|afp|agence france-presse|bloomberg|dpa|efe|ansa|kyodo|xinhua|upi|tass|yonhap|anadolu|interfax|bernama|press association|pa media|canadian press|ians|kuna|irna|wafa|sana|mena|apa|aap|lusa|kcna|tasr|hina|belga|antara|tanjug|ukrinform|unian|anp)$/i;
/** The last word of a desk or outlet line: "Associated Press Writer", "Political Correspondent", "BBC News". */
const DESK_WORD = /^(?:writer|reporter|correspondent|editor|staff|bureau|desk|news|press|agency)s?$/i;
/** "Reuters in Kyiv", "Associated Press, Washington": where the agency filed from. */
const FILED_FROM = /(?:,\s*|\s+in\s+)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?$/u;

/**
 * The line under a "By …" line that belongs to it: the wire service, desk or outlet alone
 * ("Reuters", "The Associated Press", "AFP", "Associated Press Writer", "Chief Political
 * Correspondent", "Reuters in Kyiv"). Not a sentence ("Reuters reported the talks had failed."),
 * nor a line of other capitalised words (a subheading).
 */
export function readsAsAgencyLine(line: string): boolean {
  if (line.length > MAX_AGENCY_LINE_CHARS || /[.!?;:,"”’)]$/u.test(line)) return false;
  const core = line.replace(FILED_FROM, '').trim();
  if (WIRE_SERVICE.test(core)) return true;
  // An agency's initials alone: "AFP", "AAP", "PTI". Two or three letters only: four or five
  // capitals are as often a dateline ("ROME", "PARIS"), and the four- to seven-letter agencies are
  // listed in WIRE_SERVICE ("LUSA", "KCNA", "TASR", "HINA", "BELGA", "ANTARA", "BERNAMA").
  if (/^\p{Lu}{2,3}$/u.test(core)) return true;
  const words = core.split(/\s+/);
  if (words.length > 4) return false;
  const capitalised = words.every((w, i) => /^[\p{Lu}]/u.test(w) || (i === 0 && /^the$/i.test(w)));
  return capitalised && DESK_WORD.test(words[words.length - 1]);
}

const MAX_SOURCE_LINE_CHARS = 40;
const MAX_SOURCE_LINE_WORDS = 5;
/** Lowercase words a paper's name may hold between capitalised ones ("Times of India", "Voz de Galicia"). */
const SOURCE_LOWER = /^(?:of|the|and|&|de|du|da|del|la|le|el|al|di|on|upon)$/;
/**
 * One-word labels (media labels too: "VIDEO", "PHOTOS", "ADVERTISEMENT") and dates a line under a
 * byline may be instead of a source.
 */
const NOT_A_SOURCE =
  /^(?:analysis|exclusive|opinion|comment|updated?|breaking|live|explainer|review|feature|editorial|videos?|photos?|pictures|gallery|podcast|audio|graphics?|advertisement|sponsored|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/**
 * A word that names a kind of publication, in the languages papers' names are most often in: a
 * short title-case line holds one when it is a paper's name ("Coastline Courier", "Le Monde"), and
 * seldom when it is a dateline, a headline, a label or a second author ("LONDON", "Two Men
 * Arrested", "Getty Images", "John Smith").
 */
const PRESS_WORD =
  /^(?:courier|gazette|times|post|news|herald|journal|tribune|press|daily|weekly|chronicle|observer|guardian|mail|express|telegraph|star|sun|standard|independent|record|register|bulletin|magazine|radio|tv|television|network|media|wire|dispatch|inquirer|examiner|sentinel|globe|mirror|monitor|advertiser|argus|courant|citizen|zeitung|monde|país|pais|corriere|correio|diario|diário|gazzetta|gazeta|presse|kurier|nachrichten|rundschau|figaro|repubblica|stampa|clarín|nación|folha|tageblatt|nieuws|dagblad|posten|tidende|sanomat)$/i;
/** Words that open a label or a page's furniture, not a paper's name ("Breaking News", "Live Updates", "Fact Check"). */
const LABEL_OPENER = /^(?:breaking|live|latest|top|updated|share|key|more|related|watch|listen|fact|factcheck)$/i;

/**
 * A publication the agency list does not know, on the line under a "By …" line ("By Jane Doe" /
 * "Coastline Courier", "The Harbour Gazette"): short, every word capitalised but for the small
 * words inside a paper's name, a word for a kind of publication in it, no digits, no sentence
 * punctuation. Not a label or a date ("Analysis", "Monday", "Breaking News"), a dateline
 * ("LONDON"), a second author, nor a headline in title case ("Two Men Arrested", "Talks Collapse
 * In Geneva").
 */
export function readsAsSourceLine(line: string): boolean {
  if (line.length > MAX_SOURCE_LINE_CHARS || /[.!?;:,"”’)]$/u.test(line) || /\d/u.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length > MAX_SOURCE_LINE_WORDS || NOT_A_SOURCE.test(line) || LABEL_OPENER.test(words[0])) return false;
  if (!words.some((w) => PRESS_WORD.test(w.replace(/['’]s$/u, '')))) return false;
  const allCaps = line === line.toUpperCase();
  return words.every((w, i) => {
    if (!/^[\p{Lu}&][\p{L}'’.&-]*$/u.test(w)) return i > 0 && SOURCE_LOWER.test(w);
    // "The New York Times" opens with "The"; "Talks Collapse In Geneva" capitalises "In".
    return (
      allCaps || i === 0 || w === '&' || !/^(?:in|on|at|to|for|from|with|a|an|as|by|is|are|was|over|after)$/i.test(w)
    );
  });
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) lines.push({ start: pos + lead, end: pos + lead + trimmed.length, text: trimmed });
    pos += raw.length + 1;
  }
  return lines;
}

/**
 * The lines of a byline block, as offsets ("By Jane Doe" and "Reuters" when the agency has a line
 * of its own): the header shows each on its own line, each keeping its offsets.
 */
export function bylineLines(text: string, byline: Block): { start: number; end: number }[] {
  return splitLines(text.slice(byline.start, byline.end)).map((l) => ({
    start: byline.start + l.start,
    end: byline.start + l.end,
  }));
}

/**
 * The byline written in the article's own text, as exports name it: who wrote it ("Jane Doe",
 * without "By", "Von" or "Par") and, when the byline has a second line, the agency or paper on it ("Coastline
 * Courier"). Undefined when the text has no byline under its title.
 */
export function writtenByline(
  text: string,
  options: { knownTitle?: string } = {},
): { byline: string; source?: string } | undefined {
  const block = rememberedStructure(text, options).byline;
  if (!block) return undefined;
  const [first, second] = bylineLines(text, block).map((l) => text.slice(l.start, l.end));
  const byline = first.replace(BYLINE_WORD, '').trim();
  return second ? { byline, source: second } : { byline };
}

/** "ROME", "NEW DELHI", "ROME, Italy" alone on a line; not "UPDATE" nor "NATO SUMMIT LIVE UPDATES". */
export function readsAsLoneDateline(line: string): boolean {
  if (line.length > MAX_LONE_DATELINE_CHARS || !LONE_DATELINE.test(line)) return false;
  const place = line.split(',')[0];
  return place.length >= 2 && !place.split(' ').some((w) => NOT_A_SOURCE.test(w) || LABEL_OPENER.test(w));
}

/** A short line with no closing punctuation reads as a headline or subheading. */
export function readsAsHeading(line: string): boolean {
  if (line.length > MAX_HEADING_CHARS) return false;
  const words = line.split(/\s+/).length;
  if (words > MAX_HEADING_WORDS) return false;
  // A fully quoted line ("‘The art of compromise’") is a heading unless the quote ends a sentence.
  const unquoted = /^[‘“'"].*[’”'"]$/u.test(line) ? line.slice(1, -1) : line;
  if (/[.!?;,:"”’)]$/u.test(unquoted)) return false;
  // A line of lowercase words is a fragment of prose, not a heading.
  return /^[\p{Lu}\p{Lo}\p{N}‘'“"]/u.test(line);
}

function footerStart(lines: Line[]): number {
  let first = lines.length;
  for (let i = lines.length - 1; i > 0; i--) {
    if (CREDIT_LINE.test(lines[i].text) && lines[i].text.length < 300) first = i;
    else break;
  }
  return first;
}

/**
 * @param text the article text, as stored
 * @param options.titleKnown the title comes from elsewhere (the bundled index, a user-typed title):
 *   then the first line is only a title if it repeats that title
 */
export function structureArticle(text: string, options: { knownTitle?: string } = {}): ArticleStructure {
  const lines = splitLines(text.replace(/\r/g, ' '));
  const blocks: Block[] = [];
  let title: string | undefined;
  let from = 0;

  const first = lines[0];
  const firstIsByline = first && readsAsByline(first.text) && !readsAsTitleOverByline(first.text, lines[1]?.text);
  if (first && lines.length > 1 && readsAsHeading(first.text) && !firstIsByline) {
    const known = options.knownTitle?.trim();
    if (!known || known.toLowerCase() === first.text.toLowerCase()) {
      title = first.text;
      blocks.push({ kind: 'title', start: first.start, end: first.end });
      from = 1;
    }
  }

  // A byline right under the title (or opening the text): shown with the title, its offsets kept.
  let bylineBlock: Block | undefined;
  const byline = lines[from];
  if (byline && from + 1 < lines.length && readsAsByline(byline.text)) {
    bylineBlock = { kind: 'byline', start: byline.start, end: byline.end };
    from += 1;
    // "By Jane Doe" / "Reuters" or "Coastline Courier": the agency or paper on a line of its own
    // is part of the byline.
    const agency = lines[from];
    if (from + 1 < lines.length && (readsAsAgencyLine(agency.text) || readsAsSourceLine(agency.text))) {
      bylineBlock.end = agency.end;
      from += 1;
    }
    blocks.push(bylineBlock);
  }

  const footerFrom = footerStart(lines);
  let seenParagraph = false;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (i >= footerFrom) {
      blocks.push({ kind: 'footer', start: line.start, end: line.end });
      continue;
    }
    // A heading needs prose after it; a trailing short line is a paragraph fragment.
    const next = lines[i + 1];
    if (seenParagraph && next && i + 1 < footerFrom && readsAsHeading(line.text) && !readsAsHeading(next.text)) {
      blocks.push({ kind: 'heading', start: line.start, end: line.end });
      continue;
    }
    const block: Block = { kind: 'paragraph', start: line.start, end: line.end };
    if (!seenParagraph) {
      const m = DATELINE.exec(line.text);
      if (m) block.dateline = { start: line.start, end: line.start + m[0].trimEnd().length };
      // "ROME" on a line of its own, the story on the next: the whole line is the dateline.
      else if (next && readsAsLoneDateline(line.text)) block.dateline = { start: line.start, end: line.end };
    }
    seenParagraph = true;
    blocks.push(block);
  }
  return bylineBlock ? { title, byline: bylineBlock, blocks } : { title, blocks };
}

let remembered: { text: string; knownTitle: string | undefined; structure: ArticleStructure } | null = null;

/**
 * `structureArticle`, remembered for the last text: the boot script structures an article to
 * paint its first blocks, and the reader's first render needs the same structure moments later
 * (for a 1 MB article, splitting and trimming its lines again was a few milliseconds of that
 * render, already its longest task). The structure is shared: callers must not change it.
 */
export function rememberedStructure(text: string, options: { knownTitle?: string } = {}): ArticleStructure {
  const r = remembered;
  if (r && r.text === text && r.knownTitle === options.knownTitle) return r.structure;
  const structure = structureArticle(text, options);
  remembered = { text, knownTitle: options.knownTitle, structure };
  return structure;
}

/**
 * The credits a reader should see once: the text's own footer when it has one, since that is the
 * publisher's wording; otherwise the licence kept beside the text. Showing both repeats the notice.
 */
export function separateLicence(structure: ArticleStructure, licence: string | undefined): string | undefined {
  if (!licence?.trim()) return undefined;
  return structure.blocks.some((b) => b.kind === 'footer') ? undefined : licence;
}
