/**
 * Attribution constructions as named rows: where a claim's source stands relative to its cue,
 * and how a quotation without a cue of its own gets its speaker. claims/claims.ts names these
 * rows in `Claim.why`; claim-rows.test.ts runs every example (`expect` is the resolved speaker
 * of the text's last claim, '' when it has none).
 */
import type { RuleRow } from './rule-row';

const row = (id: string, reason: string, examples: { text: string; expect: string }[]): RuleRow<null> => ({
  id,
  value: null,
  reason,
  examples,
});

export const PATTERN = {
  subject: row(
    'speaker.subject',
    'The subject before a reporting verb is its source, past adverbs, auxiliaries and asides between commas; an adjunct before the subject ("On Thursday", "In those days") is not part of it.',
    [
      { text: 'Helena Marsh, who led the inquiry, said the fire was arson.', expect: 'Helena Marsh' },
      { text: 'On Thursday the mayor of Tromsø, Lars Berg, said the ice came early.', expect: 'Lars Berg' },
    ],
  ),
  inverted: row(
    'speaker.inverted',
    'After a quotation or a comma, news inverts the tag: the source follows the verb ("…," said Marsh); after a comma closing an aside, a person before the verb outranks an organisation or place after it.',
    [
      { text: '“The plan will fail,” said Helena Marsh.', expect: 'Helena Marsh' },
      {
        // Not inverted: the comma closes an aside after the source, and the place or organisation
        // after the verb opens what was said.
        text: 'Lt. Gov. Susan Pike, who presides over the Senate, said the House plan "spends money the state does not have."',
        expect: 'Susan Pike',
      },
    ],
  ),
  invertedAdjunct: row(
    'speaker.inverted-adjunct',
    'An inverted source that names someone may be followed by an adjunct of place, time or occasion ("…," said Marsh at a news conference); the source ends where the adjunct begins (words: INVERTED_ADJUNCT_WORDS).',
    [
      {
        text: '“We have won,” said Interior Minister Élisabeth Baume at a news conference in Bern.',
        expect: 'Élisabeth Baume',
      },
      { text: '“Nobody expected this,” said Lars Berg on Tuesday.', expect: 'Lars Berg' },
    ],
  ),
  invertedOfAffiliation: row(
    'speaker.inverted.of-affiliation',
    'Wire and local copy name a quoted person with where they work after "of" ("…," said Hilma Shikongo of the Namibian Environment Forum.): the inverted source is the person, and the body after "of" is an affiliation, not the speaker. The tag stopped at "of the" (no source, so the quotation was lost or took a word from inside it) or ran on into "of Naviera del Sur" (the company was named the speaker). Only when a person\'s name opens the phrase and "of", an optional "the" and capitalised words run to punctuation, the sentence end or an adjunct ("in Miami", "in a statement": speaker.inverted-adjunct.words; words: OF_AFFILIATION_WORDS); a title with "of" before the name ("said Secretary of State Ann Lee") is untouched.',
    [
      {
        text: '"The delay is a chance to move it out of the park," said Hilma Shikongo of the Namibian Environment Forum.',
        expect: 'Hilma Shikongo',
      },
      {
        text: '"We are loading barges to half their capacity," said Esteban Giménez of Naviera del Sur, one of the largest barge operators.',
        expect: 'Esteban Giménez',
      },
      // An adjunct after the body (claims18: no claim at all before).
      {
        text: '"The storm is weakening," said Ana Gomez of the National Hurricane Center in Miami.',
        expect: 'Ana Gomez',
      },
      {
        text: '"The rules were broken," said Paul Martin of the Department of Justice in a statement.',
        expect: 'Paul Martin',
      },
      // Must not fire: a title with "of" before the person ("Secretary of State") is no affiliation.
      { text: '"The talks are over," said Secretary of State Ann Lee.', expect: 'Ann Lee' },
    ],
  ),
  invertedOfPhrase: row(
    'speaker.inverted.of-phrase',
    'claims18 review: a quotation\'s inverted source is often a short description with "of" and a lowercase phrase after it (\'"…," said one of the workers\', \'said the mother of two, who …\', \'said the head of the WHO, Tedros Adhanom Ghebreyesus\'). The tag stopped at "of", so the phrase did not end at punctuation and the quotation got no claim at all. Only right after a closing quotation mark, when the phrase before "of" has at most three words and names nobody, the source runs on through "of" to a comma, the sentence end or a quotation mark (at most five words; words: speaker.inverted.of-phrase.words); a name in apposition after the comma is the speaker, as for any inverted description.',
    [
      {
        text: 'Workers at the plant walked out on Monday. "We have not been paid since March," said one of the workers, who asked not to be named.',
        expect: 'one of the workers',
      },
      {
        text: '"I want my children to grow up here," said the mother of two, who moved to the town in 2019.',
        expect: 'mother of two',
      },
      {
        text: '"The virus is not done with us," said the head of the WHO, Tedros Adhanom Ghebreyesus.',
        expect: 'Tedros Adhanom Ghebreyesus',
      },
      // Must not fire: no quotation before the verb ("of" ends the source, which then reports nothing).
      { text: 'The minister said the head of the agency had resigned.', expect: 'minister' },
      // Must not fire: a person named before "of" keeps the affiliation row ("said Ana Gomez of the …").
      { text: '"The storm is weakening," said Ana Gomez of the National Hurricane Center.', expect: 'Ana Gomez' },
    ],
  ),
  subjectStrayComma: row(
    'speaker.subject.stray-comma',
    'claims18 review: "A nonprofit called Friends of the Earth, said the permit broke federal law." has a stray comma between the subject and the verb; the phrase after "said" was taken as an inverted source ("the permit broke federal law"). Only with no quotation before the verb, the phrase after it running to the sentence end without naming anyone, and the words before the comma a single noun phrase from the sentence start (an article or a name first, at most two lowercase words, then a name of capitalised and joining words running to the comma; no other punctuation, at most ten words; never before a participle): that phrase is the source, and after "called" or "named" the capitalised words are its name (words: speaker.appositive.kind-called).',
    [
      {
        text: 'A nonprofit called Friends of the Earth, said the permit broke federal law.',
        expect: 'Friends of the Earth',
      },
      // Must not fire: a quotation before the verb, or a participle after a clause with lowercase words.
      { text: '"The permit broke federal law," said the head of the agency.', expect: 'head of the agency' },
      { text: 'The company cut its forecast on Tuesday, saying demand had fallen.', expect: 'company' },
    ],
  ),
  according: row(
    'speaker.according-to',
    'The phrase after "according to" is the source; a participle phrase after it ("released on Tuesday") is not.',
    [{ text: 'Prices will rise, according to the Harbor Research Institute.', expect: 'Harbor Research Institute' }],
  ),
  appositive: row(
    'speaker.appositive-name',
    'A description followed by a name between commas ("The union president, Lina Novak, told") names the source by the name.',
    [{ text: 'The union president, Lina Novak, told reporters that talks had failed.', expect: 'Lina Novak' }],
  ),
  coordinatedAppositive: row(
    'speaker.coordinated-verb.possessed-appositive',
    'claims16 (batch 48): "The World Health Organization\'s representative in Zambia, Dr. Nadia Hamid, praised the response but warned that …" took the description, resolved to the man quoted before, because the coordinated verb\'s subject was read from the sentence start without the name in apposition that a participle already gets ("Stein\'s campaign manager, Olivia Grant, dismissed …, saying"). The name between the commas after a possessor\'s noun is the subject, also with a place after "in/at/of" inside the noun phrase.',
    [
      {
        text: "Elijah Mumba said the outbreak was over. The World Health Organization's representative in Zambia, Dr. Nadia Hamid, praised the response but warned that the rains would bring new cases.",
        expect: 'Nadia Hamid',
      },
      // Must not fire: no name in apposition, the description is resolved as before.
      {
        text: "Elijah Mumba said the outbreak was over. The agency's representative praised the response but warned that the rains would bring new cases.",
        expect: 'agency',
      },
    ],
  ),
  coordinated: row(
    'speaker.coordinated-verb',
    'A reporting verb coordinated with an earlier verb ("X criticised the plan and said", "X declined to comment but said") shares its subject.',
    [
      { text: 'Lars Berg mocked the plan as silly and said it would fail.', expect: 'Lars Berg' },
      { text: 'Lars Berg declined to give figures but said the payments would be made by June.', expect: 'Lars Berg' },
      {
        text: 'The Solar Europe Alliance met on Monday. It welcomed the probe but warned that tariffs alone would not save European factories.',
        expect: 'Solar Europe Alliance',
      },
    ],
  ),
  participle: row(
    'speaker.participle',
    'A participle after a comma ("…, saying") has the sentence\'s subject as its source.',
    [
      { text: 'Omar Haddad thanked voters in a post on Sunday, saying the result was theirs.', expect: 'Omar Haddad' },
      {
        text: 'In a post on social media, union leader Joe Ryan criticised the board, writing that nurses deserved better.',
        expect: 'Joe Ryan',
      },
      { text: 'The company cut its forecast on Tuesday, saying demand had fallen.', expect: 'company' },
      {
        text: 'Olivia Grant mocked the poll as “a snapshot,” saying internal surveys showed a closer race.',
        expect: 'Olivia Grant',
      },
      {
        text: 'Stein’s campaign manager, Olivia Grant, dismissed the poll as "a snapshot," saying internal surveys showed a closer race.',
        expect: 'Olivia Grant',
      },
    ],
  ),
  secondCue: row(
    'claim.second-cue',
    'A sentence can attribute twice: after the first cue, a second cue with a source of its own ("X said the plan was sound, but Y argued it would fail"; "X said that Y believes …") makes a second claim.',
    [{ text: 'Lina Novak said the plan was sound, but Omar Haddad argued that it would fail.', expect: 'Omar Haddad' }],
  ),
  boundPronoun: row(
    'claim.second-cue.bound-pronoun',
    'A pronoun that opens what a source said stands for that source ("The alliance said it would ask a judge …"); a cue after it is part of the first claim, not a second claim with an unresolved or wrongly resolved "it". After a contrast ("…, but they argued") it makes its own claim.',
    [
      {
        text: 'Voting rights groups met on Monday. The Georgia Voter Alliance said it would ask a federal judge to block the law.',
        expect: 'Georgia Voter Alliance',
      },
    ],
  ),
  passive: row(
    'claim.passive-unnamed',
    'A passive attribution ("is said to", "it was reported that") makes a claim without a named source.',
    [{ text: 'The general is said to be planning a new offensive.', expect: '' }],
  ),
  quoteTag: row(
    'quote.tag',
    'A quotation followed by a name and one verb ("…," Park responded / shot back Park) is that person\'s, whatever the verb.',
    [{ text: '“I understand his frustration,” Linda Novak responded.', expect: 'Linda Novak' }],
  ),
  dashTag: row(
    'quote.dash-tag',
    "A quotation followed by a dash and a name ('\"…\" — Mark Dunn, chief executive') is that person's: the pull-quote and caption style.",
    [
      {
        text: '“We are ready to talk at any time.” — Mark Dunn, chief executive of the hospital.',
        expect: 'Mark Dunn',
      },
    ],
  ),
  colonQuote: row(
    'quote.after-colon',
    'A quotation after a colon that runs to the end of the sentence (\'X had a simple message: "…"\') is the words of the named subject of the sentence.',
    [
      {
        text: 'Karen Bose had a simple message for the owners: “Pay people what they are worth.”',
        expect: 'Karen Bose',
      },
    ],
  ),
  continued: row(
    'quote.continued',
    'Every sentence of a quotation runs on with the speaker it was attributed to, until the closing mark.',
    [
      {
        text: 'Helena Marsh left early. Omar Haddad said: “We will rebuild the bridge. It will take two years.”',
        expect: 'Omar Haddad',
      },
    ],
  ),
  tagAfterClose: row(
    'quote.tag-after-close',
    'When the tag follows the closing mark of a quotation of several sentences ("A. B," he said), it speaks for all of them.',
    [{ text: '“We lost the vote. We will not give up,” Lina Novak said.', expect: 'Lina Novak' }],
  ),
  afterClaim: row(
    'quote.after-claim',
    "A quotation paragraph right after a claim, with no tag of its own, continues that claim's speaker (news style).",
    [{ text: 'The roads will reopen soon, Mateo Salas said.\n“We will not give up.”', expect: 'Mateo Salas' }],
  ),
  colonLine: row(
    'quote.after-colon-line',
    'A cue line ending in a colon ("X wrote on her blog:") introduces the quotation that opens the next paragraph.',
    [{ text: 'Mayor Lena Fox wrote on her blog:\n“The bridge will reopen in May.”', expect: 'Lena Fox' }],
  ),
  colonLineOwnClause: row(
    'quote.after-colon-line.own-clause',
    'A cue line that reports a "that" clause of its own before the colon ("The Republican told reporters that he would not raise taxes:") is an indirect claim by itself; the quotation paragraph after it is the same speaker\'s second, direct claim, not part of the first.',
    [
      {
        text: 'Dan Hollis told reporters in Overland Park that he would not raise taxes:\n\n“Kansas families are paying enough. The money is there.”',
        expect: 'Dan Hollis',
      },
    ],
  ),
  // Added 1 Dec 2026 (claim batches 24-26).
  colonContent: row(
    'quote.after-colon.content',
    'A cue with a topic before a colon and a quotation after it (\'Vos explained why the finding mattered: "This is …"\') reports the quotation: the words before the colon say what it is about, so the claim is a direct one. Not when words of the sentence follow the closing mark, nor when no quotation follows the colon ("listed three demands: pay, shifts and trains").',
    [
      {
        text: 'Speaking to reporters, Ingrid Vos explained why the finding mattered: "This is a planet like Earth."',
        expect: 'Ingrid Vos',
      },
    ],
  ),
  // Added with claim batches 58-59.
  coordinatedPossessedTitle: row(
    'speaker.coordinated-verb.possessed-title',
    'Government titles are capitalised lists of portfolios ("Zanzibar\'s Minister for Blue Economy and Fisheries, Hamad Suleiman Khamis, extolled … and announced that …"); the possessed appositive (speaker.coordinated-verb.possessed-appositive) stopped at the first capitalised word and the coordinated verb took the possessor, a place, for its source. A title word right after the possessor opens a capitalised title whose words (and "for", "of", "and", "the") run to the comma; the name after it is the subject.',
    [
      {
        text: "Ama Owusu said the mines were closed. Ghana's Minister for Lands and Natural Resources, Samuel Mensah, praised the miners and announced that the government would buy new pumps.",
        expect: 'Samuel Mensah',
      },
    ],
  ),
  afterSpokeTo: row(
    'quote.after-spoke-to',
    'A sentence saying only that someone spoke to reporters ("Mwanaisha Makame, who has farmed seaweed for 30 years, spoke to reporters on the beach.") is no claim, but the untagged quotation paragraph right after it is that person\'s, not the speaker of an earlier claim (Wikinews and wire style).',
    [
      {
        text: 'The ministry said the harvest had failed.\n\nMwanaisha Makame, who farms seaweed in Paje, spoke to reporters on the beach.\n\n“The sea used to be cool. Now it is like bathwater.”',
        expect: 'Mwanaisha Makame',
      },
    ],
  ),
} as const;

