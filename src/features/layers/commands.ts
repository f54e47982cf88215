/**
 * Reader commands as data: one object per command with its label, the keys shown in the help
 * dialog, a key test and what it does. The same objects drive the keyboard handler and the `?`
 * dialog, so the help can never drift from the behaviour.
 */
import { describeFinding, LAYERS, stepFinding, type FindingIndex, type Layer } from '../../model/findings';

export interface CommandContext {
  index: FindingIndex;
  visible: Record<Layer, boolean>;
  cursorId: string | null;
  /** Text offset to start from when there is no cursor (top of the viewport). */
  viewportOffset: () => number;
  jump: (findingId: string) => void;
  announce: (message: string) => void;
  openCard: (findingId: string) => void;
  toggleLayer: (layer: Layer) => void;
  focusPanels: () => void;
  openHelp: () => void;
}

export interface Command {
  id: string;
  label: string;
  keys: string[];
  keyTest: (e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>) => boolean;
  perform: (ctx: CommandContext) => void;
}

const plain = (key: string) => (e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>) =>
  e.key === key && !e.ctrlKey && !e.metaKey && !e.altKey;

function step(ctx: CommandContext, dir: 1 | -1, only?: Layer): void {
  const layers = new Set<Layer>(only ? [only] : LAYERS.filter((l) => ctx.visible[l]));
  const found = stepFinding(ctx.index, { id: ctx.cursorId ?? undefined, offset: ctx.viewportOffset() }, dir, layers);
  if (!found) {
    ctx.announce(dir === 1 ? 'No more findings after this one.' : 'No findings before this one.');
    return;
  }
  ctx.jump(found.id);
  ctx.announce(describeFinding(ctx.index, found));
}

const LAYER_KEYS: Array<[Layer, string, string]> = [
  ['claim', 'c', 'claim'],
  ['person', 'e', 'person'],
  ['place', 'l', 'place'],
  ['organization', 'o', 'organization'],
];

export const COMMANDS: Command[] = [
  {
    id: 'next',
    label: 'Next finding (any visible layer)',
    keys: ['j'],
    keyTest: plain('j'),
    perform: (c) => step(c, 1),
  },
  { id: 'prev', label: 'Previous finding', keys: ['k'], keyTest: plain('k'), perform: (c) => step(c, -1) },
  ...LAYER_KEYS.flatMap(([layer, key, noun]): Command[] => [
    { id: `next-${layer}`, label: `Next ${noun}`, keys: [key], keyTest: plain(key), perform: (c) => step(c, 1, layer) },
    {
      id: `prev-${layer}`,
      label: `Previous ${noun}`,
      keys: [`Shift+${key.toUpperCase()}`],
      keyTest: plain(key.toUpperCase()),
      perform: (c) => step(c, -1, layer),
    },
  ]),
  {
    id: 'open-card',
    label: 'Open the card of the current finding',
    keys: ['Enter'],
    keyTest: plain('Enter'),
    perform: (c) => {
      if (c.cursorId) c.openCard(c.cursorId);
    },
  },
  ...(['person', 'place', 'organization', 'claim'] as const).map((layer, i): Command => ({
    id: `toggle-${layer}`,
    label: `Show or hide the ${layer === 'person' ? 'people' : `${layer}s`} layer`,
    keys: [String(i + 1)],
    keyTest: plain(String(i + 1)),
    perform: (c) => {
      c.toggleLayer(layer);
      c.announce(`${layer} layer ${c.visible[layer] ? 'hidden' : 'shown'}`);
    },
  })),
  {
    id: 'focus-panels',
    label: 'Focus the side panels',
    keys: ['p'],
    keyTest: plain('p'),
    perform: (c) => c.focusPanels(),
  },
  { id: 'help', label: 'Show keyboard shortcuts', keys: ['?'], keyTest: plain('?'), perform: (c) => c.openHelp() },
];

/** Keys typed into a field, or with a dialog open, are not commands. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return !!target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog[open]');
}
