/**
 * Finds candidate name chunks: maximal runs of capitalised words inside a sentence, joined
 * through particles ("bin", "al", "van") and through "of/for/on/&" when the left side is an
 * organisation or place head ("Ministry of Defence", "Council on Foreign Relations"). A
 * possessive, a quote mark or any punctuation ends a chunk. Deciding what a chunk is happens in
 * classify.ts.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower, placeLookup, spanText, type Ctx } from '../context';
import {
  COMMON_WORDS,
  FACILITY_TAIL,
  FUNCTION_WORDS,
  MONTHS,
  NAME_PARTICLES,
  NEVER_NAMES,
  ORG_LEAD,
  ORG_TAIL,
  PLACE_LEAD,
  TITLES,
  WEEKDAYS,
} from '../lexicon/words';

export interface Chunk {
  a: number;
  b: number;
  sent: number;
}
/** Adjectival name openers that are not heads ("National Oceanic and Atmospheric Administration"). */
const ADJECTIVE_LEADS = new Set(['national', 'federal', 'royal']);
/** "Microsoft and Alphabet Inc." is two companies, not one name joined by "and". */
const LEGAL_FORM_WORDS = new Set([
  'inc',
  'inc.',
  'ltd',
  'ltd.',
  'llc',
  'plc',
  'corp',
  'corp.',
  'co',
  'co.',
  'gmbh',
  'ag',
  'sa',
]);

const OF_HEADS = new Set([
  ...ORG_LEAD,
  ...ORG_TAIL,
  ...PLACE_LEAD,
  ...FACILITY_TAIL,
  'republic',
  'kingdom',
  'states',
  'emirates',
  'daughters',
  'sons',
  'friends',
  'city',
  'isle',
  'islands',
  'secretary',
  'minister',
  'ministry',
  'bank',
  'prince',
  'princess',
  'duke',
  'duchess',
  'king',
  'queen',
  'archbishop',
  'bishop',
  'mayor',
  'governor',
  'commissioner',
  'director',
  'chief',
  'head',
]);
const FOR_HEADS = new Set([
  ...ORG_LEAD,
  ...ORG_TAIL,
  'center',
  'centre',
  'coalition',
  'alliance',
  'campaign',
  'fund',
  'secretary',
  'minister',
  'commissioner',
]);

