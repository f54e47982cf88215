/**
 * Rows of claims60 (issue #9): the faults left by stop 59 (a thing for a subject, "who accept that
 * offer will", a former holder of another role, a spokesperson named before the one she speaks for,
 * a body's spokesman, the one told with a possessive or a time after it, a relative clause that
 * ends at its comma, an inverted adverb opener, "according to" in the middle of a sentence) and
 * claims batches 134 and 135 (inquiries, results calls, disasters, election nights, statements in
 * writing). Each row is a pattern of English that holds in any news. Kept in a file of its own so a
 * merge with the other claims helpers is a union (claims60f writes claims-50f.ts). claims-50.test.ts
 * runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

/**
 * Row speaker.subject.indefinite-thing (claims/claims.ts): "Nothing has emerged which suggests the
 * plan was illegal" — a thing pronoun ("nothing", "something", "anything", "everything") is no
 * source; the sentence makes no claim.
 */
export const INDEFINITE_THING: RuleRow<readonly string[]> = {
  id: 'speaker.subject.indefinite-thing',
  value: words('nothing something anything everything'),
  reason:
    'A verb of showing or suggesting after a relative pronoun takes the noun before as its subject ("Documents have emerged which show …", speaker.subject.extraposed-relative), and so "Nothing has emerged which suggests the plan was illegal" gave a claim of "Nothing" (stop 59\'s review). A thing pronoun names no source and holds no one to what follows: when the subject of the cue is one of them alone, there is no claim.',
  examples: [
    { text: 'Nothing has emerged which suggests the plan was illegal.', expect: '' },
    { text: 'Nothing suggests that the payments were made twice.', expect: '' },
    { text: 'Everything suggests that the board knew of the risks.', expect: '' },
    // Must leave: a noun that names what shows.
    { text: 'Documents have emerged that show the firm knew of the risks.', expect: 'show' },
  ],
};

/**
 * Row cue.verb.accept-that.relative-modal (claims/cues.ts, widens cue.verb.accept-that.relative-object):
 * "Players who accept that offer will be paid" — after "who accept that", a singular noun and a
 * modal's verb group that is the sentence's only verb are the object and the main clause.
 */
export const ACCEPT_THAT_RELATIVE_MODAL: RuleRow<readonly string[]> = {
  id: 'cue.verb.accept-that.relative-modal',
  value: words('will would can could may might must should shall'),
  reason:
    'cue.verb.accept-that.relative-object read "Voters who accept that argument are in the minority" (a plural verb after a singular noun) but not a modal, which shows no number: "Players who accept that offer will be paid in full" and "Tenants who accept that deal can stay" made claims with "offer will be paid" as content (stop 59\'s review). When the relative "who accept that" is followed by a singular noun and a modal, and no finite verb follows the modal\'s verb group, that group is the main clause\'s (a content clause would leave the subject without a verb): no claim. "People who accept that debt will rise are few" keeps its content clause (a second verb, "are", follows).',
  examples: [
    { text: 'Players who accept that offer will be paid in full.', expect: '' },
    { text: 'Tenants who accept that deal can stay in their homes.', expect: '' },
    // Must leave: a content clause with the main verb after it.
    { text: 'Economists who accept that debt will rise are still a minority.', expect: 'accept' },
  ],
};

/**
 * Row guard.base-form.inverted-adverb (claims/cues.ts and claims/speaker.ts, widens
 * guard.base-form.inverted-auxiliary): "Rarely does the ministry admit that …", "Seldom did the
 * board accept that …" — a negative adverb of frequency opening the sentence moves "does/did"
 * before the subject as "only" and "nor" do.
 */
export const INVERTED_ADVERB: RuleRow<readonly string[]> = {
  id: 'guard.base-form.inverted-adverb',
  value: words('rarely seldom never hardly scarcely nowhere'),
  reason:
    'guard.base-form.inverted-auxiliary makes a base-form cue a verb after "did/does/do" and its subject when the sentence opens with "only", "not", "nor" or "neither"; the negative adverbs that invert as they do were not read, so "Rarely does the ministry admit that its figures were wrong" made no claim (stop 59\'s review). "Rarely", "seldom", "never", "hardly", "scarcely" and "nowhere" opening the sentence are openers of that row too.',
  examples: [
    { text: 'Rarely does the ministry admit that its figures were wrong.', expect: 'the ministry' },
    { text: 'Seldom did the board accept that its forecasts had failed.', expect: 'the board' },
    { text: 'Never did the minister concede that the contract had lapsed.', expect: 'the minister' },
  ],
};

/**
 * Row speaker.description.owner-of-role (claims/speaker.ts): "Laura Kim, the governor's
 * spokeswoman, said … The governor said" — one given a role owned by the description's head (the
 * governor's spokeswoman) is never the described one.
 */
