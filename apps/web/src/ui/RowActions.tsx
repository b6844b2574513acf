import type { LucideIcon } from 'lucide-react';
import { Button } from './Button';

export interface RowAction {
  label: string;
  icon: LucideIcon;
  onClick: () => void;
  /** Destructive actions (delete) are drawn in the danger tone. */
  danger?: boolean;
  testId?: string;
}

/** The last cell of a table row: its actions, small and quiet, aligned to the row's end. */
export function RowActions({ actions }: { actions: readonly RowAction[] }) {
  return (
    <td className="ui-table__actions">
      <div className="ui-table__row-actions">
        {actions.map((action) => (
          <Button
            key={action.label}
            size="sm"
            variant={action.danger === true ? 'danger-ghost' : 'ghost'}
            icon={action.icon}
            data-testid={action.testId}
            onClick={action.onClick}
          >
            {action.label}
          </Button>
        ))}
      </div>
    </td>
  );
}