/** A capitalised word (or an "al-Amr" style particle word) that can be part of a name. */
export function isNameWord(ctx: Ctx, i: number): boolean {
  const t = ctx.t;
  if (t.kind[i] !== Kind.Word) return false;
  if (t.flags[i] & Flag.Cap) {
    const w = lower(ctx, i);
    // US party-state tags ("R-S.C.", "D-N.Y.") are not names.
    if (w.length <= 8 && w.charCodeAt(1) === 45 && (w[0] === 'r' || w[0] === 'd' || w[0] === 'i')) return false;
    // Contractions of ordinary words ("We're", "They'll", "Don't") are not names.
    const ap = w.search(/['’](re|ve|ll|d|m|t|s)$/);
    if (ap > 0 && (COMMON_WORDS.has(w.slice(0, ap)) || w.slice(0, ap).endsWith('n'))) return false;
    if (MONTHS.has(w))
      return (
        i + 1 < t.count &&
        t.kind[i + 1] === Kind.Word &&
        (t.flags[i + 1] & Flag.Cap) !== 0 &&
        !MONTHS.has(lower(ctx, i + 1)) &&
        w.length > 3
      );
    return !NEVER_NAMES.has(w) && !WEEKDAYS.has(w) && !FUNCTION_WORDS.has(w);
  }
  // Lowercase prefixed names: al-Assad, el-Sisi, bin-Salman, de-Gaulle.
  const s = t.start[i];
  let h = -1;
  for (let x = s + 1; x < t.end[i] && x <= s + 3; x++)
    if (ctx.text.charCodeAt(x) === 45) {
      h = x;
      break;
    }
  if (h > s && h < t.end[i] - 1) {
    const c = ctx.text.charCodeAt(h + 1);
    if (c >= 65 && c <= 90) return NAME_PARTICLES.has(ctx.text.slice(s, h));
  }
  return false;
}

/** Calls `emit` for each chunk in text order (streamed: no array of chunks is built). */
export function findChunks(ctx: Ctx, emit: (ch: Chunk) => void): void {
  const { t, s } = ctx;
  const out = { push: emit };
  for (let k = 0; k < s.count; k++) {
    const end = s.last[k];
    let i = s.first[k];
    while (i < end) {
      // "5th U.S. Circuit Court of Appeals", "101st Airborne Division": an ordinal opens the name.
      const ordinal =
        t.kind[i] === Kind.Num &&
        i + 1 < end &&
        isNameWord(ctx, i + 1) &&
        /\d(st|nd|rd|th)$/.test(ctx.text.slice(t.start[i], t.end[i]));
      if (!ordinal && !isNameWord(ctx, i)) {
        // A lowercase org name before a legal-form suffix ("acme GmbH").
        if (
          t.kind[i] === Kind.Word &&
          i + 1 < end &&
          isNameWord(ctx, i + 1) &&
          !(t.flags[i + 1] & Flag.NewLine) &&
          i + 2 <= end
        ) {
          const nx = lower(ctx, i + 1);
          if (
            (nx === 'gmbh' ||
              nx === 'ag' ||
              nx === 'inc' ||
              nx === 'inc.' ||
              nx === 'ltd' ||
              nx === 'ltd.' ||
              nx === 'llc' ||
              nx === 'plc') &&
            t.end[i] - t.start[i] <= 6
          ) {
            out.push({ a: i, b: i + 2, sent: k });
            i += 2;
            continue;
          }
        }
        i++;
        continue;
      }
      let j = i + 1;
      let joinedOf = false;
      for (;;) {
        if (j >= end) break;
        if (isNameWord(ctx, j)) {
          j++;
          continue;
        }
        if (t.kind[j] === Kind.Word && j + 1 < end) {
          const w = lower(ctx, j);
          const head = lower(ctx, j - 1);
          // Particles inside personal names: "Osama bin Laden", "Ludwig van Beethoven".
          if (NAME_PARTICLES.has(w) && w !== 'la' && w !== 'le') {
            // "von der Leyen", "van den Berg", "bin Laden": a particle run before a name.
            let n = j + 1;
            while (n < end && n - j < 3 && t.kind[n] === Kind.Word && NAME_PARTICLES.has(lower(ctx, n))) n++;
            if (n < end && isNameWord(ctx, n)) {
              j = n;
              continue;
            }
          }
          if (w === 'of' || w === 'for' || w === 'on' || w === 'and' || w === 'the') {
            let n = j + 1;
            // "of the", "for the" continue a name; "and the" starts a second one.
            if (w !== 'the' && w !== 'and' && n < end && lower(ctx, n) === 'the' && n + 1 < end) n++;
            if (!isNameWord(ctx, n)) break;
            if (w === 'of' && OF_HEADS.has(head)) {
              j = n + 1;
              joinedOf = ORG_LEAD.has(head) || ORG_TAIL.has(head);
              continue;
            }
            if ((w === 'for' || w === 'on') && (FOR_HEADS.has(head) || FOR_HEADS.has(head.replace(/s$/, '')))) {
              j = n + 1;
              joinedOf = true;
              continue;
            }
            if (w === 'and') {
              // Only when the joined name is a known place ("Bosnia and Herzegovina").
              let m = n + 1;
              while (m < end && isNameWord(ctx, m) && m - n < 3) m++;
              if (placeLookup(ctx, spanText(ctx, i, m)) && placeLookup(ctx, spanText(ctx, i, m))!.kind === 'country') {
                j = m;
                continue;
              }
              // "Securities and Exchange Commission", "Food and Drug Administration".
              let leftHasHead = false;
              const i0 = lower(ctx, i) === 'the' ? i + 1 : i;
              if (j - i0 >= 2)
                for (let x = i0; x < j; x++) {
                  const lw = lower(ctx, x);
                  if (ORG_TAIL.has(lw) || (ORG_LEAD.has(lw) && !ADJECTIVE_LEADS.has(lw))) leftHasHead = true;
                }
              if (
                !leftHasHead &&
                ORG_TAIL.has(lower(ctx, m - 1)) &&
                !LEGAL_FORM_WORDS.has(lower(ctx, m - 1)) &&
                m - n >= 1
              ) {
                j = m;
                continue;
              }
              // "Department of Health and Human Services", "Centers for Disease Control and
              // Prevention": after an "of/for" join from a head, "and" continues the object.
              if (joinedOf && m - n <= 2 && !placeLookup(ctx, spanText(ctx, n, m))) {
                j = m;
                continue;
              }
            }
            break;
          }
        }
        // A possessive inside an organisation name: "New People's Party", "Women's Union".
        if (t.kind[j] === Kind.Poss && j + 1 < end && isNameWord(ctx, j + 1)) {
          let m = j + 1;
          while (m < end && isNameWord(ctx, m) && m - j <= 3) m++;
          if (
            ORG_TAIL.has(lower(ctx, m - 1)) &&
            !ORG_TAIL.has(lower(ctx, j - 1)) &&
            m - j <= 3 &&
            !placeLookup(ctx, spanText(ctx, i, j))
          ) {
            j = m;
            continue;
          }
        }
        if (
          t.kind[j] === Kind.Punct &&
          ctx.text.charCodeAt(t.start[j]) === 38 &&
          j + 1 < end &&
          isNameWord(ctx, j + 1)
        ) {
          j += 2;
          continue;
        }
        break;
      }
      // A title alone before "of" is handled by classify; trim a trailing title-only word? No: keep.
      out.push({ a: i, b: j, sent: k });
      i = j;
    }
  }
}

export const isTitleWord = (w: string): boolean => TITLES.has(w);