export const ATTRIBUTION_PATTERNS: readonly RuleRow<null>[] = Object.values(PATTERN);

/** The words of speaker.inverted.of-affiliation: the link, an article after it, and lowercase words inside a body's name. */
export const OF_AFFILIATION_WORDS: RuleRow<{
  links: readonly string[];
  articles: readonly string[];
  inside: readonly string[];
}> = {
  id: 'speaker.inverted.of-affiliation.words',
  value: {
    links: ['of'],
    articles: ['the'],
    inside: ['of', 'for', 'and', 'the', 'on', 'de', 'del', 'la', 'du', 'des'],
  },
  reason:
    'A body\'s name after "of" may hold lowercase joining words ("the Society for the Protection of Birds", "Naviera del Sur"); any other lowercase word ends the name, and if anything but punctuation follows, the phrase is no affiliation ("of course, as …").',
  examples: [
    {
      text: '"Closing the beach treats the symptom," said Hélène Roy of the Society for the Protection of Lakes.',
      expect: 'Hélène Roy',
    },
  ],
};

/** The limits of speaker.inverted.of-phrase: words before "of", words after it, and what ends the phrase early. */
export const INVERTED_OF_PHRASE_WORDS: RuleRow<{ maxHead: number; maxTail: number; stops: readonly string[] }> = {
  id: 'speaker.inverted.of-phrase.words',
  value: { maxHead: 3, maxTail: 5, stops: ['who', 'that', 'which', 'and', 'said', 'says'] },
  reason:
    'A description before "of" is short ("one", "the mother", "the head"); the phrase after it names a group, a number or a body in a few words ("the workers", "two", "the WHO"). A relative pronoun, "and" or a second verb of saying ends it: what follows is no longer the source.',
  examples: [
    {
      text: '"Nobody told us anything," said one of the drivers and walked away.',
      expect: 'one of the drivers',
    },
  ],
};

