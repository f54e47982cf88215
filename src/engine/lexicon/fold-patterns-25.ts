/**
 * Fold rows 25 (helper ents43c, issue #9): a family of the study folds' errors left by fold rows
 * 24, found in the errors of the study folds (0–2, `folds.ts --study`, counted by cause with
 * scripts/train/fold-causes.ts) of the training documents; the check folds (3–4) are read by their
 * totals only. The rules are in detect/fold-rules-25.ts; applyNameRules calls
 * `applyFoldPatternRows25` right after the fold-24 rows. Example texts are written for the rows,
 * not taken from a fold or a batch.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const MAKER_BEFORE_POLL_ROW: ListsRow<'products' | 'standings'> = {
  id: 'organisation.maker-before-poll',
  value: {
    // What a pollster, a survey's sponsor or a publisher makes, written in lowercase right after its name.
    products: words('poll polls survey surveys journal journals'),
    // A noun right after the product makes it a candidate's standing, not a maker's poll ("a Trump
    // poll lead", "Harris poll numbers"): the name before is left. Not "margin": "the Quorvex poll
    // margin of error" is the maker's.
    standings: words(`
      lead leads lag numbers number rating ratings advantage advantages bump bumps boost gain gains
      deficit deficits standing standings surge slump slide position edge woes troubles`),
  },
  reason:
    'A poll, a survey or a journal is named by the body that makes it, written right before the lowercase noun ("the latest Newsmax / Zogby poll", "the annual Taulbee survey", "some Frontiers journals"); a pollster or a publisher the model has not met has no given name, title or body word, and is left unread (study folds: 7 bodies on both seeds, in an interview, a census report and an essay on publishing). One capitalised word right before "poll", "polls", "survey", "surveys", "journal" or "journals", alone on its line (no capitalised word either side), that no rule read and that the model leaves unread or reads below 0.6 as a place, is an organisation; so is a second such word joined to it by a slash ("Newsmax / Zogby poll"). Not a sentence\'s first word ("Opinion polls show", "Exit polls"), a word the text writes in lowercase elsewhere ("the exit poll … an Exit poll"), a weekday or a month ("a Sunday poll"), a demonym ("a Kenyan survey"), a place the map knows ("the Iowa poll", "a Texas survey"), a known body (already read), a word the model reads as a person, even unsure ("a Marist poll" at 0.45: left to the model), or as a person elsewhere ("Harris poll numbers" in an article on Kamala Harris), or a poll followed by a word of standing ("a Trump poll lead", "poll numbers", "poll advantage": a candidate\'s, not a maker\'s).',
  examples: [
    {
      text: 'The latest Quorvex poll put the senator ahead by four points.',
      expect: 'organization:Quorvex',
    },
    {
      // A place the map knows and a candidate the article names are left.
      text: 'Kamala Harris spoke in Ohio. The Ohio poll and the Harris poll numbers rose.',
      expect: 'person:Kamala Harris | place:Ohio | place:Ohio | person:Harris',
    },
  ],
};

export const FOLD_PATTERN_ROWS_25: readonly RuleRow<unknown>[] = [MAKER_BEFORE_POLL_ROW];
