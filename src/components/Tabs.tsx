/**
 * WAI-ARIA tabs: arrow keys move between tabs, Tab moves into the panel. The panel keeps its
 * content mounted only while selected, so hidden panels cost nothing.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';

export interface TabDef {
  id: string;
  label: ReactNode;
  render: () => ReactNode;
}

interface TabsProps {
  tabs: TabDef[];
  selected: string;
  onSelect: (id: string) => void;
  label: string;
}

export function Tabs({ tabs, selected, onSelect, label }: TabsProps) {
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const move = (delta: number) => {
    const i = tabs.findIndex((t) => t.id === selected);
    const next = tabs[(i + delta + tabs.length) % tabs.length];
    onSelect(next.id);
    refs.current[next.id]?.focus();
  };
  const current = tabs.find((t) => t.id === selected) ?? tabs[0];
  // Another tab opens at its top. The panel (a phone's sheet) or the box round the tabs (the side
  // panel on a wide screen) kept the last tab's scroll, so a tab chosen after scrolling a long
  // Claims list opened part way down, its first fields (Page note, Search notes) out of sight.
  const panel = useRef<HTMLDivElement>(null);
  const shown = useRef(current.id);
  useLayoutEffect(() => {
    if (shown.current === current.id) return;
    shown.current = current.id;
    const el = panel.current;
    if (!el) return;
    el.scrollTop = 0;
    // The side panel's own scroll, never the page's.
    for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
      if (box.scrollTop > 0 && /auto|scroll/.test(getComputedStyle(box).overflowY)) box.scrollTop = 0;
    }
  }, [current.id]);
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list">
        {tabs.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[t.id] = el;
            }}
            role="tab"
            type="button"
            id={`tab-${t.id}`}
            aria-selected={t.id === current.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={t.id === current.id ? 0 : -1}
            onClick={() => onSelect(t.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') move(1);
              else if (e.key === 'ArrowLeft') move(-1);
              else if (e.key === 'Home') move(-tabs.findIndex((x) => x.id === current.id));
              else return;
              e.preventDefault();
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        ref={panel}
        role="tabpanel"
        id={`panel-${current.id}`}
        aria-labelledby={`tab-${current.id}`}
        className="tab-panel"
        tabIndex={0}
      >
        {current.render()}
      </div>
    </div>
  );
}
