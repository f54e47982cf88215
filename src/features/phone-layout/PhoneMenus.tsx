/**
 * On a phone the row of tools above the article becomes two buttons: "Layers" (the legend's
 * toggles) and "Tools" (undo, share, export, import, find, text size, shortcuts). Each opens its
 * group in place, wrapped to the screen's width, so nothing is cut off or scrolls sideways. On a
 * wide screen the buttons are hidden by CSS and every group shows as before. Knows nothing of
 * what the groups hold: the caller marks them with `data-phone-group`.
 */
import './phone-layout.css';

export type PhoneMenu = 'layers' | 'tools';

interface PhoneMenusProps {
  open: PhoneMenu | null;
  onToggle: (menu: PhoneMenu) => void;
  /** The element ids of each menu's groups, for aria-controls. */
  controls: Record<PhoneMenu, string>;
}

const LABEL: Record<PhoneMenu, string> = { layers: 'Layers', tools: 'Tools' };

export function PhoneMenus({ open, onToggle, controls }: PhoneMenusProps) {
  return (
    <div className="phone-menus">
      {(['layers', 'tools'] as const).map((menu) => (
        <button
          key={menu}
          type="button"
          className="phone-menu-button"
          aria-expanded={open === menu}
          aria-controls={controls[menu]}
          onClick={() => onToggle(menu)}
        >
          {LABEL[menu]}
          <span aria-hidden="true" className="phone-menu-caret">
            ▾
          </span>
        </button>
      ))}
    </div>
  );
}
