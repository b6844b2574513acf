import type { LucideIcon } from 'lucide-react';
import type { AnchorHTMLAttributes, ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { Link } from 'wouter';
import './button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger' | 'danger-ghost';
export type ButtonSize = 'sm' | 'md';

interface ButtonLook {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** An icon before the label. */
  icon?: LucideIcon;
  /** Show only the icon; the label becomes the accessible name and the tooltip. */
  iconOnly?: boolean;
  /** Stretch to the container's width. */
  block?: boolean;
  /**
   * The label may shrink away to the icon where a toolbar is narrow (the toolbar's CSS decides
   * when); the label stays the accessible name and becomes the tooltip.
   */
  collapsible?: boolean;
}

/** The class names of a button with this look, for elements that are not `<Button>` (a router link). */
export function buttonClassName(
  { variant = 'secondary', size = 'md', iconOnly = false, block = false }: ButtonLook,
  extra?: string,
): string {
  return [
    'ui-button',
    `ui-button--${variant}`,
    `ui-button--${size}`,
    iconOnly ? 'ui-button--icon' : '',
    block ? 'ui-button--block' : '',
    extra ?? '',
  ]
    .filter(Boolean)
    .join(' ');
}

function content(icon: LucideIcon | undefined, iconOnly: boolean, collapsible: boolean, children: ReactNode) {
  const Icon = icon;
  const label = iconOnly ? 'visually-hidden' : collapsible ? 'ui-button__label' : undefined;
  return (
    <>
      {Icon && <Icon size={16} aria-hidden="true" />}
      {label === undefined ? children : <span className={label}>{children}</span>}
    </>
  );
}

/** The tooltip of a button whose label may be hidden. */
function tooltip(title: string | undefined, hidesLabel: boolean, children: ReactNode): string | undefined {
  return title ?? (hidesLabel && typeof children === 'string' ? children : undefined);
}

export interface ButtonProps extends ButtonLook, ButtonHTMLAttributes<HTMLButtonElement> {
  ref?: Ref<HTMLButtonElement>;
}

/** A native button in one of the design system's looks; `type="button"` unless told otherwise. */
export function Button({
  variant,
  size,
  icon,
  iconOnly = false,
  block,
  collapsible = false,
  className,
  children,
  type = 'button',
  title,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={buttonClassName({ variant, size, iconOnly, block }, className)}
      title={tooltip(title, iconOnly || collapsible, children)}
      {...rest}
    >
      {content(icon, iconOnly, collapsible, children)}
    </button>
  );
}

export interface ButtonLinkProps extends ButtonLook, Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  href: string;
}

/** A link to a route of the app that looks like a button. */
export function ButtonLink({
  variant,
  size,
  icon,
  iconOnly = false,
  block,
  collapsible = false,
  className,
  children,
  title,
  href,
  ...rest
}: ButtonLinkProps) {
  return (
    <Link
      href={href}
      className={buttonClassName({ variant, size, iconOnly, block }, className)}
      title={tooltip(title, iconOnly || collapsible, children)}
      {...rest}
    >
      {content(icon, iconOnly, collapsible, children)}
    </Link>
  );
}
