/**
 * Writes README.md's keyboard table from the shortcut table (src/model/shortcuts.ts), between
 * its markers. `src/app/shortcuts.test.ts` fails when the README is out of step.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withShortcutsTable } from '../src/model/shortcuts';

const file = new URL('../README.md', import.meta.url);
writeFileSync(file, withShortcutsTable(readFileSync(file, 'utf8')));
