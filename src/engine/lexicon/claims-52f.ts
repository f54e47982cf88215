/**
 * Rows of claims62f (issue #9: claims in writing we did not invent). What claims61f left on the
 * claims folds (README "Claims folds by cause, sixth round", its "Left" paragraph) and the study
 * folds' third-person misses, each probed on news sentences of our own. Kept in a file of its own so
 * a merge with the other claims helper (claims62 writes claims-52.ts) is a union; every id here holds
 * a word of its own ("adverb-first", "printed-matter"). claims-52f.test.ts runs the examples through
 * the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row claim.content.relative-clause-ends.adverb-first (claims/relative-content.ts, widens
 * claim.content.relative-clause-ends): "Mr Okafor, who told reporters the bank was sound, later
 * resigned" — the main clause may resume with an adverb before its verb.
 */
export const RELATIVE_ENDS_ADVERB: RuleRow<{ adverbs: readonly string[] }> = {
  id: 'claim.content.relative-clause-ends.adverb-first',
  value: {
    // Adverbs of time and sequence that stand before a main clause's verb in news narration; any
    // other word in -ly ("quickly", "repeatedly") is read as an adverb as well.
    adverbs: ['later', 'then', 'also', 'since', 'soon', 'never', 'still', 'now', 'again', 'once', 'twice', 'often'],
  },
  reason:
    'A cue inside a relative clause set off by commas reports up to the closing comma when the main clause resumes with a verb right after it (a finite auxiliary, a past in -ed or an irregular past). News often puts an adverb of time before that verb: "Mr Okafor, who told reporters the bank was sound, later resigned" ran the content on to "…, later resigned" (claims61f\'s leftover), as did "…, then left the country" and "…, quietly withdrew the bid". One adverb (a closed list of time and sequence words, or a word in -ly) may stand between the comma and the verb; a comma inside the content followed by an adverb and no verb ("cheap, then costly") is not cut.',
  examples: [
    { text: 'Mr Okafor, who told reporters the bank was sound, later resigned.', expect: 'the bank was sound' },
    {
      text: 'The minister, who said the budget was balanced, then left the country.',
      expect: 'the budget was balanced',
    },
    { text: 'The firm, which said the deal was fair, quietly withdrew the bid.', expect: 'the deal was fair' },
    // Must leave: an adverb in the content with no verb after it.
    {
      text: 'The mayor thanked Ruiz, who said the plan was cheap, then costly.',
      expect: 'the plan was cheap, then costly',
    },
  ],
};

/**
 * Row cue.document-saying.printed-matter (widens cue.document-saying, claim-cues.ts): "Residents
 * were given a leaflet warning that the water was unsafe" — printed and posted matter speaks
 * through a participle as a statement or a letter does.
 */
export const DOCUMENT_PRINTED: RuleRow<readonly string[]> = {
  id: 'cue.document-saying.printed-matter',
  value: [
    // Printed matter handed out or put up, and messages sent by wire or phone: each is read by the
    // public and says something in its own words. Left out: "sign" and "text", as often a verb or
    // another noun ("the text saying" of a law is its wording, not a source). Each with its plural:
    // "Protesters carried banners saying …".
    'leaflet',
    'leaflets',
    'flyer',
    'flyers',
    'pamphlet',
    'pamphlets',
    'brochure',
    'brochures',
    'poster',
    'posters',
    'placard',
    'placards',
    'banner',
    'banners',
    'telegram',
    'telegrams',
    'circular',
    'circulars',
    'bulletin',
    'bulletins',
    'advisory',
    'advisories',
    'notification',
    'notifications',
  ],
  reason:
    'A participle of saying after a document ("a statement saying …", "a letter telling him …") reports the document\'s content, and its issuer (or, after a verb of receiving, the document) is the source. The list of documents held statements, letters, posts, notes and filings, but not the printed matter that news reports just as often: "Residents were given a leaflet warning that the water was unsafe" made no claim (claims61f\'s check), nor "Protesters carried banners saying the mine would poison the river" or "a telegram telling him his brother was injured" (a study-fold miss). Leaflets, flyers, pamphlets, brochures, posters, placards, banners, telegrams, circulars, bulletins, advisories and notifications join the documents.',
  examples: [
    { text: 'Residents were given a leaflet warning that the water was unsafe.', expect: 'warning' },
    { text: 'Protesters carried banners saying the mine would poison the river.', expect: 'saying' },
    { text: 'The family received a telegram telling them the ship had sunk.', expect: 'telling' },
    { text: 'The council issued an advisory saying schools would stay shut on Monday.', expect: 'saying' },
    // Must leave: the noun with no participle of saying after it.
    { text: 'Volunteers handed out leaflets on the high street.', expect: '' },
  ],
};