/** Words that open an adjunct after an inverted source ('"…," said Marsh at a news conference'). */
export const INVERTED_ADJUNCT_WORDS: RuleRow<readonly string[]> = {
  id: 'speaker.inverted-adjunct.words',
  value: ['at', 'in', 'on', 'during', 'after', 'before', 'while', 'as', 'when', 'to', 'from', 'outside'],
  reason:
    'Prepositions and conjunctions that start an adjunct after a name ("at a rally", "on Tuesday", "to reporters", "as he left"); "of", "for" and "with" are left out, since they often continue a description ("director of …", "spokesman for …").',
  examples: [{ text: '"It is over," said Mayor Hannah Cole to reporters.', expect: 'Hannah Cole' }],
};

/**
 * Cue classes whose verb takes its object on the right, so the phrase after it is never an
 * inverted source (claims/claims.ts, the inverted tag).
 */
export const OBJECT_NOT_SOURCE: RuleRow<readonly string[]> = {
  id: 'speaker.inverted.object-verbs',
  value: ['object', 'quoted'],
  reason:
    'News inverts verbs of saying (\'"…," said Marsh\') but not verbs of praise, blame or labelling: after "praised", "denounced" or "called" the phrase on the right is what was judged ("praised the decision", "called the plan “a fantasy”"), and when a comma closes an apposition before the verb ("The builder, Harbour Homes, praised the ruling.") the source is on the left.',
  examples: [
    { text: 'The builder, a family firm, praised the ruling.', expect: 'The builder' },
    { text: 'Residents, many of them elderly, condemned the decision.', expect: 'Residents' },
    // Must still invert a verb of saying after a quotation.
    { text: '“The ruling is a victory for builders,” said Tomas Rennick.', expect: 'Tomas Rennick' },
  ],
};

