import type { HTMLAttributes, ReactNode } from 'react';
import './page.css';

export interface PageProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  title: ReactNode;
  subtitle?: ReactNode;
  /** Buttons at the header's right. */
  actions?: ReactNode;
  /** Above the title: a way back ("← Segments"). */
  back?: ReactNode;
  /** `wide` for tables and boards, `narrow` for forms. */
  width?: 'wide' | 'normal' | 'narrow';
  testId?: string;
  headerClassName?: string;
}

/** A page of the app: its header (title, subtitle, actions) and content, centred in the main area. */
export function Page({
  title,
  subtitle,
  actions,
  back,
  width = 'normal',
  testId,
  headerClassName,
  className,
  children,
  ...rest
}: PageProps) {
  return (
    <main
      className={['ui-page', `ui-page--${width}`, className ?? ''].filter(Boolean).join(' ')}
      data-testid={testId}
      {...rest}
    >
      <header className={headerClassName === undefined ? 'ui-page__header' : `ui-page__header ${headerClassName}`}>
        <div className="ui-page__heading">
          {back}
          <h1>{title}</h1>
          {subtitle !== undefined && <div className="ui-page__subtitle">{subtitle}</div>}
        </div>
        {actions !== undefined && <div className="ui-page__actions">{actions}</div>}
      </header>
      {children}
    </main>
  );
}

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  title?: ReactNode;
  description?: ReactNode;
  /** At the header's right. */
  actions?: ReactNode;
  testId?: string;
}

/** A white panel with an optional header: a section of a page. */
export function Card({ title, description, actions, testId, className, children, ...rest }: CardProps) {
  const hasHeader = title !== undefined || actions !== undefined;
  return (
    <section className={['ui-card', className ?? ''].filter(Boolean).join(' ')} data-testid={testId} {...rest}>
      {hasHeader && (
        <header className="ui-card__header">
          <div>
            {title !== undefined && <h2 className="ui-card__title">{title}</h2>}
            {description !== undefined && <p className="ui-card__description">{description}</p>}
          </div>
          {actions !== undefined && <div className="ui-card__actions">{actions}</div>}
        </header>
      )}
      {children}
    </section>
  );
}