/**
 * Row speaker.appositive.description-no-content (claims/claims.ts `sourceOnLeft`): "The chairman,
 * Tom Reed, told reporters the decision was final" — the description a name stands beside is part
 * of the speaker, never the content of a tag.
 */
export const APPOSITIVE_DESCRIPTION_NO_CONTENT: RuleRow<{
  openers: readonly string[];
  roleHeads: readonly string[];
  placeLinks: readonly string[];
}> = {
  id: 'speaker.appositive.description-no-content',
  value: {
    // The words that open a description before a name in apposition (a word before "'s" opens one
    // too: "Acme's chairman, Tom Reed, …").
    openers: ['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your'],
    // Role nouns that head such a description beside the nouns for people the claims share
    // (words.ts PERSON_DESCRIPTORS): offices and posts named by a short word (lead, stop 63).
    roleHeads: [
      'chair',
      'chairperson',
      'vice-chair',
      'deputy',
      'boss',
      'owner',
      'trustee',
      'organiser',
      'organizer',
      'campaigner',
      'inspector',
      'headteacher',
      'convenor',
    ],
    // The words that tie a place to the role ("Its chair in England, …", "The union's organiser
    // for Scotland, …").
    placeLinks: ['in', 'at', 'for'],
  },
  reason:
    'When the subject of a cue is a description with a name in apposition ("The chairman, Tom Reed, told …", "Its chief executive, Ana Lopes, told the BBC …"), the speaker is the name, and the words before it were taken for the content of a tag placed after it ("The plan is dead, Reed told reporters") whenever what followed the cue was short: "The chairman, Tom Reed, told reporters the decision was final" made the claim "The chairman" (the review of stop 61 left it), as did "told reporters that the decision was final". The words before a tag now end where the description begins (an article or a possessive, or a word before "\'s", opening the words between the previous comma and the name, whose last word is a noun for a person or a role: "The road floods every winter, Ann Cole, who lives nearby, said" keeps its content): the description is the speaker\'s, and only what stands before it can be content ("The plan is dead, the chairman, Tom Reed, told reporters"). The lead (stop 63) found the head read only from the nouns for people, so "Its chair, Claire Anderson, told reporters that supplies were good" and "His deputy, …" still made the description the claim, as did a place tied to the role ("Its chair in England, Professor Claire Anderson, told the Guardian that …"): short role words head a description too, and the head is read before "in/at/for" and the place\'s capitalised words.',
  examples: [
    { text: 'The chairman, Tom Reed, told reporters the decision was final.', expect: 'the decision was final' },
    {
      text: "The club's chairman, Tom Reed, told reporters that the decision was final.",
      expect: 'the decision was final',
    },
    { text: 'Its chief executive, Ana Lopes, told the BBC the plant would close.', expect: 'the plant would close' },
    // Merged from claim.tail.addressee-only.clause-past-addressee (dedupe62).
    { text: 'The chairman, Tom Reed, told reporters that the decision was final.', expect: 'the decision was final' },
    { text: 'The coach, Ana Ruiz, told the BBC the team was tired.', expect: 'the team was tired' },
    // Lead, stop 63: a short role word as the head, and a place tied to the role.
    { text: 'Its chair, Claire Anderson, told reporters that supplies were good.', expect: 'supplies were good' },
    { text: 'His deputy, Sam Okoro, told the BBC that the talks had failed.', expect: 'the talks had failed' },
    {
      text: 'Its chair in England, Professor Claire Anderson, told the Guardian that supplies were good.',
      expect: 'supplies were good',
    },
    {
      text: "The union's organiser for South Wales, Dai Price, told members that the offer was poor.",
      expect: 'the offer was poor',
    },
    // Words before the description are a tag's content (and the description is not).
    { text: 'The plan is dead, the chairman, Tom Reed, told reporters.', expect: 'The plan is dead' },
    // Must leave: a trailing tag with the addressee alone, and with an adjunct.
    { text: 'The decision is final, Tom Reed told reporters.', expect: 'The decision is final' },
    { text: 'The decision is final, two officials told reporters on Thursday.', expect: 'The decision is final' },
  ],
};

/**
 * Row cue.relative-object.main-say-after (claims/cues.ts `relativeObjectBeforeSay`): "Residents who
 * reported the smell said it was getting worse" — a cue inside a restrictive relative clause whose
 * object is followed by the main verb of saying.
 */
