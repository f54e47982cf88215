/**
 * Every localStorage key a store writes. Add a store here and to the README table. Its own module
 * (no storage is opened by importing it), so the boot script can read the theme early.
 */
export const STORE_KEYS = {
  annotations: 'marginalia:annotations',
  library: 'marginalia:library',
  prefs: 'marginalia:prefs',
  corrections: 'marginalia:corrections',
} as const;
