/**
 * How much a share link may carry, field by field. A module of its own, free of the link's schema
 * library (share-wire.ts), so code in the reader's start-up path can read a limit without loading it.
 */
export const LIMITS = {
  annotations: 500,
  quote: 5_000,
  context: 64,
  note: 10_000,
  tags: 20,
  tag: 64,
  claimId: 128,
  links: 10,
  url: 2_048,
  sharer: 80,
  bundledId: 200,
  title: 500,
  text: 1_000_000,
  position: 10_000_000,
  /** The header's lines: longer than any real byline, site name, date or file name, short enough for one line. */
  byline: 200,
  source: 200,
  date: 64,
  fileName: 255,
} as const;