export const RELATIVE_OBJECT_SAY: RuleRow<{
  relatives: readonly string[];
  mainCues: readonly string[];
  maxObjectWords: number;
}> = {
  id: 'cue.relative-object.main-say-after',
  value: {
    // The relative pronouns of a restrictive clause about people or bodies.
    relatives: ['who', 'that'],
    // The finite forms of "say" and "tell" that carry a sentence's report.
    mainCues: ['said', 'says', 'say', 'told', 'tell', 'tells'],
    // The words of the object between the two verbs.
    maxObjectWords: 5,
  },
  reason:
    'The sentence\'s cue is its first verb of saying, and a verb of reporting inside a relative clause ("Residents who reported the smell said it was getting worse", "Drivers who reported the fault said the brakes had failed", "Parents who complained to the school say …") was taken as the cue with a bare clause after it: the content "the smell said it was getting worse", and the real claim lost (the review of stop 61 left it). When the cue follows "who" or "that" after a word and only a short noun phrase (no past form, auxiliary, "that" or punctuation) stands between it and "said", "says" or "told", the relative verb takes that phrase as its object: it is passed over and the main verb reports, with the relative clause in its speaker.',
  examples: [
    { text: 'Residents who reported the smell said it was getting worse.', expect: 'said' },
    { text: 'Drivers who reported the fault told the inquiry the brakes had failed.', expect: 'told' },
    { text: 'Parents who complained to the school say the fees are unfair.', expect: 'say' },
    // Merged from cue.verb.relative-bare-object.main-cue-after (dedupe62).
    { text: 'Workers who reported the leak told managers it was dangerous.', expect: 'told' },
    { text: 'Staff who raised the alarm warned it was too late.', expect: 'warned' },
    // Must leave: the relative verb reports a clause of its own, and a cue alone.
    { text: 'Officials who said the plan failed were dismissed.', expect: 'said' },
    { text: 'Passengers who said the train was late were moved to a bus.', expect: 'said' },
    { text: 'Residents reported the smell was getting worse.', expect: 'reported' },
  ],
};

/**
 * Row claim.second-cue.after-relative-clause (claims/claims.ts `relativeClosingComma`): "The mayor,
 * who said the bridge was safe, added that repairs would start in May" — two claims of one speaker.
 */
export const RELATIVE_SECOND: RuleRow<boolean> = {
  id: 'claim.second-cue.after-relative-clause',
  value: true,
  reason:
    'A cue inside a relative clause set off by commas reports up to the closing comma (row claim.content.relative-clause-ends); when the main clause that resumes there has a cue of its own ("The mayor, who said the bridge was safe, added that repairs would start in May", "The minister, who told MPs the budget was balanced, later admitted that it was not"), that is a second claim, and it was lost: a second cue needed a subject of its own before it or a conjunction ("…, and added"). The verb right after the closing comma (past one adverb) shares the relative clause\'s antecedent, which is the first claim\'s speaker, as a coordinated verb does.',
  examples: [
    {
      text: 'The mayor, who said the bridge was safe, added that repairs would start in May.',
      expect: 'repairs would start in May',
    },
    {
      text: 'The minister, who told MPs the budget was balanced, later admitted that it was not.',
      expect: 'it was not',
    },
    // Merged from claim.second-cue.after-relative (dedupe62): "which" for a body, and a second cue
    // with no adverb before it.
    { text: 'The mayor, who said the budget was tight, added that cuts were coming.', expect: 'cuts were coming' },
    {
      text: 'The union, which said pay was too low, warned that strikes would follow.',
      expect: 'strikes would follow',
    },
    // Must leave: a main verb that reports nothing, and a relative clause with no cue.
    { text: 'The senator, who said the law was unfair, voted against it on Tuesday.', expect: '' },
    { text: 'The senator, who said the law was unfair, voted against it.', expect: '' },
    { text: 'The mayor, who had urged calm, said the budget was tight.', expect: '' },
  ],
};

/**
 * Row speaker.object-relative-subject.past-verb (claims/relative-speaker.ts, widens
 * speaker.object-relative-subject): "The tax, which critics said harmed the poor, fell" — the
 * relative's own subject speaks when the reported clause opens with a past as well.
 */
export const OBJECT_RELATIVE_PAST: RuleRow<boolean> = {
  id: 'speaker.object-relative-subject.past-verb',
  value: true,
  reason:
    'In "a deal that analysts said would weaken its rival" the relative clause\'s own subject ("analysts") is the speaker, read only when the clause after the cue opens with a modal or a finite "be"/"have". A clause whose subject is the relative pronoun opens just as often with a past: "The tax, which critics said harmed the poor, fell last year" gave the claim to "The tax" (claims61f\'s check, per the conventions a claim by the critics), as did "a scheme that residents said damaged their homes". A past in -ed or an irregular past of the closed table (verb.irregular-past.closed-table) after the cue opens the clause too.',
  examples: [
    { text: 'The tax, which critics said harmed the poor, fell last year.', expect: 'critics' },
    { text: 'The council backed a scheme that residents said damaged their homes.', expect: 'residents' },
    { text: 'The firm cut a grant that teachers said kept the library open.', expect: 'teachers' },
    // Must leave: a modal after the cue (the older row).
    { text: 'The tax, which critics said would hurt the poor, fell last year.', expect: 'critics' },
  ],
};
