/**
 * Fold rows 21 (helper ents38c, issue #9): general causes found in the errors of the study folds
 * (0–2, `folds.ts --study`) of the GUM documents; the check folds (3–4) are read by their totals
 * only. The rules are in detect/fold-rules-21.ts; applyNameRules calls `applyFoldPatternRows21`
 * right after the fold-20 rows. Example texts are written for the rows, not taken from a fold or a
 * batch.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const ESTATE_OWNER_ROW: ListsRow<'estates' | 'trade' | 'firmNouns' | 'property'> = {
  id: 'person.estate-owner',
  value: {
    // The noun after the possessive that makes its owner a person who died and left works or wealth.
    estates: words('estate'),
    // Words after "estate" that make it land or a trade ("Tesco's estate agents", "its estate portfolio").
    trade: words('agent agents agency portfolio of'),
    // Nouns right after the word elsewhere in the text that make it a firm ("Tesco shares", "Tesco stores").
    firmNouns: words(`
      shares share stock stocks shareholders investors stores store shops branches customers employees staff
      workers chief ceo executives spokesman spokeswoman spokesperson board profit profits sales brand`),
    // Plural nouns of property later in the sentence after "estate": a firm's estate of premises
    // ("Whitbread's estate grew by 40 hotels"; review of this row).
    property: words(`
      hotels stores shops pubs bars restaurants cafes sites homes houses branches outlets offices properties
      premises warehouses depots factories plants venues cinemas gyms clinics garages showrooms units`),
  },
  reason:
    'Writing about an artist, a writer or a rich family names the dead owner by surname alone ("Moreau\'s estate sued the gallery", "Moreau\'s prints") and the model, seeing an unfamiliar single word before a possessive and nouns of trade ("licence", "use", "works"), often reads a firm; GUM marks the artist as a person (8 such mentions of one surname in a study-fold hearing, on both seeds). A possessive before "estate" names a person: the single word read as an organisation there (not a known organisation, not an organisation\'s tail word, the model below 0.9), and every other mention of that word standing alone that is read as an organisation, are persons. Not "estate agents", an "estate portfolio", an "estate of 300 stores" or an estate that "grew by 40 hotels" (property: a plural noun of premises later in the sentence), not a word the text also writes before a firm\'s noun ("Halden shares", "Halden stores"), and not a longer name that holds the word ("the Moreau Foundation").',
  examples: [
    {
      text: "Moreau's prints sold well in Lyon. Last year Moreau's estate sued the Moreau Foundation.",
      expect: 'person:Moreau | place:Lyon | person:Moreau | organization:Moreau Foundation',
    },
    {
      text: "Tesco's estate of more than 3,000 stores will be reviewed, the company said. Tesco shares rose in London.",
      expect: 'organization:Tesco | organization:Tesco | place:London',
    },
  ],
};

export const LISTING_LABEL_ROW: RuleRow<number> & { units: readonly string[]; labels: readonly string[] } = {
  id: 'none.listing-label',
  value: 0.5,
  // Words that name a measure, the labels before a colon and a measure (review of this row: a
  // place or a person before a figure, "Ambleside: 95mm", "Vesely: 88m", keeps its reading).
  labels: words(`
    depth speed length width height breadth draught draft distance duration weight size area capacity altitude
    elevation temperature range time`),
  // Units a measure after a colon carries ("Depth:2m", "Speed: 3 knots"); no score words ("points", "goals").
  units: words('m cm mm km ft metres meters miles knots kn kg hours hrs h minutes mins mph kmh km/h degrees'),
  reason:
    'Travel guides and listings give facts as labelled fields: "Depth:2m; Speed: 3 knots", "(Entrance € 5, Drinks € 3)". The label is a common word written with a capital, and the model, seeing a capital before a colon or a price, now and then reads a person or a place at low confidence (3 such names in the study folds on both seeds). A name that is one capitalised word read below this confidence is a label and no name right before a colon and a measure (a number with its unit: "2m", "3 knots") when the word names a measure (the labels list: "Depth", "Speed", "Length"), and inside brackets before a currency sign and a number when it is not a firm, a place the map knows, a given name or a word in capitals ("VHF"). Not a place or a person before a measure ("Rainfall totals: Ambleside: 95mm", "Longest throws: Vesely: 88m": review of this row, which first took any unknown word there), not a label the model is sure of, not a player before a score ("Okafor: 9 points"), and not a word with a number that names a thing of its own ("Gate 5", "Route 66").',
  examples: [
    {
      text: 'The harbour at Lundby has 12 berths. Depth:3m; Speed: 4 knots. The museum is open daily (Entrance € 6, Coffee € 2).',
      expect: 'place:Lundby',
    },
  ],
};

export const FOLD_PATTERN_ROWS_21: readonly RuleRow<unknown>[] = [ESTATE_OWNER_ROW, LISTING_LABEL_ROW];
