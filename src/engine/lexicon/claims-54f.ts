/**
 * Rows of claims64f (issue #9: claims on unseen news). The faults stop 63 left (README "The lead's
 * reading (stop 63)" and claims63's "Left"), each probed on news sentences of our own. Kept in a
 * file of its own so a merge with the other claims helpers is a union; every id here holds a word
 * of its own ("folds"). claims/claims-54f.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row speaker.description.organization.kind-named-folds (claims/speaker.ts `recentOrg`): "The Civil
 * Aviation Authority has fined Wizz Air £1m. The regulator said …" — the regulator is the body whose
 * name says it is one, not the nearer firm it fined.
 */
export const REGULATOR_KIND_NAMED: RuleRow<{
  heads: readonly string[];
  kinds: readonly string[];
  shortForms: readonly string[];
}> = {
  id: 'speaker.description.organization.kind-named-folds',
  value: {
    // Descriptions of a body that oversees others.
    heads: ['regulator', 'watchdog'],
    // Words that end a regulator's name and say its kind ("Civil Aviation Authority", "Competition
    // Commission", "Food Standards Agency", "Office of Rail and Road", "Financial Ombudsman").
    kinds: [
      'authority',
      'authorities',
      'commission',
      'agency',
      'regulator',
      'office',
      'board',
      'ombudsman',
      'inspectorate',
      'watchdog',
      'administration',
      'commissioner',
      'directorate',
    ],
    // Regulators known by a short form.
    shortForms: ['SEC', 'FDA', 'FCA', 'CMA', 'FTC', 'EPA', 'FAA', 'CAA', 'Ofcom', 'Ofwat', 'Ofgem', 'Ofsted'],
  },
  reason:
    '"The regulator" and "the watchdog" resolved to the nearest organisation, so a story opening with a regulator acting on a firm gave the regulator\'s words to the firm: "The Civil Aviation Authority has fined Wizz Air £1m. The regulator said the airline had failed passengers" gave the speaker Wizz Air (stop 63\'s wires). Regulators carry their kind in their name (Authority, Commission, Agency, Office, Board, Ombudsman …) or are known by a short form (Ofcom, the FCA, the SEC). Of the organisations in reach, the nearest whose name says its kind is the regulator; with none such in reach the nearest organisation stays, as before ("Ofcom fined the broadcaster" then "the regulator" still has only the names it had).',
  examples: [
    {
      text: 'The Civil Aviation Authority has fined Wizz Air £1m. The regulator said the airline had failed passengers.',
      expect: 'Civil Aviation Authority',
    },
    {
      text: 'The Competition and Markets Authority has opened an inquiry into Harbour Foods. The watchdog said prices had risen too fast.',
      expect: 'Competition and Markets Authority',
    },
    {
      text: 'Ofgem fined Octopus Energy £2m on Tuesday. The regulator said the company had misled customers.',
      expect: 'Ofgem',
    },
    // Must leave: the firm is still "the airline"; a regulator alone in reach stays the regulator.
    {
      text: 'The Civil Aviation Authority has fined Wizz Air £1m. The airline said it would appeal.',
      expect: 'Wizz Air',
    },
    {
      text: 'Harbour Foods raised its prices again in March. The watchdog said it would look at the rise.',
      expect: 'watchdog',
    },
    {
      text: 'The Food Standards Agency has issued new rules. The regulator said they would take effect in May.',
      expect: 'Food Standards Agency',
    },
  ],
};
