/**
 * Decides what a capitalised chunk is: a person (after stripping titles, which become roles),
 * a place (gazetteer or built-in lists, facility and geographic heads, "city of X" context), an
 * organisation (head words like Ministry/Agency/Party, acronyms), or nothing (sentence-initial
 * common words, demonyms, headline noise). Order matters: organisation and facility heads beat
 * titles ("General Motors"), titles beat places, places beat the multi-word person default.
 */
import type { EntityType } from '../types';
import { Flag, Kind } from '../tokenize/tokenize';
import { isDemonym, lower, spanText, word, type Ctx, type PlaceHit } from '../context';
import type { Chunk } from './chunks';
import {
  CENTER_ORG_WORDS,
  CLUB_SUFFIXES,
  CUE_VERBS,
  KIN_NOUNS,
  FACILITY_TAIL,
  FIRST_NAME_SET,
  PLACE_TAIL,
  ORG_LEAD,
  ORG_NEXT_NOUNS,
  ORG_TAIL,
  PLACE_LEAD,
  PLACE_NEXT_NOUNS,
  PLACE_PREV,
  ROLE_NOUNS,
  STAFF_NOUNS,
  STATE_ABBREVIATIONS,
  THE_NAMES,
  TITLE_MODIFIERS,
  TITLES,
} from '../lexicon/words';
import {
  COMPASS,
  DIRECTION_TAIL,
  LEGAL_FORMS,
  ORG_SET,
  hasPlaceContext,
  isAcronym,
  isCommon,
  isNameWordLike,
  isTitleTok,
  placeOf,
  roleBefore,
  startsPlace,
} from './cues';

const AREA_TAIL = new Set([
  'territory',
  'territories',
  'province',
  'region',
  'oblast',
  'prefecture',
  'governorate',
  'canton',
  'county',
]);
const NUMBERED_LABELS = new Set(
  'category phase level article section chapter stage grade class type model flight route round week day game season episode part act room gate terminal platform'.split(
    ' ',
  ),
);

export interface RawMention {
  a: number;
  b: number;
  type: EntityType;
  /** Needs confirmation by a confident mention of the same name elsewhere. */
  weak: boolean;
  /** The type is a guess (single unknown word); coreference may change it. */
  guessed: boolean;
  role?: string;
  place?: PlaceHit;
  sent: number;
  /** Weak because it only opens a sentence; two such openings confirm each other. */
  initial?: boolean;
}

