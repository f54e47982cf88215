/**
 * Row speaker.subject.coordinated-roles (lexicon/claims-45.ts): "The mayor and her deputy said",
 * "The mayor, who was elected in 2019, and her deputy said" — two descriptions joined by "and",
 * the first opening the sentence, are one subject.
 */
import { lower } from '../context';
import { COORDINATED_ROLES } from '../lexicon/claims-45';
import { ORG_DESCRIPTORS, PERSON_DESCRIPTORS } from '../lexicon/words';
import { Kind } from '../tokenize/tokenize';
import { isComma, type CCtx } from './claim-context';

const DETERMINERS: ReadonlySet<string> = new Set(COORDINATED_ROLES.value.determiners);
const RELATIVES: ReadonlySet<string> = new Set(COORDINATED_ROLES.value.relatives);

/** [from, to) is a determiner or possessive and one or two words, the last a person's or body's noun. */
function description(cx: CCtx, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 3 || !DETERMINERS.has(lower(cx, from))) return false;
  for (let i = from + 1; i < to; i++) if (cx.t.kind[i] !== Kind.Word) return false;
  const head = lower(cx, to - 1);
  return PERSON_DESCRIPTORS.has(head) || ORG_DESCRIPTORS.has(head);
}

/**
 * Where the coordinated subject starts when token `and` joins the phrase starting at `and + 1` to
 * a description opening the sentence at `sentFirst`, past a relative aside between commas; else -1.
 */
export function coordinatedRolesStart(cx: CCtx, and: number, sentFirst: number): number {
  if (!COORDINATED_ROLES.value || lower(cx, and) !== 'and' || !DETERMINERS.has(lower(cx, and + 1))) return -1;
  if (description(cx, sentFirst, and)) return sentFirst;
  // ", who was elected in 2019, and": back to the comma that opens the aside.
  if (!isComma(cx, and - 1)) return -1;
  for (let c = and - 2; c > sentFirst && and - c <= COORDINATED_ROLES.value.asideWords + 1; c--) {
    if (!isComma(cx, c)) continue;
    return RELATIVES.has(lower(cx, c + 1)) && description(cx, sentFirst, c) ? sentFirst : -1;
  }
  return -1;
}

/**
 * The coordination [a, b) without its relative aside: "The mayor, who was elected in 2019, and
 * her deputy" → "The mayor and her deputy"; the text as written when it has no aside.
 */
export function coordinationWithoutAside(cx: CCtx, a: number, b: number): string {
  const text = (i: number, j: number): string => cx.text.slice(cx.t.start[i], cx.t.end[j - 1]);
  for (let c = a + 1; c + 1 < b; c++) {
    if (!isComma(cx, c) || !RELATIVES.has(lower(cx, c + 1))) continue;
    for (let k = c + 2; k + 1 < b; k++)
      if (isComma(cx, k) && lower(cx, k + 1) === 'and') return `${text(a, c)} ${text(k + 1, b)}`;
  }
  return text(a, b);
}
