import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import './empty-state.css';

export interface EmptyStateProps {
  icon?: LucideIcon;
  title?: ReactNode;
  children?: ReactNode;
  /** Buttons under the text. */
  actions?: ReactNode;
  compact?: boolean;
  testId?: string;
  role?: 'status' | 'alert';
}

/** What an empty list or a failed load says, and what to do next. */
export function EmptyState({ icon: Icon, title, children, actions, compact = false, testId, role }: EmptyStateProps) {
  return (
    <section className={`ui-empty${compact ? ' ui-empty--compact' : ''}`} data-testid={testId} role={role}>
      {Icon && (
        <span className="ui-empty__icon" aria-hidden="true">
          <Icon size={compact ? 20 : 24} />
        </span>
      )}
      {title !== undefined && <h2 className="ui-empty__title">{title}</h2>}
      {children !== undefined && <div className="ui-empty__body">{children}</div>}
      {actions !== undefined && <div className="ui-empty__actions">{actions}</div>}
    </section>
  );
}