export function classifyChunk(ctx: Ctx, ch: Chunk, out: RawMention[]): void {
  const { t, s } = ctx;
  let a = ch.a;
  const b = ch.b;
  const sentFirst = s.first[ch.sent];
  const headline = ctx.headline[ch.sent];

  // Title-case headlines: split at common words, keep only what is not ordinary English.
  if (headline === 2) {
    let x = a;
    while (x < b) {
      const keep = (i: number) => ORG_TAIL.has(lower(ctx, i)) || (i + 1 < b && ORG_TAIL.has(lower(ctx, i + 1)));
      while (x < b && (isCommon(ctx, lower(ctx, x)) || TITLES.has(lower(ctx, x))) && !keep(x)) x++;
      let y = x;
      while (y < b && (!isCommon(ctx, lower(ctx, y)) || keep(y))) y++;
      if (y > x) classifyCore(ctx, { a: x, b: y, sent: ch.sent }, out, true);
      x = y;
    }
    return;
  }
  // Sentence-initial capitals: drop ordinary words ("Thousands", "The", "Authorities").
  let atStart =
    a === sentFirst ||
    (a > sentFirst && (t.kind[a - 1] === Kind.QOpen || (t.kind[a - 1] === Kind.Punct && a - 1 === sentFirst))) ||
    // "Live: World news briefing", "Analysis: Markets slide": a one-word label and a colon.
    (a === sentFirst + 2 && t.kind[a - 1] === Kind.Punct && ctx.text.charCodeAt(t.start[a - 1]) === 58);
  const initial = atStart;
  let orgTailed = b - a >= 2 && (ORG_TAIL.has(lower(ctx, b - 1)) || FACILITY_TAIL.has(lower(ctx, b - 1)));
  // "The Human Rights Commission of Pakistan": an organisation head before "of" inside the chunk.
  for (let i = a + 1; i + 1 < b && !orgTailed; i++)
    if (lower(ctx, i + 1) === 'of' && (ORG_TAIL.has(lower(ctx, i)) || ORG_LEAD.has(lower(ctx, i)))) orgTailed = true;
  if (b - a >= 3 && lower(ctx, a) === 'the' && THE_NAMES.has(lower(ctx, b - 1))) {
    classifyCore(ctx, { a, b, sent: ch.sent }, out, false);
    return;
  }
  while (a < b && atStart) {
    const w = lower(ctx, a);
    if (w === 'the' || w === 'a' || w === 'an') {
      a++;
      continue;
    }
    if (orgTailed && b - a >= 2) break;
    // "Centers for Disease Control", "Ministry of Health": a head with its object is a name.
    if (
      a + 2 < b &&
      /^(of|for|on)$/.test(lower(ctx, a + 1)) &&
      (ORG_LEAD.has(w) || ORG_LEAD.has(w.replace(/s$/, '')) || ORG_TAIL.has(w))
    )
      break;
    // Known organisations keep their capital ("Reuters reported").
    if (ORG_SET.has(w) || (a + 1 < b && ORG_SET.has(spanText(ctx, a, b).toLowerCase()))) break;
    // "Supreme Court …", "Environment Secretary …": a head or title right after keeps the word.
    if (a + 1 < b) {
      const nx = lower(ctx, a + 1);
      if (ORG_TAIL.has(nx) || FACILITY_TAIL.has(nx) || TITLES.has(nx)) break;
    }
    // "Political analyst Yogendra Yadav": an adjective before a lowercase role noun.
    if (
      b - a === 1 &&
      a + 1 < t.count &&
      /(al|ic|ical|ive|ous|ary)$/.test(w) &&
      (ROLE_NOUNS.has(lower(ctx, a + 1)) || TITLES.has(lower(ctx, a + 1))) &&
      !(t.flags[a + 1] & Flag.Cap) &&
      !ORG_SET.has(w) &&
      !placeOf(ctx, a, b) &&
      !isDemonym(ctx, word(ctx, a))
    )
      return;
    const inflected =
      a + 1 < t.count &&
      /(ed|ing|ly|ers|ors|ists|ants|ents)$/.test(w) &&
      !(t.flags[a + 1] & Flag.Cap) &&
      !FIRST_NAME_SET.has(w);
    if (
      (isCommon(ctx, w) || inflected) &&
      !TITLES.has(w) &&
      !startsPlace(ctx, a, b) &&
      !(FIRST_NAME_SET.has(w) && a + 1 < b)
    ) {
      a++;
      continue;
    }
    atStart = false;
  }
  // An indefinite article never opens a name ("— A Senate committee").
  if (b - a >= 2 && (lower(ctx, a) === 'a' || lower(ctx, a) === 'an') && !(t.flags[a] & Flag.Dotted)) a++;
  // Mid-sentence "The" opens a name only for publications ("The Guardian"); GUM drops it otherwise.
  if (a < b && lower(ctx, a) === 'the' && !(b - a >= 2 && THE_NAMES.has(lower(ctx, b - 1)))) a++;
  // Currency prefixes: "US$ 20", "NZ $ 26".
  if (b - a === 1 && b < t.count && ctx.text.charCodeAt(t.start[b]) === 36) return;
  if (a >= b) return;
  // A lone capitalised word opening a sentence-case headline ("Ceasefire talks resume") is a
  // name only if the story names it too.
  classifyCore(
    ctx,
    { a, b, sent: ch.sent },
    out,
    headline === 1 &&
      initial &&
      b - a === 1 &&
      a === sentFirst &&
      b < s.last[ch.sent] &&
      !placeOf(ctx, a, b) &&
      !isAcronym(ctx, a) &&
      !ORG_SET.has(lower(ctx, a)),
  );
}

