/**
 * Row cue.verb.read.document (lexicon/claims-33.ts): "The letter reads: '…'", "'…,' the statement
 * read." — "read" is a cue only with a document noun for its subject and a quotation beside it,
 * so "She reads books" and "The sign read clearly" stay acts. Row cue.verb.read.document.legal
 * (lexicon/claims-36.ts) adds the papers of courts and official bodies ("the judgment reads").
 */
import { lower } from '../context';
import { Kind } from '../tokenize/tokenize';
import { READ_DOCUMENT } from '../lexicon/claims-33';
import { READ_LEGAL_DOCUMENT } from '../lexicon/claims-36';
import { READ_SLOGAN } from '../lexicon/claims-54f';
import { CARRIED_DOCUMENT } from '../lexicon/claims-53f';
import type { CCtx } from './claim-context';
import { QRole } from './quotes';

/** The forms of "read" the cue candidates include. */
export const READ_FORMS: ReadonlySet<string> = new Set([...READ_DOCUMENT.value.forms, ...READ_SLOGAN.value.forms]);
const SLOGAN_DETERMINERS: ReadonlySet<string> = new Set(READ_SLOGAN.value.determiners);
/** A document noun of row cue.verb.read.document, or its plural ("placards"). */
const documentNoun = (w: string) => NOUNS.has(w) || (w.endsWith('s') && NOUNS.has(w.slice(0, -1)));
const NOUNS: ReadonlySet<string> = new Set(READ_DOCUMENT.value.nouns);
const LEGAL_NOUNS: ReadonlySet<string> = new Set(READ_LEGAL_DOCUMENT.value.nouns);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'that']);
/** How many words the subject may have between its noun and "read" ("The notice on the door read"). */
const REACH = 5;

const CARRY_VERBS: ReadonlySet<string> = new Set(CARRIED_DOCUMENT.value.verbs);
/**
 * Row cue.verb.read.document.slogan-folds: a verb of carrying stands at most three words before the
 * document noun at `n` ("carried placards", "waved home-made banners"): its bearers show it. A
 * banner "reading …" that is itself the subject ("A banner reading "Vidal Out" was unfurled") is
 * described, not quoted.
 */
function carriedBefore(cx: CCtx, a: number, n: number): boolean {
  for (let k = n - 1; k >= a && k >= n - 4; k--) if (CARRY_VERBS.has(lower(cx, k))) return true;
  return false;
}

/**
 * Token `i` ("read", "reads") in sentence tokens [a, b) reports a document's quoted words: the id
 * of the row that read it, or undefined.
 */
export function readsDocument(cx: CCtx, a: number, i: number, b: number): string | undefined {
  // "Marchers carried placards reading "…"", "One placard read "…"" (row
  // cue.verb.read.document.slogan-folds): a quotation opens right after the verb.
  const quoteNext = i + 1 < b && cx.q.role[i + 1] === QRole.Open;
  const colonNext = i + 2 < b && cx.text[cx.t.start[i + 1]] === ':' && cx.q.role[i + 2] === QRole.Open;
  if (lower(cx, i) === 'reading')
    return i - 1 >= a &&
      cx.t.kind[i - 1] === Kind.Word &&
      documentNoun(lower(cx, i - 1)) &&
      (quoteNext || colonNext) &&
      carriedBefore(cx, a, i - 1)
      ? READ_SLOGAN.id
      : undefined;
  if (quoteNext || colonNext) {
    const j = i - 1;
    const noun = j >= a && cx.t.kind[j] === Kind.Word ? lower(cx, j) : '';
    // A plural or a counted document right before the verb ("Placards read", "One banner read").
    const opens =
      j === a || (j - 1 >= a && (SLOGAN_DETERMINERS.has(lower(cx, j - 1)) || DETERMINERS.has(lower(cx, j - 1))));
    if (noun && documentNoun(noun) && opens && (noun !== lower(cx, j).replace(/s$/, '') || j - 1 >= a)) {
      if (quoteNext || SLOGAN_DETERMINERS.has(lower(cx, j - 1)) || !NOUNS.has(noun)) return READ_SLOGAN.id;
    }
  }
  let det = -1;
  let row = READ_DOCUMENT.id;
  for (let j = i - 1; j >= a && j >= i - REACH && cx.t.kind[j] === Kind.Word; j--) {
    const noun = lower(cx, j);
    if ((NOUNS.has(noun) || LEGAL_NOUNS.has(noun)) && j - 1 >= a && DETERMINERS.has(lower(cx, j - 1))) {
      det = j - 1;
      if (!NOUNS.has(noun)) row = READ_LEGAL_DOCUMENT.id;
      break;
    }
  }
  if (det < 0) return undefined;
  // "The letter reads: '…'": a colon, then a quotation opening.
  const colonQuote = i + 2 < b && cx.text[cx.t.start[i + 1]] === ':' && cx.q.role[i + 2] === QRole.Open;
  // "'…,' the statement read.": a quotation closing right before the subject.
  const before = det - 1;
  const quoteBefore = before >= a && (cx.q.role[before] === QRole.Close || cx.q.role[before] === QRole.MarkTail);
  return colonQuote || quoteBefore ? row : undefined;
}
