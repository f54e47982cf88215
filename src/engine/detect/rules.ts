/**
 * The few rules about names that are right whatever a statistical model says, applied after the
 * tagger. Each is a row in the lexicon (names.ts, titles.ts) and each change records the row id,
 * so `--explain` can say "rule dateline.caps (model: organization 0.71 …)".
 * - dateline.caps: capitals opening a wire story's first line before a dash, comma or bracket
 *   are the place it was filed from ("WARSAW (Reuters) -").
 * - honorific.*: a name after "Mr.", "Dr.", "Sir" is a person's, and the honorific is not in it.
 * - title.*: an office or rank at the start of a person's span is a role, not part of the name
 *   (royal and religious titles are left to the model: GUM writes "Emperor Hirohito" whole).
 * - particle.*: a lowercase particle right before a person's name belongs to it ("van Boxmeer").
 * - legal-form.outside: "Inc.", "AG", "ASA" after a company name are not part of it.
 * - affiliation.party-state: "R-Ohio" after a senator's name is not a place mention.
 * - apposition.*: "the Kestrel news agency" is an organisation, "the town of Valdoria" a place.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower, spanText, type Ctx } from '../context';
import { COMMON_WORDS, TITLE_MODIFIERS } from '../lexicon/words';
import {
  AFFILIATION_ROWS,
  APPOSITION_ROWS,
  DATELINE_ROWS,
  HONORIFIC_ROWS,
  LEGAL_FORM_ROWS,
  LEGAL_FORMS,
  PARTICLE_ROWS,
} from '../lexicon/names';
import { TITLE_ROWS } from '../lexicon/titles';
import type { RuleRow } from '../lexicon/rule-row';
import type { TaggedName } from '../tagger/tag';
import { modelWhy } from '../tagger/tag';

export interface NamedSpan extends TaggedName {
  /** Id of the rule row that decided this name, when one did. */
  rule?: string;
  /** The model's own decision, when a rule overrode or reshaped it. */
  model?: string;
  /** Title words stripped off the front. */
  role?: string;
}

function rowIndex(rows: readonly RuleRow[], skip: string[] = []): Map<string, string> {
  const m = new Map<string, string>();
  for (const r of rows)
    if (!skip.includes(r.id)) for (const w of r.value) if (!m.has(w.toLowerCase())) m.set(w.toLowerCase(), r.id);
  return m;
}
const HONORIFIC = rowIndex(HONORIFIC_ROWS);
const STRIPPED_TITLE = rowIndex(TITLE_ROWS, ['title.royal', 'title.religious']);
const PARTICLE = rowIndex(PARTICLE_ROWS);
const DATELINE_MARKS = new Set(DATELINE_ROWS[0].value);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

const PERSON = 0,
  PLACE = 1,
  ORG = 2;
const certain = (type: number): [number, number, number, number] => [
  type === 0 ? 1 : 0,
  type === 1 ? 1 : 0,
  type === 2 ? 1 : 0,
  0,
];

const isCapWord = (ctx: Ctx, i: number) =>
  i < ctx.t.count && ctx.t.kind[i] === Kind.Word && (ctx.t.flags[i] & Flag.Cap) !== 0;

/** Replaces every name overlapping [a, b) by one name decided by `rule`. */
function put(out: NamedSpan[], a: number, b: number, type: number, rule: string, role?: string, was?: NamedSpan): void {
  let model = was && (was.rule ? `rule ${was.rule}` : modelWhy(was.probs, was.type));
  for (let k = out.length - 1; k >= 0; k--) {
    const n = out[k];
    if (n.b <= a || n.a >= b) continue;
    if (n.a === a && n.b === b) model = n.rule ? `rule ${n.rule}` : modelWhy(n.probs, n.type);
    out.splice(k, 1);
  }
  out.push({ a, b, type, probs: certain(type), rule, model, role });
}

function datelines(ctx: Ctx, out: NamedSpan[]): void {
  const t = ctx.t;
  for (let i = 0; i < t.count; i++) {
    if (i > 0 && !(t.flags[i] & Flag.NewLine)) continue;
    let j = i;
    let common = 0;
    while (
      j < t.count &&
      t.kind[j] === Kind.Word &&
      t.flags[j] & Flag.AllCaps &&
      !(j > i && t.flags[j] & Flag.NewLine)
    ) {
      if (COMMON_WORDS.has(lower(ctx, j))) common++;
      j++;
    }
    if (j === i || j - i > 4 || common === j - i || j + 1 >= t.count || t.flags[j] & Flag.NewLine) continue;
    if (t.kind[j] !== Kind.Punct || !DATELINE_MARKS.has(ctx.text.slice(t.start[j], t.end[j]))) continue;
    // The story goes on after the mark on the same line ("WARSAW (Reuters) - Poland said …").
    if (t.flags[j + 1] & Flag.NewLine) continue;
    put(out, i, j, PLACE, DATELINE_ROWS[0].id);
  }
}

function honorifics(ctx: Ctx, out: NamedSpan[]): void {
  const t = ctx.t;
  for (let h = 0; h + 1 < t.count; h++) {
    if (!isCapWord(ctx, h)) continue;
    const row = HONORIFIC.get(lower(ctx, h));
    if (!row) continue;
    let a = h + 1;
    while (a < t.count && t.kind[a] === Kind.Word && PARTICLE.has(lower(ctx, a)) && isCapWord(ctx, a + 1)) a++;
    if (!isCapWord(ctx, a) || t.flags[a] & Flag.NewLine) continue;
    const covering = out.find((n) => n.a <= h && n.b > h) ?? out.find((n) => n.a === h + 1);
    let b: number;
    if (covering && covering.b > a) b = covering.b;
    else {
      b = a;
      while (b < t.count && isCapWord(ctx, b) && b - a < 4 && !(t.flags[b] & Flag.NewLine)) b++;
    }
    const same = covering && covering.a === h + 1 && covering.b === b && covering.type === PERSON;
    if (!same) put(out, h + 1, b, PERSON, row);
  }
}