function classifyCore(ctx: Ctx, ch: Chunk, out: RawMention[], weak: boolean): void {
  const { t, s } = ctx;
  let a = ch.a;
  const sentFirst = s.first[ch.sent];
  const push = (x: number, y: number, type: EntityType, extra?: Partial<RawMention>) => {
    const m: RawMention = { a: x, b: y, type, weak, guessed: extra?.guessed ?? false, sent: ch.sent };
    if (extra?.role) m.role = extra.role;
    if (extra?.place) m.place = extra.place;
    out.push(m);
  };
  // "rebel-held Idlib", "Beijing-backed X": the modifier is not part of the name.
  while (a < ch.b - 1 && /^[^-]+-[a-z]+$/.test(word(ctx, a)) && !/^(al|el|bin|ibn|abu)-/i.test(word(ctx, a))) a++;
  // Legal forms are not part of the name ("acme GmbH", "Example Media Group, LLC").
  let b = ch.b;
  while (b > a && (LEGAL_FORMS.has(lower(ctx, b - 1)) || (b < ch.b && t.kind[b - 1] === Kind.Punct))) b--;
  if (a >= b) return;
  if (b < ch.b) {
    push(a, b, 'organization');
    return;
  }
  const last = lower(ctx, b - 1);
  const firstW = lower(ctx, a);
  // "Portland, Ore.", "Albany, N.Y.": a state abbreviation after a place and a comma.
  if (
    b - a === 1 &&
    t.flags[a] & Flag.Dotted &&
    a >= 2 &&
    ctx.text.charCodeAt(t.start[a - 1]) === 44 &&
    (STATE_ABBREVIATIONS.has(firstW) || STATE_ABBREVIATIONS.has(firstW.replace(/\.$/, '')))
  ) {
    push(a, b, 'place');
    return;
  }

  // "Environment Secretary Anna Coffey", "European Commission President Ursula von der Leyen",
  // "Supreme Court Justice Sonia Sotomayor": whatever precedes a title run is part of the role; it
  // is itself a mention only when it is an organisation or a place.
  for (let p = a + 1; p < b - 1; p++) {
    if (!isTitleTok(ctx, p)) continue;
    let q = p;
    while (q < b && (isTitleTok(ctx, q) || TITLE_MODIFIERS.has(lower(ctx, q)))) q++;
    if (q >= b || b - q > 4) break;
    let clean = true;
    for (let i = q; i < b; i++) {
      const w = lower(ctx, i);
      if (ORG_TAIL.has(w) || FACILITY_TAIL.has(w) || w === 'of') clean = false;
    }
    if (!clean) break;
    let r = p;
    while (r > a && TITLE_MODIFIERS.has(lower(ctx, r - 1))) r--;
    if (r > a) {
      const pl = placeOf(ctx, a, r);
      const lastPre = lower(ctx, r - 1);
      if (pl) push(a, r, 'place', { place: pl });
      else if (ORG_TAIL.has(lastPre) || ORG_SET.has(spanText(ctx, a, r).toLowerCase())) push(a, r, 'organization');
      else if (r - a === 1 && isAcronym(ctx, a)) push(a, r, 'organization');
      else if (r - a <= 2 && !isCommon(ctx, firstW) && !isDemonym(ctx, word(ctx, a))) {
        // "Northwind Chief Executive Rachel Kim": a name before the title counts when the
        // article names it elsewhere (weak: kept only if confirmed).
        push(a, r, 'organization');
        out[out.length - 1].weak = true;
      }
    }
    push(q, b, 'person', { role: spanText(ctx, a, q) });
    return;
  }
  // Facilities are places; organisation heads make organisations (demonyms included: "Indonesian Navy").
  // "Faber & Faber", "Marks & Spencer": an ampersand joins company names.
  if (b - a >= 3)
    for (let i = a + 1; i < b - 1; i++)
      if (t.kind[i] === Kind.Punct && ctx.text.charCodeAt(t.start[i]) === 38) {
        push(a, b, 'organization');
        return;
      }
  if (b - a >= 2 && FACILITY_TAIL.has(last)) {
    let inst = false;
    if (last === 'center' || last === 'centre')
      for (let i = a; i < b - 1; i++) if (CENTER_ORG_WORDS.has(lower(ctx, i))) inst = true;
    push(a, b, inst ? 'organization' : 'place');
    return;
  }
  if ((b - a >= 2 || ORG_SET.has(last)) && ORG_TAIL.has(last) && !TITLES.has(firstW)) {
    push(a, b, 'organization');
    return;
  }
  for (let i = a + 1; i < b - 1; i++) {
    const w = lower(ctx, i);
    if (
      (w === 'of' || w === 'for' || w === 'on') &&
      (ORG_LEAD.has(firstW) ||
        ORG_LEAD.has(firstW.replace(/s$/, '')) ||
        ORG_TAIL.has(lower(ctx, i - 1)) ||
        (ORG_LEAD.has(lower(ctx, i - 1)) && isDemonym(ctx, word(ctx, a))))
    ) {
      // "University of California, Irvine": a campus after a comma belongs to the university.
      let e = b;
      if (
        firstW === 'university' &&
        b + 1 < t.count &&
        ctx.text.charCodeAt(t.start[b]) === 44 &&
        placeOf(ctx, a + 2, b)?.kind === 'region'
      ) {
        for (let c = 1; c <= 2 && e === b; c++) {
          const z = b + 1 + c;
          let caps = z <= t.count;
          for (let i = b + 1; caps && i < z; i++) caps = t.kind[i] === Kind.Word && (t.flags[i] & Flag.Cap) !== 0;
          if (caps && !(z < t.count && t.kind[z] === Kind.Word && t.flags[z] & Flag.Cap) && placeOf(ctx, b + 1, z))
            e = z;
        }
      }
      push(a, e, 'organization');
      return;
    }
  }
  // A trailing title is a role, not a name ("State Department Spokesperson").
  if (b - a >= 2 && (TITLES.has(last) || ROLE_NOUNS.has(last)) && !TITLES.has(firstW)) {
    let e = b - 1;
    while (e > a && (TITLES.has(lower(ctx, e - 1)) || TITLE_MODIFIERS.has(lower(ctx, e - 1)))) e--;
    if (e > a) classifyCore(ctx, { a, b: e, sent: ch.sent }, out, weak);
    return;
  }
  // The whole chunk is a known place ("Saudi Arabia", not the demonym "Saudi").
  const whole = placeOf(ctx, a, b);
  if (whole && !(b - a === 1 && isDemonym(ctx, word(ctx, a)))) {
    push(a, b, 'place', { place: whole });
    return;
  }
  if (b - a >= 2 && PLACE_LEAD.has(firstW) && !TITLES.has(firstW)) {
    push(a, b, 'place');
    return;
  }
  // "Federal Capital Territory", "Kano State"-like areas: an administrative head ends a place.
  if (b - a >= 2 && AREA_TAIL.has(last) && !isDemonym(ctx, word(ctx, a)) && !TITLES.has(firstW)) {
    push(a, b, 'place');
    return;
  }

  // Titles, and what stands before them (a place or a demonym), become the person's role.
  const roleStart = a;
  let hadTitle = false;
  while (a < b) {
    const w = lower(ctx, a);
    if (TITLES.has(w) || w.endsWith('-elect')) {
      a++;
      hadTitle = true;
      continue;
    }
    if (
      TITLE_MODIFIERS.has(w) &&
      a + 1 < b &&
      (hadTitle || TITLES.has(lower(ctx, a + 1)) || TITLE_MODIFIERS.has(lower(ctx, a + 1)))
    ) {
      a++;
      hadTitle = true;
      continue;
    }
    if (w === 'of' && hadTitle) {
      // "Secretary of State John Kerry": the office's object is part of the title.
      a++;
      if (a < b && lower(ctx, a) === 'the') a++;
      if (b - a <= 1) return;
      a++;
      continue;
    }
    if (!hadTitle && a + 1 < b) {
      // "US President-elect", "Russian President", "North Korean leader"
      let d = 0;
      if (a + 2 < b && isDemonym(ctx, word(ctx, a) + ' ' + word(ctx, a + 1))) d = 2;
      else if (isDemonym(ctx, word(ctx, a))) d = 1;
      if (d && a + d < b && (TITLES.has(lower(ctx, a + d)) || lower(ctx, a + d).endsWith('-elect'))) {
        a += d;
        continue;
      }
      if (!d) {
        let p = 0;
        for (let e = Math.min(b - 1, a + 3); e > a; e--) {
          if ((TITLES.has(lower(ctx, e)) || lower(ctx, e).endsWith('-elect')) && placeOf(ctx, a, e)) {
            p = e;
            break;
          }
        }
        if (p) {
          push(a, p, 'place', { place: placeOf(ctx, a, p) });
          a = p;
          continue;
        }
      }
    }
    break;
  }
  if (a >= b) return;
  if (hadTitle)
    for (let i = a; i < b; i++)
      if (ORG_TAIL.has(lower(ctx, i))) {
        push(roleStart, b, 'organization');
        return;
      }
  if (hadTitle) {
    const role = a > roleStart ? spanText(ctx, roleStart, a) : undefined;
    const hit = b - a === 1 ? undefined : undefined;
    void hit;
    push(a, b, 'person', { role: role ?? roleBefore(ctx, a, sentFirst) });
    return;
  }

  // "East L.A.", "Northern Kenya": a compass word before a known place.
  if (b - a >= 2 && COMPASS.has(lower(ctx, a))) {
    const inner = placeOf(ctx, a + 1, b);
    if (inner) {
      push(a, b, 'place', { place: inner });
      return;
    }
  }
  // "American Red Cross", "Canadian Broadcasting Corporation": a demonym opening a known
  // organisation's name is part of it.
  if (b - a >= 3 && isDemonym(ctx, word(ctx, a)) && ORG_SET.has(spanText(ctx, a + 1, b).toLowerCase())) {
    push(a, b, 'organization');
    return;
  }
  // Demonyms are not places ("Russian", "North Koreans"); strip them off a longer name.
  while (a < b) {
    if (a + 1 < b && isDemonym(ctx, word(ctx, a) + ' ' + word(ctx, a + 1))) {
      a += 2;
      continue;
    }
    if (isDemonym(ctx, word(ctx, a))) {
      a++;
      continue;
    }
    break;
  }
  if (a >= b) return;
  if (b - a === 1 && COMPASS.has(lower(ctx, a))) return;
  // A lone initial ("C.") is not a name.
  if (b - a === 1 && t.end[a] - t.start[a] <= 2 && t.flags[a] & Flag.Dotted) return;
  // Well-known organisations beat same-named places ("Amazon").
  if (ORG_SET.has(spanText(ctx, a, b).toLowerCase()) && !(placeOf(ctx, a, b)?.kind === 'country')) {
    push(a, b, 'organization');
    return;
  }

  const place = placeOf(ctx, a, b);
  if (place) {
    push(a, b, 'place', { place });
    return;
  }
  // Region-like names ending in a compass word ("New Territories West").
  if (b - a >= 2 && /^(west|east|north|south)$/.test(lower(ctx, b - 1)) && !FIRST_NAME_SET.has(lower(ctx, a))) {
    push(a, b, 'place');
    return;
  }
  // Shouted ordinary words ("UNLESS") are not acronyms.
  if (b - a === 1 && t.flags[a] & Flag.AllCaps && t.end[a] - t.start[a] >= 5 && isCommon(ctx, lower(ctx, a))) return;
  // An acronym glued to ordinary words ("NASA T-shirt"): only the acronym is a name.
  if (
    b - a >= 2 &&
    t.flags[a] & Flag.AllCaps &&
    t.end[a] - t.start[a] <= 6 &&
    !ORG_TAIL.has(last) &&
    !FACILITY_TAIL.has(last)
  ) {
    let rest = true;
    for (let i = a + 1; i < b; i++) if (!isCommon(ctx, lower(ctx, i)) && !/^[a-z]-/i.test(word(ctx, i))) rest = false;
    if (rest) {
      push(a, a + 1, 'organization');
      return;
    }
  }
  if (b - a >= 2 && DIRECTION_TAIL.has(lower(ctx, b - 1))) {
    const p2 = placeOf(ctx, a, b - 1);
    if (p2) {
      push(a, b, 'place', { place: p2 });
      return;
    }
  }
  if (b - a === 1 && isAcronym(ctx, a)) {
    push(a, b, 'organization');
    return;
  }
  const name = spanText(ctx, a, b).toLowerCase();
  if (ORG_SET.has(name)) {
    push(a, b, 'organization');
    return;
  }

  // Sports clubs: a city and a plural nickname or a club word ("Boston Celtics", "Los Angeles
  // Lakers", "Manchester United").
  if (b - a >= 2 && b - a <= 4) {
    const lw = word(ctx, b - 1);
    const club =
      CLUB_SUFFIXES.has(last) ||
      (/[^s]s$/.test(lw) &&
        !isDemonym(ctx, lw) &&
        !PLACE_TAIL.has(last) &&
        !ORG_TAIL.has(last) &&
        !FACILITY_TAIL.has(last) &&
        !TITLES.has(last.replace(/s$/, '')) &&
        !FIRST_NAME_SET.has(last));
    const pl = club ? placeOf(ctx, a, b - 1) : undefined;
    if (pl && pl.kind !== 'country') {
      push(a, b, 'organization');
      return;
    }
  }
  // "Pakistan Tehreek-e-Insaf (PTI)": a name introducing an acronym is an organisation.
  if (
    b - a >= 2 &&
    b + 2 < t.count &&
    ctx.text.charCodeAt(t.start[b]) === 40 &&
    t.flags[b + 1] & Flag.AllCaps &&
    ctx.text.charCodeAt(t.start[b + 2]) === 41 &&
    ctx.text[t.start[b + 1]] === ctx.text[t.start[a]] &&
    !FIRST_NAME_SET.has(lower(ctx, a))
  ) {
    push(a, b, 'organization');
    return;
  }
  // "ABC Radio Melbourne", "BBC Radio Scotland": an organisation head and its home place.
  for (let i = a + 1; i < b - 1; i++)
    if (ORG_TAIL.has(lower(ctx, i)) && placeOf(ctx, i + 1, b)) {
      push(a, b, 'organization');
      return;
    }
  const role = roleBefore(ctx, a, sentFirst);
  // A place glued to a following name ("… to the United States Hamdullah Mohib").
  if (b - a >= 3 && !DIRECTION_TAIL.has(lower(ctx, b - 1))) {
    for (let e = b - 1; e > a; e--) {
      const p = placeOf(ctx, a, e);
      if (p && (e - a >= 2 || p.kind === 'country')) {
        push(a, e, 'place', { place: p });
        classifyCore(ctx, { a: e, b, sent: ch.sent }, out, weak);
        return;
      }
    }
  }
  // "Irving, Texas": a name followed by a comma and a region or country is a place.
  if (b + 1 < t.count && ctx.text.charCodeAt(t.start[b]) === 44 && isNameWordLike(ctx, b + 1)) {
    const p = placeOf(ctx, b + 1, b + 2) ?? (b + 2 < t.count ? placeOf(ctx, b + 1, b + 3) : undefined);
    if (
      p &&
      (p.kind === 'region' || p.kind === 'country') &&
      !role &&
      !(b - a >= 2 && FIRST_NAME_SET.has(lower(ctx, a)))
    ) {
      push(a, b, 'place');
      return;
    }
  }
  if (b - a >= 2) {
    // "Cheng Chung-tai of Civic Passion": after "<name> of", a name is an organisation.
    if (
      !role &&
      a >= 2 &&
      (lower(ctx, a - 1) === 'of' || lower(ctx, a - 1) === 'from') &&
      t.flags[a - 2] & Flag.Cap &&
      t.kind[a - 2] === Kind.Word &&
      !FIRST_NAME_SET.has(lower(ctx, a))
    ) {
      push(a, b, 'organization');
      return;
    }
    let common = 0;
    for (let i = a; i < b; i++) if (isCommon(ctx, lower(ctx, i)) && !FIRST_NAME_SET.has(lower(ctx, i))) common++;
    const lastCommon = isCommon(ctx, lower(ctx, b - 1));
    if (
      FIRST_NAME_SET.has(lower(ctx, a)) ||
      role ||
      common === 0 ||
      common * 2 < b - a ||
      (b - a <= 3 && !lastCommon)
    ) {
      // "Fan Expo Canada": ordinary words before a country name.
      if (!FIRST_NAME_SET.has(lower(ctx, a)) && !role && common > 0 && placeOf(ctx, b - 1, b)?.kind === 'country') {
        push(b - 1, b, 'place', { place: placeOf(ctx, b - 1, b) });
        return;
      }
      if (hasPlaceContext(ctx, a, b) && !FIRST_NAME_SET.has(lower(ctx, a)) && !role) {
        push(a, b, 'place');
        return;
      }
      // People are not "the X Y": a multi-word name after "the" is an institution.
      if (!role && a > sentFirst && lower(ctx, a - 1) === 'the' && !FIRST_NAME_SET.has(lower(ctx, a))) {
        push(a, b, 'organization');
        return;
      }
      push(a, b, 'person', { role });
      return;
    }
    // Mostly ordinary words: try a known place inside ("Fan Expo Canada" → Canada).
    for (let i = a; i < b; i++) {
      const p = placeOf(ctx, i, b);
      if (p && i > a) {
        push(i, b, 'place', { place: p });
        return;
      }
    }
    return;
  }

  // A single unknown word: read the context.
  const w = lower(ctx, a);
  if (role) {
    push(a, b, 'person', { role });
    return;
  }
  // "her husband, Pádraig,": a given name apposed to a kinship noun.
  if (a >= 2 && ctx.text.charCodeAt(t.start[a - 1]) === 44 && KIN_NOUNS.has(lower(ctx, a - 2))) {
    push(a, b, 'person');
    return;
  }
  // "Category 1", "Phase 2", "Article 5": a label with a number is not a name.
  if (
    b < t.count &&
    t.kind[b] === Kind.Num &&
    !(t.flags[a] & Flag.AllCaps) &&
    (isCommon(ctx, w) || NUMBERED_LABELS.has(w))
  )
    return;
  if (FIRST_NAME_SET.has(w)) {
    push(a, b, 'person', { guessed: true });
    return;
  }
  const nx = b < t.count && t.kind[b] === Kind.Word && !(t.flags[b] & Flag.Cap) ? lower(ctx, b) : '';
  if (ORG_NEXT_NOUNS.has(nx)) {
    push(a, b, 'organization');
    return;
  }
  if (PLACE_NEXT_NOUNS.has(nx) || hasPlaceContext(ctx, a, b)) {
    push(a, b, 'place');
    return;
  }
  const pv = a > 0 && t.kind[a - 1] === Kind.Word ? lower(ctx, a - 1) : '';
  if (pv && ORG_NEXT_NOUNS.has(pv)) {
    push(a, b, 'organization');
    return;
  }
  // "analysts at Bernstein", "researchers at Pfizer": a workplace.
  if (pv === 'at' && a >= 2 && STAFF_NOUNS.has(lower(ctx, a - 2))) {
    push(a, b, 'organization');
    return;
  }
  if (CUE_VERBS.has(nx) || nx === 'who') {
    push(a, b, 'person', { guessed: true });
    return;
  }
  if (isCommon(ctx, w) && !PLACE_PREV.has(pv)) return;
  push(a, b, 'organization', { guessed: true });
  // "Queues formed …", "Sales rose …": an unknown word that only opens a sentence (plurals and
  // nouns the common-word list lacks) is a name only if the article confirms it elsewhere.
  if (a === sentFirst && !(t.flags[a] & Flag.AllCaps) && !/[-.]/.test(w) && !(b < t.count && t.kind[b] === Kind.Poss)) {
    out[out.length - 1].weak = true;
    out[out.length - 1].initial = true;
  }
}
