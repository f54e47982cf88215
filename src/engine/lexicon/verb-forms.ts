/**
 * English verb inflection for the cue tables: a lemma ("praise") gives every form a news text
 * writes ("praise praises praised praising"), so a table row names a verb once and can never
 * miss one of its forms. Regular spelling rules, plus the irregular verbs and the verbs that
 * double their last consonant that reporting and thinking verbs actually use.
 */

/** Irregular past / participle forms ([past, participle]). */
const IRREGULAR: Record<string, readonly [string, string]> = {
  say: ['said', 'said'],
  tell: ['told', 'told'],
  write: ['wrote', 'written'],
  think: ['thought', 'thought'],
  know: ['knew', 'known'],
  see: ['saw', 'seen'],
  find: ['found', 'found'],
  feel: ['felt', 'felt'],
  hear: ['heard', 'heard'],
  mean: ['meant', 'meant'],
  show: ['showed', 'shown'],
  swear: ['swore', 'sworn'],
  forget: ['forgot', 'forgotten'],
  understand: ['understood', 'understood'],
  speak: ['spoke', 'spoken'],
  shoot: ['shot', 'shot'],
  hit: ['hit', 'hit'],
  make: ['made', 'made'],
  go: ['went', 'gone'],
  learn: ['learned', 'learnt'],
  bet: ['bet', 'bet'],
  foresee: ['foresaw', 'foreseen'],
  take: ['took', 'taken'],
  spell: ['spelled', 'spelt'],
  lay: ['laid', 'laid'],
  read: ['read', 'read'],
  hold: ['held', 'held'],
};

/** British past forms written beside the American ones ("learnt", "spelt", "dreamt"). */
const EXTRA: Record<string, readonly string[]> = {
  learn: ['learnt'],
  dream: ['dreamt'],
  spell: ['spelt'],
  // British doubles the l of "signal" ("signalled"), American does not.
  signal: ['signalled', 'signalling'],
};

/** Verbs whose final consonant doubles before -ed/-ing (stress on the last syllable). */
const DOUBLING = new Set(
  'admit quip commit regret refer prefer omit submit rebut snap slam plan stop chat nag fret dub jot beg sob scrap swap plot prod rob confer deter transmit extol'.split(
    ' ',
  ),
);

const isVowel = (c: string) => 'aeiou'.includes(c);

function thirdPerson(v: string): string {
  if (v === 'go') return 'goes';
  if (/(s|x|z|ch|sh)$/.test(v)) return v + 'es';
  if (v.endsWith('y') && !isVowel(v[v.length - 2])) return v.slice(0, -1) + 'ies';
  return v + 's';
}

function past(v: string): string {
  if (DOUBLING.has(v)) return v + v[v.length - 1] + 'ed';
  if (v.endsWith('e')) return v + 'd';
  if (v.endsWith('y') && !isVowel(v[v.length - 2])) return v.slice(0, -1) + 'ied';
  return v + 'ed';
}

function gerund(v: string): string {
  if (DOUBLING.has(v)) return v + v[v.length - 1] + 'ing';
  if (v.endsWith('ie')) return v.slice(0, -2) + 'ying';
  if (v.endsWith('e') && !/(ee|ye|oe)$/.test(v)) return v.slice(0, -1) + 'ing';
  return v + 'ing';
}

/** All forms of a one-word lemma: base, 3rd person, past, participle, gerund (deduplicated). */
export function verbForms(lemma: string): string[] {
  const v = lemma.toLowerCase();
  const irr = IRREGULAR[v];
  const forms = [v, thirdPerson(v), irr ? irr[0] : past(v), irr ? irr[1] : past(v), gerund(v), ...(EXTRA[v] ?? [])];
  return [...new Set(forms)];
}

/** Lemma of each form, for a set of lemmas. */
export function formsToLemma(lemmas: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const l of lemmas) for (const f of verbForms(l)) if (!out.has(f)) out.set(f, l);
  return out;
}

/**
 * The finite auxiliaries and modals. One of them after a subject shows a clause of its own, which
 * is how many claim rows tell a reported clause from a plain object; one list so they all agree.
 */
export const FINITE_AUXILIARIES: readonly string[] = [
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
];