export const OWNER_OF_ROLE: RuleRow<boolean> = {
  id: 'speaker.description.owner-of-role',
  value: true,
  reason:
    'A spokesperson, aide or lawyer is introduced by whom she works for: "Laura Kim, the governor\'s spokeswoman, said the bill was flawed. The governor said he would veto it." The description linker found "governor" in Kim\'s roles and gave her the governor\'s words (stop 59\'s review; batches 134 and 135: "Tom Reyes, the mayor\'s spokesman, said … The mayor said"). When a person\'s roles hold the description\'s head only as an owner ("governor\'s"), she is passed over; the one given the role itself, or no one, is the speaker.',
  examples: [
    {
      text: "The governor of Ostland, Robert Ellison, vetoed the bill on Monday.\n\nLaura Kim, the governor's spokeswoman, said the bill was flawed. The governor said he would sign a narrower one.",
      expect: 'Robert Ellison',
    },
    {
      text: "The mayor, Grace Adeyemi, backed the plan.\n\nTom Reyes, the mayor's spokesman, said the city needed homes. The mayor said she wanted a school.",
      expect: 'Grace Adeyemi',
    },
    // Must leave: the spokeswoman described as such.
    {
      text: "Laura Kim, the governor's spokeswoman, said the bill was flawed. The spokeswoman said the governor would veto it.",
      expect: 'Laura Kim',
    },
  ],
};

/**
 * Row speaker.description.possessed-role.any-owner (claims/speaker.ts, widens
 * speaker.description.possessed-role): "The group's spokesman said" — a role owned by a body
 * ("group", "company", "club") links only to a person given the head word, as one owned by a
 * person does.
 */
export const POSSESSED_ROLE_ANY_OWNER: RuleRow<boolean> = {
  id: 'speaker.description.possessed-role.any-owner',
  value: true,
  reason:
    'speaker.description.possessed-role read an owner that is a person noun ("the governor\'s spokesman"); a body\'s ("The group\'s spokesman said 4,000 people had signed", "the club\'s spokeswoman", "the firm\'s lawyer") went to the last person named, who was no spokesman (stop 59\'s review). Any lowercase owner before the head makes the description link only to someone given the head word; otherwise it stands as written.',
  examples: [
    {
      text: "Residents formed a group called Save Our Park. Tom Hale joined it in May.\n\nThe group's spokesman said 4,000 people had signed.",
      expect: "The group's spokesman",
    },
    {
      text: "The club sacked its manager, Gary Hollis, on Sunday.\n\nThe club's spokeswoman said a new manager would be named soon.",
      expect: "The club's spokeswoman",
    },
    // Must leave: a person given the head word.
    {
      text: "The club's spokeswoman, Ann Lowe, spoke on Sunday.\n\nThe club's spokeswoman said a new manager would be named soon.",
      expect: 'Ann Lowe',
    },
  ],
};

/**
 * Row speaker.description.former-other-role (claims/speaker.ts, widens
 * speaker.description.former-not-current): "the former chief executive" is not one introduced as
 * the former holder of another role ("Keith Danvers, the former finance director").
 */
export const FORMER_OTHER_ROLE: RuleRow<boolean> = {
  id: 'speaker.description.former-other-role',
  value: true,
  reason:
    'speaker.description.former-not-current passes over a person given the head word in the other tense, but a person given another role with "former" or "new" was taken as the subject of the sentence before: "Sophie Achterberg, the new chief executive, took over in May. Keith Danvers, the former finance director, left in March. The former chief executive said he had warned the board" gave Danvers (stop 59\'s review). A description with former/new is not a person whose roles or introduction hold a former/new word and not the description\'s head; with no one fitting, it stands as written.',
  examples: [
    {
      text: 'Sophie Achterberg, the new chief executive, took over in May. Keith Danvers, the former finance director, left in March.\n\nThe former chief executive said he had warned the board.',
      expect: 'former chief executive',
    },
    // Must leave: the former holder of the same role.
    {
      text: 'Sophie Achterberg, the new chief executive, took over in May. Keith Danvers, the former chief executive, left in March.\n\nThe former chief executive said he had warned the board.',
      expect: 'Keith Danvers',
    },
  ],
};

/**
 * Row claim.content.past-told-addressee.possessed-and-time (claims/told-addressee.ts, widens
 * claim.content.past-told-addressee): "told his staff the plan …", "told the BBC this week the
 * plan …" — the one told may be an audience with a possessive, and a time phrase may follow it.
 */
