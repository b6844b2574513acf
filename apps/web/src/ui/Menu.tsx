import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import {
  Button as AriaButton,
  Header,
  Menu as AriaMenu,
  MenuItem,
  MenuSection,
  MenuTrigger,
  Popover,
  Separator,
} from 'react-aria-components';
import { buttonClassName, type ButtonSize, type ButtonVariant } from './Button';
import './menu.css';

export interface MenuAction {
  id: string;
  label: ReactNode;
  /** Read by screen readers when `label` is not plain text. */
  textValue?: string;
  description?: ReactNode;
  icon?: LucideIcon;
  danger?: boolean;
  disabled?: boolean;
  /** Marks the current choice (e.g. the version on screen). */
  current?: boolean;
  testId?: string;
  onAction: () => void;
}

export interface MenuGroup {
  id: string;
  title?: ReactNode;
  items: readonly MenuAction[];
}

export interface MenuProps {
  /** The trigger's accessible name (and its text, unless `trigger` is given). */
  label: string;
  trigger?: ReactNode;
  icon?: LucideIcon;
  iconOnly?: boolean;
  variant?: ButtonVariant;
  size?: ButtonSize;
  testId?: string;
  groups: readonly MenuGroup[];
  placement?: 'bottom start' | 'bottom end' | 'top start' | 'right bottom';
  /** The label may shrink to the icon in a narrow toolbar (see `Button`'s `collapsible`). */
  collapsible?: boolean;
  /** Shown in the menu while it has no items. */
  emptyText?: ReactNode;
  onOpenChange?: (open: boolean) => void;
  menuTestId?: string;
}

/** A button that opens a list of actions (React Aria: arrow keys, type-ahead, Escape). */
export function Menu({
  label,
  trigger,
  icon: Icon,
  iconOnly = false,
  variant = 'secondary',
  size = 'md',
  testId,
  groups,
  placement = 'bottom end',
}: MenuProps) {
  const visible = groups.filter((group) => group.items.length > 0);
  return (
    <MenuTrigger>
      <AriaButton
        className={buttonClassName({ variant, size, iconOnly })}
        aria-label={iconOnly ? label : undefined}
        data-testid={testId}
      >
        {Icon && <Icon size={16} aria-hidden="true" />}
        {!iconOnly && (trigger ?? label)}
      </AriaButton>
      <Popover placement={placement} className="ui-popover ui-menu-popover">
        <AriaMenu className="ui-menu" aria-label={label}>
          {visible.map((group, index) => (
            <MenuSection key={group.id} className="ui-menu__section">
              {index > 0 && <Separator className="ui-menu__separator" />}
              {group.title !== undefined && <Header className="ui-menu__header">{group.title}</Header>}
              {group.items.map((item) => (
                <MenuItem
                  key={item.id}
                  id={item.id}
                  className={['ui-menu__item', item.danger ? 'ui-menu__item--danger' : ''].join(' ')}
                  textValue={item.textValue ?? (typeof item.label === 'string' ? item.label : item.id)}
                  isDisabled={item.disabled}
                  onAction={item.onAction}
                  data-testid={item.testId}
                  data-current={item.current || undefined}
                >
                  {item.icon && <item.icon size={16} aria-hidden="true" />}
                  <span className="ui-menu__text">
                    <span className="ui-menu__label">{item.label}</span>
                    {item.description !== undefined && <span className="ui-menu__description">{item.description}</span>}
                  </span>
                </MenuItem>
              ))}
            </MenuSection>
          ))}
        </AriaMenu>
      </Popover>
    </MenuTrigger>
  );
}
