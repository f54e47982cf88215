/**
 * The shape of every piece of word knowledge the engine keeps as data: a named row with the
 * reason it is right and an example that a table-driven test runs. `--explain` names rows by
 * `id`, so a decision can always be traced back to the row (or the model score) that made it.
 */
export interface RuleRow<V = readonly string[]> {
  /** Stable, dotted name shown by `--explain` ("title.honorific", "cue.verb.speech"). */
  id: string;
  /** The words, patterns or settings the row contributes. */
  value: V;
  /** Why the rule holds in general English news text: a linguistic reason, never an article. */
  reason: string;
  /** Sentences the row must decide, with the decision a test expects (its meaning is per table). */
  examples: readonly {
    text: string;
    expect: string;
    /** A known gap: the trained tagger gets this example wrong for now (rows.test.ts keeps it as \`it.fails\`). */
    gap?: string;
  }[];
}

/** Words of all rows in a table, lowercased, for O(1) look-ups in hot loops. */
export function wordSet(rows: readonly RuleRow[]): Set<string> {
  const out = new Set<string>();
  for (const r of rows) for (const w of r.value) out.add(w.toLowerCase());
  return out;
}

/** A row's words as a set, as written, for O(1) look-ups (the forms of `ctx.forms`, or lowercased rows). */
export function setOf(words: readonly string[]): Set<string> {
  return new Set(words);
}

/** A row's words as a set, lowercased, for look-ups by `lower(ctx, i)` whatever case the row is written in. */
export function lowerSetOf(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => w.toLowerCase()));
}

/**
 * The family of a row id, its first dotted part ("sport" for "sport.place-team"): rows of one family
 * decide one kind of question (sport: sides and grounds in a match report), so code may ask it.
 */
export function rowFamily(id: string): string {
  const dot = id.indexOf('.');
  return dot < 0 ? id : id.slice(0, dot);
}

/** The row of a table with this id: code names the row it applies, never its position in the table. */
export function rowNamed<R extends { id: string }>(rows: readonly R[], id: string): R {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`no rule row ${id}`);
  return row;
}