/**
 * Cues of blame whose object is the person blamed (claims/claims.ts, the inverted tag), unless a
 * quotation closes right before the verb.
 */
export const BLAME_OBJECT_NOT_SOURCE: RuleRow<{ cues: readonly string[]; links: readonly string[] }> = {
  id: 'speaker.inverted.blame-object',
  // fix17b: the person blamed is followed by what they are blamed of ("accused X of", "blamed X
  // for", "charged X with"), after at most one apposition; without it the verb may be inverted
  // after a reported clause ("The mayor lied, accused Ann Poole, a council member.").
  value: { cues: ['cue.verb.accuse'], links: ['of', 'for', 'with'] },
  reason:
    '"Dale Whitcomb, the Republican nominee and a former state senator, accused Gov. Laura Mendes, a Democrat, of …": after a subject in apposition the comma before "accused" looked like an inverted tag, and the person accused was taken for the source. A verb of blame ("accused", "blamed", "charged") has the person blamed on its right; it is inverted right after a quotation (\'"They lied," accused Ann Poole.\'), and also after a reported clause when no "of / for / with" follows the person (after at most one apposition): "The mayor lied about the budget, accused Ann Poole, a council member."',
  examples: [
    {
      text: "Dale Whitcomb, the Republican nominee and a former state senator, accused Gov. Laura Mendes, a Democrat, of ''letting the wells run dry'' in rural counties.",
      expect: 'Dale Whitcomb',
    },
    // Must still invert after a quotation.
    { text: '"They lied to us for a year," accused Ann Poole, a tenant.', expect: 'Ann Poole' },
    { text: 'The mayor lied about the budget, accused Ann Poole, a council member.', expect: 'Ann Poole' },
  ],
};

