import type { ReactNode } from 'react';

export interface TableColumn {
  label: ReactNode;
  /** `num` right-aligns a count; any other class sizes the column. */
  className?: string;
}

/**
 * A table's header row: one column header per label and, when the rows have buttons, a last
 * column whose name only screen readers hear ("Actions").
 */
export function TableHead({ columns, actions }: { columns: readonly (ReactNode | TableColumn)[]; actions?: string }) {
  return (
    <thead>
      <tr>
        {columns.map((column, index) => {
          const { label, className } = isColumn(column) ? column : { label: column, className: undefined };
          return (
            <th scope="col" key={index} className={className}>
              {label}
            </th>
          );
        })}
        {actions !== undefined && (
          <th scope="col" className="ui-table__actions">
            <span className="visually-hidden">{actions}</span>
          </th>
        )}
      </tr>
    </thead>
  );
}

function isColumn(column: ReactNode | TableColumn): column is TableColumn {
  return typeof column === 'object' && column !== null && 'label' in column;
}
