/**
 * Rows from the blind entity batches 71 and 72 (5 Dec 2026, helper ents34a; the batches are in
 * detect/news-entities-71.cases.ts). Batch 73 was written with them and is never fixed against (its
 * errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-24.ts, called by applyNameRules
 * after the rows of batches 68 and 69. Example texts are written for the rows, not taken from a
 * batch: each row has sentences it must decide and sentences it must leave alone.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const FOREIGN_PLACE_HEAD_ROW: ListsRow<'heads' | 'beforeParticle' | 'particles'> = {
  id: 'place.foreign-place-head',
  value: {
    // Malay and Indonesian island, hill, mountain, cape, river and village; Italian and French
    // mountain pasture and lake; Spanish hill.
    heads: words('pulau bukit gunung tanjung sungai kampung kampong alpe lago cerro'),
    // "Val di Fiemme", "Val d'Isère", "Valle de Bravo": a valley only before a particle ("Val
    // Kilmer" is a person).
    beforeParticle: words('val valle'),
    particles: words("di de del della d' d’"),
  },
  reason:
    'Places in South-East Asia and the Alps open with a head word of their own language the way English ones open with "Mount" or "Lake": "Pulau Semakau" (island), "Bukit Timah" (hill), "Tanjung Priok" (cape), "Alpe Cermis", "Lago Maggiore", "Cerro Rico"; a valley "Val"/"Valle" before a particle ("Val di Fiemme", "Valle de Bravo"). The model, which has seen few of them, reads a person (two capitalised words). A name of two to four words that the model (no rule) read as a person and that opens with one of these heads is a place (a firm named after its hill, "Cerro Verde" read as an organisation, is left: mines sell under their mountain\'s name); "Val" and "Valle" count only before "di", "de", "del", "della" or "d\'" ("Val Kilmer" stays a person). A head alone, or a name a rule decided, is left.',
  examples: [
    {
      text: 'Oil washed up on Pulau Semakau, and the final climb went up Alpe Cermis in Val di Fiemme.',
      expect: 'place:Pulau Semakau | place:Alpe Cermis | place:Val di Fiemme',
    },
    { text: 'Val Kilmer and Bukit said nothing.', expect: 'person:Val Kilmer | person:Bukit' },
  ],
};

export const FIRM_PARTNERS_COMMA_ROW: RuleRow<number> = {
  id: 'organisation.firm-partners-comma',
  value: 4,
  reason:
    'Law firms, accountants and agencies named after three or more partners list them with commas before the ampersand: "Myers, Fletcher & Gordon", "Skadden, Arps, Slate, Meagher & Flom". ampersand.firm reads only the words on either side of "&", so the first partners are left outside or read as a person. One capitalised word (up to `value` of them, each followed by a comma) right before a name ampersand.firm made is the firm\'s too, when the first of them opens the sentence or follows a lowercase word or "the", is no known place or organisation and no name read with confidence (0.6, or by a rule); a list that goes on before it ("Apple, Google, Procter & Gamble") or a known name in it is left. Widened from batch 77 (ents37a): a partner may be hyphenated ("García-Cuéllar"), and Spanish and Portuguese firms join the last two partners with "y" or "e" ("Creel, García-Cuéllar, Aiza y Enríquez"), which the model reads as a person or leaves; two capitalised words joined so (unread, or read by the model alone) with at least two partners listed before them are the firm ("Ortega y Gasset" alone is one person\'s double surname).',
  examples: [
    {
      text: 'Myers, Fletcher & Gordon acted for the terminal.',
      expect: 'organization:Myers, Fletcher & Gordon',
    },
    {
      text: 'The bank hired Creel, García-Cuéllar, Aiza y Enríquez as counsel.',
      expect: 'organization:Creel, García-Cuéllar, Aiza y Enríquez',
    },
    {
      text: 'Shares of Apple, Procter & Gamble and Nike rose.',
      expect: 'organization:Apple | organization:Procter & Gamble | organization:Nike',
    },
  ],
};

export const BLIND_NEWS_ROWS_24: readonly RuleRow<unknown>[] = [FOREIGN_PLACE_HEAD_ROW, FIRM_PARTNERS_COMMA_ROW];