/**
 * Verbs of telling: the phrase after them is the one told ("told Reuters", "told The Associated
 * Press"), so they never take an inverted source.
 */
export const TELL_VERBS: RuleRow<readonly string[]> = {
  id: 'speaker.tell-addressee',
  value: ['told', 'tell', 'tells'],
  reason:
    'News inverts "said" but not "told": in \'"…", one organizer, Chloé Favre, told The Associated Press\' the source is before the verb and the phrase after it is the addressee.',
  examples: [
    {
      text: '« Nous allons continuer », one organizer, Chloé Favre, told The Associated Press.',
      expect: 'Chloé Favre',
    },
  ],
};

/** The pronouns and contrast words of `claim.second-cue.bound-pronoun`. */
export const BOUND_PRONOUN_WORDS: RuleRow<{ pronouns: readonly string[]; contrast: readonly string[] }> = {
  id: 'claim.second-cue.bound-pronoun.words',
  value: {
    pronouns: ['he', 'she', 'it', 'they'],
    contrast: ['but', 'while', 'whereas', 'although', 'though', 'however', 'yet'],
  },
  reason:
    'A third-person pronoun opening what a source said stands for that source; a contrast word or punctuation before it starts a clause of its own ("…, but they argued"), where the pronoun makes its own claim.',
  examples: [
    {
      text: 'Voting rights groups met on Monday. The Georgia Voter Alliance said it would ask a federal judge to block the law.',
      expect: 'Georgia Voter Alliance',
    },
  ],
};