function titles(ctx: Ctx, out: NamedSpan[]): void {
  for (const n of [...out]) {
    if (n.type !== PERSON || n.b - n.a < 2 || n.rule) continue;
    let a = n.a;
    let row: string | undefined;
    while (a < n.b - 1) {
      const w = lower(ctx, a);
      const r = STRIPPED_TITLE.get(w);
      if (r) row ??= r;
      else if (!(TITLE_MODIFIERS.has(w) && STRIPPED_TITLE.has(lower(ctx, a + 1)))) break;
      a++;
    }
    if (!row || a === n.a) continue;
    put(out, a, n.b, PERSON, row, spanText(ctx, n.a, a), n);
  }
}

function particles(ctx: Ctx, out: NamedSpan[]): void {
  const t = ctx.t;
  out.sort((x, y) => x.a - y.a);
  for (let k = 0; k < out.length; k++) {
    const n = out[k];
    if (n.type !== PERSON) continue;
    let a = n.a;
    while (a > 0 && t.kind[a - 1] === Kind.Word && !(t.flags[a - 1] & Flag.Cap) && PARTICLE.has(lower(ctx, a - 1))) a--;
    if (a === n.a) continue;
    const row = PARTICLE.get(lower(ctx, a))!;
    const prev = k > 0 ? out[k - 1] : undefined;
    if (prev && prev.b === a && prev.type === PERSON) {
      // "Ludwig van Beethoven" tagged as two names: one person.
      out.splice(k - 1, 2);
      put(out, prev.a, n.b, PERSON, row, undefined, n);
      out.sort((x, y) => x.a - y.a);
      k--;
      continue;
    }
    // "a van Smith drove": a determiner makes the particle a common noun.
    if (a > 0 && t.kind[a - 1] === Kind.Word && DETERMINERS.has(lower(ctx, a - 1))) continue;
    if (a > 0 && isCapWord(ctx, a - 1)) continue;
    out.splice(k, 1);
    put(out, a, n.b, PERSON, row, undefined, n);
    out.sort((x, y) => x.a - y.a);
  }
}

function legalForms(ctx: Ctx, out: NamedSpan[]): void {
  for (const n of [...out]) {
    if (n.type !== ORG || n.b - n.a < 2 || n.rule) continue;
    let b = n.b;
    // "Chase & Co.": the "&" goes with the legal form.
    while (b - 1 > n.a && LEGAL_FORMS.has(lower(ctx, b - 1))) {
      b--;
      if (b - 1 > n.a && ctx.text.charCodeAt(ctx.t.start[b - 1]) === 38) b--;
    }
    if (b < n.b) put(out, n.a, b, ORG, LEGAL_FORM_ROWS[0].id, undefined, n);
  }
}

function affiliations(ctx: Ctx, out: NamedSpan[]): void {
  const row = AFFILIATION_ROWS[0];
  for (let k = out.length - 1; k >= 0; k--)
    if (
      row.value.test(spanText(ctx, out[k].a, out[k].b)) &&
      out[k].a > 0 &&
      ctx.text.charCodeAt(ctx.t.start[out[k].a - 1]) === 44
    )
      out.splice(k, 1);
}

const ORG_NOUNS = new Set(APPOSITION_ROWS[0].value);
const PLACE_NOUNS = new Set(APPOSITION_ROWS[1].value);

function appositions(ctx: Ctx, out: NamedSpan[]): void {
  const t = ctx.t;
  const w = (i: number) => (i >= 0 && i < t.count && t.kind[i] === Kind.Word ? lower(ctx, i) : '');
  for (let i = 1; i < t.count; i++) {
    if (!isCapWord(ctx, i) || (isCapWord(ctx, i - 1) && w(i - 1) !== 'the')) continue;
    let b = i;
    while (b < t.count && isCapWord(ctx, b) && b - i < 4 && !(t.flags[b] & Flag.NewLine)) b++;
    // "the Kestrel (news) agency"
    if (w(i - 1) === 'the' && !(t.flags[b] & Flag.Cap)) {
      const noun = w(b) === 'news' ? w(b + 1) : w(b);
      if (ORG_NOUNS.has(noun) && !out.some((n) => n.a === i && n.b === b && n.type === ORG)) {
        put(
          out,
          i,
          b,
          ORG,
          APPOSITION_ROWS[0].id,
          undefined,
          out.find((n) => n.a === i && n.b === b),
        );
        continue;
      }
    }
    // "the town of Valdoria"
    if (i >= 3 && w(i - 1) === 'of' && PLACE_NOUNS.has(w(i - 2)) && w(i - 3) === 'the') {
      if (!out.some((n) => n.a === i && n.b === b && n.type === PLACE))
        put(
          out,
          i,
          b,
          PLACE,
          APPOSITION_ROWS[1].id,
          undefined,
          out.find((n) => n.a === i && n.b === b),
        );
    }
  }
}

export function applyNameRules(ctx: Ctx, names: TaggedName[]): NamedSpan[] {
  const out: NamedSpan[] = names.map((n) => ({ ...n }));
  datelines(ctx, out);
  honorifics(ctx, out);
  titles(ctx, out);
  particles(ctx, out);
  legalForms(ctx, out);
  affiliations(ctx, out);
  appositions(ctx, out);
  return out.sort((x, y) => x.a - y.a);
}
