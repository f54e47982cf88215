/**
 * What the reader's commands over the findings do (move through them, open a card, toggle a
 * layer), as data: one action per shortcut id. The keys, labels and help text are rows of the
 * shortcut table (model/shortcuts.ts); app/use-reader-commands.ts binds the two.
 */
import { describeFinding, LAYER_LABEL, LAYERS, stepFinding, type FindingIndex, type Layer } from '../../model/findings';
import type { ShortcutId } from '../../model/shortcuts';

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

/** What a finding command does, given the reader's state; keyed by its row in model/shortcuts.ts. */
export type FindingAction = (ctx: CommandContext) => void;

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

const toggle =
  (layer: Layer): FindingAction =>
  (c) => {
    c.toggleLayer(layer);
    c.announce(`${LAYER_LABEL[layer]} layer ${c.visible[layer] ? 'hidden' : 'shown'}`);
  };

/**
 * The commands over the findings, by shortcut id. Which keys trigger them, and what the help
 * calls them, is the shortcut table's business.
 */
export const FINDING_ACTIONS = {
  next: (c) => step(c, 1),
  prev: (c) => step(c, -1),
  'next-claim': (c) => step(c, 1, 'claim'),
  'prev-claim': (c) => step(c, -1, 'claim'),
  'next-person': (c) => step(c, 1, 'person'),
  'prev-person': (c) => step(c, -1, 'person'),
  'next-place': (c) => step(c, 1, 'place'),
  'prev-place': (c) => step(c, -1, 'place'),
  'next-organization': (c) => step(c, 1, 'organization'),
  'prev-organization': (c) => step(c, -1, 'organization'),
  'open-card': (c) => {
    if (c.cursorId) c.openCard(c.cursorId);
  },
  'toggle-person': toggle('person'),
  'toggle-place': toggle('place'),
  'toggle-organization': toggle('organization'),
  'toggle-claim': toggle('claim'),
  'focus-panels': (c) => c.focusPanels(),
  help: (c) => c.openHelp(),
} satisfies Partial<Record<ShortcutId, FindingAction>>;

/** Commands that need no analysis (they work while it is still running). */
export const WITHOUT_FINDINGS: ReadonlySet<string> = new Set([
  'toggle-person',
  'toggle-place',
  'toggle-organization',
  'toggle-claim',
  'focus-panels',
  'help',
]);

/** Keys typed into a field, or with a dialog open, are not commands. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return !!target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog[open]');
}
