import type { ReactNode, TableHTMLAttributes } from 'react';
import './table.css';

export interface TableProps extends TableHTMLAttributes<HTMLTableElement> {
  /** Under the rows, inside the card ("3 journeys"). */
  footer?: ReactNode;
  /** Dimmed while a new page of rows loads. */
  refreshing?: boolean;
  /** Rows are links or have actions: highlight the row under the pointer. */
  interactive?: boolean;
  cardClassName?: string;
}

/**
 * A data table in a card: a semantic `<table>` (screen readers get row and column headers), scrolling
 * sideways inside its card rather than pushing the page wider.
 */
export function Table({
  footer,
  refreshing = false,
  interactive = true,
  className,
  cardClassName,
  children,
  ...rest
}: TableProps) {
  return (
    <div
      className={['ui-table-card', refreshing ? 'is-refreshing' : '', cardClassName ?? ''].filter(Boolean).join(' ')}
    >
      <div className="ui-table-scroll">
        <table
          className={['ui-table', interactive ? 'ui-table--interactive' : '', className ?? '']
            .filter(Boolean)
            .join(' ')}
          {...rest}
        >
          {children}
        </table>
      </div>
      {footer !== undefined && <div className="ui-table-footer">{footer}</div>}
    </div>
  );
}