export const TOLD_ADDRESSEE_POSSESSED_TIME: RuleRow<{
  /** Possessive determiners before an audience noun. */
  possessives: readonly string[];
  /** Words of time that follow the one told by themselves. */
  times: readonly string[];
  /** Words before a unit of time ("this week", "last night"). */
  timeDeterminers: readonly string[];
  /** Units of time after those words. */
  timeUnits: readonly string[];
}> = {
  id: 'claim.content.past-told-addressee.possessed-and-time',
  value: {
    possessives: words('his her its their our my'),
    times: words('yesterday today tonight earlier recently later'),
    timeDeterminers: words('this last next earlier'),
    timeUnits: words('week month year morning afternoon evening night weekend'),
  },
  reason:
    'claim.content.past-told-addressee starts the content past the one told ("told Reuters the plan would …") when that is a name, an object pronoun or an audience after "the"; an audience after a possessive ("told his staff the plan would save jobs", "told their members the offer was final") and a time phrase after the one told ("told the BBC this week the plan …", "told reporters yesterday the talks …") left the audience or the time as the first words of what was said (stop 59\'s review). A possessive before an audience noun is one told too, and "this week", "last night", "yesterday" … after the one told are passed over like a weekday after "on".',
  examples: [
    { text: 'The chief executive told his staff the plan would save jobs.', expect: 'the plan would save jobs' },
    { text: 'The minister told the BBC this week the plan would save jobs.', expect: 'the plan would save jobs' },
    {
      text: 'The union leader told reporters yesterday the strike would go ahead.',
      expect: 'the strike would go ahead',
    },
    // Must leave: no clause after the one told.
    { text: 'The chief executive told his staff about the plan.', expect: 'his staff about the plan' },
  ],
};

/**
 * Row claim.content.relative-clause-ends.object-relative (claims/relative-content.ts, widens
 * claim.content.relative-clause-ends): "The ruling, which lawyers said was unprecedented, was
 * appealed" — a cue after the relative's own subject reports up to the clause's closing comma too.
 */
export const RELATIVE_ENDS_OBJECT: RuleRow<{ subjectWords: number }> = {
  id: 'claim.content.relative-clause-ends.object-relative',
  value: { subjectWords: 3 },
  reason:
    'claim.content.relative-clause-ends ends the content of ", who said …," at the closing comma where the main clause resumes; it read only a cue right after the relative pronoun, so in the object relative of speaker.object-relative-subject — "The ruling, which lawyers said was unprecedented, was appealed", "The toll, which critics said was too high, rose again" — the content ran past the comma into the main clause ("was unprecedented, was appealed", stop 59\'s review). The relative may stand a few words (the clause\'s own subject) before the cue.',
  examples: [
    { text: 'The ruling, which lawyers said was unprecedented, was appealed.', expect: 'was unprecedented' },
    { text: 'The toll, which many drivers said was too high, was raised again in May.', expect: 'was too high' },
    // Must leave: no comma before the relative.
    { text: 'The council backed a plan that officials said would cost $4 million.', expect: 'would cost $4 million' },
  ],
};

/**
 * Row speaker.according-to.body-after-comma (claims/claims.ts, widens the person after the comma of
 * "according to the team's coach, Alireza Mehraban"): "according to the mine's owner, Vaalrand
 * Gold" names the body after the comma.
 */
export const ACCORDING_BODY_AFTER_COMMA: RuleRow<boolean> = {
  id: 'speaker.according-to.body-after-comma',
  value: true,
  reason:
    '"according to the team\'s coach, Alireza Mehraban" takes the person named after the comma; a body named there was left for the description ("Nine miners were trapped underground, according to the mine\'s owner, Vaalrand Gold" gave "the mine\'s owner", batch 135). A description with no name of its own, then a comma and an organisation\'s name ending the sentence or the phrase, is that organisation.',
  examples: [
    {
      text: "Nine miners were trapped underground on Tuesday, according to the mine's owner, Vaalrand Gold.",
      expect: 'Vaalrand Gold',
    },
    {
      text: "Two people were hurt in the fire, according to the club's owner, Fenway Sports Group.",
      expect: 'Fenway Sports Group',
    },
  ],
};

/**
 * Row claim.content.according-to.mid-sentence (claims/claims.ts): "Two earlier slides had hit the
 * valley, according to Salas, in 1998 and in 2011" — "according to" set off by commas inside a
 * sentence reports the words on both sides of it.
 */
export const ACCORDING_MID_SENTENCE: RuleRow<readonly string[]> = {
  id: 'claim.content.according-to.mid-sentence',
  // A part after the source that opens with these belongs to the source, not to what was said.
  value: words('who which whose whom where as and but'),
  reason:
    'An "according to" phrase after the sentence\'s first words took as content only the words before it, so in "The plan, according to officials, would cost $4 million" the content was "The plan" and in "Two earlier slides had hit the same valley, according to Salas, in 1998 and in 2011" the years were lost (stop 59\'s review; batch 134). When the source is closed by a comma and words follow that do not open a clause of the source\'s own (a relative, "as", a conjunction, an apposition of the source), the content is the sentence on both sides of the phrase.',
  examples: [
    {
      text: 'The plan, according to officials, would cost $4 million.',
      expect: 'The plan, according to officials, would cost $4 million',
    },
    {
      text: 'Two earlier slides had hit the same valley, according to Salas, in 1998 and in 2011.',
      expect: 'Two earlier slides had hit the same valley, according to Salas, in 1998 and in 2011',
    },
    // Must leave: the source's own relative clause, the source's apposition.
    {
      text: 'The plan would cost $4 million, according to officials, who asked not to be named.',
      expect: 'The plan would cost $4 million',
    },
    {
      text: 'The slope had been cleared of trees, according to Jorge Salas, a geologist in Lima.',
      expect: 'The slope had been cleared of trees',
    },
  ],
};
