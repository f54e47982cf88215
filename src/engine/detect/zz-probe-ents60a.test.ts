import { it } from 'vitest';
import { rulesOn } from './rules-on';
it('probe', () => {
  for (const t of [
    'Editors at [[L:0.42 Hodder]] & [[L:0.59 Stoughton]] said so.',
  ]) console.log(t, '=>', JSON.stringify(rulesOn(t)));
});