/** Words of the claim sentences' own segmentation fixes (claims/quotes.ts `claimSentences`). */
export const CLAIM_SENTENCE_WORDS: RuleRow<{
  initials: readonly string[];
  openers: readonly string[];
  timeOpeners: readonly string[];
  titles: readonly string[];
}> = {
  id: 'claim.sentence.words',
  value: {
    // A country's or body's initials after "the" go on into a name ("the U.S. Food and Drug Administration").
    initials: ['u.s.', 'u.k.', 'u.n.', 'e.u.'],
    // Capitalised words that open a sentence rather than continue a name after those initials.
    openers:
      'the a an he she it they we i you but and in on at as after when while if this that these those his her its their our there yet so'.split(
        ' ',
      ),
    // Words that open a sentence after "p.m." or "a.m." ("at 10 p.m. The fire …"; "10 p.m. Eastern" goes on).
    timeOpeners: ['the', 'he', 'she', 'it', 'they', 'we', 'i', 'a', 'but', 'in'],
    // Titles before a name: "Mr. Brown", "Dr. Park", "Gov. Young" go on (claims24).
    titles: [
      'mr.',
      'mrs.',
      'ms.',
      'dr.',
      'prof.',
      'gov.',
      'sen.',
      'rep.',
      'gen.',
      'lt.',
      'col.',
      'capt.',
      'sgt.',
      'adm.',
      'cmdr.',
      'det.',
      'insp.',
      'supt.',
      'atty.',
      'amb.',
      'rev.',
    ],
  },
  reason:
    'The shared segmenter ends a sentence at every dotted abbreviation it cannot tell from a full stop; for claims, "the U.S." before a name word continues the sentence, and "p.m." before a quotation or a sentence-opening word ends it. A title before a surname that is also a common word ("Mr. Brown", "Dr. Park", "Ms. White", "Gov. Young") was cut there too, so "Laura Diaz said Mr. Brown called her" became the claim "Laura Diaz said Mr." and a quotation \'"I told Mr. Brown to call me," she said\' two claims: for claims a title goes on into the name unless a sentence opener follows (the segmenter itself is left alone: the tagger\'s features and the committed model read its sentences).',
  examples: [
    {
      text: 'Pharmedica USA is recalling two lots of its eye drops, the U.S. Food and Drug Administration said on its website.',
      // The abbreviation is part of the agency's name (organisation.country-abbreviation-agency, stop 62).
      expect: 'U.S. Food and Drug Administration',
    },
  ],
};
