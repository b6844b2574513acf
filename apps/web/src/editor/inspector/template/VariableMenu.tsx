import { useRef, useState, type KeyboardEvent } from 'react';
import { useForm } from '../form-context';
import { inspectorMessages } from '../messages';

interface VariableMenuProps {
  /** Variable paths with a sample value to show beside each, and words for those a path does not say. */
  variables: readonly { path: string; sample: string; label?: string }[];
  disabled: boolean;
  onInsert: (path: string) => void;
}

/**
 * "Insert variable": a menu button (arrow keys move, Enter inserts, Escape closes and returns to
 * the button). The template's selection survives the focus moving here, so insertion lands at it.
 */
export function VariableMenu({ variables, disabled, onInsert }: VariableMenuProps) {
  const { t, idFor } = useForm();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = idFor('$variables');
  const items = () => [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = items();
    const at = all.findIndex((item) => item === document.activeElement);
    const go = (index: number) => all[(index + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(all.length - 1);
    else if (event.key === 'Escape') close();
    else if (event.key === 'Tab') setOpen(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };
  return (
    <div className="variable-menu">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        disabled={disabled}
        onClick={() => {
          setOpen(!open);
          if (!open) requestAnimationFrame(() => items()[0]?.focus());
        }}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' || open) return;
          event.preventDefault();
          setOpen(true);
          requestAnimationFrame(() => items()[0]?.focus());
        }}
      >
        {'{ }'} {t(inspectorMessages.insertVariable)}
      </button>
      {open ? (
        <ul className="variable-list" role="menu" id={menuId} ref={menuRef} onKeyDown={onMenuKey}>
          {variables.map(({ path, sample, label }) => (
            <li key={path} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  setOpen(false);
                  onInsert(path);
                }}
              >
                {label === undefined ? <code>{path}</code> : <span className="variable-label">{label}</span>}
                <span className="variable-sample">{sample}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
