/**
 * Claims rows of the lead's reading in stop 64 (issue #9): patterns met in invented news that hold
 * in any news. claims/speaker.ts reads them; claims-lead-64.test.ts runs the examples.
 */
import type { RuleRow } from './rule-row';

/** Row speaker.pronoun.body-spokesperson (claims/speaker.ts, the "he"/"she" branch of `speakerOf`). */
export const BODY_SPOKESPERSON: RuleRow<boolean> = {
  id: 'speaker.pronoun.body-spokesperson',
  value: true,
  reason:
    'An unnamed person who spoke in the sentence before is who a following "he" or "she" stands for ("A former engineer at the company said …. "Nobody called," he said."). A spokesman for a body is such a person, but his speaker resolves to the body he speaks for, and a person is what "he" needs, so the pronoun passed him over and went to the last named man: "Sheriff Andrew Berry said …. A spokesman for the Maritime and Coastguard Agency said the case should serve as a warning. "Passenger safety is not optional," he said." gave the agency\'s words to the sheriff. When the speaker just before is written as one person of the pronoun\'s gender speaking for a body ("a spokesman for", "a spokeswoman for", "an official at"), the pronoun is that speaker, resolved to the same body.',
  examples: [
    {
      text: 'Sheriff Andrew Berry said the company had fallen short. A spokesman for the Maritime and Coastguard Agency said the case should serve as a warning. "Passenger safety is not optional," he said.',
      expect: 'Maritime and Coastguard Agency',
    },
    {
      text: 'Mayor Tom Reyes said the bridge was safe. A spokeswoman for Network Rail said inspections would continue. "We will not take risks," she added.',
      expect: 'Network Rail',
    },
    // Must leave: a pronoun of the other gender, and a person named in between.
    {
      text: 'Sheriff Andrew Berry said the company had fallen short. A spokeswoman for the Maritime and Coastguard Agency said the case was a warning. "It was avoidable," he said.',
      expect: 'Andrew Berry',
    },
  ],
};
